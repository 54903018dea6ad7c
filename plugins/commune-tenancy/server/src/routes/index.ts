/**
 * Content API routes, served under /api/commune-tenancy. They need an API token
 * with the matching permission: the public site's read-only token has them.
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/communes', handler: 'commune.find', config: { policies: [] } },
      { method: 'GET', path: '/resolve', handler: 'commune.resolve', config: { policies: [] } },
    ],
  },
};
