import type { StatisticListResponse } from '#shared/types/statistic';
import type { StrapiList } from '../../utils/content';
import { statisticListQuery, toStatisticList, type RawStatisticSummary } from '../../utils/statistic-content';

const MAX_PAGES = 10;

/** The commune's statistical publications grouped by field, newest first inside a field. */
export default defineCommuneCachedHandler('statistics', async (event, commune): Promise<StatisticListResponse> => {
  const scope = communeFilter(commune.slug);
  const rows: RawStatisticSummary[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const list = await strapiGet<StrapiList<RawStatisticSummary>>(event, '/api/statistics', statisticListQuery(page, scope));
    rows.push(...list.data);
    if (page >= list.meta.pagination.pageCount) break;
  }
  return toStatisticList(rows);
});
