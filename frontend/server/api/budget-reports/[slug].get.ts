import type { BudgetReportDetail } from '#shared/types/budget';
import { budgetDetailQuery, toBudgetReportDetail, type RawBudgetReportDetail } from '../../utils/budget-content';
import { defineDetailHandler } from '../../utils/detail-handler';

/** One published budget report of this commune by its slug (or documentId); 404 when it has none. */
export default defineDetailHandler<RawBudgetReportDetail, BudgetReportDetail>({
  name: 'budget-report',
  strapiPath: '/api/budget-reports',
  notFound: 'Budget Report Not Found',
  query: budgetDetailQuery,
  toDetail: (report, { strapiUrl }) => toBudgetReportDetail(report, strapiUrl),
});
