export const PLUGIN_ID = 'commune-tenancy';
