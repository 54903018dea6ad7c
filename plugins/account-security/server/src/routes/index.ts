const provinceIt = { policies: ['admin::isAuthenticatedAdmin', 'plugin::account-security.is-province-it'] };

/** Admin routes, under /account-security: province IT's view of locked accounts. */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/locks', handler: 'locks.find', config: provinceIt },
      { method: 'DELETE', path: '/locks/:id', handler: 'locks.unlock', config: provinceIt },
    ],
  },
};
