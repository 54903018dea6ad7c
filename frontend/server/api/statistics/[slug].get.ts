import type { H3Event } from 'h3';
import type { StatisticDetail } from '#shared/types/statistic';
import { isContentKey } from '../../utils/budget-content';
import type { StrapiList } from '../../utils/content';
import { statisticDetailQuery, toStatisticDetail, type RawStatisticDetail } from '../../utils/statistic-content';

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/** One published statistical publication with its table and, when asked for, its chart. */
export default defineCommuneCachedHandler(
  'statistic',
  async (event, commune): Promise<StatisticDetail> => {
    const key = slugParam(event);
    if (!isContentKey(key)) throw createError({ statusCode: 404, statusMessage: 'Statistic Not Found' });
    const { strapiUrl } = useRuntimeConfig(event);
    const response = await strapiGet<StrapiList<RawStatisticDetail>>(event, '/api/statistics', statisticDetailQuery(key, communeFilter(commune.slug)));
    const statistic = response.data[0];
    if (!statistic) throw createError({ statusCode: 404, statusMessage: 'Statistic Not Found' });
    return toStatisticDetail(statistic, strapiUrl);
  },
  { keyParts: (event) => [slugParam(event)] },
);
