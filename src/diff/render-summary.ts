import type { DraftDiff } from './compare.js';
import { counts, grouped, nameOf, notes, plural } from './summary-facts.js';

/**
 * The structural account as plain text: what changed in the metadata, which sections were
 * added, removed, moved or changed (with word counts and the numbers of their line changes),
 * and which references came, went or changed kind.
 */
export function renderSummary(diff: DraftDiff): string {
  const c = counts(diff);
  const g = grouped(diff);
  const out = [`${diff.old.label} -> ${diff.new.label}`];
  if (!c.changes && !diff.structure.metadata.length) return out.concat('No changes.').join('\n') + '\n';
  out.push(`${plural(c.changes, 'change')} in ${plural(c.sectionsChanged, 'section')}: ${c.added} added, ${c.removed} removed, ${c.moved} moved, `
    + `${g.changed.length} changed; ${plural(c.wordsAdded, 'word')} added, ${c.wordsRemoved} removed.`);
  const meta = diff.structure.metadata;
  if (meta.length) {
    out.push('', diff.structure.metadataFromText ? 'Metadata (from the first page; a text input has no source):' : 'Metadata:');
    for (const m of meta) out.push(`  ${m.field}: ${m.old ?? '(none)'} -> ${m.new ?? '(none)'}`);
  }
  const list = (title: string, items: string[]) => {
    if (items.length) out.push('', `${title}:`, ...items.map((i) => `  ${i}`));
  };
  list('Sections added', g.added.map((d) => `${nameOf(d)}: ${plural(d.wordsAdded, 'word')}`));
  list('Sections removed', g.removed.map((d) => `${nameOf(d)}: ${plural(d.wordsRemoved, 'word')}`));
  list('Sections moved', g.moved.map((d) => `${nameOf(d)}${d.old?.number !== d.new?.number ? `, was ${d.old?.number || 'unnumbered'}` : ''}`));
  list('Sections changed', g.changed.map((d) => {
    const extra = notes(d);
    return `${nameOf(d)}: +${d.wordsAdded} -${d.wordsRemoved} words${extra.length ? `, ${extra.join(', ')}` : ''}`
      + (d.changes.length ? ` (${d.changes.length === 1 ? 'change' : 'changes'} ${d.changes.join(', ')})` : '');
  }));
  const r = diff.structure.references;
  list('References added', r.added.map((l) => `[${l}]`));
  list('References removed', r.removed.map((l) => `[${l}]`));
  list('References moved', r.moved.map((m) => `[${m.label}]: ${m.from} -> ${m.to}`));
  return out.join('\n') + '\n';
}
