import { strict as assert } from 'node:assert';
import { concat, hardline, indent, printDoc } from '../../../../src/writers/text/doc/index.js';
import { endsSentence, fillParagraph, fillText, fillWords, noBreak } from '../../../../src/writers/text/fill.js';

/** The paragraph on one long line: shows the gaps the filler chose. */
const oneLine = (text: string): string => fillParagraph(text, { width: 1000 })[0] ?? '';

describe('fillWords', () => {
  it('never separates Section, Figure, Table or Appendix from the number after it; RFC may break', () => {
    assert.deepEqual(fillParagraph('as described in Section 6 of [RFC7748] and (Appendix A).', { width: 22 }),
      ['as described in', 'Section 6 of [RFC7748]', 'and (Appendix A).']);
    assert.deepEqual(fillParagraph('the wonderful RFC 7991', { width: 17 }), ['the wonderful RFC', '7991']);
    assert.equal(oneLine('Table The end'), 'Table The end');
  });

  it('collapses runs of white space, tabs and newlines to one space', () => {
    assert.equal(oneLine('  alpha \t beta\n\n   gamma\r\n'), 'alpha beta gamma');
    assert.deepEqual(fillWords(' \n '), []);
  });

  it('puts two spaces after a sentence end before a capital (not before a digit)', () => {
    assert.equal(oneLine('It ends. Then (More) starts. "Quoted" too? [RFC1] Yes! 4.2. The'), 'It ends.  Then (More) starts.  "Quoted" too?  [RFC1] Yes! 4.2.  The');
    assert.equal(oneLine('client.) Those (IETF). It "layers." Different [RFC2119]. This <result>. The'),
      'client.)  Those (IETF).  It "layers."  Different [RFC2119].  This <result>.  The');
  });

  it('puts one space when the next word is not capitalised (ASCII capitals only)', () => {
    assert.equal(oneLine('the U.S. law, e.g. (without it), see. lower, 1. 2, ok. "https" and. Éric'),
      'the U.S. law, e.g. (without it), see. lower, 1. 2, ok. "https" and. Éric');
  });

  it('puts one space after abbreviations and initialisms, but two after initials and "etc."', () => {
    assert.equal(oneLine('Mr. Jones, Mrs. Smith, Dr. Who, Prof. X, Lt. Dan, viz. Foo, i.e. AND, (a.k.a. Round) U.S. Army'),
      'Mr. Jones, Mrs. Smith, Dr. Who, Prof. X, Lt. Dan, viz. Foo, i.e. AND, (a.k.a. Round) U.S. Army');
    // "e.g." is the exception among initialisms: xml2rfc ends a sentence there ("(e.g.  ISP)" in the MISP drafts).
    assert.equal(oneLine('managing an entity (e.g. ISP) along'), 'managing an entity (e.g.  ISP) along');
    assert.equal(oneLine('of A, N, and P. This is Anon Y. Name; grammars, etc. For et al. [Poort]'),
      'of A, N, and P.  This is Anon Y.  Name; grammars, etc.  For et al.  [Poort]');
  });

  it('takes a capital and two lower-case letters before the period for an abbreviation (xml2rfc)', () => {
    // RFC 8700's table heading, RFC 9001's IANA text; "Yesterday." is no abbreviation.
    assert.equal(oneLine('Avg. Pubs per Year, marked Yes. The, Speechworks, Inc. Although, Gen. Lee, Yesterday. Then'),
      'Avg. Pubs per Year, marked Yes. The, Speechworks, Inc. Although, Gen. Lee, Yesterday.  Then');
    assert.equal(endsSentence('(Fig.', 'One'), false);
  });

  it('keeps two spaces where the source has two or more white space characters after . ? or !', () => {
    // RFC 6787 as xml2rfc 3.32 prints it: a sentence ending at a line end before an indented
    // line keeps two spaces whatever follows; RFC 9000's own "limitations.  0-RTT".
    assert.equal(oneLine('the input began.\n          (optional)'), 'the input began.  (optional)');
    assert.equal(oneLine('some limitations.  0-RTT allows'), 'some limitations.  0-RTT allows');
    assert.equal(oneLine('Speechworks, Inc.  Although, Mr.  Jones, done!\t\tyes?   no'),
      'Speechworks, Inc.  Although, Mr.  Jones, done!  yes?  no');
    // One white space character, or a run after anything else, stays one space.
    assert.equal(oneLine('began.\n(optional), words,   apart.)  and (e.g.\nusing)'), 'began. (optional), words, apart.) and (e.g. using)');
    // Other spaces are not turned into spaces by xml2rfc, so they do not count.
    assert.equal(oneLine('began.\u2003 lower'), 'began. lower');
  });

  it('weighs the white space at the ends of a no-break run as the source has it', () => {
    assert.equal(fillParagraph(['began.', noBreak('\n   Section 3'), ' follows.'], { width: 100 })[0], 'began.  Section 3 follows.');
    assert.equal(fillParagraph(['began.', noBreak(' lower case'), ' words'], { width: 100 })[0], 'began. lower case words');
    assert.equal(fillParagraph([noBreak('It ended. '), ' lower'], { width: 100 })[0], 'It ended.  lower');
  });

  it('puts one space after punctuation or markup before the period', () => {
    assert.equal(oneLine('etc.? There RFC.]] Since _emphasized_. This https://a.example/. They ... Note'),
      'etc.? There RFC.]] Since _emphasized_. This https://a.example/. They ...  Note');
  });

  it('hides a sentence end behind a no-break space, printed as a space', () => {
    assert.equal(oneLine('Anon Y.\u00a0Name'), 'Anon Y. Name');
    assert.equal(endsSentence('Y.', 'Name'), true);
    assert.equal(endsSentence('Mr.', 'Name'), false);
  });

  it('never breaks at a no-break space, no-break hyphen or word joiner', () => {
    assert.deepEqual(fillParagraph('aaaa Section\u00a012.3', { width: 14 }), ['aaaa', 'Section 12.3']);
    assert.deepEqual(fillParagraph('aaaa SET\u2011PARAMS', { width: 12 }), ['aaaa', 'SET-PARAMS']);
    assert.deepEqual(fillParagraph('aaaa double-\u2060word', { width: 14 }), ['aaaa', 'double-word']);
  });

  it('breaks at a zero-width space, which prints as nothing', () => {
    assert.deepEqual(fillParagraph('aaaa bbbb\u200bcccc', { width: 9 }), ['aaaa bbbb', 'cccc']);
    assert.deepEqual(fillParagraph('aaaa bbbb\u200bcccc', { width: 20 }), ['aaaa bbbbcccc']);
  });

  it('breaks after a hyphen as xml2rfc cuts hyphenated parts: a word character and a non-digit before, a part after', () => {
    assert.deepEqual(fillParagraph('the list of Internet-Drafts', { width: 21 }), ['the list of Internet-', 'Drafts']);
    assert.deepEqual(fillParagraph('the list of 0-RTT', { width: 14 }), ['the list of', '0-RTT']);
    assert.deepEqual(fillParagraph('the list of e-mail', { width: 14 }), ['the list of', 'e-mail']);
    // xml2rfc's outputs: "x509-" / "fingerprint-md5" (MISP), "xml2rfc-v3-" / "implementation-notes-08"
    // (elements.xml), but "the" / "72-character page width" (elements.xml).
    assert.deepEqual(fillParagraph('text, x509-fingerprint-md5', { width: 16 }), ['text, x509-', 'fingerprint-md5']);
    assert.deepEqual(fillParagraph('draft-levkowetz-xml2rfc-v3-implementation-notes-08', { width: 30 }),
      ['draft-levkowetz-xml2rfc-v3-', 'implementation-notes-08']);
    assert.deepEqual(fillParagraph('beyond the 72-character width', { width: 15 }), ['beyond the', '72-character', 'width']);
    // A digit may follow the hyphen when a non-digit follows the digits: RFC 9109's reference.
    assert.deepEqual(fillParagraph('<https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2019-11331>.', { width: 58 }),
      ['<https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-', '2019-11331>.']);
    // Not before a last part of digits, nor after a part whose hyphen follows a digit, unless a
    // qualifying part starts right after it.
    assert.deepEqual(fillParagraph('aaaa notes-08', { width: 10 }), ['aaaa', 'notes-08']);
    assert.deepEqual(fillParagraph('aaaa x509-fingerprint', { width: 12 }), ['aaaa', 'x509-fingerprint']);
    assert.deepEqual(fillParagraph('aaaa 72-character-wide', { width: 10 }), ['aaaa 72-', 'character-', 'wide']);
  });

  it('breaks after a slash between a letter or digit and a letter, at the last such slash before a hyphen', () => {
    assert.deepEqual(fillParagraph('associated methods/events', { width: 19 }), ['associated methods/', 'events']);
    assert.deepEqual(fillParagraph('(https://trustee.ietf.org/license-info)', { width: 30 }), ['(https://trustee.ietf.org/', 'license-info)']);
    for (const unbroken of ['192.0.2.0/24', 'S/MIME', 'PDF/A']) {
      assert.deepEqual(fillParagraph(`xx ${unbroken}`, { width: 6 }), ['xx', unbroken], unbroken);
    }
    // Too long for any line: only the last slash breaks (xml2rfc's slashbreak test keeps it whole where it fits).
    assert.deepEqual(fillParagraph('xx this/is/a/long/test', { width: 12 }), ['xx', 'this/is/a/long/', 'test']);
    // RFC 8937: a reference's long address breaks after "fcf9/", where one letter follows.
    assert.deepEqual(fillParagraph('<https://pdfs.semanticscholar.org/fcf9/fe0946c20e936b507c023bbf89160cc995b9.pdf>.', { width: 55 }),
      ['<https://pdfs.semanticscholar.org/fcf9/', 'fe0946c20e936b507c023bbf89160cc995b9.pdf>.']);
    // A piece longer than the line is cut again, reading only its own text (RFC 9000's [SLOWLORIS]);
    // one that fits keeps its single cut (the MISP taxonomy's flickr address).
    assert.deepEqual(fillParagraph('HTTP client!", June 2009, <https://web.archive.org/web/20150315054838/http://ha.ckers.org/slowloris/>.', { width: 58 }),
      ['HTTP client!", June 2009,', '<https://web.archive.org/web/20150315054838/', 'http://ha.ckers.org/slowloris/>.']);
    assert.deepEqual(fillParagraph('2007, <https://www.flickr.com/groups/51035612836@N01/discuss/72157594497877875/>.', { width: 58 }),
      ['2007, <https://www.flickr.com/groups/51035612836@N01/', 'discuss/72157594497877875/>.']);
    // A hyphen ends the run: "MISP/" breaks although "misp-objects/…" has slashes after it.
    assert.deepEqual(fillParagraph('(https://github.com/MISP/misp-objects/blob/main/objects/x-y/definition.json)', { width: 28 })[0], '(https://github.com/MISP/');
    // The unbreakable terms are matched whole: "S/MIMEs" is not "S/MIME".
    assert.deepEqual(fillParagraph('xx S/MIMEs', { width: 6 }), ['xx S/', 'MIMEs']);
  });

  it('breaks a word only at its last slash: an address moves to the next line whole when that does not fit (xml2rfc)', () => {
    // draft-miek-test and rfc6303-bis, as xml2rfc 3.32 and 3.31 print them.
    assert.deepEqual(fillParagraph('given in this README from Pandoc itself (http://johnmacfarlane.net/pandoc/README.html).', { width: 69 }),
      ['given in this README from Pandoc itself', '(http://johnmacfarlane.net/pandoc/README.html).']);
    assert.deepEqual(fillParagraph('was tedious even thought the XML of xml2rfc (http://xml.resource.org/experimental) is very', { width: 69 }),
      ['was tedious even thought the XML of xml2rfc (http://xml.resource.org/', 'experimental) is very']);
    assert.deepEqual(fillParagraph('for this draft is maintained on GitHub at: https://github.com/moonshiner/draft-dnsop-rfc6303-bis', { width: 69 }),
      ['for this draft is maintained on GitHub at:', 'https://github.com/moonshiner/draft-dnsop-rfc6303-bis']);
  });

  it('never breaks inside a citation label', () => {
    assert.deepEqual(fillParagraph('described in [QUIC-TLS].', { width: 20 }), ['described in', '[QUIC-TLS].']);
  });

  it('gives a word longer than the line its own line, unbroken', () => {
    const url = 'https://example.com/' + 'x'.repeat(80);
    assert.deepEqual(fillParagraph(`see ${url} now`, { width: 72 }), ['see https://example.com/', 'x'.repeat(80), 'now']);
    assert.deepEqual(fillParagraph(`see ${'y'.repeat(80)} now`, { width: 72 }), ['see', 'y'.repeat(80), 'now']);
  });

  it('keeps a no-break run whole, its inner white space collapsed', () => {
    assert.deepEqual(fillWords(['see ', noBreak('Section \n 3.1'), ' of it']).map((w) => w.text), ['see', 'Section 3.1', 'of', 'it']);
    assert.deepEqual(fillWords(['(', noBreak('RFC 2119'), ')']).map((w) => w.text), ['(RFC 2119)']);
    assert.deepEqual(fillParagraph(['aaaa ', noBreak('Internet-Drafts and/or')], { width: 12 }), ['aaaa', 'Internet-Drafts and/or']);
  });
});

