import type { H3Event } from 'h3';
import type { PlanDetail } from '#shared/types/plan';
import type { StrapiList } from '../../utils/content';
import { isSectionKey, planDetailQuery, toPlanDetail, type RawPlanDetail } from '../../utils/plan-content';

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/** One published plan of this commune by its slug (or documentId); 404 when this commune has none. */
export default defineCommuneCachedHandler(
  'plan',
  async (event, commune): Promise<PlanDetail> => {
    const key = slugParam(event);
    if (!isSectionKey(key)) throw createError({ statusCode: 404, statusMessage: 'Plan Not Found' });
    const { strapiUrl } = useRuntimeConfig(event);
    const found = await strapiGet<StrapiList<RawPlanDetail>>(event, '/api/plans', planDetailQuery(key, communeFilter(commune.slug)));
    const plan = found.data[0];
    if (!plan) throw createError({ statusCode: 404, statusMessage: 'Plan Not Found' });
    return toPlanDetail(plan, strapiUrl);
  },
  { keyParts: (event) => [slugParam(event)] },
);
