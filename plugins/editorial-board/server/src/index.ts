import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import contentTypes from './content-types';
import controllers from './controllers';
import { registerLiveRowGuard, registerPublishGuard } from './guard/publish-guard';
import { registerNotifications } from './notifications';
import routes from './routes';
import { startScheduler, stopScheduler } from './scheduler';
import services from './services';
import { EVENT_UID } from './services/store';

interface PluginConfig {
  /** How often the scheduler looks for items due to be published; 0 turns it off. */
  scheduleIntervalMs: number;
}

/**
 * editorial-board: the approval boundary. Every governed item (article, document, procedure,
 * page) has a workflow record and an append-only event log; nothing is published without the
 * board's approval, whatever the path.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPublishGuard(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerLiveRowGuard(strapi);
    // The event log is append-only: history is never rewritten, reports are computed from it.
    const appendOnly = () => {
      throw new errors.PolicyError('Nhật ký Ban biên tập chỉ được ghi thêm, không được sửa hay xóa.');
    };
    strapi.db.lifecycles.subscribe({ models: [EVENT_UID], beforeUpdate: appendOnly, beforeUpdateMany: appendOnly, beforeDelete: appendOnly, beforeDeleteMany: appendOnly });
    // One workflow record per item and locale, also under concurrent first sight.
    await strapi.db.connection.raw('CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflows_target_uq ON editorial_workflows (target_uid, target_document_id, locale)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS editorial_events_commune_idx ON editorial_events (commune_id, created_at)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS editorial_events_workflow_idx ON editorial_events (workflow_id)');
    registerNotifications(strapi);
    startScheduler(strapi, (strapi.config.get('plugin::editorial-board') as PluginConfig).scheduleIntervalMs);
  },

  destroy() {
    stopScheduler();
  },

  config: {
    default: { scheduleIntervalMs: 30_000 } satisfies PluginConfig,
    validator(config: unknown) {
      const interval = (config as Partial<PluginConfig>).scheduleIntervalMs;
      if (typeof interval !== 'number' || interval < 0) throw new Error('editorial-board: scheduleIntervalMs must be a number ≥ 0');
    },
  },
  contentTypes,
  controllers,
  routes,
  services,
  policies: {},
  middlewares: {},
};
