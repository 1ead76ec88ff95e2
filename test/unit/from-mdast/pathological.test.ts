import { strict as assert } from 'node:assert';
import { markdownToRfc, writeXml } from '../../../src/index.js';

const kramdown = (...body: string[]) => ['---', 'title: P', '--- middle', '', '# A', '', ...body, ''].join('\n');

describe('pathological input', () => {
  it('nesting deeper than the stack allows is a too-deep error, not a crash', async () => {
    const r = await markdownToRfc('> '.repeat(20000) + 'x\n', { file: 'deep.md' });
    assert.equal(r.failed, true);
    const d = r.diagnostics.find((x) => x.ruleId === 'too-deep');
    assert.ok(d, JSON.stringify(r.diagnostics));
    assert.equal(d.file, 'deep.md');
    assert.equal(d.line, 1);
  });

  it('a line of unclosed citation openers stays text', async () => {
    const openers = '{{'.repeat(3000);
    const r = await markdownToRfc(kramdown(`Before ${openers} after.`), { file: 'openers.md' });
    assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
    assert.ok(writeXml(r.document).includes(`Before ${openers} after.`));
  });

  it('a citation after many unclosed openers on the same line is still found', async () => {
    const r = await markdownToRfc(kramdown('{{ {{ {{ x {{B}}'), { file: 'later.md', allowMissingRefs: true });
    assert.match(writeXml(r.document), /<xref target="B"\/>/);
  });
});
