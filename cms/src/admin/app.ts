import { Book, Shield } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import logo from './branding/logo.svg';
import { translateHardcodedLabels } from './branding/hardcoded-labels';
import { registerCommuneField, withCommuneNameInput } from './commune-field/commune-field';
import { registerCoverPhotoField, withCoverPhotoInput } from './cover-photo/cover-photo-field';
import { hideMediaLibraryBanner, hideNewsletter, keepTitleBranded } from './branding/page-chrome';
import { onlyCommuneWidgets } from './home/home-widgets';
import { NewItemDefaults } from './new-item/NewItemDefaults';
import { readableChoiceColumns } from './translations/choice-columns';
import { vi } from './translations/vi';

// The admin's own key for the chosen language (see @strapi/admin's reducer).
const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
    // Vietnamese everywhere, and our name in place of Strapi's (cms/src/admin/translations/vi.ts).
    translations: { vi },
    auth: { logo },
    menu: { logo },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // The home page shows each person's work instead of Strapi's widgets (runs after the plugins').
    app.widgets.register(onlyCommuneWidgets);
    // The article's cover photo in one step, its description asked in place (cover-photo/).
    registerCoverPhotoField(app);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', withCoverPhotoInput);
    // List cells of choices read as words ("Tin ngắn", not "tin").
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', readableChoiceColumns);
    // The commune of an item by its name, read-only for commune staff (commune-field/).
    registerCommuneField(app);
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', withCommuneNameInput);
    // The security rules handed to communes (docs/security-rules.vi.md), for everyone signed in.
    app.addMenuLink({
      to: 'quy-tac-an-toan',
      icon: Shield,
      intlLabel: { id: 'commune.security-rules.menu', defaultMessage: 'Quy tắc an toàn' },
      permissions: [],
      Component: () => import('./security-rules/SecurityRulesPage').then((module) => ({ default: module.SecurityRulesPage })),
    });
    // The illustrated user guide (docs/guide, pictures from `npm run guide`), for everyone signed in.
    app.addMenuLink({
      to: 'huong-dan',
      icon: Book,
      intlLabel: { id: 'commune.guide.menu', defaultMessage: 'Hướng dẫn' },
      permissions: [],
      Component: () => import('./guide/GuidePage').then((module) => ({ default: module.GuidePage })),
    });
  },
  bootstrap(app: StrapiApp) {
    // A new news item starts in the category last used (new-item/).
    const contentManager = app.getPlugin('content-manager').apis as { addEditViewSidePanel?: (panels: PanelComponent[]) => void };
    contentManager.addEditViewSidePanel?.([NewItemDefaults]);
    keepTitleBranded();
    hideNewsletter();
    hideMediaLibraryBanner();
    translateHardcodedLabels();
    // Editors work in Vietnamese: open the panel in Vietnamese unless the user chose otherwise.
    if (!window.localStorage.getItem(LANGUAGE_STORAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'vi');
    }
  },
};
