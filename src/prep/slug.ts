/**
 * The `name-…` ids xml2rfc gives every `<name>` (its `slugifiedName`): the title in lower
 * case, punctuation dropped, spaces, slashes and dashes as one dash, cut to 27 characters. A slug
 * already taken is lengthened one character at a time, and when the whole title is taken,
 * numbered (`-2`, `-3`, …).
 */
export function slugifiedName(title: string, taken?: Set<string>): string {
  const full = slugify(title);
  const cut = (n: number) => full.slice(0, n);
  let slug = cut(27);
  for (let n = 28; taken?.has(slug) && n <= full.length; n++) slug = cut(n);
  for (let k = 2; taken?.has(slug); k++) slug = `${full}-${k}`;
  taken?.add(slug);
  return `name-${slug}`;
}

/** Lower case ASCII letters and digits, punctuation dropped, spaces, slashes and dashes as one dash. */
export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9_\s/-]+/g, '').trim().replace(/[\s/-]+/g, '-');
}
