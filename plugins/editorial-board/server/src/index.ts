import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import contentTypes from './content-types';
import controllers from './controllers';
import { explainContentManagerRefusals } from './guard/content-manager-refusals';
import { assertLiveFileReach, registerLiveFileGuard } from './guard/live-files';
import { registerLiveRowGuard, registerPublishGuard } from './guard/publish-guard';
import { assertSiteGovernance, registerGovernanceGuard } from './guard/site-governance';
import { registerNotifications } from './notifications';
import routes from './routes';
import { startScheduler, stopScheduler } from './scheduler';
import services from './services';
import { CHANGE_UID } from './services/change-log';
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
    // Leaders, contacts, categories, site settings and the commune record: no draft, so only the
    // people the site governance table names may change them, and every change is logged.
    registerGovernanceGuard(strapi);
    // So are the media library's files that published content uses.
    registerLiveFileGuard(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Every type a site shows is in the governance table, or Strapi does not start.
    assertSiteGovernance(strapi);
    assertLiveFileReach(strapi);
    // After the configured middlewares (inside Strapi's error handling), before the routes mount.
    explainContentManagerRefusals(strapi);
    registerLiveRowGuard(strapi);
    // The event log is append-only: history is never rewritten, reports are computed from it.
    const appendOnly = () => {
      throw new errors.PolicyError('Nhật ký Ban biên tập chỉ được ghi thêm, không được sửa hay xóa.');
    };
    strapi.db.lifecycles.subscribe({
      models: [EVENT_UID],
      beforeUpdate: appendOnly,
      beforeUpdateMany: appendOnly,
      beforeDelete: appendOnly,
      beforeDeleteMany: appendOnly,
    });
    // So is the change log of what reaches the site without the board.
    const changeLogAppendOnly = () => {
      throw new errors.PolicyError('Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa.');
    };
    strapi.db.lifecycles.subscribe({
      models: [CHANGE_UID],
      beforeUpdate: changeLogAppendOnly,
      beforeUpdateMany: changeLogAppendOnly,
      beforeDelete: changeLogAppendOnly,
      beforeDeleteMany: changeLogAppendOnly,
    });
    // One workflow record per item and locale, also under concurrent first sight.
    await strapi.db.connection.raw(
      'CREATE UNIQUE INDEX IF NOT EXISTS editorial_workflows_target_uq ON editorial_workflows (target_uid, target_document_id, locale)',
    );
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS editorial_events_commune_idx ON editorial_events (commune_id, created_at)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS editorial_events_workflow_idx ON editorial_events (workflow_id)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS site_changes_commune_idx ON site_changes (commune_id, id)');
    await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS site_changes_target_idx ON site_changes (target_uid, target_document_id)');
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
