import type { H3Event } from 'h3';
import type { BudgetReportDetail } from '#shared/types/budget';
import { budgetDetailQuery, isContentKey, toBudgetReportDetail, type RawBudgetReportDetail } from '../../utils/budget-content';
import type { StrapiList } from '../../utils/content';

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/** One published budget report of this commune by its slug (or documentId); 404 when it has none. */
export default defineCommuneCachedHandler(
  'budget-report',
  async (event, commune): Promise<BudgetReportDetail> => {
    const key = slugParam(event);
    if (!isContentKey(key)) throw createError({ statusCode: 404, statusMessage: 'Budget Report Not Found' });
    const { strapiUrl } = useRuntimeConfig(event);
    const response = await strapiGet<StrapiList<RawBudgetReportDetail>>(event, '/api/budget-reports', budgetDetailQuery(key, communeFilter(commune.slug)));
    const report = response.data[0];
    if (!report) throw createError({ statusCode: 404, statusMessage: 'Budget Report Not Found' });
    return toBudgetReportDetail(report, strapiUrl);
  },
  { keyParts: (event) => [slugParam(event)] },
);
