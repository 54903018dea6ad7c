const provinceIt = { policies: ['admin::isAuthenticatedAdmin', 'plugin::commune-tenancy.is-province-it'] };
const anyAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * Content API routes, served under /api/commune-tenancy, need an API token with the matching
 * permission (the public site's read-only token has them). Admin routes, under
 * /commune-tenancy, are for province IT only, except `/me/…`: any logged-in admin user, about
 * their own communes.
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/communes-admin', handler: 'commune-admin.find', config: provinceIt },
      { method: 'POST', path: '/communes-admin', handler: 'commune-admin.create', config: provinceIt },
      { method: 'POST', path: '/communes-admin/:documentId/suspend', handler: 'commune-admin.suspend', config: provinceIt },
      { method: 'POST', path: '/communes-admin/:documentId/resume', handler: 'commune-admin.resume', config: provinceIt },
      { method: 'GET', path: '/memberships', handler: 'membership.find', config: provinceIt },
      { method: 'POST', path: '/memberships', handler: 'membership.upsert', config: provinceIt },
      { method: 'POST', path: '/memberships/:id/reset', handler: 'membership.reset', config: provinceIt },
      { method: 'DELETE', path: '/memberships/:id', handler: 'membership.remove', config: provinceIt },
      { method: 'POST', path: '/invitations', handler: 'invitation.create', config: provinceIt },
      { method: 'GET', path: '/me/communes', handler: 'me.communes', config: anyAdmin },
      { method: 'PUT', path: '/me/selected-commune', handler: 'me.selectCommune', config: anyAdmin },
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
