import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import { installSchema } from './database/schema';
import middlewares from './middlewares';
import { grantRoles, registerPermissions } from './permissions';
import { purgeNow, schedulePurge } from './retention';
import routes from './routes';
import services from './services';
import { MINIMUM_RETENTION_DAYS } from './database/schema';

interface PluginConfig {
  /** Rows older than this many days are removed by the daily purge (at least MINIMUM_RETENTION_DAYS). */
  retentionDays: number;
}

/**
 * audit-trail: who did what, when, from which address, in which commune, with what outcome —
 * every admin write and sign-in event, append-only in PostgreSQL (database/schema.ts), recorded by
 * one server middleware (recording/recorder.ts), read by province IT and commune admins.
 */
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await installSchema(strapi);
    await registerPermissions(strapi);
    await grantRoles(strapi);
    const { retentionDays } = strapi.config.get('plugin::audit-trail') as PluginConfig;
    schedulePurge(strapi, retentionDays);
    // Also once at start, in the background: a server restarted daily before 03:17 still purges.
    purgeNow(strapi, retentionDays).catch((error: unknown) => strapi.log.error(`[audit-trail] purge failed: ${String(error)}`));
  },

  destroy() {},

  config: {
    default: { retentionDays: 730 } satisfies PluginConfig,
    validator(config: unknown) {
      const days = (config as Partial<PluginConfig>).retentionDays;
      if (typeof days !== 'number' || !Number.isInteger(days) || days < MINIMUM_RETENTION_DAYS) {
        throw new Error(`audit-trail: retentionDays (AUDIT_RETENTION_DAYS) must be a whole number of days ≥ ${MINIMUM_RETENTION_DAYS}`);
      }
    },
  },
  contentTypes: {},
  controllers,
  routes,
  services,
  policies: {},
  middlewares,
};
