import type { StrapiApp } from '@strapi/strapi/admin';

// The admin's own key for the chosen language (see @strapi/admin's reducer).
const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {
    // Editors work in Vietnamese: open the panel in Vietnamese unless the user chose otherwise.
    if (!window.localStorage.getItem(LANGUAGE_STORAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'vi');
    }
  },
};
