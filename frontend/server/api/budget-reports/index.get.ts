import type { BudgetListResponse } from '#shared/types/budget';
import { todayInVietnamIso } from '#shared/utils/search';
import { budgetListQuery, toBudgetList, type RawBudgetReportSummary } from '../../utils/budget-content';
import type { StrapiList } from '../../utils/content';

/** Far above any commune's reports (about seven a year). */
const MAX_PAGES = 10;

/** The commune's budget reports grouped by year, newest first, with the reports still missing. */
export default defineCommuneCachedHandler('budget-reports', async (event, commune): Promise<BudgetListResponse> => {
  const scope = communeFilter(commune.slug);
  const rows: RawBudgetReportSummary[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const list = await strapiGet<StrapiList<RawBudgetReportSummary>>(event, '/api/budget-reports', budgetListQuery(page, scope));
    rows.push(...list.data);
    if (page >= list.meta.pagination.pageCount) break;
  }
  return toBudgetList(rows, todayInVietnamIso());
});
