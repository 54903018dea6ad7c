import { PinMap } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { WorkingCommunePanel } from './components/WorkingCommunePanel';
import { PLUGIN_ID } from './pluginId';
import { prefixTranslations, trad } from './utils/trad';

interface ContentManagerApis {
  addEditViewSidePanel?: (panels: unknown[]) => void;
}

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
    app.registerPlugin({ id: PLUGIN_ID, name: 'Xã, phường' });

    // Province IT: Settings → Xã, phường. Everyone sees the link; the page explains to others
    // that it is not for them (and the server refuses them anyway).
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: trad('settings.section'), defaultMessage: 'Xã, phường' } },
      {
        id: 'communes',
        to: PLUGIN_ID,
        intlLabel: { id: trad('settings.link'), defaultMessage: 'Quản lý xã, phường' },
        permissions: [],
        Component: () => import('./pages/SettingsPage').then((module) => ({ default: module.SettingsPage })),
      },
    );

    // District staff working for several communes: where do my new entries and uploads go?
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PinMap,
      intlLabel: { id: trad('menu.working'), defaultMessage: 'Xã đang làm việc' },
      permissions: [],
      position: 8,
      Component: () => import('./pages/WorkingCommunePage').then((module) => ({ default: module.WorkingCommunePage })),
    });
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    const apis = app.getPlugin('content-manager').apis as ContentManagerApis;
    apis.addEditViewSidePanel?.([WorkingCommunePanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: prefixTranslations(await loadTranslations(locale)) })));
  },
};
