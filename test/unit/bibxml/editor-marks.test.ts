import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryElement } from '../../../src/bibxml/resolve.js';
import { childElements, type RfcElement } from '../../../src/tree/nodes.js';
import { CORPUS, findOne } from '../helpers.js';

const authors = (entry: RfcElement): string[] =>
  childElements(findOne(entry, 'front'), 'author').map((a) => `${a.attributes.fullname}${a.attributes.role ? ` (${a.attributes.role})` : ''}`);

describe('bibxml: editor marks served as authors', () => {
  it('makes the author before an "Ed" author the editor, as today\'s entries for RFC 4918 and RFC 8347 need', function () {
    const bibxml = join(CORPUS, 'bibxml');
    if (!existsSync(bibxml)) this.skip();
    const rfc4918 = entryElement(readFileSync(join(bibxml, 'reference.RFC.4918.xml'), 'utf8'))!;
    assert.deepEqual(authors(rfc4918), ['L. Dusseault (editor)']);
    const rfc8347 = entryElement(readFileSync(join(bibxml, 'reference.RFC.8347.xml'), 'utf8'))!;
    assert.deepEqual(authors(rfc8347), ['X. Liu (editor)', 'A. Kyparlis', 'R. Parikh', 'A. Lindem', 'M. Zhang']);
  });

  it('leaves an author named Ed with initials, an organization, or first in the list', () => {
    const entry = entryElement(`<reference anchor="X"><front><title>T</title>
      <author fullname="Ed"/><author fullname="A. One"/><author initials="E." surname="Ed" fullname="E. Ed"/>
      <author fullname="B. Two"/><author fullname="Ed."><organization>Ed. Co</organization></author>
      <author fullname="C. Three" role="contributor"/><author surname="Ed." fullname="Ed."/>
      </front></reference>`)!;
    assert.deepEqual(authors(entry), ['Ed', 'A. One', 'E. Ed', 'B. Two', 'Ed.', 'C. Three (contributor)']);
  });

  it('repairs each reference of a reference group', () => {
    const group = entryElement(`<referencegroup anchor="BCP1">
      <reference anchor="A"><front><title>A</title><author fullname="P. Q"/><author initials="" surname="Ed" fullname="Ed"/></front></reference>
      <reference anchor="B"><front><title>B</title><author fullname="R. S"/></front></reference></referencegroup>`)!;
    const refs = childElements(group, 'reference');
    assert.deepEqual(authors(refs[0]), ['P. Q (editor)']);
    assert.deepEqual(authors(refs[1]), ['R. S']);
  });
});
