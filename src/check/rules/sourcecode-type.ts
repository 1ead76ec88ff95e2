import type { RfcElement } from '../../tree/nodes.js';
import type { Fix, Rule } from '../rule.js';
import { elementsNamed, escapeRegExp } from './util.js';

/**
 * The RFC Editor's preferred values for `<sourcecode type>`, from
 * https://www.rfc-editor.org/materials/sourcecode-types.txt (the list as read on 2026-11-22;
 * the file carries no date of its own). The list says it is not complete and may grow; it also
 * allows media types, alone (the subtype) or in full.
 */
export const SOURCECODE_TYPES: readonly string[] = [
  'abnf', 'asn.1', 'bash', 'c', 'c++', 'cbor', 'cbor-diag', 'cbor-pretty', 'cddl', 'coap', 'core-link-format', 'dns-rr',
  'dtd', 'http-message', 'java', 'javascript', 'json', 'mib', 'perl', 'pkcs12', 'pkcs8', 'pseudocode', 'python', 'rbnf',
  'rnc', 'rpsl', 'sdp', 'shell', 'test-vectors', 'tls-presentation', 'x509', 'xdr', 'xml', 'xpath', 'yaml', 'yang',
  'yangtree',
];

/** Other spellings of listed types (lowercase), seen in drafts or from the languages' usual file names. */
const SPELLINGS: Record<string, string> = {
  asn: 'asn.1', asn1: 'asn.1',
  cpp: 'c++', cxx: 'c++',
  sh: 'shell', zsh: 'shell', console: 'shell', 'shell-session': 'shell',
  yml: 'yaml',
  js: 'javascript', ecmascript: 'javascript',
  py: 'python', python3: 'python',
  http: 'http-message', 'http-request': 'http-message', 'http-response': 'http-message',
  diag: 'cbor-diag', cbordiag: 'cbor-diag', 'cbor-diagnostic': 'cbor-diag',
  'yang-tree': 'yangtree', tree: 'yangtree',
  smi: 'mib', smiv2: 'mib',
  'x.509': 'x509', 'pkcs#8': 'pkcs8', 'pkcs#12': 'pkcs12',
  relaxng: 'rnc', 'relax-ng': 'rnc',
  tls: 'tls-presentation', 'tls-pl': 'tls-presentation',
  dns: 'dns-rr', zone: 'dns-rr', zonefile: 'dns-rr',
  'link-format': 'core-link-format',
  'pseudo-code': 'pseudocode', pseudo: 'pseudocode',
  'test-vector': 'test-vectors', testvectors: 'test-vectors',
};

/** A media type in full (RFC 6838 §4.2: top-level type "/" subtype), which the list allows. */
const MEDIA_TYPE = /^(application|audio|example|font|haptics|image|message|model|multipart|text|video)\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

/**
 * Not on the list, but accepted: plain text, and JSON5 for JSON examples with elisions or
 * comments. The json-sourcecode rule tells authors to use these for examples that are not
 * strict JSON, so this rule does not send them back; a media subtype alone is allowed by the
 * list anyway, and this rule cannot tell every bare subtype from an unknown word.
 */
const ACCEPTED = ['text', 'json5'];

/**
 * ABNF as extended by an RFC, named with its number: RFC 9111 was published with "abnf9110"
 * (ABNF with the list rule of RFC 9110, Section 5.6.1), so the RFC Editor accepts the form.
 */
const ABNF_OF_RFC = /^abnf\d{4}$/;

/** The RFC Editor's list of sourcecode types: tools and readers can tell what a block holds. */
export const sourcecodeType: Rule = {
  id: 'sourcecode-type',
  description: 'sourcecode types are on the RFC Editor\'s list of sourcecode types',
  severity: 'warning',
  docs: 'The `type` of a `sourcecode` block (kramdown-rfc and mmark: the language after the opening fence) should be '
    + 'one of the RFC Editor\'s values (https://www.rfc-editor.org/materials/sourcecode-types.txt): abnf, asn.1, '
    + 'c, c++, cbor-diag, cddl, http-message, json, pseudocode, shell, tls-presentation, xml, yaml, yang and so on, '
    + 'in lowercase as listed, or a media type (application/jsonpath). Other spellings of listed types get a hint '
    + 'naming the listed one. ABNF extended by an RFC may be named after it (abnf9110, as in RFC 9111). The list '
    + 'is not complete: for a type it lacks, ask the RFC Editor, or leave the type out. `text` and `json5` are '
    + 'accepted too (json-sourcecode suggests them for examples that are not strict JSON). One finding per type, '
    + 'at its first block.',
  run(ctx, report) {
    // One finding per type, at its first block: the fix is the same for all.
    const byType = new Map<string, RfcElement[]>();
    for (const e of elementsNamed(ctx.document.root, 'sourcecode')) {
      const type = (e.attributes.type ?? '').trim();
      if (!type || SOURCECODE_TYPES.includes(type) || ACCEPTED.includes(type) || MEDIA_TYPE.test(type) || ABNF_OF_RFC.test(type)) continue;
      byType.set(type, [...(byType.get(type) ?? []), e]);
    }
    for (const [type, blocks] of byType) {
      const more = blocks.length > 1 ? ` (${blocks.length} blocks)` : '';
      const lower = type.toLowerCase();
      const listed = SOURCECODE_TYPES.includes(lower) ? lower : SPELLINGS[lower];
      if (listed) {
        report(`the sourcecode type "${type}"${more} is spelled "${listed}" on the RFC Editor's list`, blocks[0], `write "${listed}"`);
      } else if (ACCEPTED.includes(lower) || lower === 'txt' || lower === 'plain') {
        report(`the sourcecode type "${type}"${more} is not on the RFC Editor's list`, blocks[0], `write "${ACCEPTED.includes(lower) ? lower : 'text'}", or leave the type out for plain text`);
      } else {
        report(`the sourcecode type "${type}"${more} is not on the RFC Editor's list`, blocks[0],
          'use a listed type (see https://www.rfc-editor.org/materials/sourcecode-types.txt), a media type in full (application/…), or ask the RFC Editor to add it');
      }
    }
  },
  fix(ctx) {
    // On the block's opening fence (or its attribute line), a known misspelling becomes the listed
    // spelling; a line that does not show the type as written is left alone.
    const lines = ctx.source.split('\n');
    const fixes: Fix[] = [];
    const seen = new Set<number>();
    for (const e of elementsNamed(ctx.document.root, 'sourcecode')) {
      const type = (e.attributes.type ?? '').trim();
      const listed = SOURCECODE_TYPES.includes(type) ? undefined : SPELLINGS[type.toLowerCase()] ?? (SOURCECODE_TYPES.includes(type.toLowerCase()) ? type.toLowerCase() : undefined);
      const at = e.position?.start.line;
      if (!listed || !at || seen.has(at)) continue;
      const line = lines[at - 1] ?? '';
      const fence = new RegExp(`^(\\s*(?:\`{3,}|~{3,})\\s*)${escapeRegExp(type)}(?![\\w.+-])`);
      if (!fence.test(line)) continue;
      seen.add(at);
      fixes.push({ line: at, remove: 1, insert: [line.replace(fence, `$1${listed}`)], description: `sourcecode type "${type}" written as "${listed}"` });
    }
    return fixes;
  },
};
