const provinceIt = { policies: ['admin::isAuthenticatedAdmin', 'plugin::commune-tenancy.is-province-it'] };

/**
 * Content API routes, served under /api/commune-tenancy, need an API token with the matching
 * permission (the public site's read-only token has them). Admin routes, under
 * /commune-tenancy, are for province IT only.
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/memberships', handler: 'membership.find', config: provinceIt },
      { method: 'POST', path: '/memberships', handler: 'membership.upsert', config: provinceIt },
      { method: 'DELETE', path: '/memberships/:id', handler: 'membership.remove', config: provinceIt },
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/communes', handler: 'commune.find', config: { policies: [] } },
      { method: 'GET', path: '/resolve', handler: 'commune.resolve', config: { policies: [] } },
    ],
  },
};
