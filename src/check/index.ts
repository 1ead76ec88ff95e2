export { checkContext, contextFrom, type CheckInputOptions } from './context.js';
export { applyFixes, runChecks, type RuleSetting } from './run.js';
export { RULES } from './rules/index.js';
export type { CheckContext, Fix, Rule, Report, Place } from './rule.js';
export { formatText } from './format/text.js';
export { formatJson } from './format/json.js';
export { formatGithub } from './format/github.js';
export { formatSarif } from './format/sarif.js';
