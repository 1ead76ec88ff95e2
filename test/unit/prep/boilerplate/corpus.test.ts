/**
 * The boilerplate against every prepped file of ../shared/corpus that has one: xml2rfc
 * 3.32's expected prep outputs (xml2rfc/tests/valid/*.prepped.xml) and the RFC Editor's
 * published XML (rfc/rfcNNNN.xml, made from rfcNNNN.notprepped.xml). Built from the input's
 * attributes and front date, with the prep date of the expected file, it must equal the
 * expected `<boilerplate>` element: names, attributes, text (whitespace normalised).
 *
 * Without the corpus (../shared/corpus or $DRAFTSMITH_CORPUS) the suite is skipped.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  boilerplate, boilerplateInputFromRfc, draftExpiry, expirySentence, parseIsoDate,
} from '../../../../src/prep/boilerplate/index.js';
import { canonical } from './canonical.js';
import { boilerplateOf, CORPUS, corpusCases, readRfc } from './corpus.js';

/**
 * Expected files the function cannot reproduce, and why. Every other file with a
 * `<boilerplate>` must match exactly.
 */
const EXCLUDED: Record<string, string> = {
  'xml2rfc/tests/valid/unicode.prepped.xml':
    'a leftover prepped in 2018 by a pre-2.34.0 xml2rfc: its <boilerplate> also holds the Table of '
    + 'Contents (moved to <toc> in 2.34.0), its URLs are plain text rather than <eref>, and its <t> '
    + 'have no pn; the function models prep output from 2.34.0 (2019-10-23) on',
};

const present = existsSync(join(CORPUS, 'rfc')) && existsSync(join(CORPUS, 'xml2rfc', 'tests', 'valid'));

describe('prep boilerplate: corpus expected outputs', function () {
  if (!present) {
    it('needs ../shared/corpus', function () {
      console.log(`${CORPUS} not found: boilerplate corpus comparison skipped`);
      this.skip();
    });
    return;
  }
  const cases = corpusCases();

  it('finds the corpus cases', function () {
    // 12 xml2rfc outputs with a <boilerplate> (13 minus none) and the 10 RFCs.
    assert.ok(cases.length >= 20, `only ${cases.length} cases found`);
  });

  for (const c of cases) {
    const reason = EXCLUDED[c.name];
    if (reason) {
      it(`${c.name} (excluded: ${reason})`, function () {
        this.skip();
      });
      continue;
    }
    it(`${c.name} equals the expected <boilerplate>`, function () {
      const prepDate = parseIsoDate(c.prepped.attributes.prepTime ?? '');
      assert.ok(prepDate, 'the expected file has a prepTime');
      const actual = boilerplate(boilerplateInputFromRfc(c.input), { prepDate });
      assert.ok(actual, 'a boilerplate');
      assert.deepStrictEqual(canonical(actual), canonical(boilerplateOf(c.prepped)!));
    });
  }
});

describe('prep boilerplate: I-D expiry in the rendered corpus outputs', function () {
  if (!present) return;
  // The .text renderings of the I-D cases state the expiry too, in the default or the
  // legacy date format (xml2rfc's Makefile renders some with --legacy-date-format).
  for (const c of corpusCases().filter((k) => k.name.startsWith('xml2rfc/') && !k.input.attributes.number)) {
    const textFile = c.file.replace(/\.prepped\.xml$/, '.text');
    if (!existsSync(textFile)) continue;
    it(`${textFile.slice(CORPUS.length + 1)} states the expiry 185 days after the document date`, function () {
      const found = /This Internet-Draft will expire on ([^.]+\.)/.exec(readFileSync(textFile, 'utf8').replace(/\s+/g, ' '));
      assert.ok(found, 'an expiry sentence');
      const expires = draftExpiry(boilerplateInputFromRfc(readRfc(c.file)).date);
      assert.ok([expirySentence(expires), expirySentence(expires, true)].includes(found[0]),
        `${found[0]} is neither "${expirySentence(expires)}" nor "${expirySentence(expires, true)}"`);
    });
  }
});
