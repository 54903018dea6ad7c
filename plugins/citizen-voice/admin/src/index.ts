import { Message } from '@strapi/icons';
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
    app.registerPlugin({ id: PLUGIN_ID, name: 'Hộp thư người dân' });

    // Shown to those who may edit the public answers: the board's roles (head, deputy, member),
    // and the commune admin, whose role holds every board type; contributors do not write
    // answers, so they have no link. Admin roles are per account, not per commune: the server
    // checks the membership in the commune asked for, and answers others 403 (the page says so).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Message,
      intlLabel: { id: trad('menu'), defaultMessage: 'Hộp thư người dân' },
      permissions: [{ action: 'plugin::content-manager.explorer.update', subject: 'api::question-answer.question-answer' }],
      position: 3,
      Component: () => import('./pages/CitizenVoicePage').then((module) => ({ default: module.CitizenVoicePage })),
    });
  },

  bootstrap() {},

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: prefixTranslations(await loadTranslations(locale)) })));
  },
};
