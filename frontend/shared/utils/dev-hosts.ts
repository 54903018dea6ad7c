/**
 * The development host fallback (`NUXT_DEV_COMMUNE_FALLBACK=true`, which `npm start` and
 * `npm run dev` set): host names no commune claims that still show a commune on a developer's
 * machine. Off unless turned on, so in production only a commune's own domains resolve.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What the development fallback should serve for a host that no commune claims. */
export type DevFallback = { kind: 'default' } | { kind: 'slug'; slug: string } | null;

/** `localhost`/`127.0.0.1`/`[::1]` → the default commune; `<slug>.localhost` → that commune. */
export function devFallbackFor(host: string): DevFallback {
  if (LOOPBACK_HOSTS.has(host)) return { kind: 'default' };
  const match = /^([a-z0-9-]+)\.localhost$/.exec(host);
  return match?.[1] ? { kind: 'slug', slug: match[1] } : null;
}
