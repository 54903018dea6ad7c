const anyAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * Admin routes, under /editorial-board. Any logged-in admin user may call them; what they may
 * see and do is decided per item by the tenancy guard (which commune) and the state machine
 * (which board role).
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/workflows/:uid/:documentId', handler: 'board.view', config: anyAdmin },
      { method: 'POST', path: '/workflows/:uid/:documentId/transitions', handler: 'board.transition', config: anyAdmin },
      { method: 'POST', path: '/workflows/:uid/:documentId/received', handler: 'board.receive', config: anyAdmin },
      { method: 'GET', path: '/queues', handler: 'board.queues', config: anyAdmin },
      { method: 'GET', path: '/states', handler: 'board.states', config: anyAdmin },
      { method: 'GET', path: '/in-state', handler: 'board.inState', config: anyAdmin },
      { method: 'GET', path: '/reports', handler: 'reports.figures', config: anyAdmin },
      { method: 'GET', path: '/reports/export', handler: 'reports.export', config: anyAdmin },
      { method: 'GET', path: '/changes', handler: 'changes.list', config: anyAdmin },
    ],
  },
  // Content API, under /api/editorial-board: the public site's token opens preview links
  // (README "Preview"); the token proves the site, the link proves the editor.
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/preview/:token', handler: 'preview.show', config: { policies: [] } }],
  },
};
