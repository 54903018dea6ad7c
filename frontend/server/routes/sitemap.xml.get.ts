/** The sitemap of the commune serving this host, with links on the configured scheme and the commune's domain it was asked on. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  const origin = siteOrigin(event);
  const paths = await sitemapPaths(event, commune);
  setResponseHeaders(event, {
    'content-type': 'application/xml; charset=utf-8',
    'cache-control': 'public, max-age=300',
    vary: 'host',
  });
  return renderSitemap(paths.map(({ path, lastmod }) => ({ loc: absoluteUrl(origin, path), lastmod })));
});
