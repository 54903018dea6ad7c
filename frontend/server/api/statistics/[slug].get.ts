import type { StatisticDetail } from '#shared/types/statistic';
import { defineDetailHandler } from '../../utils/detail-handler';
import { statisticDetailQuery, toStatisticDetail, type RawStatisticDetail } from '../../utils/statistic-content';

/** One published statistical publication with its table and, when asked for, its chart. */
export default defineDetailHandler<RawStatisticDetail, StatisticDetail>({
  name: 'statistic',
  strapiPath: '/api/statistics',
  notFound: 'Statistic Not Found',
  query: statisticDetailQuery,
  toDetail: (statistic, { strapiUrl }) => toStatisticDetail(statistic, strapiUrl),
});
