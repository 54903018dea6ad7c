/**
 * Host header parsing, and the commune the development fallback picks (see shared/utils/dev-hosts.ts).
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { DevFallback } from '#shared/utils/dev-hosts';

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9a-f:.]{2,45}\]$/;

/**
 * `Khanhkhe.Example.VN:3000` → `khanhkhe.example.vn`; `[::1]:3000` → `[::1]`.
 * Returns null for anything that is not a plausible host name, so a forged header
 * never reaches Strapi or a cache key.
 */
export function hostFromHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  let host = header.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    if (end === -1) return null;
    const rest = host.slice(end + 1);
    if (rest !== '' && !/^:\d{1,5}$/.test(rest)) return null;
    host = host.slice(0, end + 1);
    return IPV6_LITERAL.test(host) ? host : null;
  }
  host = host.replace(/:\d{1,5}$/, '');
  if (host.endsWith('.')) host = host.slice(0, -1);
  return HOSTNAME.test(host) ? host : null;
}

/**
 * Picks the commune the development fallback serves from the list of active communes
 * (sorted by name). A configured `defaultSlug` that matches nothing yields null rather
 * than silently showing another commune.
 */
export function pickFallbackCommune<C extends { slug: string }>(
  fallback: DevFallback,
  communes: readonly C[],
  defaultSlug: string,
): C | null {
  if (!fallback) return null;
  const slug = fallback.kind === 'slug' ? fallback.slug : defaultSlug.trim();
  if (slug === '') return communes[0] ?? null;
  return communes.find((commune) => commune.slug === slug) ?? null;
}
