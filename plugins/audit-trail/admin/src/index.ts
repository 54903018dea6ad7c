import { ClockCounterClockwise } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from './pluginId';
import { prefixTranslations, trad } from './utils/trad';

/** Loads one locale's messages; an unknown locale gets none (react-intl falls back to the ids' defaults). */
async function loadTranslations(locale: string): Promise<Record<string, string>> {
  switch (locale) {
    case 'vi':
      return (await import('./translations/vi.json')).default;
    case 'en':
      return (await import('./translations/en.json')).default;
    default:
      return {};
  }
}

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Nhật ký hoạt động' });

    // Shown to those who may read some of the trail: province IT (read-all, the super admin has
    // every action) and commune admins (read, granted to their role at start). The server still
    // decides which rows each one sees.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ClockCounterClockwise,
      intlLabel: { id: trad('menu'), defaultMessage: 'Nhật ký hoạt động' },
      permissions: [
        { action: 'plugin::audit-trail.read', subject: null },
        { action: 'plugin::audit-trail.read-all', subject: null },
      ],
      position: 9,
      Component: () => import('./pages/AuditTrailPage').then((module) => ({ default: module.AuditTrailPage })),
    });
  },

  bootstrap() {},

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: prefixTranslations(await loadTranslations(locale)) })));
  },
};
