import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryResolver, defaultCacheDir, readEntry } from '../../../src/bibxml/resolve.js';
import { textContent, type RfcElement } from '../../../src/tree/nodes.js';
import { findOne, fixture } from '../helpers.js';

describe('DirectoryResolver', () => {
  it('finds entries under their library file names, padded or not', async () => {
    const r = new DirectoryResolver([fixture('bibxml')]);
    const found = await r.resolveAll(['RFC2119', 'RFC793', 'I-D.example-widgets', 'RFC9999']);
    assert.deepEqual([...found.keys()].sort(), ['I-D.example-widgets', 'RFC2119', 'RFC793']);
    const rfc793 = found.get('RFC793')!;
    assert.equal(rfc793.source, join(fixture('bibxml'), 'reference.RFC.0793.xml'));
    assert.equal(rfc793.element.name, 'reference');
    assert.equal(rfc793.element.attributes.anchor, 'RFC0793');
    assert.equal(textContent(findOne(rfc793.element, 'title')), 'Transmission Control Protocol');
    assert.equal(textContent(findOne(found.get('I-D.example-widgets')!.element, 'title')), 'Widgets & Gadgets for the Example Protocol');
  });

  it('skips a file that holds no <reference>', async () => {
    const r = new DirectoryResolver([fixture('bibxml')]);
    assert.equal(r.lookup('RFC1'), undefined);
  });

  it('searches its folders in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-resolve-'));
    try {
      writeFileSync(join(dir, 'reference.RFC.2119.xml'),
        '<reference anchor="RFC2119"><front><title>Local Override</title><author/><date year="1997"/></front></reference>');
      const first = new DirectoryResolver([dir, fixture('bibxml')]).lookup('RFC2119');
      const second = new DirectoryResolver([fixture('bibxml'), dir]).lookup('RFC2119');
      assert.equal(textContent(findOne(first!.element, 'title')), 'Local Override');
      assert.equal(textContent(findOne(second!.element, 'title')), 'Key words for use in RFCs to Indicate Requirement Levels');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has nothing for a folder that does not exist', async () => {
    const found = await new DirectoryResolver([join(tmpdir(), 'draftsmith-no-such-dir-' + process.pid)]).resolveAll(['RFC2119']);
    assert.equal(found.size, 0);
  });
});

describe('readEntry', () => {
  it('reads a <referencegroup> as well as a <reference>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draftsmith-entry-'));
    try {
      const path = join(dir, 'reference.BCP.0014.xml');
      writeFileSync(path, '<?xml version="1.0"?>\n<referencegroup anchor="BCP14">\n<reference anchor="RFC2119"><front><title>A</title></front></reference>\n</referencegroup>\n');
      const e = readEntry(path) as RfcElement;
      assert.equal(e.name, 'referencegroup');
      assert.equal(e.attributes.anchor, 'BCP14');
      assert.equal(findOne(e, 'reference').attributes.anchor, 'RFC2119');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is undefined for a missing file', () => {
    assert.equal(readEntry(join(tmpdir(), 'draftsmith-missing-' + process.pid + '.xml')), undefined);
  });
});

describe('defaultCacheDir', () => {
  it('uses XDG_CACHE_HOME when set', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' }), join('/x/cache', 'draftsmith', 'bibxml'));
  });
});
