import { strict as assert } from 'node:assert';
import { splitDraft, KRAMDOWN_PART } from '../../../src/markdown/split.js';
import { lines } from '../helpers.js';

/** The 1-based line numbers of the body lines that are not blank. */
function nonBlankLines(body: string): Record<number, string> {
  const out: Record<number, string> = {};
  body.split('\n').forEach((l, i) => {
    if (l.trim() !== '') out[i + 1] = l;
  });
  return out;
}

describe('splitDraft', () => {
  describe('kramdown-rfc (--- YAML --- part marker)', () => {
    const source = lines(
      '---',                    // 1
      'title: Example',         // 2
      'docname: draft-x-00',    // 3
      '',                       // 4
      '--- abstract',           // 5
      '',                       // 6
      'The abstract.',          // 7
      '',                       // 8
      '--- middle',             // 9
      '',                       // 10
      '# Introduction',         // 11
    );

    it('reads the dialect and the YAML up to the first part marker', () => {
      const s = splitDraft(source);
      assert.equal(s.dialect, 'kramdown');
      assert.deepEqual(s.header, { format: 'yaml', text: 'title: Example\ndocname: draft-x-00\n', startLine: 2 });
    });

    it('keeps every body line at its line number, blanking the header and keeping the part marker', () => {
      const s = splitDraft(source);
      assert.equal(s.body.split('\n').length, source.split('\n').length);
      assert.deepEqual(nonBlankLines(s.body), {
        5: '--- abstract', 7: 'The abstract.', 9: '--- middle', 11: '# Introduction',
      });
    });

    it('accepts note_ and back markers as the end of the header', () => {
      const s = splitDraft(lines('---', 'title: T', '--- note_Note_to_Readers', 'x'));
      assert.equal(s.dialect, 'kramdown');
      assert.equal(s.header?.text, 'title: T');
      assert.deepEqual(nonBlankLines(s.body), { 3: '--- note_Note_to_Readers', 4: 'x' });
    });

    it('treats a file with no end marker as all header', () => {
      const s = splitDraft(lines('---', 'title: T', 'abbrev: A'));
      assert.equal(s.dialect, 'kramdown');
      assert.equal(s.header?.text, 'title: T\nabbrev: A\n');
      assert.equal(s.body.trim(), '');
    });

    it('the part-marker pattern takes names, not rules or prose', () => {
      assert.ok(KRAMDOWN_PART.test('--- middle'));
      assert.ok(KRAMDOWN_PART.test('---   back  '));
      assert.ok(!KRAMDOWN_PART.test('---'));
      assert.ok(!KRAMDOWN_PART.test('--- two words'));
      assert.ok(!KRAMDOWN_PART.test('---middle'));
    });
  });

  describe('CommonMark front matter (--- YAML --- or ...)', () => {
    for (const close of ['---', '...']) {
      it(`closes the YAML at a bare "${close}" and says "commonmark"`, () => {
        const source = lines('---', 'title: T', 'abstract: A.', close, '', '# Heading', 'Text.');
        const s = splitDraft(source);
        assert.equal(s.dialect, 'commonmark');
        assert.deepEqual(s.header, { format: 'yaml', text: 'title: T\nabstract: A.', startLine: 2 });
        assert.deepEqual(nonBlankLines(s.body), { 6: '# Heading', 7: 'Text.' });
        assert.equal(s.body.split('\n').length, source.split('\n').length);
      });
    }
  });

  describe('mmark (%%% TOML %%%)', () => {
    it('reads the TOML between the %%% lines and blanks both', () => {
      const source = lines('%%%', 'title = "T"', '[seriesInfo]', 'value = "draft-x-00"', '%%%', '', '{mainmatter}', '', '# A');
      const s = splitDraft(source);
      assert.equal(s.dialect, 'mmark');
      assert.deepEqual(s.header, { format: 'toml', text: 'title = "T"\n[seriesInfo]\nvalue = "draft-x-00"', startLine: 2 });
      assert.deepEqual(nonBlankLines(s.body), { 7: '{mainmatter}', 9: '# A' });
      assert.equal(s.body.split('\n').length, source.split('\n').length);
    });

    it('normalises CRLF line endings and drops a byte order mark', () => {
      const s = splitDraft('\uFEFF%%%\r\ntitle = "T"\r\n%%%\r\n\r\n# A\r\n');
      assert.equal(s.dialect, 'mmark');
      assert.equal(s.header?.text, 'title = "T"');
      assert.deepEqual(nonBlankLines(s.body), { 5: '# A' });
      assert.ok(!s.body.includes('\r'));
    });
  });

  describe('mmark 1 (% key = value lines)', () => {
    it('reads the %-prefixed lines as TOML starting at line 1', () => {
      const source = lines('% title = "Old Style"', '% abbrev = "Old"', '%', '% [[author]]', '% fullname = "A B"', '', '# Intro');
      const s = splitDraft(source);
      assert.equal(s.dialect, 'mmark');
      // Each `%` becomes a space, so TOML columns are the file's columns.
      assert.deepEqual(s.header, {
        format: 'toml', text: '  title = "Old Style"\n  abbrev = "Old"\n \n  [[author]]\n  fullname = "A B"', startLine: 1,
      });
      assert.deepEqual(nonBlankLines(s.body), { 7: '# Intro' });
    });
  });

  describe('no header', () => {
    it('is plain CommonMark, body unchanged', () => {
      const source = lines('# Title', '', 'Some text with 50% of it.');
      const s = splitDraft(source);
      assert.equal(s.dialect, 'commonmark');
      assert.equal(s.header, null);
      assert.equal(s.body, source);
    });

    it('does not take a line starting "%" without "key =" for an mmark 1 header', () => {
      const s = splitDraft(lines('% just a percent sign', '# A'));
      assert.equal(s.dialect, 'commonmark');
      assert.equal(s.header, null);
    });
  });
});
