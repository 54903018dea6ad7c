/**
 * What Strapi's configuration cannot change and we do from the page itself (Strapi 5.54 accepts
 * `auth.logo`, `menu.logo`, `translations`, but no title, no favicon, no way to drop a form field):
 * the browser tab's "… | Strapi", and the registration form's newsletter checkbox.
 */
import { PRODUCT_SHORT_NAME } from './identity';

/** The tab title in our name: Strapi writes "<page> | Strapi" (PageHelpers' Title), "Strapi Admin" before that. */
export function brandedTitle(title: string): string {
  if (title === 'Strapi Admin' || title === 'Strapi') return PRODUCT_SHORT_NAME;
  return title.replace(/ \| Strapi$/, ` | ${PRODUCT_SHORT_NAME}`);
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
