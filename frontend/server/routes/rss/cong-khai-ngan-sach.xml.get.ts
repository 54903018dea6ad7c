/** RSS 2.0: the latest budget disclosures (công khai ngân sách) of the commune serving this host. */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  return sendRss(event, await budgetFeed(event, commune));
});
