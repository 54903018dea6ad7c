import type { H3Event } from 'h3';
import type { NoticeDetail } from '#shared/types/investment';
import type { StrapiList } from '../../../utils/content';
import { noticeDetailQuery, toNoticeDetail, type RawNoticeDetail } from '../../../utils/investment-content';
import { isSectionKey } from '../../../utils/plan-content';

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/** One published bidding or procurement notice of this commune; 404 when this commune has none. */
export default defineCommuneCachedHandler(
  'bidding-notice',
  async (event, commune): Promise<NoticeDetail> => {
    const key = slugParam(event);
    if (!isSectionKey(key)) throw createError({ statusCode: 404, statusMessage: 'Notice Not Found' });
    const { strapiUrl } = useRuntimeConfig(event);
    const found = await strapiGet<StrapiList<RawNoticeDetail>>(event, '/api/bidding-notices', noticeDetailQuery(key, communeFilter(commune.slug)));
    const notice = found.data[0];
    if (!notice) throw createError({ statusCode: 404, statusMessage: 'Notice Not Found' });
    return toNoticeDetail(notice, strapiUrl);
  },
  { keyParts: (event) => [slugParam(event)] },
);
