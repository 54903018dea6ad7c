import type { PublicApiList, PublicStatisticItem } from '#shared/types/public-api';
import { absoluteUrl } from '../../../utils/feed-xml';
import { toDecimal, type RawStatisticRow } from '../../../utils/statistic-content';
import type { Populated, Present } from '../../../types/strapi-answer';
import type { StatisticAnswer } from '../../../types/strapi-answers.generated';

type RawPublicStatistic = Pick<
  StatisticAnswer,
  'documentId' | 'slug' | 'field' | 'period' | 'publishedOn' | 'currentLabel' | 'previousLabel' | 'publishedAt' | 'updatedAt'
> &
  Present<StatisticAnswer, 'title'> &
  Populated<StatisticAnswer, 'rows', RawStatisticRow>;

/** `GET /api/public/v1/statistics?page=&pageSize=`: the commune's statistical publications with their tables. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicStatisticItem>> =>
    publicApiList<RawPublicStatistic, PublicStatisticItem>(event, {
      strapiPath: '/api/statistics',
      strapiQuery: {
        fields: ['title', 'slug', 'field', 'period', 'publishedOn', 'currentLabel', 'previousLabel', 'publishedAt', 'updatedAt'],
        populate: { rows: true },
        sort: ['publishedOn:desc', 'id:desc'],
      },
      toItem: (statistic, origin) => ({
        id: statistic.documentId,
        title: statistic.title,
        field: statistic.field ?? null,
        period: statistic.period ?? null,
        publishedOn: statistic.publishedOn ?? null,
        currentLabel: statistic.currentLabel ?? null,
        previousLabel: statistic.previousLabel ?? null,
        rows: (statistic.rows ?? [])
          .filter((row): row is RawStatisticRow => row !== null)
          .map((row) => ({
            indicator: row.indicator ?? '',
            unit: row.unit ?? null,
            previous: toDecimal(row.previous),
            current: toDecimal(row.current),
          })),
        publishedAt: statistic.publishedAt ?? null,
        updatedAt: statistic.updatedAt ?? null,
        url: absoluteUrl(origin, `/thong-ke/${encodeURIComponent(statistic.slug || statistic.documentId)}`),
      }),
    }),
);
