import type { PublicApiList, PublicBiddingNoticeItem } from '#shared/types/public-api';
import { NOTICE_KINDS } from '#shared/utils/public-works';
import { absoluteUrl } from '../../../utils/feed-xml';
import { noticePath, projectPath, toMoney } from '../../../utils/investment-content';
import { NOTICE_LIST_QUERY, type RawPublicNotice } from '../../../utils/public-works-content';
import { codeFilter, publicFiles } from '../../../utils/public-works-api';

/** `GET /api/public/v1/bidding-notices?page=&pageSize=&kind=`: the commune's bidding and procurement notices, newest first. */
export default defineEventHandler(
  (event): Promise<PublicApiList<PublicBiddingNoticeItem>> =>
    publicApiList<RawPublicNotice, PublicBiddingNoticeItem>(event, {
      strapiPath: '/api/bidding-notices',
      strapiQuery: NOTICE_LIST_QUERY,
      filters: ['kind'],
      strapiFilters: (query) => codeFilter('kind', query.kind, NOTICE_KINDS, 'noticeKind'),
      toItem: (notice, origin) => ({
        id: notice.documentId,
        title: notice.title,
        slug: notice.slug ?? null,
        kind: notice.noticeKind ?? null,
        packageName: notice.packageName ?? null,
        packageValue: toMoney(notice.packageValue),
        noticeDate: notice.noticeDate ?? null,
        closingDate: notice.closingDate ?? null,
        winner: notice.winner ?? null,
        contractValue: toMoney(notice.contractValue),
        summary: notice.summary?.trim() || null,
        project: notice.project
          ? { id: notice.project.documentId, name: notice.project.name ?? null, url: absoluteUrl(origin, projectPath(notice.project)) }
          : null,
        publishedAt: notice.publishedAt ?? null,
        updatedAt: notice.updatedAt ?? null,
        url: absoluteUrl(origin, noticePath(notice)),
        files: publicFiles(event, origin, notice.files),
      }),
    }),
);
