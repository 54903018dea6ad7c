/**
 * Retention: rows older than `retentionDays` (AUDIT_RETENTION_DAYS, default two years) are
 * removed once a day by the database's purge function, the only path the append-only trigger lets
 * a DELETE through. Every Strapi process schedules it; running it twice removes nothing more.
 */
import type { Core } from '@strapi/strapi';
import type { TrailService } from './services/trail';

export const PURGE_TASK = 'audit-trail-purge';

export async function purgeNow(strapi: Core.Strapi, retentionDays: number): Promise<void> {
  const removed = await (strapi.plugin('audit-trail').service('trail') as TrailService).purge(retentionDays);
  if (removed > 0) strapi.log.info(`[audit-trail] removed ${removed} entries older than ${retentionDays} days`);
}

export function schedulePurge(strapi: Core.Strapi, retentionDays: number): void {
  strapi.cron.add({
    [PURGE_TASK]: {
      // 03:17 Vietnam time: after the night's backups, away from the hour's other jobs.
      options: { rule: '17 3 * * *', tz: 'Asia/Ho_Chi_Minh' },
      task: () =>
        purgeNow(strapi, retentionDays).catch((error: unknown) => strapi.log.error(`[audit-trail] purge failed: ${String(error)}`)),
    },
  });
}
