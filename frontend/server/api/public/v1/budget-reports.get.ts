import type { PublicApiList, PublicBudgetReportItem } from '#shared/types/public-api';
import { toAmount } from '#shared/utils/money';
import type { RawBudgetLine } from '../../../utils/budget-content';
import { absoluteUrl } from '../../../utils/feed-xml';
import type { Populated, Present } from '../../../types/strapi-answer';
import type { BudgetReportAnswer } from '../../../types/strapi-answers.generated';

type RawPublicBudgetReport = Pick<
  BudgetReportAnswer,
  'documentId' | 'slug' | 'year' | 'reportKind' | 'disclosedOn' | 'summary' | 'publishedAt' | 'updatedAt'
> &
  Present<BudgetReportAnswer, 'title'> &
  Populated<BudgetReportAnswer, 'lines', RawBudgetLine>;

/** `GET /api/public/v1/budget-reports?page=&pageSize=`: the commune's budget disclosures, newest year first. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicBudgetReportItem>> =>
    publicApiList<RawPublicBudgetReport, PublicBudgetReportItem>(event, {
      strapiPath: '/api/budget-reports',
      strapiQuery: {
        fields: ['title', 'slug', 'year', 'reportKind', 'disclosedOn', 'summary', 'publishedAt', 'updatedAt'],
        populate: { lines: true },
        sort: ['year:desc', 'disclosedOn:desc', 'id:desc'],
      },
      toItem: (report, origin) => ({
        id: report.documentId,
        title: report.title,
        year: report.year ?? null,
        reportKind: report.reportKind ?? null,
        disclosedOn: report.disclosedOn ?? null,
        summary: report.summary ?? null,
        lines: (report.lines ?? [])
          .filter((line): line is RawBudgetLine => line !== null)
          .map((line) => ({
            section: line.section ?? '',
            item: line.item ?? '',
            planned: toAmount(line.planned),
            actual: toAmount(line.actual),
            note: line.note ?? null,
          })),
        publishedAt: report.publishedAt ?? null,
        updatedAt: report.updatedAt ?? null,
        url: absoluteUrl(origin, `/cong-khai-ngan-sach/${encodeURIComponent(report.slug || report.documentId)}`),
      }),
    }),
);
