/** RSS 2.0: the latest bidding and public procurement notices of the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await biddingFeed(event, commune));
});
