import { strict as assert } from 'node:assert';
import { mergeAttributeLists, parseAldDefinition, parseAttributeList } from '../../../src/syntax/attribute-list.js';

describe('parseAttributeList', () => {
  it('reads an id, classes, key=value pairs and references', () => {
    assert.deepEqual(parseAttributeList(' #sec-intro .unnumbered .notoc title="A Title" align=center removeinrfc'), {
      id: 'sec-intro',
      classes: ['unnumbered', 'notoc'],
      attributes: { title: 'A Title', align: 'center' },
      references: ['removeinrfc'],
    });
  });

  it('accepts single quotes, and quotes that hold braces, hashes and equals signs', () => {
    assert.deepEqual(parseAttributeList(`title='Single Quoted'`)?.attributes, { title: 'Single Quoted' });
    const l = parseAttributeList(`x="{#a=b}" y='a "q"' artwork-align="center"`);
    assert.deepEqual(l?.attributes, { x: '{#a=b}', y: 'a "q"', 'artwork-align': 'center' });
  });

  it('allows spaces around = and an empty quoted value', () => {
    assert.deepEqual(parseAttributeList('a = "1" b=""')?.attributes, { a: '1', b: '' });
  });

  it('takes the last id when there are two', () => {
    assert.equal(parseAttributeList('#one #two')?.id, 'two');
  });

  it('is an empty list for blank input', () => {
    assert.deepEqual(parseAttributeList('   '), { classes: [], attributes: {}, references: [] });
  });

  it('refuses text that is not an attribute list', () => {
    for (const s of ['"just a string"', '#', '.', 'a="unterminated', '!', 'RFC2119, Section 3', '{x}']) {
      assert.equal(parseAttributeList(s), undefined, JSON.stringify(s));
    }
  });
});

describe('parseAldDefinition', () => {
  it('reads {:name: attributes}', () => {
    assert.deepEqual(parseAldDefinition('wide: .wide width="100%"'), {
      name: 'wide', list: { classes: ['wide'], attributes: { width: '100%' }, references: [] },
    });
  });

  it('is undefined for an IAL that names no definition', () => {
    assert.equal(parseAldDefinition(' #id .cls'), undefined);
  });
});

describe('mergeAttributeLists', () => {
  it('lets the second list win for id and attributes and concatenates the rest', () => {
    const a = { id: 'a', classes: ['x'], attributes: { k: '1', j: 'keep' }, references: ['r1'] };
    const b = { classes: ['y'], attributes: { k: '2' }, references: ['r2'] };
    assert.deepEqual(mergeAttributeLists(a, b), { id: 'a', classes: ['x', 'y'], attributes: { k: '2', j: 'keep' }, references: ['r1', 'r2'] });
    assert.equal(mergeAttributeLists(undefined, b), b);
  });
});
