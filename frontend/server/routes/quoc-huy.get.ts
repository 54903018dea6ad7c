import { loadedNationalEmblem } from '../utils/national-emblem';

/**
 * The national emblem file province IT configured (NUXT_NATIONAL_EMBLEM_FILE), the same for every
 * commune. The header links it with `?v=<hash>`, so a replaced file is a new address and the old
 * one may be cached for good.
 */
export default defineEventHandler((event) => {
  const emblem = loadedNationalEmblem(useRuntimeConfig().nationalEmblemFile);
  if (!emblem) throw createError({ statusCode: 404, statusMessage: 'Not Found', message: 'No national emblem is configured' });
  setResponseHeaders(event, {
    'content-type': emblem.contentType,
    'cache-control': getQuery(event)['v'] === emblem.version ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  });
  return emblem.bytes;
});
