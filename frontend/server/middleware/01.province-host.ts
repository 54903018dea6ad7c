import type { H3Event } from 'h3';
import type { PublicApiQuery } from '../utils/public-api-query';
import { parsePublicApiQuery } from '../utils/public-api-query';
import { provincePageHtml } from '../utils/province-page';
import {
  communeHome,
  isProvinceHost,
  provinceCommunes,
  provinceApiList,
  provinceDocuments,
  provinceFeed,
  provinceName,
  provinceNews,
} from '../utils/province';

/**
 * The province host (NUXT_PROVINCE_HOST) answers its five addresses here, before anything that
 * would look for a commune: `/`, `/rss/tin-tuc.xml`, `/rss/van-ban.xml`, `/api/public/v1/news`,
 * `/api/public/v1/documents` (server/utils/province.ts). Anything else on it is a 404.
 */
export default defineEventHandler(async (event) => {
  if (!isProvinceHost(event)) return;
  const path = getRequestURL(event).pathname;
  if (path === '/_health' || path === '/_ready') return;
  try {
    return await answer(event, path);
  } catch (error) {
    // Answered here, not by Nuxt's error page: that page belongs to a commune, and this host has none.
    const status = isError(error) ? error.statusCode : 502;
    const message = isError(error) && status < 500 ? error.message : 'Hệ thống đang tạm thời gián đoạn. Xin vui lòng thử lại sau ít phút.';
    setResponseStatus(event, status);
    setResponseHeader(event, 'cache-control', 'no-store');
    if (path.startsWith('/api/')) return { statusCode: status, message };
    setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8');
    return `${message}\n`;
  }
});

async function answer(event: H3Event, path: string): Promise<unknown> {
  if (path === '/') {
    const communes = await provinceCommunes(event);
    setResponseHeaders(event, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' });
    return provincePageHtml(
      provinceName(communes),
      communes.map((commune) => ({ name: commune.name, url: `${communeHome(commune)}/`, host: commune.primaryDomain })),
    );
  }
  if (path === '/rss/tin-tuc.xml' || path === '/rss/van-ban.xml') {
    return sendRss(event, await provinceFeed(event, path === '/rss/tin-tuc.xml' ? 'news' : 'documents'));
  }
  if (path === '/api/public/v1/news' || path === '/api/public/v1/documents') {
    setResponseHeaders(event, { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=60' });
    const news = path === '/api/public/v1/news';
    const parsed = parsePublicApiQuery(getQuery(event), news ? ['category', 'commune'] : ['commune']);
    if (!parsed.ok) throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: parsed.message });
    const query: PublicApiQuery = parsed.query;
    return news
      ? provinceApiList(event, query, await provinceNews(event, query))
      : provinceApiList(event, query, await provinceDocuments(event, query));
  }
  setResponseStatus(event, 404, 'Not Found');
  setResponseHeaders(event, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  return 'Không tìm thấy trang.\n';
}
