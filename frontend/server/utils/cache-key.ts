/**
 * Cache keys for the BFF handlers. No Nuxt auto-imports: Jest imports this module directly.
 */

const encoder = new TextEncoder();

function toHex(text: string): string {
  return Array.from(encoder.encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Joins hex-encoded parts with `_`. Nitro strips every non-word character from a handler's
 * cache key, so plain slugs would collide across communes (`xa-a` and `xaa` both become `xaa`);
 * hex keeps the key injective and safe for any storage driver.
 */
export function cacheKey(...parts: readonly string[]): string {
  return parts.map(toHex).join('_');
}
