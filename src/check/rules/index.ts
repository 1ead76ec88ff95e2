import type { Rule } from '../rule.js';
import { abstractCitation } from './abstract-citation.js';
import { authorEmail } from './author-email.js';
import { bcp14Boilerplate, bcp14Form } from './bcp14.js';
import { codeLineLength } from './code-line-length.js';
import { controlCharacters } from './control-characters.js';
import { docname } from './docname.js';
import { documentDateRule } from './document-date.js';
import { exampleAddresses } from './example-addresses.js';
import { jsonSourcecode } from './json-sourcecode.js';
import { normativeDraft } from './normative-draft.js';
import { referenceNotCited } from './reference-not-cited.js';
import { requiredSections } from './required-sections.js';
import { textLineLength } from './text-line-length.js';
import { trailingWhitespace } from './trailing-whitespace.js';
import { updatesInAbstract } from './updates-in-abstract.js';

/** Every rule, by id (one file each). */
export const RULES: readonly Rule[] = [
  abstractCitation, authorEmail, bcp14Boilerplate, bcp14Form, codeLineLength, controlCharacters, docname, documentDateRule,
  exampleAddresses, jsonSourcecode, normativeDraft, referenceNotCited, requiredSections, textLineLength, trailingWhitespace, updatesInAbstract,
];
