export const PLUGIN_ID = 'province-dashboard';
