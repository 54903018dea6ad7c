import type { VisitTotals } from '#site-stats';

/**
 * The footer's visit counter. Cached a few seconds per commune: fresh enough for a counter,
 * and a busy page costs Strapi one query per commune every few seconds, not one per view.
 */
export default defineCommuneCachedHandler(
  'visits',
  (event): Promise<VisitTotals> => strapiGet<VisitTotals>(event, '/api/site-stats/visits'),
  { maxAge: 5 },
);
