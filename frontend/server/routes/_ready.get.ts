import { cmsHealth } from '../utils/cms-health';

/** The poll answers every second; a last answer older than this means the CMS is not answering. */
const MAX_ANSWER_AGE_MS = 5000;

/**
 * Readiness: whether this process can reach the CMS, from the content-version poll's age
 * (server/plugins/content-versions.ts) — no request of its own. 200 when the CMS answered within
 * the last 5 s, 503 otherwise. While it is 503 the site still serves every page it has cached
 * (marked stale), so monitoring should alert on it; a load balancer should not take the process
 * out for it. Says nothing about the CMS beyond up or down.
 */
export default defineEventHandler((event) => {
  const health = cmsHealth();
  const ready = health.reachable && health.lastAnswerMs !== null && health.lastAnswerMs <= MAX_ANSWER_AGE_MS;
  setResponseHeaders(event, { 'cache-control': 'no-store' });
  setResponseStatus(event, ready ? 200 : 503);
  return { status: ready ? 'ready' : 'cms-unreachable', cms: ready ? 'up' : 'down', servingStale: !ready };
});
