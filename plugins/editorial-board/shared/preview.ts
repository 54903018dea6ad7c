/**
 * Where preview links go (README "Preview"): shared by the CMS's admin configuration (the frame it
 * may show) and the editorial board's link maker. Pure, no dependencies.
 */

/** The site's path of a preview page; the token follows. */
export const PREVIEW_PATH = '/xem-truoc/';

/**
 * The site origin a commune's links go to: `template` with `{domain}` (the commune's primary
 * domain) or `{slug}` replaced, e.g. `https://{domain}` (production) or
 * `http://{slug}.localhost:3000` (`npm start`: Chromium and curl resolve *.localhost locally).
 */
export function siteOriginFor(template: string, commune: { slug: string; primaryDomain: string }): string {
  const origin = template.split('{domain}').join(commune.primaryDomain).split('{slug}').join(commune.slug);
  return new URL(origin).origin;
}

/**
 * The admin's CSP `frame-src` for the preview panel's frame: every origin the template can make.
 * A host that is only a placeholder becomes the scheme (`https:`): communes' domains are data.
 */
export function frameSourcesFor(template: string): string[] {
  const url = new URL(template.split('{domain}').join('placeholder.invalid').split('{slug}').join('placeholder'));
  if (url.hostname === 'placeholder.invalid') return [url.protocol];
  return [url.origin.replace('placeholder', '*')];
}
