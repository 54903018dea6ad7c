/**
 * RSS 2.0: the latest news of one category, `/rss/tin-tuc/<category slug>.xml`. The router
 * cannot mix a parameter and `.xml` in one segment, so the file takes the whole segment.
 */
const FEED_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.xml$/;

export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  const slug = FEED_FILE.exec(getRouterParam(event, 'feed') ?? '')?.[1];
  const feed = slug && slug.length <= 120 ? await categoryFeed(event, commune, slug) : null;
  if (!feed) throw createError({ statusCode: 404, statusMessage: 'Category Not Found' });
  return sendRss(event, feed);
});
