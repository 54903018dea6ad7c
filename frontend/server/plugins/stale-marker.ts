import { cmsDown } from '../utils/cms-health';

/**
 * While the CMS is down every successful answer — a page, a feed, the sitemap, the public API —
 * comes from this process's caches (pages: server/plugins/page-cache.ts; Strapi answers behind
 * the BFF and feeds: Nitro's stale-while-revalidate caches). Say so on the answer, so a reader
 * or a monitor can tell: `x-stale: 1` and `Warning: 110`.
 */
export default defineNitroPlugin((nitroApp) => {
  // Nitro logs every failed background refresh of a stale-while-revalidate cache with its stack.
  // While the CMS is known to be down each stale answer served would add one: the outage is
  // logged once by server/plugins/content-versions.ts, and these lines are dropped meanwhile.
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (cmsDown() && typeof args[0] === 'string' && args[0].startsWith('[cache] SWR handler error')) return;
    consoleError(...args);
  };
  nitroApp.hooks.hook('close', () => {
    console.error = consoleError;
  });

  nitroApp.hooks.hook('beforeResponse', (event) => {
    const res = event.node.res;
    if (!cmsDown() || res.headersSent || res.statusCode !== 200) return;
    const path = event.path;
    if (path === '/_health' || path === '/_ready') return;
    res.setHeader('x-stale', '1');
    res.setHeader('warning', '110 - "Response is Stale"');
  });
});
