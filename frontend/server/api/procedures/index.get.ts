import type { ProcedureListResponse } from '#shared/types/procedure';
import type { StrapiList } from '../../utils/content';
import { parseProcedureFilter, procedureListQuery, toProcedureList, type RawProcedureSummary } from '../../utils/procedure-content';
import { SEARCH_CACHE_BASE, SEARCH_MAX_AGE } from '../../utils/search-query';

/** Far above any commune's procedures (about 100 at commune level); a bound on the reads. */
const MAX_PAGES = 10;

/**
 * The commune's administrative procedures grouped by field, filtered by field and words
 * (`?field=&q=`). The whole list is read and filtered here, accent-insensitively: a commune
 * publishes about a hundred procedures, and only the matching ones reach the page.
 */
export default defineCommuneCachedHandler(
  'procedures',
  async (event, commune): Promise<ProcedureListResponse> => {
    const filter = parseProcedureFilter(getQuery(event));
    const scope = communeFilter(commune.slug);
    const rows: RawProcedureSummary[] = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const list = await strapiGet<StrapiList<RawProcedureSummary>>(event, '/api/procedures', procedureListQuery(page, scope));
      rows.push(...list.data);
      if (page >= list.meta.pagination.pageCount) break;
    }
    return toProcedureList(rows, filter);
  },
  {
    keyParts: (event) => {
      const filter = parseProcedureFilter(getQuery(event));
      return [filter.field, filter.q];
    },
    // Words typed by anyone make the keys: the bounded mount of the search answers.
    maxAge: SEARCH_MAX_AGE,
    storageBase: SEARCH_CACHE_BASE,
  },
);
