import type { DraftDiff } from './compare.js';
import { counts, grouped, nameOf, notes, oldName, plural } from './summary-facts.js';

/** Backslash-escapes what Markdown would read as markup in a title or label. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/**
 * The structural account as Markdown, ready to paste into a "Changes since -NN" appendix or a
 * pull-request comment: one bullet per section or reference that changed.
 */
export function renderMarkdown(diff: DraftDiff): string {
  const c = counts(diff);
  const g = grouped(diff);
  const out = [`## Changes since ${md(oldName(diff))}`, ''];
  if (!c.changes && !diff.structure.metadata.length) return out.concat('No changes.').join('\n') + '\n';
  out.push(`${plural(c.changes, 'change')} in ${plural(c.sectionsChanged, 'section')} (${plural(c.wordsAdded, 'word')} added, ${c.wordsRemoved} removed).`);
  const block = (title: string, items: string[]) => {
    if (items.length) out.push('', `### ${title}`, '', ...items.map((i) => `- ${i}`));
  };
  block('Metadata', diff.structure.metadata.map((m) => `${m.field}: ${m.old ? md(m.old) : '(none)'} → ${m.new ? md(m.new) : '(none)'}`));
  block('Sections', [
    ...g.added.map((d) => `Added ${md(nameOf(d))}`),
    ...g.removed.map((d) => `Removed ${md(nameOf(d))}`),
    ...g.moved.map((d) => `Moved ${md(nameOf(d))}${d.old?.number !== d.new?.number ? ` (was ${md(d.old?.number || 'unnumbered')})` : ''}`),
    ...g.changed.map((d) => {
      const extra = notes(d).map(md);
      return `Changed ${md(nameOf(d))}: ${d.wordsAdded} words added, ${d.wordsRemoved} removed${extra.length ? `; ${extra.join('; ')}` : ''}`;
    }),
  ]);
  const r = diff.structure.references;
  block('References', [
    ...r.added.map((l) => `Added \\[${md(l)}\\]`),
    ...r.removed.map((l) => `Removed \\[${md(l)}\\]`),
    ...r.moved.map((m) => `\\[${md(m.label)}\\] is now ${m.to} (was ${m.from})`),
  ]);
  return out.join('\n') + '\n';
}
