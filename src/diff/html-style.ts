/**
 * The diff page's stylesheet (inline: the page loads nothing). Old text on the left, new on the
 * right, each with its line numbers; removed words struck through on a red ground, added words
 * on a green one; folded runs and change headers span the table.
 */
export const DIFF_CSS = `
:root { color-scheme: light; --del: #ffd7d5; --del-word: #ff9b94; --ins: #d4f7d9; --ins-word: #86e098; --rule: #d0d7de; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1f2328; background: #fff; }
header, section.summary { padding: 0.5em 1.5em; }
h1 { font-size: 1.3em; margin: 0.4em 0; }
h2 { font-size: 1.1em; margin: 1em 0 0.3em; }
nav.bar { position: sticky; top: 0; z-index: 1; background: #f6f8fa; border-bottom: 1px solid var(--rule); padding: 0.4em 1.5em; }
nav.bar { display: flex; gap: 1em; align-items: baseline; }
nav.bar .count { white-space: nowrap; }
/* Every change's number, one line that scrolls sideways when there are many. */
nav.bar .steps { overflow-x: auto; white-space: nowrap; padding-bottom: 0.2em; scrollbar-width: thin; }
nav.bar .steps a { padding: 0 0.15em; }
ul.sections { columns: 2 24em; margin: 0.3em 0; }
table.sbs { border-collapse: collapse; width: 100%; table-layout: fixed; font: 13px/1.35 ui-monospace, Menlo, Consolas, monospace; }
table.sbs col.num { width: 3.5em; }
table.sbs td { padding: 0 0.4em; vertical-align: top; white-space: pre-wrap; overflow-wrap: anywhere; }
table.sbs td.num { color: #6e7781; text-align: right; user-select: none; border-right: 1px solid var(--rule); }
table.sbs td.old.changed { background: var(--del); }
table.sbs td.new.changed { background: var(--ins); }
table.sbs td.blank { background: #f6f8fa; }
del { background: var(--del-word); text-decoration: line-through; }
ins { background: var(--ins-word); text-decoration: none; }
tr.fold td { background: #eef1f4; color: #57606a; text-align: center; font-family: system-ui, sans-serif; padding: 0.2em; }
tr.head td { background: #ddf4ff; font-family: system-ui, sans-serif; padding: 0.25em 0.6em; border-top: 1px solid var(--rule); }
tr.head a { margin: 0 0.5em; }
tr:target td { outline: 2px solid #0969da; }
/* A change reached by its link stops below the sticky bar, not under it. */
tr.head { scroll-margin-top: 4.5em; }
#summary { scroll-margin-top: 4.5em; }
p.none { font-size: 1.1em; }
/* A phone: smaller text and narrower number columns, so each side keeps more of a line. */
@media (max-width: 600px) {
  header, section.summary, nav.bar { padding-left: 0.5em; padding-right: 0.5em; }
  table.sbs { font-size: 10px; }
  table.sbs col.num { width: 2.4em; }
  table.sbs td { padding: 0 0.2em; }
}
`;
