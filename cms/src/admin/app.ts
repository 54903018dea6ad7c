import { Shield } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

// The admin's own key for the chosen language (see @strapi/admin's reducer).
const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    // The security rules handed to communes (docs/security-rules.vi.md), for everyone signed in.
    app.addMenuLink({
      to: 'quy-tac-an-toan',
      icon: Shield,
      intlLabel: { id: 'commune.security-rules.menu', defaultMessage: 'Quy tắc an toàn' },
      permissions: [],
      Component: () => import('./security-rules/SecurityRulesPage').then((module) => ({ default: module.SecurityRulesPage })),
    });
  },
  bootstrap(_app: StrapiApp) {
    // Editors work in Vietnamese: open the panel in Vietnamese unless the user chose otherwise.
    if (!window.localStorage.getItem(LANGUAGE_STORAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'vi');
    }
  },
};