describe('fillParagraph', () => {
  const text = 'The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT", "SHOULD", "SHOULD NOT", '
    + '"RECOMMENDED", "MAY", and "OPTIONAL" in this document are to be interpreted as described in RFC 2119 [RFC2119].';

  it('fills body text at column 3 to 72 columns', () => {
    assert.deepEqual(fillParagraph(text, { indent: 3 }), [
      '   The key words "MUST", "MUST NOT", "REQUIRED", "SHALL", "SHALL NOT",',
      '   "SHOULD", "SHOULD NOT", "RECOMMENDED", "MAY", and "OPTIONAL" in this',
      '   document are to be interpreted as described in RFC 2119 [RFC2119].',
    ]);
  });

  it('hangs continuation lines under the text after a first-line prefix', () => {
    const lines = fillParagraph('First bullet point with enough words to need a second line of text here.', { indent: 3, firstLinePrefix: '*  ' });
    assert.deepEqual(lines, [
      '   *  First bullet point with enough words to need a second line of text',
      '      here.',
    ]);
    assert.deepEqual(fillParagraph('aa bb cc', { width: 12, indent: 1, firstLinePrefix: 'x: ', hangIndent: 1 }), [' x: aa bb cc']);
    assert.deepEqual(fillParagraph('aa bb cc dd', { width: 12, indent: 1, firstLinePrefix: 'x: ', hangIndent: 1 }), [' x: aa bb cc', '  dd']);
  });

  it('is the same fill as fillText inside a larger doc', () => {
    const doc = concat('Heading', hardline, hardline, indent(3, fillText(text)));
    assert.deepEqual(printDoc(doc).slice(2), fillParagraph(text, { indent: 3 }));
  });
});
