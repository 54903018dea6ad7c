import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import { activeCommuneIdsOf, forgetActiveCommunes } from './guard/actor';
import { addCommuneKeys, backfillCommuneKeys, syncCommuneKeys } from './guard/commune-key';
import { assertTenancyDeclared } from './guard/declarations';
import { registerDocumentGuard } from './guard/document-guard';
import { tenancyOffForBenchmark } from './guard/benchmark-switch';
import { guardFolderTree } from './guard/folder-tree';
import { guardContentBulkActions } from './guard/content-bulk';
import { guardMediaBulkActions } from './guard/media-bulk';
import { guardFolderWrites } from './guard/media-folders';
import { guardHomepageCounts } from './guard/homepage-counts';
import { indexNationalLookups } from './guard/national-indexes';
import { extendMediaTypes, registerQueryGuard } from './guard/query-guard';
import { prefixStoragePaths } from './guard/storage-prefix';
import policies from './policies';
import services from './services';
import { COMMUNE_UID } from '../../shared';

/**
 * commune-tenancy: communes as tenants. Owns the commune and membership types, host resolution,
 * and the isolation guard that every read and write of scoped content passes through.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    extendMediaTypes(strapi);
    addCommuneKeys(strapi);
    if (tenancyOffForBenchmark()) {
      strapi.log.error('[commune-tenancy] THE TENANCY GUARD IS OFF (benchmark baseline). Never run like this with real data.');
      return;
    }
    // Registered first, so that every other middleware already works on guarded data.
    registerDocumentGuard(strapi);
    guardMediaBulkActions(strapi);
    guardContentBulkActions(strapi);
    guardFolderWrites(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    assertTenancyDeclared(strapi);
    // The key column follows the relation on every write, guard on or off, and is re-derived at
    // every start for rows written by SQL or before the column existed.
    syncCommuneKeys(strapi);
    const backfilled = await backfillCommuneKeys(strapi);
    if (backfilled > 0) strapi.log.info(`[commune-tenancy] commune key derived for ${backfilled} rows`);
    await indexNationalLookups(strapi);
    // The content API's slug → commune cache forgets everything when a commune changes here
    // (a suspension on the settings page takes effect at once in this process).
    strapi.db.lifecycles.subscribe({
      models: [COMMUNE_UID],
      afterCreate: forgetActiveCommunes,
      afterUpdate: forgetActiveCommunes,
      afterUpdateMany: forgetActiveCommunes,
      afterDelete: forgetActiveCommunes,
      afterDeleteMany: forgetActiveCommunes,
    });
    if (!tenancyOffForBenchmark()) {
      registerQueryGuard(strapi);
      guardFolderTree(strapi);
      guardHomepageCounts(strapi);
    }
    prefixStoragePaths(strapi);
    // The roles that use this condition are synced by the app's bootstrap (services.roles.sync),
    // which runs after Strapi's admin bootstrap has registered its permission actions.
    const permissions = strapi.admin?.services.permission;
    if (!permissions) throw new Error('[commune-tenancy] the admin permission service is missing');
    await permissions.conditionProvider.register({
      displayName: 'Trong xã, phường của mình',
      name: 'in-own-commune',
      plugin: 'commune-tenancy',
      // A condition that returns nothing grants everything (Strapi fails open): no commune → false.
      handler: async (user: { id: number }) => {
        const communeIds = await activeCommuneIdsOf(strapi, user.id);
        return communeIds.length > 0 ? { 'commune.id': { $in: communeIds } } : false;
      },
    });
  },
  destroy() {},
  config: { default: {}, validator() {} },
  contentTypes,
  controllers,
  routes,
  services,
  policies,
  middlewares: {},
};
