/**
 * Which commune a request is for, from its Host header. The result is memoised on
 * `event.context.commune` so the cache key, the handler and the Strapi client agree.
 */
import type { H3Event } from 'h3';
import type { PublicCommune, PublicCommuneList, ResolvedCommune } from '#commune-tenancy';
import { contentVersionOf, contentVersionsNow } from './commune-cache-key';
import { cmsDown } from './cms-health';
import { HostMemo } from './host-memo';
import { devFallbackFor } from '#shared/utils/dev-hosts';
import { hostFromHeader, pickFallbackCommune } from './host';
import { strapiGet } from './strapi';

const RESOLVE_MAX_AGE = 60;

async function fetchCommuneByHost(event: H3Event, host: string): Promise<PublicCommune | null> {
  try {
    const { data } = await strapiGet<ResolvedCommune>(event, '/api/commune-tenancy/resolve', { host });
    return data;
  } catch (error) {
    if (isError(error) && error.statusCode === 404) return null;
    throw error;
  }
}

const listActiveCommunes = defineCachedFunction(
  async (event: H3Event): Promise<PublicCommune[]> => {
    const { data } = await strapiGet<PublicCommuneList>(event, '/api/commune-tenancy/communes');
    return data;
  },
  // swr: the last list keeps serving while Strapi is down (README "Keeping the sites up").
  { name: 'active-communes', maxAge: RESOLVE_MAX_AGE, swr: true, getKey: () => 'all' },
);

/**
 * Every request asks which commune its host is, so answers are kept in a plain Map (far cheaper
 * than Nitro's cache storage) until the commune's content version moves: an edit of the commune
 * record itself — its name, colours, logo, footer facts, domains, a suspension — bumps that
 * version (plugins/site-cache), so it reaches every site process within a poll.
 */
const hosts = new HostMemo<PublicCommune>(RESOLVE_MAX_AGE * 1000);
const versionOf = (commune: PublicCommune): number => contentVersionOf(commune.slug);

/** Questions to Strapi under way, one per host: the requests arriving meanwhile wait for it. */
const asking = new Map<string, Promise<PublicCommune | null>>();

async function askStrapi(event: H3Event, host: string): Promise<PublicCommune | null> {
  // The versions as they were before asking: a change landing while we ask is then a newer
  // version than the one kept, and the next request asks again.
  const versionBefore = contentVersionsNow();
  const commune = await fetchCommuneByHost(event, host);
  if (commune) hosts.set(host, commune, versionBefore(commune.slug));
  else hosts.delete(host);
  return commune;
}

function communeByHost(event: H3Event, host: string): Promise<PublicCommune | null> {
  const known = hosts.lookup(host, versionOf);
  if (known?.fresh) return Promise.resolve(known.value);
  // Strapi down: the last known answer, for as long as the outage lasts. The versions stand
  // still meanwhile, so nothing changed that we could have missed.
  if (known && cmsDown()) return Promise.resolve(known.value);
  let answer = asking.get(host);
  if (!answer) {
    answer = askStrapi(event, host)
      .catch((error: unknown) => {
        // Strapi answered something else than the commune or "no such host" (down, timeout,
        // 5xx): an earlier answer is better than a 502.
        if (known) return known.value;
        throw error;
      })
      .finally(() => asking.delete(host));
    asking.set(host, answer);
  }
  return answer;
}

/** The commune for this request, or null when no commune serves the host. */
export async function resolveCommune(event: H3Event): Promise<PublicCommune | null> {
  if (event.context.commune) return event.context.commune;

  const host = hostFromHeader(getRequestHost(event, { xForwardedHost: false }));
  if (!host) return null;

  let commune = await communeByHost(event, host);
  const { defaultCommune } = useRuntimeConfig();
  // Off unless NUXT_DEV_COMMUNE_FALLBACK=true (npm start, npm run dev): production resolves only real domains.
  if (!commune && linkSettings().devFallback) {
    const fallback = devFallbackFor(host);
    if (fallback) {
      // String(): an all-digit NUXT_DEFAULT_COMMUNE would otherwise arrive as a number.
      commune = pickFallbackCommune(fallback, await listActiveCommunes(event), String(defaultCommune));
    }
  }
  if (commune) event.context.commune = commune;
  return commune;
}

/**
 * The commune for this request when this process already knows its host (fresh, or the last
 * answer while Strapi is down), without asking Strapi; null otherwise. For the page cache's hits,
 * which run before any route (server/plugins/page-cache.ts): a request for an asset, a feed or
 * the health check from a host not yet known must not make it ask.
 */
export function knownCommune(event: H3Event): PublicCommune | null {
  if (event.context.commune) return event.context.commune;
  const host = hostFromHeader(getRequestHost(event, { xForwardedHost: false }));
  if (!host) return null;
  const known = hosts.lookup(host, versionOf);
  if (!known || (!known.fresh && !cmsDown())) return null;
  event.context.commune = known.value;
  return known.value;
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
