const provinceIt = { policies: ['admin::isAuthenticatedAdmin', 'plugin::account-security.is-province-it'] };
const anyAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * Admin routes, under /account-security: province IT's view of locked accounts, and the password
 * confirmation any signed-in person gives before a sensitive action.
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/locks', handler: 'locks.find', config: provinceIt },
      { method: 'DELETE', path: '/locks/:id', handler: 'locks.unlock', config: provinceIt },
      { method: 'POST', path: '/confirm-password', handler: 'confirm.confirm', config: anyAdmin },
    ],
  },
};
