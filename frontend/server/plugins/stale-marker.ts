import { cmsDown } from '../utils/cms-health';

/**
 * While the CMS is down every successful answer — a page, a feed, the sitemap, the public API —
 * comes from this process's caches (pages: server/plugins/page-cache.ts; Strapi answers behind
 * the BFF and feeds: Nitro's stale-while-revalidate caches). Say so on the answer, so a reader
 * or a monitor can tell: `x-stale: 1` and `Warning: 110`.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('beforeResponse', (event) => {
    const res = event.node.res;
    if (!cmsDown() || res.headersSent || res.statusCode !== 200) return;
    const path = event.path;
    if (path === '/_health' || path === '/_ready') return;
    res.setHeader('x-stale', '1');
    res.setHeader('warning', '110 - "Response is Stale"');
  });
});
