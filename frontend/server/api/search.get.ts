import type { SiteSearchResponse } from '#shared/types/api';
import { searchKeyParts, SEARCH_CACHE_BASE, SEARCH_MAX_AGE, SITE_SEARCH_PAGE_SIZE } from '../utils/search-query';

/**
 * Site-wide search of the commune serving this host (tin bài, văn bản, thủ tục, giới thiệu).
 * The commune is the x-commune header strapiGet sends, never a parameter; an invalid query is a
 * 400 whose Vietnamese message the page shows. Each search's first page is counted for search
 * insight (README "Search insight"), answered from the cache or not.
 */
const search = defineCommuneCachedHandler(
  'search',
  async (event): Promise<SiteSearchResponse> => {
    const parsed = siteSearchQueryOf(event);
    if (!parsed.ok) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.message });
    const { q, type, page } = parsed.query;
    return strapiGet<SiteSearchResponse>(
      event,
      '/api/portal-search/search',
      { q, type, page, pageSize: SITE_SEARCH_PAGE_SIZE },
      { passSearchMessages: true },
    );
  },
  {
    keyParts: (event) => searchKeyParts(siteSearchQueryOf(event)),
    maxAge: SEARCH_MAX_AGE,
    storageBase: SEARCH_CACHE_BASE,
  },
);

export default countingSearches(search, (event) => {
  const parsed = siteSearchQueryOf(event);
  return parsed.ok && parsed.query.page === 1 ? parsed.query.q : undefined;
});
