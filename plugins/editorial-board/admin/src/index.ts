import { SealCheck } from '@strapi/icons';
import type { BulkActionComponent, DocumentActionComponent, PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { BoardPanel } from './components/BoardPanel';
import { ChangesPanel } from './components/ChangesPanel';
import { addStateColumn } from './components/StateColumn';
import { StateFilter } from './components/StateFilter';
import { withoutBuiltInPublishing, withoutBulkPublishing, withSaveOffered } from './document-actions';
import { PLUGIN_ID } from './pluginId';
import { prefixTranslations, trad } from './utils/trad';

interface ContentManagerApis {
  addEditViewSidePanel?: (panels: PanelComponent[]) => void;
  addDocumentAction?: (reducer: (actions: DocumentActionComponent[]) => DocumentActionComponent[]) => void;
  addBulkAction?: (reducer: (actions: BulkActionComponent[]) => BulkActionComponent[]) => void;
}

interface ContentManagerPlugin {
  apis: unknown;
  injectComponent?: (view: string, zone: string, component: { name: string; Component: React.ComponentType }) => void;
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
    app.registerPlugin({ id: PLUGIN_ID, name: 'Ban biên tập' });

    // The board page. Strapi's menu badge is a number fixed at registration, so the count of
    // "Việc của tôi" is shown in the page's title and tabs instead.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: SealCheck,
      intlLabel: { id: trad('menu.board'), defaultMessage: 'Ban biên tập' },
      permissions: [],
      position: 2,
      Component: () => import('./pages/BoardPage').then((module) => ({ default: module.BoardPage })),
    });

    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addStateColumn);
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    const contentManager = app.getPlugin('content-manager') as unknown as ContentManagerPlugin;
    const apis = contentManager.apis as ContentManagerApis;
    apis.addEditViewSidePanel?.([BoardPanel, ChangesPanel]);
    apis.addDocumentAction?.(withoutBuiltInPublishing);
    apis.addDocumentAction?.(withSaveOffered);
    apis.addBulkAction?.(withoutBulkPublishing);
    contentManager.injectComponent?.('listView', 'actions', { name: `${PLUGIN_ID}-state-filter`, Component: StateFilter });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: prefixTranslations(await loadTranslations(locale)) })));
  },
};
