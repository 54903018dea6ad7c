/**
 * The site's side of preview links (README "Preview"): `/xem-truoc/<token>` pages and the
 * `/api/preview/<token>` answer they read. A draft is for the editor who asked: no cache may keep
 * it (the page cache skips these paths, nginx's micro-cache sees `no-store`), no search engine may
 * index it, no other site may learn its address (the token is in it), and only the admin may frame it.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */

export const PREVIEW_PAGE_PREFIX = '/xem-truoc/';
export const PREVIEW_API_PREFIX = '/api/preview/';

export function isPreviewPath(path: string): boolean {
  return path.startsWith(PREVIEW_PAGE_PREFIX) || path.startsWith(PREVIEW_API_PREFIX) || path === '/xem-truoc';
}

/** The token's shape (plugins/editorial-board preview/token.ts); anything else is not asked about. */
export function isPreviewToken(value: string): boolean {
  return value.length <= 600 && /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{43}$/.test(value);
}

/** An http(s) origin and nothing that could widen a CSP. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/**
 * Headers of every answer on a preview path, refusals included: never stored, never indexed,
 * no Referer with the token, and framed only by the admin's origin (its preview panel).
 */
export function previewHeaders(): Record<string, string> {
  return {
    'cache-control': 'no-store, private',
    'x-robots-tag': 'noindex, nofollow',
    'referrer-policy': 'no-referrer',
  };
}

/** Whether the admin may frame preview pages (then `X-Frame-Options`, which cannot name it, is not sent). */
export function adminMayFrame(adminOrigin: string): boolean {
  return ORIGIN.test(adminOrigin);
}

/** The page policy with `frame-ancestors` opened to the admin's origin only (when it is a plain origin). */
export function previewContentSecurityPolicy(pagePolicy: string, adminOrigin: string): string {
  return adminMayFrame(adminOrigin) ? pagePolicy.replace("frame-ancestors 'none'", `frame-ancestors ${adminOrigin}`) : pagePolicy;
}

/** The refusals, by Strapi's status: what the page says, in Vietnamese (app/utils/error-text.ts). */
export const PREVIEW_REFUSALS = {
  403: { statusCode: 403, statusMessage: 'Forbidden', message: 'Tài khoản đã mở liên kết này không còn được xem bản nháp này.' },
  404: {
    statusCode: 404,
    statusMessage: 'Preview Not Found',
    message: 'Không mở được bản xem trước: liên kết không đúng hoặc không dành cho trang của xã này. Hãy mở lại từ trang quản trị.',
  },
  410: {
    statusCode: 410,
    statusMessage: 'Gone',
    message: 'Liên kết xem trước đã hết hạn (mỗi liên kết dùng được 10 phút). Hãy bấm “Xem trước” lại trong trang quản trị.',
  },
} as const;
