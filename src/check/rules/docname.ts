import type { Rule } from '../rule.js';
import { isRfc } from './util.js';

/**
 * The datatracker's rule for Internet-Draft names: `draft-` and at least two more
 * components of lowercase ASCII letters and digits, separated by single hyphens, then the
 * two-digit revision; at most 50 characters before the revision.
 */
export const docname: Rule = {
  id: 'docname',
  description: 'the docName is one the datatracker accepts',
  severity: 'error',
  docs: 'An Internet-Draft name is `draft-`, then components of lowercase letters a-z and digits joined by single '
    + 'hyphens (`draft-<source>-<wg>-<topic>` or `draft-<author>-<topic>`), then a two-digit revision (`-00`, `-01`, …; '
    + 'an editor\'s copy may end in `-latest`). The datatracker refuses other names, and names over 50 characters. '
    + 'A missing revision and a build placeholder such as `@DOCNAME@` are reported with `--submission` only.',
  run(ctx, report) {
    const root = ctx.document.root;
    if (isRfc(root)) return;
    const name = root.attributes.docName;
    if (!name) {
      report('the document has no docName', root, 'add `docname: draft-<author>-<topic>-00` to the header');
      return;
    }
    // A placeholder the repository's build fills in (`@DOCNAME@`, `{docname}`) is checked on submission only.
    if (/^(@[\w-]+@|\{[\w-]+\})$/.test(name)) {
      if (ctx.submission) report(`the docName "${name}" is a placeholder; a submission needs the draft's name`, root, 'fill in the name (draft-<author>-<topic>-NN)');
      return;
    }
    const m = /^(.*)-(\d\d|latest)$/.exec(name);
    const base = m ? m[1] : name;
    // Drafts in progress are often named without their revision (mmark users add it when they
    // submit): only a submission must carry it.
    if (!m && ctx.submission) report(`the docName "${name}" does not end in a two-digit revision (-00, -01, …) or -latest`, root, 'end the name with -00 for a first revision');
    if (!base.startsWith('draft-')) report(`the docName "${name}" does not start with "draft-"`, root, 'name the draft draft-<author>-<topic>-00');
    else if (/[^a-z0-9-]/.test(base)) report(`the docName "${name}" has characters other than lowercase letters, digits and hyphens`, root, 'use lowercase a-z, 0-9 and -');
    else if (/--|-$/.test(base)) report(`the docName "${name}" has an empty component (two hyphens in a row)`, root, 'join the components with single hyphens');
    else if (base.split('-').length < 3) report(`the docName "${name}" needs at least two components after "draft-"`, root, 'name the draft draft-<author>-<topic>-00');
    if (base.length > 50) report(`the docName "${name}" is ${base.length} characters long before the revision (the datatracker takes 50)`, root, 'shorten the name');
    if (ctx.submission && m?.[2] === 'latest') report(`"${name}" is an editor's copy name; a submission needs its revision number`, root, 'build the release with its revision (draftsmith release)');
  },
};
