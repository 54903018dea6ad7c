/** RSS 2.0: the latest published answers to citizens' questions of the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await answersFeed(event, commune));
});
