import type { PublicApiList, PublicInvestmentProjectItem } from '#shared/types/public-api';
import { PROJECT_STATUSES } from '#shared/utils/public-works';
import { absoluteUrl } from '../../../utils/feed-xml';
import { projectPath, toMoney } from '../../../utils/investment-content';
import { PROJECT_LIST_QUERY, type RawPublicProject } from '../../../utils/public-works-content';
import { codeFilter, publicProgress } from '../../../utils/public-works-api';

/** `GET /api/public/v1/investment-projects?page=&pageSize=&status=`: the commune's public investment projects, latest started first. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicInvestmentProjectItem>> =>
    publicApiList<RawPublicProject, PublicInvestmentProjectItem>(event, {
      strapiPath: '/api/investment-projects',
      strapiQuery: PROJECT_LIST_QUERY,
      filters: ['status'],
      strapiFilters: (query) => codeFilter('status', query.status, PROJECT_STATUSES, 'projectStatus'),
      toItem: (project, origin) => ({
        id: project.documentId,
        name: project.name,
        slug: project.slug ?? null,
        investor: project.investor ?? null,
        totalCapital: toMoney(project.totalCapital),
        capitalSource: project.capitalSource ?? null,
        location: project.location ?? null,
        startYear: project.startYear ?? null,
        endYear: project.endYear ?? null,
        status: project.projectStatus ?? null,
        summary: project.summary?.trim() || null,
        progress: publicProgress(project.progress),
        publishedAt: project.publishedAt ?? null,
        updatedAt: project.updatedAt ?? null,
        url: absoluteUrl(origin, projectPath(project)),
      }),
    }),
);
