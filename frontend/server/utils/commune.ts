/**
 * Which commune a request is for, from its Host header. The result is memoised on
 * `event.context.commune` so the cache key, the handler and the Strapi client agree.
 */
import type { H3Event } from 'h3';
import type { PublicCommune, PublicCommuneList, ResolvedCommune } from '#commune-tenancy';
import { cacheKey } from './cache-key';
import { devFallbackFor, hostFromHeader, pickFallbackCommune } from './host';
import { strapiGet } from './strapi';

const RESOLVE_MAX_AGE = 60;

/**
 * Only hits are cached: a miss is cheap for Strapi, and caching misses would let forged
 * Host headers fill the cache without bound.
 */
const resolveByHost = defineCachedFunction(
  async (event: H3Event, host: string): Promise<PublicCommune | null> => {
    try {
      const { data } = await strapiGet<ResolvedCommune>(event, '/api/commune-tenancy/resolve', { host });
      return data;
    } catch (error) {
      if (isError(error) && error.statusCode === 404) return null;
      throw error;
    }
  },
  {
    name: 'commune-by-host',
    maxAge: RESOLVE_MAX_AGE,
    swr: false,
    getKey: (_event: H3Event, host: string) => cacheKey(host),
    validate: (entry) => entry.value !== undefined && entry.value !== null,
  },
);

const listActiveCommunes = defineCachedFunction(
  async (event: H3Event): Promise<PublicCommune[]> => {
    const { data } = await strapiGet<PublicCommuneList>(event, '/api/commune-tenancy/communes');
    return data;
  },
  { name: 'active-communes', maxAge: RESOLVE_MAX_AGE, swr: false, getKey: () => 'all' },
);

/**
 * Hosts resolved in the last few seconds, in front of the cached lookup: every request asks, and
 * a plain Map is far cheaper than Nitro's cache storage. Only hits, like the lookup.
 */
const RECENT_MS = 5_000;
const recentHosts = new Map<string, { commune: PublicCommune; at: number }>();

async function communeByHost(event: H3Event, host: string): Promise<PublicCommune | null> {
  const recent = recentHosts.get(host);
  if (recent && Date.now() - recent.at < RECENT_MS) return recent.commune;
  const commune = await resolveByHost(event, host);
  if (commune) recentHosts.set(host, { commune, at: Date.now() });
  else recentHosts.delete(host);
  return commune;
}

/** The commune for this request, or null when no commune serves the host. */
export async function resolveCommune(event: H3Event): Promise<PublicCommune | null> {
  if (event.context.commune) return event.context.commune;

  const host = hostFromHeader(getRequestHost(event, { xForwardedHost: false }));
  if (!host) return null;

  let commune = await communeByHost(event, host);
  const { devCommuneFallback, defaultCommune } = useRuntimeConfig(event);
  if (!commune && devCommuneFallback) {
    const fallback = devFallbackFor(host);
    if (fallback) {
      // String(): an all-digit NUXT_DEFAULT_COMMUNE would otherwise arrive as a number.
      commune = pickFallbackCommune(fallback, await listActiveCommunes(event), String(defaultCommune));
    }
  }
  if (commune) event.context.commune = commune;
  return commune;
}

/** Like resolveCommune, but a host no commune serves is a 404. */
export async function requireCommune(event: H3Event): Promise<PublicCommune> {
  const commune = await resolveCommune(event);
  if (!commune) {
    throw createError({
      statusCode: 404,
      statusMessage: 'Commune Not Found',
      message: 'No commune site is configured for this host name',
    });
  }
  return commune;
}
