const anyAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * Admin routes, under /audit-trail. Any signed-in admin user may call them; which rows they read
 * is decided per request (reading/access.ts): province IT every commune, a commune admin their
 * communes, anyone else a 403 (`/access` answers them `scope: none`).
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/access', handler: 'entries.access', config: anyAdmin },
      { method: 'GET', path: '/entries', handler: 'entries.list', config: anyAdmin },
      { method: 'GET', path: '/entries/export', handler: 'entries.export', config: anyAdmin },
    ],
  },
};
