/**
 * The IETF boilerplate prep inserts into `<front>`: "Status of This Memo" and "Copyright
 * Notice" (RFC 7998 §5.4.2).
 */
export { boilerplate } from './boilerplate.js';
export { boilerplateInputFromRfc } from './from-rfc.js';
export { DRAFT_VALIDITY_DAYS, draftExpiry, expirySentence } from './expiry.js';
export { formatDate, parseIsoDate, parseMonth, type CalendarDate, type DocumentDate } from './calendar.js';
export { toolRevision, type ToolRevision } from './revisions.js';
export { BoilerplateError, type BoilerplateInput, type BoilerplateOptions, type Category, type Stream } from './types.js';
