/** Text as HTML character data: `&`, `<` and `>` escaped. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A value for a double-quoted HTML attribute. */
export function escapeAttribute(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Attributes as ` name="value"`, leaving out those whose value is undefined or empty. */
export function attributes(attrs: Record<string, string | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== '') out += ` ${k}="${escapeAttribute(v)}"`;
  return out;
}

/** One element: `<name attrs>content</name>`. */
export function tag(name: string, attrs: Record<string, string | undefined>, content: string): string {
  return `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/**
 * A link's address, only when it is safe to put in an `href`: a fragment, a relative path,
 * or an absolute URL with a scheme readers follow (RFC 7991 erefs and targets are URIs, but
 * a document from anywhere may hold `javascript:`). Anything else gives undefined.
 */
export function safeHref(url: string): string | undefined {
  const u = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(u.replace(/[\u0000-\u0020\u007f]/g, ''));
  if (!scheme) return u;
  return /^(https?|mailto|ftp|ftps|tel|urn|xmpp|sip|sips|news|nntp|ldap|irc|ircs|gopher|telnet|doi)$/i.test(scheme[1]) ? u : undefined;
}
