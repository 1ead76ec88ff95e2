import type { Rule } from '../rule.js';
import { abnfGrammar } from './abnf-grammar.js';
import { abstractCitation } from './abstract-citation.js';
import { authorEmail } from './author-email.js';
import { bcp14Boilerplate, bcp14Form } from './bcp14.js';
import { cddlGrammar } from './cddl-grammar.js';
import { codeLineLength } from './code-line-length.js';
import { controlCharacters } from './control-characters.js';
import { docname } from './docname.js';
import { documentDateRule } from './document-date.js';
import { duplicateAnchor } from './duplicate-anchor.js';
import { exampleAddresses } from './example-addresses.js';
import { exampleSchema } from './example-schema.js';
import { jsonSourcecode } from './json-sourcecode.js';
import { lowercaseKeywords } from './lowercase-keywords.js';
import { nonAscii } from './non-ascii.js';
import { normativeDraft } from './normative-draft.js';
import { referenceBoth } from './reference-both.js';
import { referenceNotCited } from './reference-not-cited.js';
import { requiredSections } from './required-sections.js';
import { sourcecodeType } from './sourcecode-type.js';
import { textLineLength } from './text-line-length.js';
import { titleLength } from './title-length.js';
import { trailingWhitespace } from './trailing-whitespace.js';
import { updatesInAbstract } from './updates-in-abstract.js';

/** Every rule, by id (one file each). */
export const RULES: readonly Rule[] = [
  abnfGrammar, abstractCitation, authorEmail, bcp14Boilerplate, bcp14Form, cddlGrammar, codeLineLength, controlCharacters, docname, documentDateRule, duplicateAnchor,
  exampleAddresses, exampleSchema, jsonSourcecode, lowercaseKeywords, nonAscii, normativeDraft, referenceBoth, referenceNotCited, requiredSections,
  sourcecodeType, textLineLength, titleLength, trailingWhitespace, updatesInAbstract,
];
