/**
 * Content API routes, under /api/site-stats (POST takes a batch of one day's visitors); they need an API token with the matching permission
 * (the public site's token has both) and the site's commune header.
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/visits', handler: 'visits.record', config: { policies: [] } },
      { method: 'GET', path: '/visits', handler: 'visits.totals', config: { policies: [] } },
      // Search insight: a batch of one day's searches (README "Search insight").
      { method: 'POST', path: '/searches', handler: 'searches.record', config: { policies: [] } },
    ],
  },
};
