import type { InvestmentOverview } from '#shared/types/investment';
import type { StrapiList } from '../../utils/content';
import {
  noticeListQuery,
  OVERVIEW_NOTICE_COUNT,
  projectListQuery,
  toNoticeSummary,
  toProjectSummary,
  type RawNoticeSummary,
  type RawProjectSummary,
} from '../../utils/investment-content';

/** `/dau-tu-dau-thau`: the commune's public investment projects and its latest bidding and procurement notices. */
export default defineCommuneCachedHandler('investment', async (event, commune): Promise<InvestmentOverview> => {
  const scope = communeFilter(commune.slug);
  const [projects, notices] = await Promise.all([
    strapiGet<StrapiList<RawProjectSummary>>(event, '/api/investment-projects', projectListQuery(scope)),
    strapiGet<StrapiList<RawNoticeSummary>>(event, '/api/bidding-notices', noticeListQuery(scope, OVERVIEW_NOTICE_COUNT)),
  ]);
  return {
    projects: projects.data.map(toProjectSummary).filter((project) => project.name !== ''),
    notices: notices.data.map(toNoticeSummary).filter((notice) => notice.title !== ''),
    noticeTotal: notices.meta.pagination.total,
  };
});
