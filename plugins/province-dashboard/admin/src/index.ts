import { ChartPie } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Tổng quan' });

    // Shown to those who may read the introduction pages: province IT, the province viewer, the
    // commune admin and the board — not contributors, whose role does not read pages and who have
    // no dashboard. The server checks again on every call (403/404 otherwise).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Tổng quan' },
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::page.page' }],
      position: 1,
      Component: () => import('./pages/DashboardPage').then((module) => ({ default: module.DashboardPage })),
    });
  },

  bootstrap() {},
};
