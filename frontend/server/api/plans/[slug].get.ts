import type { PlanDetail } from '#shared/types/plan';
import { defineDetailHandler } from '../../utils/detail-handler';
import { planDetailQuery, toPlanDetail, type RawPlanDetail } from '../../utils/plan-content';

/** One published plan of this commune by its slug (or documentId); 404 when this commune has none. */
export default defineDetailHandler<RawPlanDetail, PlanDetail>({
  name: 'plan',
  strapiPath: '/api/plans',
  notFound: 'Plan Not Found',
  query: planDetailQuery,
  toDetail: (plan, { strapiUrl }) => toPlanDetail(plan, strapiUrl),
});
