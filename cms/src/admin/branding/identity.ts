/**
 * The product's and the province's name as the admin shows them, in place of Strapi's. The
 * province is set at build time by `STRAPI_ADMIN_PROVINCE_NAME` (e.g. "Tỉnh Lạng Sơn"): the login
 * page is shown before anyone signs in, so it cannot ask the database which communes it serves.
 */
export const PRODUCT_NAME = 'Trang thông tin điện tử xã, phường';
/** Short form, after the page name in the browser's tab. */
export const PRODUCT_SHORT_NAME = 'Quản trị trang xã, phường';

export const provinceName = (): string => process.env.STRAPI_ADMIN_PROVINCE_NAME?.trim() ?? '';

/** The Strapi strings that name Strapi, in our words (merged over every other translation). */
export function brandingMessages(province: string): Record<string, string> {
  return {
    'Auth.form.welcome.title': PRODUCT_NAME,
    'Auth.form.welcome.subtitle': province ? `Đăng nhập trang quản trị — ${province}` : 'Đăng nhập trang quản trị',
    'app.components.LeftMenu.navbrand.title': PRODUCT_NAME,
    'app.components.LeftMenu.navbrand.workplace': province || 'Trang quản trị',
  };
}
