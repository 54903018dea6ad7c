/** RSS 2.0: the latest plans (quy hoạch, kế hoạch, chương trình) of the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await plansFeed(event, commune));
});
