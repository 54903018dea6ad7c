import type { H3Event } from 'h3';
import type { ProjectDetail } from '#shared/types/investment';
import type { StrapiList } from '../../../utils/content';
import {
  noticeListQuery,
  projectDetailQuery,
  toProjectDetail,
  type RawNoticeSummary,
  type RawProjectDetail,
} from '../../../utils/investment-content';
import { isSectionKey } from '../../../utils/plan-content';

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/** One published investment project of this commune with its progress and its bidding notices; 404 when none. */
export default defineCommuneCachedHandler(
  'investment-project',
  async (event, commune): Promise<ProjectDetail> => {
    const key = slugParam(event);
    if (!isSectionKey(key)) throw createError({ statusCode: 404, statusMessage: 'Project Not Found' });
    const { strapiUrl } = useRuntimeConfig(event);
    const scope = communeFilter(commune.slug);
    const found = await strapiGet<StrapiList<RawProjectDetail>>(event, '/api/investment-projects', projectDetailQuery(key, scope));
    const project = found.data[0];
    if (!project) throw createError({ statusCode: 404, statusMessage: 'Project Not Found' });
    const notices = await strapiGet<StrapiList<RawNoticeSummary>>(event, '/api/bidding-notices', noticeListQuery(scope, 100, project.documentId));
    return toProjectDetail(project, notices.data, strapiUrl);
  },
  { keyParts: (event) => [slugParam(event)] },
);
