import { strict as assert } from 'node:assert';
import { isLibraryName, libraryFileNames } from '../../../src/bibxml/library.js';

describe('libraryFileNames', () => {
  it('pads RFC, BCP, STD and FYI numbers to four digits, trying the unpadded name too', () => {
    assert.deepEqual(libraryFileNames('RFC2119'), ['reference.RFC.2119.xml']);
    assert.deepEqual(libraryFileNames('RFC793'), ['reference.RFC.0793.xml', 'reference.RFC.793.xml']);
    assert.deepEqual(libraryFileNames('RFC0793'), ['reference.RFC.0793.xml', 'reference.RFC.793.xml']);
    assert.deepEqual(libraryFileNames('BCP14'), ['reference.BCP.0014.xml', 'reference.BCP.14.xml']);
    assert.deepEqual(libraryFileNames('std97'), ['reference.STD.0097.xml', 'reference.STD.97.xml']);
    assert.deepEqual(libraryFileNames('RFC 9110'), ['reference.RFC.9110.xml']);
  });

  it('tries Internet-Draft names with and without the draft- prefix', () => {
    assert.deepEqual(libraryFileNames('I-D.ietf-quic-recovery'),
      ['reference.I-D.ietf-quic-recovery.xml', 'reference.I-D.draft-ietf-quic-recovery.xml']);
    assert.deepEqual(libraryFileNames('I-D.draft-ietf-quic-recovery-30'),
      ['reference.I-D.draft-ietf-quic-recovery-30.xml', 'reference.I-D.ietf-quic-recovery-30.xml']);
  });

  it('keeps other libraries as LIBRARY.ID, with / made _', () => {
    assert.deepEqual(libraryFileNames('DOI.10.1145/2975159'), ['reference.DOI.10.1145_2975159.xml']);
    assert.deepEqual(libraryFileNames('W3C.REC-xml-20081126'), ['reference.W3C.REC-xml-20081126.xml']);
    assert.deepEqual(libraryFileNames('local/name'), ['reference.local_name.xml']);
  });
});

describe('isLibraryName', () => {
  it('knows the citation libraries', () => {
    for (const n of ['RFC2119', 'rfc8174', 'BCP14', 'I-D.ietf-x', 'W3C.REC-xml', 'DOI.10.1/x', 'IANA.tls-parameters']) {
      assert.equal(isLibraryName(n), true, n);
    }
  });

  it('does not take document anchors or made-up names for library names', () => {
    for (const n of ['intro', 'RFC', 'RFCXXXX', 'TCP', 'my-ref', 'RFC2119-bis']) {
      assert.equal(isLibraryName(n), false, n);
    }
  });
});
