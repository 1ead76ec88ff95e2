import { isElement, type RfcElement } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';

/** IPv4 ranges for documentation (RFC 5737) and others no reader can mistake for real hosts. */
const V4_OK: [number, number][] = [
  [ip4('192.0.2.0'), 24], [ip4('198.51.100.0'), 24], [ip4('203.0.113.0'), 24], // RFC 5737
  [ip4('10.0.0.0'), 8], [ip4('172.16.0.0'), 12], [ip4('192.168.0.0'), 16], // RFC 1918 private
  [ip4('127.0.0.0'), 8], [ip4('0.0.0.0'), 8], [ip4('169.254.0.0'), 16], [ip4('224.0.0.0'), 4], [ip4('240.0.0.0'), 4],
  [ip4('100.64.0.0'), 10], [ip4('192.0.0.0'), 24], [ip4('198.18.0.0'), 15], [ip4('233.252.0.0'), 24],
];

function ip4(s: string): number {
  return s.split('.').reduce((a, b) => a * 256 + Number(b), 0);
}

function v4Ok(addr: string): boolean {
  const n = ip4(addr);
  return V4_OK.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}

/** IPv6: documentation (RFC 3849, RFC 9637), loopback, link-local, ULA, multicast, unspecified. */
function v6Ok(addr: string): boolean {
  const a = addr.toLowerCase();
  return /^2001:0?db8:/.test(a) || /^3fff:/.test(a) || a === '::1' || a === '::' || /^fe[89ab][0-9a-f]?:/.test(a) || /^f[cd][0-9a-f]{0,2}:/.test(a) || /^ff[0-9a-f]{0,2}:/.test(a) || /^::ffff:/.test(a) || /^64:ff9b:/.test(a);
}

const V4 = /(?<![\w.])((?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})(?!\w|\.\d)/g;
const V6 = /(?<![\w:.])((?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{1,4}|(?:[0-9a-fA-F]{1,4}:){1,7}:|(?:[0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*|::(?:[0-9a-fA-F]{1,4}:)*[0-9a-fA-F]{1,4})(?![\w:])/g;

/** Where the text of the document is: every text node with its nearest positioned element. */
function* texts(e: RfcElement, at: RfcElement): Generator<[string, RfcElement]> {
  for (const c of e.children) {
    if (c.type === 'text') yield [c.value, at];
    else if (isElement(c) && c.name !== 'references' && c.name !== 'reference') yield* texts(c, c.position ? c : at);
  }
}

/** idnits: examples use the documentation ranges, so no real host gets the traffic. */
export const exampleAddresses: Rule = {
  id: 'example-addresses',
  description: 'IP addresses in examples are from the documentation ranges (RFC 5737, RFC 3849)',
  severity: 'warning',
  docs: 'Addresses in examples must not be anyone\'s real address: use 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24 '
    + 'for IPv4 (RFC 5737) and 2001:db8::/32 for IPv6 (RFC 3849). Private, loopback, link-local and multicast '
    + 'addresses are accepted as well, since they name no particular host; so is a version number such as 1.2.3.4 in a '
    + 'sentence, when it is not an address (turn the rule off for the document then).',
  run(ctx, report) {
    const root = ctx.document.root;
    for (const [text, at] of texts(root, root)) {
      for (const m of text.matchAll(V4)) {
        // "Section 5.6.2.3" is a section number, not an address.
        // ("Sections 5.6.1.2 and 5.7.1.2" too.)
        if (/\b(sections?|appendix|appendices|clauses?|§)\s*(\d+(\.\d+)*\s*(,\s*and|,|and|or)\s*)*$/i.test(text.slice(Math.max(0, m.index! - 60), m.index))) continue;
        if (!v4Ok(m[1])) report(`${m[1]} is not an address for documentation`, at, 'use one of 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (RFC 5737)');
      }
      for (const m of text.matchAll(V6)) {
        // Times (12:30:00) and MAC-like strings of two-digit groups are not IPv6 addresses.
        if (/^\d{1,2}(:\d{2}){1,2}$/.test(m[1]) || /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/i.test(m[1])) continue;
        if (!m[1].includes('::') && m[1].split(':').length < 8) continue;
        if (!v6Ok(m[1])) report(`${m[1]} is not an address for documentation`, at, 'use 2001:db8::/32 (RFC 3849)');
      }
    }
  },
};
