import { firstChild, textContent, type RfcElement } from '../../tree/nodes.js';
import { justify } from '../../writers/text/paginate.js';
import { pageInfo } from '../../writers/text/pages/page-info.js';
import type { CheckContext, Place, Rule } from '../rule.js';
import { escapeRegExp, locate } from './util.js';

/** The page width the running header is justified across (RFC 7994 §3). */
const WIDTH = 72;

/**
 * The widest centre text the running header holds between its left part ("Internet-Draft",
 * "RFC 9000") and a date in the longest month, with a space either side, as the text writer
 * lays it out (centred on the page).
 */
function centreWidth(left: string, year: string): number {
  const right = `September ${year}`;
  let n = 0;
  while (n < WIDTH && justify(left, 'x'.repeat(n + 1), right, WIDTH).length <= WIDTH) n++;
  return n;
}

/** The line of the header field (Markdown) or the `<title>` (XML) for `key`. */
function fieldAt(ctx: CheckContext, title: RfcElement, key: 'title' | 'abbrev', value: string): Place {
  if (ctx.kind === 'xml') return title.position ? title : locate(ctx.source, key === 'title' ? /<title\b/ : /<title\b[^>]*\babbrev\s*=/);
  // kramdown-rfc's YAML `abbrev: …` or mmark's TOML `abbrev = "…"`, else the line holding the value.
  return locate(ctx.source, new RegExp(`^\\s*${key}\\s*[:=]`)) ?? locate(ctx.source, new RegExp(escapeRegExp(value.slice(0, 30))));
}

/** The running header (RFC 7994 §4.1) shows the title, or its abbreviation, in its centre. */
export const titleLength: Rule = {
  id: 'title-length',
  description: 'the title, or its abbreviation, fits the running header of the text pages',
  severity: 'warning',
  docs: 'Every page of the text output after the first has a running header: "Internet-Draft" (or the RFC number), '
    + 'the title, and the date, across 72 columns (RFC 7994 §4.1). A title too long for the space between them '
    + '(about 42 characters for a draft) needs an abbreviated title for the header: `abbrev:` in the kramdown-rfc '
    + 'header, `abbrev` in mmark\'s, `<title abbrev="…">` in XML. The abbreviation must fit too. The space is '
    + 'computed for the longest month name, so the finding does not come and go with the date.',
  run(ctx, report) {
    const front = firstChild(ctx.prepped.root, 'front');
    const title = front && firstChild(front, 'title');
    if (!title) return;
    // The author's own <title>, for its position (the prepped one is a copy).
    const source = firstChild(firstChild(ctx.document.root, 'front') ?? ctx.document.root, 'title') ?? title;
    const full = textContent(title).replace(/\s+/g, ' ').trim();
    const abbrev = (title.attributes.abbrev ?? '').replace(/\s+/g, ' ').trim();
    const info = pageInfo(ctx.prepped.root);
    const year = firstChild(front, 'date')?.attributes.year || String(ctx.today.year);
    const max = centreWidth(info.headerLeft, year);
    if (abbrev) {
      if (abbrev.length > max) {
        report(`the abbreviated title "${abbrev}" is ${abbrev.length} characters; the running header holds ${max}`, fieldAt(ctx, source, 'abbrev', abbrev),
          `shorten it to at most ${max} characters`);
      }
    } else if (full.length > max) {
      report(`the title is ${full.length} characters, too long for the running header (${max}), and has no abbreviation`, fieldAt(ctx, source, 'title', full),
        `add an abbreviated title of at most ${max} characters (kramdown-rfc and mmark: \`abbrev\` in the header; XML: <title abbrev="…">)`);
    }
  },
};
