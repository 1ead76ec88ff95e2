import { randomBytes } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Where the served page listens for builds (Server-Sent Events). */
export const EVENTS_PATH = '/__draftsmith/events';

/** A fresh nonce for one response's reload script. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The reload script: it listens for builds and reloads the page when the build it shows is no
 * longer the newest, keeping the scroll position across the reload.
 */
export function reloadScript(build: number, nonce: string): string {
  return `<script nonce="${nonce}">
(() => {
  const key = 'draftsmith-scroll:' + location.pathname;
  const y = sessionStorage.getItem(key);
  if (y !== null) { sessionStorage.removeItem(key); addEventListener('load', () => scrollTo(0, Number(y))); }
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('open', () => { document.documentElement.dataset.draftsmithLive = 'connected'; });
  events.addEventListener('build', (e) => {
    if (Number(e.data) === ${build}) return;
    sessionStorage.setItem(key, String(scrollY));
    location.reload();
  });
})();
</script>`;
}

/** The policy additions the served copy needs: its own script (by nonce) and the event stream. */
function allowReload(policy: string, nonce: string): string {
  const parts = policy.split(';').map((p) => p.trim()).filter((p) => p && !/^(script-src|connect-src)\b/.test(p));
  return [...parts, `script-src 'nonce-${nonce}'`, "connect-src 'self'"].join('; ');
}

/**
 * The built HTML as served: the reload script injected before `</body>`, and the page's
 * Content-Security-Policy (which forbids scripts) opened to that one script and to the event
 * stream. The file written to the build folder is never changed.
 */
export function servedPage(html: string, build: number, nonce = newNonce()): string {
  const withPolicy = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)/i,
    (_m, open: string, policy: string, close: string) => open + escapeHtml(allowReload(policy.replace(/&#39;|&apos;/g, "'"), nonce)) + close);
  const script = reloadScript(build, nonce);
  const at = withPolicy.lastIndexOf('</body>');
  return at < 0 ? withPolicy + script : withPolicy.slice(0, at) + script + '\n' + withPolicy.slice(at);
}

/** The page shown while the draft does not build: its errors with their positions, until fixed. */
export function errorPage(input: string, diagnostics: Diagnostic[], build: number, nonce = newNonce()): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const shown = errors.length ? errors : diagnostics;
  const items = shown.map((d) => {
    const where = [d.file ?? input, d.line, d.column].filter((x) => x !== undefined).join(':');
    return `<li><code class="where">${escapeHtml(where)}</code>: ${escapeHtml(d.message)} <span class="rule">[${escapeHtml(d.ruleId)}]</span>` +
      (d.hint ? `<br><span class="hint">hint: ${escapeHtml(d.hint)}</span>` : '') + '</li>';
  });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Build failed: ${escapeHtml(input)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
h1 { color: #b00020; font-size: 1.4em; }
li { margin: 0.6em 0; }
code.where { font-weight: bold; }
.hint, .rule { color: #555; }
</style>
</head>
<body>
<h1>${escapeHtml(input)} does not build</h1>
<p>${shown.length === 0 ? 'The build wrote no HTML.' : shown.length === 1 ? 'This error stops the build.' : `These ${shown.length} errors stop the build.`} The page comes back by itself when the draft is fixed and saved.</p>
<ul class="errors">
${items.join('\n')}
</ul>
${reloadScript(build, nonce)}
</body>
</html>
`;
}
