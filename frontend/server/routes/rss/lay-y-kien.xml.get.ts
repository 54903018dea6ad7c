/** RSS 2.0: the latest drafts put to the citizens by the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await consultationsFeed(event, commune));
});
