import { escapeText } from '../writers/html/escape.js';
import type { DraftDiff } from './compare.js';
import type { SectionDiff } from './structure.js';
import { counts, grouped, nameOf, notes, plural } from './summary-facts.js';

const link = (d: SectionDiff) => (d.changes.length ? `<a href="#change-${d.changes[0]}">${escapeText(nameOf(d))}</a>` : escapeText(nameOf(d)));

/**
 * The summary at the top of the diff page: the counts, metadata changes, and the sections and
 * references that changed, each section linked to its first change.
 */
export function htmlSummary(diff: DraftDiff): string {
  const c = counts(diff);
  const g = grouped(diff);
  const out = ['<section class="summary" id="summary">', '<h2>Summary</h2>',
    `<p>${plural(c.changes, 'change')} in ${plural(c.sectionsChanged, 'section')}: ${c.added} added, ${c.removed} removed, ${c.moved} moved, `
    + `${g.changed.length} changed; ${plural(c.wordsAdded, 'word')} added, ${c.wordsRemoved} removed.</p>`];
  const list = (title: string, items: string[]) => {
    if (items.length) out.push(`<h2>${title}</h2>`, `<ul class="sections">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
  };
  list(diff.structure.metadataFromText ? 'Metadata (from the first page)' : 'Metadata', diff.structure.metadata.map((m) =>
    `${escapeText(m.field)}: ${escapeText(m.old ?? '(none)')} → ${escapeText(m.new ?? '(none)')}`));
  list('Sections added', g.added.map((d) => `${link(d)}: ${plural(d.wordsAdded, 'word')}`));
  list('Sections removed', g.removed.map((d) => `${link(d)}: ${plural(d.wordsRemoved, 'word')}`));
  list('Sections moved', g.moved.map((d) => `${link(d)}${d.old?.number !== d.new?.number ? `, was ${escapeText(d.old?.number || 'unnumbered')}` : ''}`));
  list('Sections changed', g.changed.map((d) => {
    const extra = notes(d);
    return `${link(d)}: +${d.wordsAdded} −${d.wordsRemoved} words${extra.length ? `, ${escapeText(extra.join(', '))}` : ''}`;
  }));
  const r = diff.structure.references;
  list('References added', r.added.map((l) => `[${escapeText(l)}]`));
  list('References removed', r.removed.map((l) => `[${escapeText(l)}]`));
  list('References moved', r.moved.map((m) => `[${escapeText(m.label)}]: ${m.from} → ${m.to}`));
  out.push('</section>');
  return out.join('\n');
}
