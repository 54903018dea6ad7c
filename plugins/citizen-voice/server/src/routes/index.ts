const anyAdmin = { policies: ['admin::isAuthenticatedAdmin'] };

/**
 * Content API routes, under /api/citizen-voice: the public site's token only (its permissions,
 * cms/src/bootstrap/public-token.ts), for the commune its server names. Admin routes, under
 * /citizen-voice: any logged-in admin user may call them; the service lets only the named
 * commune's board through (services/board-access.ts).
 */
export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/form-token', handler: 'voice.formToken', config: { policies: [] } },
      { method: 'GET', path: '/settings', handler: 'voice.settings', config: { policies: [] } },
      { method: 'POST', path: '/questions', handler: 'voice.question', config: { policies: [] } },
      { method: 'GET', path: '/questions/status', handler: 'voice.status', config: { policies: [] } },
      { method: 'POST', path: '/consultations/:documentId/comments', handler: 'voice.comment', config: { policies: [] } },
      { method: 'GET', path: '/consultations/:documentId/comments', handler: 'voice.comments', config: { policies: [] } },
      { method: 'POST', path: '/ratings', handler: 'voice.rate', config: { policies: [] } },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/inbox', handler: 'inbox.list', config: anyAdmin },
      { method: 'GET', path: '/inbox/:code', handler: 'inbox.item', config: anyAdmin },
      { method: 'POST', path: '/inbox/:code/assign', handler: 'inbox.assign', config: anyAdmin },
      { method: 'POST', path: '/inbox/:code/answer', handler: 'inbox.answer', config: anyAdmin },
      { method: 'POST', path: '/inbox/:code/reject', handler: 'inbox.reject', config: anyAdmin },
      { method: 'GET', path: '/comments', handler: 'inbox.comments', config: anyAdmin },
      { method: 'POST', path: '/comments/:code/approve', handler: 'inbox.approveComment', config: anyAdmin },
      { method: 'POST', path: '/comments/:code/reject', handler: 'inbox.rejectComment', config: anyAdmin },
      { method: 'GET', path: '/ratings', handler: 'inbox.ratings', config: anyAdmin },
    ],
  },
};
