/**
 * The `name-…` id xml2rfc gives every `<name>` (its `slugifiedName`): the title in lower case,
 * runs of other characters as one dash, cut to 27 characters after the prefix.
 */
export function slugifiedName(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `name-${slug.slice(0, 27).replace(/-+$/, '')}`;
}
