import type { PlanListResponse } from '#shared/types/plan';
import type { StrapiList } from '../../utils/content';
import { PUBLIC_CONTENT_CACHE_BASE } from '../../utils/public-content';
import { parsePlanFilter, PLAN_PAGE_SIZE, planListQuery, toPlanSummary, type RawPlanSummary } from '../../utils/plan-content';

function notFound(): never {
  throw createError({ statusCode: 404, statusMessage: 'Plan Page Not Found' });
}

/**
 * `/quy-hoach-ke-hoach`: the commune's plans, newest period first, one page of PLAN_PAGE_SIZE,
 * filtered by kind and status (`?kind=&status=&page=`, address codes). 404 for a code that does
 * not exist or a page past the last.
 */
export default defineCommuneCachedHandler(
  'plans',
  async (event, commune): Promise<PlanListResponse> => {
    const filter = parsePlanFilter(getQuery(event));
    if (!filter) notFound();
    const list = await strapiGet<StrapiList<RawPlanSummary>>(event, '/api/plans', planListQuery(filter, communeFilter(commune.slug)));
    const { total } = list.meta.pagination;
    const pageCount = Math.max(1, Math.ceil(total / PLAN_PAGE_SIZE));
    if (filter.page > pageCount) notFound();
    return {
      plans: list.data.map(toPlanSummary).filter((plan) => plan.title !== ''),
      pagination: { page: filter.page, pageSize: PLAN_PAGE_SIZE, pageCount, total },
      kind: filter.kind,
      status: filter.status,
    };
  },
  {
    keyParts: (event) => {
      const filter = parsePlanFilter(getQuery(event));
      return filter ? [filter.kind ?? '', filter.status ?? '', String(filter.page)] : ['invalid'];
    },
    // Page numbers come from the address: the bounded store, as for the news list.
    storageBase: PUBLIC_CONTENT_CACHE_BASE,
  },
);
