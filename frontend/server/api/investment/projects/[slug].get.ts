import type { ProjectDetail } from '#shared/types/investment';
import type { StrapiList } from '../../../utils/content';
import { defineDetailHandler } from '../../../utils/detail-handler';
import {
  noticeListQuery,
  projectDetailQuery,
  toProjectDetail,
  type RawNoticeSummary,
  type RawProjectDetail,
} from '../../../utils/investment-content';

/** One published investment project of this commune with its progress and its bidding notices; 404 when none. */
export default defineDetailHandler<RawProjectDetail, ProjectDetail>({
  name: 'investment-project',
  strapiPath: '/api/investment-projects',
  notFound: 'Project Not Found',
  query: projectDetailQuery,
  toDetail: async (project, { event, strapiUrl, commune }) => {
    const notices = await strapiGet<StrapiList<RawNoticeSummary>>(
      event,
      '/api/bidding-notices',
      noticeListQuery(commune, 100, project.documentId),
    );
    return toProjectDetail(project, notices.data, strapiUrl);
  },
});
