/**
 * robots.txt of the commune serving this host: crawl everything but the server routes, and find
 * the sitemap on the same host. A host that no commune serves gets a 404, like every route.
 */
export default defineEventHandler(async (event) => {
  await requireCommune(event);
  setResponseHeaders(event, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'public, max-age=3600',
    vary: 'host',
  });
  return renderRobots(siteOrigin(event));
});
