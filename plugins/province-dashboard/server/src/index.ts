import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { startSnapshots, stopSnapshots } from './snapshots';

/**
 * province-dashboard: province IT's overview of every commune and each commune's dashboard
 * (visits, publishing, the compliance scorecard, documents' timeliness, citizens' searches). It
 * owns no content: it reads the tables of the other plugins and the content types, and keeps
 * one table of its own, the daily scorecards (database/migrations/0013_compliance_snapshots.sql).
 */
export default {
  register() {},
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const config = strapi.config.get('plugin::province-dashboard') as { snapshotIntervalMs?: number } | undefined;
    startSnapshots(strapi, config?.snapshotIntervalMs ?? 3_600_000);
  },
  destroy() {
    stopSnapshots();
  },
  config: { default: { snapshotIntervalMs: 3_600_000 }, validator() {} },
  controllers,
  routes,
  services,
  contentTypes: {},
  policies: {},
  middlewares: {},
};
