import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { ensureDefaultLocale } from './bootstrap/default-locale';
import { syncPublicTokenPermissions } from './bootstrap/public-token';
import { ensureSuperAdmin } from './bootstrap/super-admin';
import { registerCommuneSlugs } from './extensions/commune-slugs';
import { registerDocumentValidation } from './extensions/document-validation';
import { registerPublishedOnly } from './extensions/published-only';
import { registerUploadDefences } from './extensions/upload-defences';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnly(strapi);
    registerCommuneSlugs(strapi);
    registerDocumentValidation(strapi);
    registerUploadDefences(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureDefaultLocale(strapi);
    // After Strapi's own admin bootstrap: its permission actions and default roles exist now.
    await (strapi.plugin('commune-tenancy').service('roles') as { sync(): Promise<void> }).sync();
    await ensureSuperAdmin(strapi);
    await applyAdminLabels(strapi);
    await syncPublicTokenPermissions(strapi);
  },
};
