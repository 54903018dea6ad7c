/** RSS 2.0: the latest documents (văn bản chỉ đạo điều hành) of the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await documentsFeed(event, commune));
});
