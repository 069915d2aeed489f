/** A readable URL part from a title: lower case ASCII words joined by hyphens. */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, maxLength).replace(/-+[^-]*$/, '');
  const result = slug.length > maxLength ? cut || slug.slice(0, maxLength) : slug;
  return result || 'tanpa-judul';
}
