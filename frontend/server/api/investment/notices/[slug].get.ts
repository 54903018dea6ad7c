import type { NoticeDetail } from '#shared/types/investment';
import { defineDetailHandler } from '../../../utils/detail-handler';
import { noticeDetailQuery, toNoticeDetail, type RawNoticeDetail } from '../../../utils/investment-content';

/** One published bidding or procurement notice of this commune; 404 when this commune has none. */
export default defineDetailHandler<RawNoticeDetail, NoticeDetail>({
  name: 'bidding-notice',
  strapiPath: '/api/bidding-notices',
  notFound: 'Notice Not Found',
  query: noticeDetailQuery,
  toDetail: (notice, { strapiUrl }) => toNoticeDetail(notice, strapiUrl),
});
