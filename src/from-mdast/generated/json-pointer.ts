/**
 * JSON Pointer (RFC 6901) lookup, as written in a URI fragment (`#/$defs/Event`): the fragment
 * is percent-decoded, then `~1` is `/` and `~0` is `~`.
 */
export function followPointer(root: unknown, fragment: string): { value: unknown } | { error: string } {
  let pointer: string;
  try {
    pointer = decodeURIComponent(fragment);
  } catch {
    return { error: `"#${fragment}" is not a valid URI fragment` };
  }
  if (pointer === '') return { value: root };
  if (!pointer.startsWith('/')) return { error: `"#${fragment}" is not a JSON pointer (it must start with "/", as in #/$defs/Name)` };
  let at: unknown = root;
  let walked = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const here = Array.isArray(at) && /^(0|[1-9]\d*)$/.test(token) ? at[Number(token)]
      : at && typeof at === 'object' && !Array.isArray(at) && Object.prototype.hasOwnProperty.call(at, token) ? (at as Record<string, unknown>)[token]
        : undefined;
    if (here === undefined) {
      const keys = at && typeof at === 'object' && !Array.isArray(at) ? Object.keys(at) : [];
      const known = keys.length ? `; there: ${keys.slice(0, 12).map((k) => `"${k}"`).join(', ')}` : '';
      return { error: `"${token}" not found at "${walked || '/'}"${known}` };
    }
    at = here;
    walked += '/' + raw;
  }
  return { value: at };
}
