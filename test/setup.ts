import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Loaded before every test file (.mocharc.json `require`): nothing in the suite may reach the
 * network. A build that would fetch a reference asks 127.0.0.1's discard port instead, which
 * fetch refuses to open at all ("bad port"); tests of fetching start their own server on
 * 127.0.0.1 and name it.
 */
process.env.DRAFTSMITH_REF_SERVER ??= 'http://127.0.0.1:9/public/rfc/';
// Nor is the per-user cache of whoever runs the tests read or written.
process.env.XDG_CACHE_HOME ??= join(tmpdir(), `draftsmith-test-cache-${process.pid}`);
