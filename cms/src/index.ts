import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { nameBuiltinRoles } from './bootstrap/builtin-roles';
import { registerCommuneProvisioner } from './bootstrap/commune-provisioner';
import { registerApiTokenCache } from './extensions/api-token-cache';
import { ensureDefaultLocale } from './bootstrap/default-locale';
import { removeDefaultApiTokens } from './bootstrap/default-api-tokens';
import { assertProductionSecrets } from './bootstrap/production-check';
import { checkPublicTokenAtStart } from './bootstrap/public-token';
import { ensureSuperAdmin } from './bootstrap/super-admin';
import { registerCommuneSlugs } from './extensions/commune-slugs';
import { backfillDisplayNames, registerDisplayNames } from './extensions/display-names';
import { registerDocumentValidation } from './extensions/document-validation';
import { registerPublishedOnly } from './extensions/published-only';
import { registerSectionValidation } from './extensions/section-validation';
import { registerSiteSettingsValidation } from './extensions/site-settings-validation';
import { applyRouteRules } from './extensions/route-rules';
import { registerUploadDefences } from './extensions/upload-defences';
import { readiness } from './maintenance/readiness';
import { registerMaintenanceWindowWrites } from './maintenance/window-writes';

let stopTokenCache: (() => Promise<void>) | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishedOnly(strapi);
    registerCommuneSlugs(strapi);
    registerDisplayNames(strapi);
    registerDocumentValidation(strapi);
    registerSectionValidation(strapi);
    registerSiteSettingsValidation(strapi);
    applyRouteRules(strapi);
    registerUploadDefences(strapi);
    registerMaintenanceWindowWrites(strapi);
    registerCommuneProvisioner(strapi);
    // GET /_ready, before the app's other middleware (plugins registered earlier, e.g. two-factor's
    // session guard, come first; none of them answers /_ready). README "Keeping the sites up".
    strapi.server.use(readiness(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets(strapi);
    // Requests come after bootstrap; its listener stops with Strapi (destroy below).
    stopTokenCache = await registerApiTokenCache(strapi);
    await ensureDefaultLocale(strapi);
    // After Strapi's own admin bootstrap: its permission actions and default roles exist now.
    await (strapi.plugin('commune-tenancy').service('roles') as { sync(): Promise<void> }).sync();
    // After the roles' sync, which sets each commune role's permissions to exactly its table:
    // the commune admin role gets the audit trail's page back (plugins/audit-trail).
    await (strapi.plugin('audit-trail').service('access') as { grantRoles(): Promise<void> }).grantRoles();
    await ensureSuperAdmin(strapi);
    await backfillDisplayNames(strapi);
    await nameBuiltinRoles(strapi);
    await applyAdminLabels(strapi);
    await removeDefaultApiTokens(strapi);
    await checkPublicTokenAtStart(strapi);
  },

  async destroy() {
    await stopTokenCache?.();
  },
};
