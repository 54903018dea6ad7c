/**
 * The BFF handlers' common shape: resolve the commune first, cache per commune.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { communeCacheKey } from './commune-cache-key';
import { requireCommune } from './commune';

/** Seconds a BFF response is fresh; stale ones are served while they refresh. */
export const BFF_MAX_AGE = 30;

interface CommuneHandlerOptions {
  /** Request-specific parts of the cache key besides the commune, e.g. a route parameter. */
  keyParts?: (event: H3Event) => string[];
  /** Seconds an entry is fresh; BFF_MAX_AGE by default. */
  maxAge?: number;
  /**
   * Storage mount of the entries. Handlers whose keys come from free text (search) use a
   * bounded mount (server/plugins/search-cache.ts), so random queries cannot fill the memory.
   */
  storageBase?: string;
}

/**
 * A cached GET handler whose cache key always starts with the resolved commune's slug, so the
 * same path on two communes' domains can never share an entry. A host that no commune serves
 * is a 404 before anything is cached.
 */
export function defineCommuneCachedHandler<T>(
  name: string,
  handler: (event: H3Event, commune: PublicCommune) => Promise<T>,
  options: CommuneHandlerOptions = {},
) {
  return defineCachedEventHandler(
    async (event) => {
      const commune = await requireCommune(event);
      // Tells any shared HTTP cache in front of us that the body depends on the domain.
      setResponseHeader(event, 'vary', 'host');
      return handler(event, commune);
    },
    {
      name: `bff-${name}`,
      maxAge: options.maxAge ?? BFF_MAX_AGE,
      ...(options.storageBase ? { base: options.storageBase } : {}),
      // The cached handler only sees the request headers listed here; the Host header is
      // needed if the commune has to be resolved again inside the handler.
      varies: ['host'],
      getKey: async (event) => {
        const commune = await requireCommune(event);
        return communeCacheKey(commune.slug, ...(options.keyParts?.(event) ?? []));
      },
    },
  );
}
