import { strict as assert } from 'node:assert';
import { convert, lines } from '../helpers.js';

describe('reference sections from the header and the citations', () => {
  it('a reference listed under both normative and informative in the header is reported where it is listed', async () => {
    const r = await convert(lines('---', 'title: T', 'docname: draft-t-00', 'normative:', '  RFC2119:', 'informative:', '  RFC2119:', '  RFC0793:', '',
      '--- middle', '', '# One', '', 'See {{!RFC0793}} and {{?RFC0793}}, and {{RFC2119}}.'));
    const both = r.diagnostics.filter((d) => d.ruleId === 'reference-both');
    assert.deepEqual(both.map((d) => [d.severity, d.line, d.column]), [['warning', 5, 3]]);
    assert.match(both[0].message, /"RFC2119" is listed under both normative and informative/);
    // Mixed citation markers are how kramdown-rfc says "normative once": not reported, and normative wins.
    assert.ok(!r.diagnostics.some((d) => /RFC0793/.test(d.message) && d.ruleId === 'reference-both'));
  });
});
