/**
 * URL slugs for Vietnamese titles: "Đảng ủy xã Khánh Khê họp phiên thường kỳ" →
 * "dang-uy-xa-khanh-khe-hop-phien-thuong-ky". Pure; unique per commune is checked elsewhere.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

export function slugify(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // combining accents
    .replace(/[đĐ]/g, 'd') // đ has no decomposition
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= SLUG_MAX_LENGTH) return folded;
  // Cut at a word boundary so the slug stays readable.
  const cut = folded.slice(0, SLUG_MAX_LENGTH);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > SLUG_MAX_LENGTH / 2 ? cut.slice(0, lastDash) : cut.replace(/-+$/, '');
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

/** "slug", "slug-2", "slug-3"… for the n-th attempt at a free slug. */
export function numberedSlug(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
}
