export const PLUGIN_ID = 'audit-trail';
