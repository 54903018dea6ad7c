/**
 * The hourly job that records every commune's scorecard of the day (compliance over time), so
 * the chart has a point for days nobody opened the dashboard. Several CMS processes may run it:
 * each day's row is an upsert, so they agree. Off when the interval is 0 (tests use the routes).
 */
import type { Core } from '@strapi/strapi';
import type { DashboardService } from './services/dashboard';

let timer: NodeJS.Timeout | null = null;

export function startSnapshots(strapi: Core.Strapi, intervalMs: number): void {
  if (intervalMs <= 0) return;
  const run = (): void => {
    const service = strapi.plugin('province-dashboard').service('dashboard') as DashboardService;
    service
      .recordToday()
      .catch((error: unknown) =>
        strapi.log.warn(
          `province-dashboard: recording today's scorecards failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  };
  timer = setInterval(run, intervalMs);
  timer.unref();
  // The first run waits a minute: Strapi has just started and the sites are connecting.
  setTimeout(run, Math.min(intervalMs, 60_000)).unref();
}

export function stopSnapshots(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
