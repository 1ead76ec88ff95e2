import { strict as assert } from 'node:assert';
import { collectLabelledBlocks } from '../../../src/markdown/collect-blocks.js';
import { markdownToRfc, writeXml } from '../../../src/index.js';

const doc = [
  '---', 'title: Collect', '--- middle', '',
  '# Messages', '',
  '%%% Alert Messages', '',
  '~~~', 'enum { close_notify(0) } AlertDescription;', '~~~', '',
  '%%% Handshake', '',
  '    struct { uint8 type; } Handshake;', '',
  'Text between.', '',
  '%%% Alert Messages', '',
  '    struct { AlertLevel level; } Alert;', '',
  '--- back', '',
  '# Structures', '',
  '%%## Alert Messages {#alerts-appendix}', '',
  '%%## Handshake', '',
].join('\n');

describe('collectLabelledBlocks', () => {
  it('does nothing to a document without %%# target headings', () => {
    assert.equal(collectLabelledBlocks('%%% Label\n\n    code\n'), undefined);
  });

  it('repeats every block marked with a label under the target heading of that label', () => {
    const r = collectLabelledBlocks(doc)!;
    const out = r.text.split('\n');
    const h = out.indexOf('## Alert Messages {#alerts-appendix}');
    assert.ok(h > 0, r.text);
    const tail = out.slice(h).join('\n');
    assert.match(tail, /## Alert Messages[\s\S]*close_notify[\s\S]*AlertLevel level[\s\S]*## Handshake\n\n {4}struct \{ uint8 type; \} Handshake;/);
    // The marks are blanked, not removed: lines before the first target keep their numbers.
    assert.equal(out.indexOf('# Messages'), doc.split('\n').indexOf('# Messages'));
    assert.ok(!r.text.includes('%%%'));
    // Each copied line points back at the line it was copied from.
    const copied = out.findIndex((l, i) => i > h && l.includes('AlertLevel level'));
    assert.equal(doc.split('\n')[r.origin[copied]], '    struct { AlertLevel level; } Alert;');
  });

  it('makes sections a cross-reference can point at', async () => {
    const r = await markdownToRfc(doc.replace('Text between.', 'See {{alerts-appendix}}.'), { file: 'collect.md' });
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error'), []);
    const xml = writeXml(r.document);
    assert.match(xml, /<section anchor="alerts-appendix">\s*<name>Alert Messages<\/name>\s*<sourcecode|<section anchor="alerts-appendix">\s*<name>Alert Messages<\/name>\s*<artwork/);
    assert.equal((xml.match(/close_notify/g) ?? []).length, 2, 'the block stays in place and is copied once');
  });
});
