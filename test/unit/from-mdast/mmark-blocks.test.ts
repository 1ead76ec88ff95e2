import { strict as assert } from 'node:assert';
import { writeXml } from '../../../src/index.js';
import { convert, fixture, lines } from '../helpers.js';

const mmark = (...body: string[]) => lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', ...body);

async function middle(source: string, file = 'draft.md'): Promise<string> {
  const r = await convert(source, { file });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  return writeXml(r.document).split('<middle>')[1].split('</middle>')[0];
}

describe('mmark blocks', () => {
  it('`1)` lists keep the parenthesis as the list type', async () => {
    assert.match(await middle(mmark('1) one', '2) two')), /<ol spacing="compact" type="%d\)">/);
    assert.match(await middle(mmark('1. one', '2. two')), /<ol spacing="compact">/);
  });

  it('leaves out empty attributes of an inline <reference>, as mmark does (misp-core JSON-SCHEMA)', async () => {
    const r = await convert(lines('%%%', 'title = "T"', '%%%', '', '{mainmatter}', '', '# A', '', 'See [@?JSON-SCHEMA].', '', '{backmatter}', '',
      "<reference anchor='JSON-SCHEMA' target='https://example.com/js'>",
      "  <front><title>JSON Schema</title><author initials='' surname='' fullname='Austin Wright'></author><date year='2016'></date></front>",
      '</reference>', ''));
    const xml = writeXml(r.document);
    assert.match(xml, /<author fullname="Austin Wright"\/>/);
  });

  it('{#id} over a code block without caption names the artwork, with no figure (as mmark)', async () => {
    const xml = await middle(mmark('{#fig-sample}', '~~~', '"Object": {}', '~~~'));
    assert.match(xml, /<artwork anchor="fig-sample">/);
    assert.doesNotMatch(xml, /<figure/);
    assert.match(await middle(mmark('{#fig-cap}', '~~~', 'x', '~~~', 'Figure: Caption')), /<figure anchor="fig-cap">\s*<name>Caption<\/name>/);
  });

  it('a backslash before a space is a non-breaking space', async () => {
    assert.match(await middle(mmark('RFC\\ 2119 says')), /<t>RFC\u00a02119 says<\/t>/);
  });

  it('!--- … !--- groups pictures into one figure, with an artset for several and the caption below', async () => {
    const xml = await middle(mmark('!---', '![svg](a.svg "Image1")', '![ascii-art](a.ascii-art "Image2")', '!---', 'Figure: Both forms. {#both}'));
    assert.match(xml, /<figure anchor="both">\s*<name>Both forms.<\/name>\s*<artset>\s*<artwork src="a.svg" type="svg" alt="svg" name="Image1"\/>\s*<artwork src="a.ascii-art" type="ascii-art" alt="ascii-art" name="Image2"\/>\s*<\/artset>\s*<\/figure>/);
  });

  describe('include line ranges ([N,M]: from line N up to, not including, line M)', () => {
    const file = fixture('includes', 'draft.md');
    const cases: [string, string][] = [['[1,4]', '1 line 1\n2 line 2\n3 line 3'], ['[2,3]', '2 line 2'], ['[1,1]', '1 line 1'], ['[0,1]', '1 line 1'], ['[2,]', '2 line 2\n3 line 3']];
    for (const [range, want] of cases) {
      it(range, async () => {
        const xml = await middle(mmark(`{{lines.txt}}${range}`), file);
        assert.ok(xml.includes(`<t>${want}</t>`), xml);
      });
    }
    it('an include inside a paragraph is left as text', async () => {
      const xml = await middle(mmark('Some text.', '{{lines.txt}}'), file);
      assert.ok(xml.includes('<t>Some text.\n{{lines.txt}}</t>'), xml);
    });
  });
});
