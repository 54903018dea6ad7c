import type { StrapiApp } from '@strapi/strapi/admin';

const PLUGIN_ID = 'commune-tenancy';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Xã, phường' });
  },
};
