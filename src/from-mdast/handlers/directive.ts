import { el, text, type RfcNode } from '../../tree/nodes.js';
import type { IetfDirective } from '../blocks.js';
import type { State } from '../state.js';
import { schemaList, schemaTable } from '../generated/schema-prose.js';
import { implementationStatus } from '../generated/implementation-status.js';

const KEYWORDS = ['MUST', 'MUST NOT', 'REQUIRED', 'SHALL', 'SHALL NOT', 'SHOULD', 'SHOULD NOT', 'RECOMMENDED',
  'NOT RECOMMENDED', 'MAY', 'OPTIONAL'];

/**
 * The BCP 14 key words paragraph, worded as RFC 8174 Section 2 requires, citing RFC 2119 and
 * RFC 8174 normatively. `bcp14-tagged` marks each key word with `<bcp14>`.
 */
function bcp14Boilerplate(state: State, tagged: boolean, at: IetfDirective['position']): RfcNode[] {
  const pos = at ? { start: { line: at.start.line, column: at.start.column } } : undefined;
  const content: RfcNode[] = [text('The key words ')];
  KEYWORDS.forEach((k, i) => {
    if (i > 0) content.push(text(i === KEYWORDS.length - 1 ? ', and ' : ', '));
    content.push(text('"'), tagged ? el('bcp14', {}, [text(k)]) : text(k), text('"'));
  });
  content.push(text(' in this document are to be interpreted as described in BCP\u00a014 '));
  for (const rfc of ['RFC2119', 'RFC8174']) {
    state.citations.push({ anchor: rfc, section: 'normative', position: pos });
  }
  content.push(el('xref', { target: 'RFC2119' }), text(' '), el('xref', { target: 'RFC8174' }),
    text(' when, and only when, they appear in all capitals, as shown here.'));
  return [el('t', {}, content, pos)];
}

/**
 * The Implementation Status text RFC 7942 (BCP 205) asks drafts to carry, citing RFC 7942
 * informatively.
 */
function rfc7942Boilerplate(state: State, at: IetfDirective['position']): RfcNode[] {
  const pos = at ? { start: { line: at.start.line, column: at.start.column } } : undefined;
  state.citations.push({ anchor: 'RFC7942', section: 'informative', position: pos });
  return [
    el('t', {}, [text('This section records the status of known implementations of the protocol defined by this ' +
      'specification at the time of posting of this Internet-Draft, and is based on a proposal described in '),
    el('xref', { target: 'RFC7942' }), text('. The description of implementations in this section is intended to assist ' +
      'the IETF in its decision processes in progressing drafts to RFCs. Please note that the listing of any individual ' +
      'implementation here does not imply endorsement by the IETF. Furthermore, no effort has been spent to verify the ' +
      'information presented here that was supplied by IETF contributors. This is not intended as, and must not be ' +
      'construed to be, a catalog of available implementations or their features. Readers are advised to note that ' +
      'other implementations may exist.')]),
    el('t', {}, [text('According to '), el('xref', { target: 'RFC7942' }), text(', "this will allow reviewers and working ' +
      'groups to assign due consideration to documents that have the benefit of running code, which may serve as ' +
      'evidence of valuable experimentation and feedback that have made the implemented protocols more mature. It is up ' +
      'to the individual working groups to use this information as they see fit".')]),
  ];
}

/** kramdown-rfc extension blocks: `{::boilerplate …}`; others are reported. */
export function directive(state: State, node: IetfDirective): RfcNode[] {
  if (node.name === 'boilerplate') {
    const which = node.value.trim();
    if (/^bcp14(-tagged|\+)?$/.test(which)) return bcp14Boilerplate(state, which === 'bcp14-tagged', node.position);
    if (which === 'rfc7942') return rfc7942Boilerplate(state, node.position);
    state.reporter.warn('unknown-boilerplate', `unknown boilerplate "${which}"`, state.pos(node),
      'use {::boilerplate bcp14}, {::boilerplate bcp14-tagged} or {::boilerplate rfc7942}');
    return [];
  }
  if (node.name === 'division') return [];
  const at = state.pos(node);
  if (node.name === 'schema-table') return schemaTable(state, node.value, at);
  if (node.name === 'schema-list') return schemaList(state, node.value, at);
  if (node.name === 'implementation-status') return implementationStatus(state, node.value, at, rfc7942Boilerplate(state, node.position));
  state.reporter.warn('unknown-extension', `kramdown extension "{::${node.name}}" is not supported and was left out`,
    state.pos(node), 'remove it, or write the content as Markdown');
  return [];
}
