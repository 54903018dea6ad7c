/**
 * Content API route, under /api/site-cache; it needs an API token with the matching permission
 * (the public site's token has it).
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/versions', handler: 'versions.list', config: { policies: [] } }],
  },
};
