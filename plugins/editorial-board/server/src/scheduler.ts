/**
 * Scheduled publishing: every turn, approved items whose time has come are published as the
 * system, through the same transition as a person's "publish" (version compare-and-swap, so two
 * Strapi processes never both publish one item). A per-process timer is enough: the claim, not
 * the timer, is what must be shared, and it lives in PostgreSQL.
 */
import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

let timer: NodeJS.Timeout | undefined;

export function startScheduler(strapi: Core.Strapi, intervalMs: number): void {
  if (intervalMs <= 0) return;
  let running = false;
  timer = setInterval(() => {
    if (running) return;
    running = true;
    getService(strapi, 'workflows')
      .publishDue()
      .then((count) => {
        if (count > 0) strapi.log.info(`[editorial-board] published ${count} scheduled item(s)`);
      })
      .catch((error: unknown) => strapi.log.error(`[editorial-board] scheduler turn failed: ${String(error)}`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
}

export function stopScheduler(): void {
  if (timer) clearInterval(timer);
  timer = undefined;
}
