/**
 * A throw-away repository folder for tests that read files beside a draft (includes, schema
 * tables, implementation status); not a test file itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeXml } from '../../../src/index.js';
import type { MarkdownToRfcResult } from '../../../src/from-mdast/index.js';
import { repoRoot } from '../helpers.js';

export interface TempRepo {
  dir: string;
  /** Writes a file (folders made as needed); returns its path. */
  write(path: string, content: string): string;
  remove(): void;
}

/** A folder holding `.git` (so it is a repository root) with these files. */
export function tempRepo(files: Record<string, string> = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'draftsmith-repo-'));
  mkdirSync(join(dir, '.git'));
  const repo: TempRepo = {
    dir,
    write(path, content) {
      const p = join(dir, path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    remove() { rmSync(dir, { recursive: true, force: true }); },
  };
  for (const [p, c] of Object.entries(files)) repo.write(p, c);
  return repo;
}

/** xmllint's complaint when the document is not valid against xml2rfc's v3 grammar, else ''. */
export function schemaProblems(r: MarkdownToRfcResult, dir: string): string {
  const file = join(dir, 'out-for-schema.xml');
  writeFileSync(file, writeXml(r.document));
  const schema = join(repoRoot(), '..', 'shared', 'corpus', 'schema', 'xml2rfc', 'v3.rng');
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', schema, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}
