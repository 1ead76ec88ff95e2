/**
 * Renders XML snippets through the real pipeline (parse, prep, text writer) for the table tests
 * (not a test file itself).
 */
import { strict as assert } from 'node:assert';
import { xmlToRfc } from '../../../../src/index.js';
import { prep } from '../../../../src/prep/index.js';
import { writeText } from '../../../../src/writers/text/index.js';

/** The body lines of an RFC whose one section holds `content`, from the section heading on. */
export async function renderSection(content: string): Promise<string[]> {
  const r = await xmlToRfc([
    '<rfc version="3" number="9999" ipr="trust200902" category="info" submissionType="IETF" consensus="true">',
    '<front><title>T</title><author fullname="A B" initials="A." surname="B"/><date year="2024" month="March"/></front>',
    `<middle><section><name>S</name>${content}</section></middle></rfc>`,
  ].join('\n'), { file: 'd.xml' });
  assert.equal(r.failed, false, JSON.stringify(r.diagnostics));
  const out = writeText(prep(r.document, { date: '2024-03-01' }).document).split('\n');
  const at = out.indexOf('1.  S');
  assert.ok(at >= 0, out.join('\n'));
  const end = out.findIndex((l, i) => i > at && /^\S/.test(l));
  return out.slice(at + 2, end < 0 ? undefined : end).map((l) => l.replace(/\s+$/, ''));
}

/** The lines of the first drawn table (from its first rule to its last). */
export function firstTable(lines: string[]): string[] {
  const start = lines.findIndex((l) => /^\s*\+[-=+]+\+$/.test(l));
  let end = start;
  while (end + 1 < lines.length && /^\s*[+|]/.test(lines[end + 1])) end++;
  return start < 0 ? [] : lines.slice(start, end + 1);
}

/** A table of `<tr>` rows, each row a list of cells written as XML. */
export function tableXml(rows: string[][], attrs = ''): string {
  return `<table${attrs}>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</table>`;
}
