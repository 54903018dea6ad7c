import type { PublicApiList, PublicPlanItem } from '#shared/types/public-api';
import { PLAN_KINDS, PLAN_STATUSES } from '#shared/utils/public-works';
import { absoluteUrl } from '../../../utils/feed-xml';
import { planPath } from '../../../utils/plan-content';
import { PLAN_LIST_QUERY, type RawPublicPlan } from '../../../utils/public-works-content';
import { approvingDocumentOf, codeFilter, publicFiles } from '../../../utils/public-works-api';

/** `GET /api/public/v1/plans?page=&pageSize=&kind=&status=`: the commune's plans, latest posted first. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicPlanItem>> =>
    publicApiList<RawPublicPlan, PublicPlanItem>(event, {
      strapiPath: '/api/plans',
      strapiQuery: PLAN_LIST_QUERY,
      filters: ['kind', 'status'],
      strapiFilters: (query) => ({
        ...codeFilter('kind', query.kind, PLAN_KINDS, 'planKind'),
        ...codeFilter('status', query.status, PLAN_STATUSES, 'planStatus'),
      }),
      toItem: (plan, origin) => ({
        id: plan.documentId,
        title: plan.title,
        slug: plan.slug ?? null,
        kind: plan.planKind ?? null,
        status: plan.planStatus ?? null,
        field: plan.field ?? null,
        periodStart: plan.periodStart ?? null,
        periodEnd: plan.periodEnd ?? null,
        summary: plan.summary?.trim() || null,
        approvingDocument: approvingDocumentOf(origin, plan.approvingDocument),
        publishedAt: plan.publishedAt ?? null,
        updatedAt: plan.updatedAt ?? null,
        url: absoluteUrl(origin, planPath(plan)),
        files: publicFiles(event, origin, plan.files),
      }),
    }),
);
