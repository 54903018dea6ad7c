/**
 * Text for page titles and descriptions.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */

/** At most `max` characters, cut at a word and ended with "…": search engines show about 160. */
export function truncateForMeta(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
