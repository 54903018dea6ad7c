/**
 * What Strapi's configuration cannot change and we do from the page itself (Strapi 5.54 accepts
 * `auth.logo`, `menu.logo`, `translations`, but no title, no favicon, no way to drop a form field):
 * the browser tab's "… | Strapi", and the registration form's newsletter checkbox.
 */
import { PRODUCT_SHORT_NAME } from './identity';

/** Settings pages whose name Strapi hard-codes in English in the title "Settings - {name}". */
const SETTINGS_PAGES: Record<string, string> = {
  Users: 'Người dùng',
  Roles: 'Vai trò',
  Webhooks: 'Webhook',
  'API Tokens': 'Mã truy cập API',
  'Admin Tokens': 'Mã truy cập quản trị',
  'Transfer Tokens': 'Mã chuyển dữ liệu',
  SSO: 'Đăng nhập một lần',
};

/** The tab title in our name: Strapi writes "<page> | Strapi" (PageHelpers' Title), "Strapi Admin" before that. */
export function brandedTitle(title: string): string {
  if (title === 'Strapi Admin' || title === 'Strapi') return PRODUCT_SHORT_NAME;
  const page = title.replace(/ \| Strapi$/, '');
  if (page === title) return title;
  const named = page.replace(/(\S)(\s*[-—]\s*)([A-Za-z ]+)$/, (whole, before: string, dash: string, name: string) =>
    SETTINGS_PAGES[name] ? `${before}${dash}${SETTINGS_PAGES[name]}` : whole,
  );
  return `${named} | ${PRODUCT_SHORT_NAME}`;
}

/** Keeps the tab title branded whenever Strapi sets it. */
export function keepTitleBranded(): void {
  const rename = (): void => {
    const branded = brandedTitle(document.title);
    // Writing the title is itself a mutation: only write when it changes, or this never settles.
    if (branded !== document.title) document.title = branded;
  };
  rename();
  new MutationObserver(rename).observe(document.head, { subtree: true, childList: true, characterData: true });
}

/**
 * Registration (the link province IT sends a new editor) offers Strapi's newsletter, with links to
 * Strapi's terms. That field is the only one on any admin form whose label links to
 * strapi.io/terms (which is why our `Auth.form.register.news.label` keeps `{terms}`): its grid cell
 * is hidden, with what it holds, for everyone including screen readers. The field stays unticked,
 * so nothing is sent to Strapi. A rule, not a script, so it holds however often React re-renders.
 */
export const HIDE_NEWSLETTER_CSS =
  'form div:has(> div a[href^="https://strapi.io/terms"]):not(:has(input:not([type="checkbox"]))) { display: none !important; }';

export function hideNewsletter(): void {
  const style = document.createElement('style');
  style.dataset.commune = 'hide-newsletter';
  style.textContent = HIDE_NEWSLETTER_CSS;
  document.head.append(style);
}

/**
 * Strapi 5.54 shows every page a banner announcing its new media library, whose button opens
 * Strapi's English blog; dismissing it is remembered per browser only. Editors have nothing to
 * learn from it. The rule matches the banner's outer box exactly: the one whose great-grandchild
 * is the link to strapi.io (DismissibleBanner: background › row › message and action › link).
 */
export const HIDE_MEDIA_LIBRARY_BANNER_CSS = 'div:has(> div > div > div > a[href^="https://strapi.io/"]) { display: none !important; }';

export function hideMediaLibraryBanner(): void {
  const style = document.createElement('style');
  style.dataset.commune = 'hide-media-library-banner';
  style.textContent = HIDE_MEDIA_LIBRARY_BANNER_CSS;
  document.head.append(style);
}
