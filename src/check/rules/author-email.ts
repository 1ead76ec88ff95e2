import { firstChild, textContent } from '../../tree/nodes.js';
import type { Rule } from '../rule.js';
import { childElements, elementsNamed, escapeRegExp, locate } from './util.js';

/** Every author can be reached, each at their own address. */
export const authorEmail: Rule = {
  id: 'author-email',
  description: 'every author has an e-mail address, and no two share one',
  severity: 'warning',
  docs: 'Readers and the IESG reach authors by e-mail: give each author an address (`email:` in the header), and '
    + 'not the same one twice (a copy-paste slip in the header).',
  run(ctx, report) {
    const front = firstChild(ctx.document.root, 'front');
    if (!front) return;
    const seen = new Map<string, string>();
    for (const a of childElements(front, 'author')) {
      const name = a.attributes.fullname ?? a.attributes.surname ?? (textContent(a).trim() || 'an author');
      const at = a.position ? a : locate(ctx.source, new RegExp(escapeRegExp(name))) ?? front;
      const emails = elementsNamed(a, 'email').map((e) => textContent(e).trim().toLowerCase()).filter(Boolean);
      if (!emails.length && (a.attributes.fullname || a.attributes.surname)) report(`${name} has no e-mail address`, at, 'add `email:` to the author in the header');
      for (const e of emails) {
        const other = seen.get(e);
        if (other) report(`${name} has the same e-mail address as ${other} (${e})`, at, 'check the header for a copy-paste slip');
        else seen.set(e, name);
      }
    }
  },
};
