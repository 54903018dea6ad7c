/** RSS 2.0: the latest news of the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await newsFeed(event, commune));
});
