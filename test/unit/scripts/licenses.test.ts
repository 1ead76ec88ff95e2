import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers.js';

describe('npm run licenses', () => {
  const script = join(repoRoot(), 'scripts', 'licenses.mjs');

  it('reads SPDX expressions: OR needs one allowed licence, AND all of them', async () => {
    const { allowed } = await import(pathToFileURL(script).href) as { allowed: (e: string) => boolean };
    assert.equal(allowed('MIT'), true);
    assert.equal(allowed('Apache-2.0'), true);
    assert.equal(allowed('(MIT OR GPL-3.0-only)'), true);
    assert.equal(allowed('MIT AND GPL-3.0-only'), false);
    assert.equal(allowed('GPL-3.0-or-later'), false);
    assert.equal(allowed('SSPL-1.0'), false);
    assert.equal(allowed('CC-BY-NC-4.0'), false);
    assert.equal(allowed('(MIT AND (Apache-2.0 OR GPL-2.0-only))'), true);
  });

  it('passes on the installed production tree and prints a table', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', cwd: repoRoot() });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^package\s+licence$/m);
    assert.match(r.stdout, /^fast-xml-parser@\S+\s+MIT$/m);
    assert.match(r.stdout, /every licence is OSI-approved and compatible with BSD-3-Clause/);
  });
});
