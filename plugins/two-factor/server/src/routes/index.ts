/**
 * Admin routes under /two-factor. The challenge routes are open (auth: false): the challenge from
 * POST /admin/login is their credential, single-use, short-lived and limited in attempts.
 */
const signedIn = { policies: ['admin::isAuthenticatedAdmin'] };
const provinceIt = { policies: ['admin::isAuthenticatedAdmin', 'plugin::two-factor.is-province-it'] };
const open = { auth: false as const, policies: [] };

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'POST', path: '/challenge/verify', handler: 'challenge.verify', config: open },
      { method: 'POST', path: '/challenge/enrol', handler: 'challenge.enrolmentOffer', config: open },
      { method: 'POST', path: '/challenge/enrol/confirm', handler: 'challenge.confirmEnrolment', config: open },
      { method: 'GET', path: '/me', handler: 'me.status', config: signedIn },
      { method: 'POST', path: '/me/enrol', handler: 'me.offer', config: signedIn },
      { method: 'POST', path: '/me/enrol/confirm', handler: 'me.confirm', config: signedIn },
      { method: 'POST', path: '/me/recovery-codes', handler: 'me.regenerateRecoveryCodes', config: signedIn },
      { method: 'POST', path: '/me/disable', handler: 'me.disable', config: signedIn },
      { method: 'GET', path: '/settings', handler: 'province.getSettings', config: provinceIt },
      { method: 'PUT', path: '/settings', handler: 'province.updateSettings', config: provinceIt },
      { method: 'POST', path: '/users/:id/reset', handler: 'province.resetUserFactor', config: provinceIt },
    ],
  },
};
