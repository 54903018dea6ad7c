const anyAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * Admin routes, under /province-dashboard: any logged-in admin user may call them; the
 * controller lets through only who may see the figures asked for (services/access.ts).
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/overview', handler: 'dashboard.overview', config: anyAdmin },
      { method: 'GET', path: '/overview/export', handler: 'dashboard.overviewExport', config: anyAdmin },
      { method: 'GET', path: '/commune', handler: 'dashboard.commune', config: anyAdmin },
    ],
  },
};
