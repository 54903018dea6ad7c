/**
 * Content API routes, under /api/portal-search; they need an API token with the matching
 * permission (the public site's read-only token has them) and the site's commune header.
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/search', handler: 'search.find', config: { policies: [] } },
      { method: 'GET', path: '/documents', handler: 'search.documents', config: { policies: [] } },
    ],
  },
};
