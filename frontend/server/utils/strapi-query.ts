/**
 * Serialises a Strapi REST query the way `qs.stringify(query, { encodeValuesOnly: true })` does,
 * which is the format Strapi documents: nested objects and arrays become bracketed keys
 * (`filters[commune][slug][$eq]=…`, `sort[0]=publishedAt:desc`).
 *
 * No Nuxt auto-imports here: Jest imports this module directly.
 */

export type StrapiQueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly StrapiQueryValue[]
  | { readonly [key: string]: StrapiQueryValue };

export type StrapiQuery = { readonly [key: string]: StrapiQueryValue };

/** Brackets and `$` stay literal, as qs writes them (`[$eq]`); everything else in a key is encoded. */
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']').replace(/%24/g, '$');
}

function appendPairs(prefix: string, value: StrapiQueryValue, pairs: string[]): void {
  // `null`/`undefined` mean "not set": omit them rather than send an empty filter value.
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item: StrapiQueryValue, index) => appendPairs(`${prefix}[${index}]`, item, pairs));
    return;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      appendPairs(`${prefix}[${key}]`, item, pairs);
    }
    return;
  }
  pairs.push(`${encodeKey(prefix)}=${encodeURIComponent(String(value))}`);
}

/** `{ pagination: { pageSize: 6 } }` → `pagination[pageSize]=6`; no leading `?`. */
export function toStrapiQuery(query: StrapiQuery): string {
  const pairs: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    appendPairs(key, value, pairs);
  }
  return pairs.join('&');
}
