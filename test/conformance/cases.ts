/**
 * The Markdown conformance cases over ../shared/corpus: a TypeScript copy of the MARKDOWN list in
 * ../shared/tools/corpus.py (same paths, build dates and substitutions). Keep the two in step.
 */

export interface MarkdownCase {
  /** Path inside the corpus. */
  path: string;
  /** The date to build as (YYYY-MM-DD). */
  date: string;
  /** Text replacements a real build applies first ({DATE} in i-d-template, @DOCNAME@ in rfc6303-bis). */
  subs: Record<string, string>;
  group: string;
}

function md(path: string, date = '2026-11-22', subs: Record<string, string> = {}, group = 'drafts'): MarkdownCase {
  return { path, date, subs, group };
}

const QUIC = { '{DATE}': '2021-01-14' };

export const MARKDOWN: MarkdownCase[] = [
  md('drafts/base-drafts/draft-ietf-quic-transport.md', '2021-01-14', QUIC),
  md('drafts/base-drafts/rev-33/draft-ietf-quic-transport.md', '2020-12-13', { '{DATE}': '2020-12-13' }),
  md('drafts/base-drafts/draft-ietf-quic-tls.md', '2021-01-14', QUIC),
  md('drafts/base-drafts/draft-ietf-quic-recovery.md', '2021-01-14', QUIC),
  md('drafts/base-drafts/rfc9000.md', '2021-05-27'),
  md('drafts/base-drafts/rfc9001.md', '2021-05-27', { '{DATE}': '2021-05' }),
  md('drafts/base-drafts/rfc9002.md', '2021-05-27'),
  md('drafts/CBORbis/draft-ietf-cbor-7049bis.md', '2020-12-03'),
  md('drafts/tls13-spec/draft-ietf-tls-rfc8446bis.md', '2025-09-13'),
  md('drafts/http-extensions/draft-ietf-httpbis-rfc6265bis.md', '2026-07-01', { '{DATE}': '2026-07-01' }),
  md('drafts/json-web-proof/draft-ietf-jose-json-web-proof.md'),
  md('drafts/draft-dnsop-rfc6303-bis/draft-dnsop-rfc6303-bis.md', '2026-11-22', { '@DOCNAME@': 'draft-dnsop-rfc6303-bis-01' }),
  md('drafts/draft-dnsop-rfc6303-bis/rev-00/draft-dnsop-rfc6303-bis.md', '2026-11-22', { '@DOCNAME@': 'draft-dnsop-rfc6303-bis-00' }),
  ...['misp-core-format', 'misp-galaxy-format', 'misp-noticelist-format', 'misp-object-template-format',
    'misp-query-format', 'misp-taxonomy-format', 'misp-warninglist-format', 'sightingdb-format', 'threat-actor-naming']
    .map((d) => md(`drafts/misp-rfc/${d}/raw.md`, undefined, undefined, 'misp')),
  ...['draft-ietf-core-block-xx.mkd', 'draft-rfcxml-general-template-bare-00.xml-edited.md',
    'draft-rfcxml-general-template-standard-00.xml-edited.md', 'skel.mkd', 'stupid-s.mkd', 'stupid.mkd']
    .map((f) => md(`kramdown-rfc/examples/${f}`, undefined, undefined, 'kramdown-rfc-examples')),
  ...['1.md', '1035.md', '2100.md', '3514.md', '5841.md', '7511.md', '8341.md', '8700.md',
    'draft-citation-test.md', 'feature-test.md']
    .map((f) => md(`mmark/rfc/${f}`, undefined, undefined, 'mmark-examples')),
];
