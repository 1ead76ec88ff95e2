/** The score-xml port used by the conformance suite: difflib ratio and the outline reader. */
import { strict as assert } from 'node:assert';
import { foldSpace, jaccard, outline, parseXml, sequenceRatio, XmlParseError } from './score.js';

describe('conformance scoring (port of ../shared/tools/score-xml)', function () {
  it('sequenceRatio matches difflib.SequenceMatcher(autojunk=False).ratio()', function () {
    // expected values from CPython's difflib
    const cases: [string, string, number][] = [
      ['abxcd', 'abcd', 0.8888888888888888],
      ['qabxcd', 'abycdf', 0.6666666666666666],
      ['private thread', 'private volatile thread', 0.7567567567567568],
      ['', 'abc', 0.0],
      ['', '', 1.0],
      // 300 elements with popular ones: autojunk=True would give 0.0033
      ['aaaaabbbbb'.repeat(30), 'ab'.repeat(150), 0.4066666666666667],
    ];
    for (const [a, b, r] of cases) assert.ok(Math.abs(sequenceRatio([...a], [...b]) - r) < 1e-12, `${a} / ${b}`);
  });

  it('jaccard is 1 for two empty sets', function () {
    assert.equal(jaccard(new Set(), new Set()), 1);
    assert.equal(jaccard(new Set(['a', 'b']), new Set(['b', 'c'])), 1 / 3);
  });

  it('folds white space as Python str.split() does', function () {
    assert.equal(foldSpace('  a\u00a0 b\n\tc\u200b '), 'a b c\u200b');
  });

  it('reads sections and references as ElementTree does', function () {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE rfc [ <!ENTITY SELF "[RFCXXXX]"> <!ENTITY nbsp "&#160;"> ]>
<rfc xmlns:xi="http://www.w3.org/2001/XInclude">
  <front><title>T</title></front>
  <middle>
    <section><name>Intro&nbsp;<tt>duction</tt> &SELF;</name>
      <section title="Old  Style"/>
    </section>
    <!-- <section><name>commented out</name></section> -->
  </middle>
  <back>
    <references><name>References</name>
      <references><name>Normative References</name>
        <reference anchor="RFC2119"/>
        <xi:include href="https://bib.ietf.org/public/rfc/bibxml/reference.RFC.8174.xml"/>
      </references>
      <references title="Informative">
        <referencegroup anchor="BCP14"/>
        <xi:include href="reference.I-D.ietf-quic-tls.xml"/>
      </references>
    </references>
    <section><name><![CDATA[A & B]]></name></section>
  </back>
</rfc>`;
    const o = outline(xml);
    assert.deepEqual(o.sections, ['middle:1:intro duction [rfcxxxx]', 'middle:2:old style', 'back:1:a & b']);
    assert.deepEqual([...o.refs].sort(), [
      'informative:bcp14', 'informative:i-d.ietf-quic-tls', 'normative:rfc2119', 'normative:rfc8174',
    ]);
  });

  it('fails on undefined and external entities, as expat does', function () {
    assert.throws(() => parseXml('<rfc>&nbsp;</rfc>'), XmlParseError);
    assert.throws(() => parseXml('<!DOCTYPE rfc [<!ENTITY R SYSTEM "r.xml">]><rfc>&R;</rfc>'), XmlParseError);
    assert.throws(() => parseXml('<rfc><a></b></rfc>'), XmlParseError);
  });
});
