import type { SiteContentVersions } from '#site-cache';
import { markCmsDown, markCmsReachable } from '../utils/cms-health';
import { ContentVersions, type VersionsFetcher } from '../utils/content-versions';
import { setMaintenanceWindows, type MaintenanceWindowList } from '../utils/maintenance';

/**
 * Polls Strapi for the communes' content versions (server/utils/content-versions.ts) every
 * NUXT_CONTENT_VERSION_POLL_MS (1000 by default), so a publish reaches this process's cache keys
 * within about a second. A failed poll is logged once per outage and the last versions stay in use;
 * it also tells the rest of the site that the CMS is down (server/utils/cms-health.ts), so caches
 * serve what they have instead of asking.
 *
 * The maintenance windows (server/utils/maintenance.ts) are polled with them, every
 * NUXT_MAINTENANCE_POLL_MS (10 s by default): the last list read stays known through an outage.
 */
export default defineNitroPlugin((nitroApp) => {
  const config = useRuntimeConfig();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (config.strapiToken) headers.authorization = `Bearer ${config.strapiToken}`;

  const fetcher: VersionsFetcher = async (etag) => {
    const response = await $fetch.raw<SiteContentVersions>('/api/site-cache/versions', {
      baseURL: config.strapiUrl,
      headers: etag ? { ...headers, 'if-none-match': etag } : headers,
      timeout: 5000,
      retry: 0,
      ignoreResponseError: true,
    });
    if (response.status === 304) return 'unchanged';
    if (response.status !== 200 || !response._data) throw new Error(`Strapi answered ${response.status}`);
    return { versions: response._data, etag: response.headers.get('etag') };
  };

  const versions = new ContentVersions(fetcher);
  setContentVersions(versions);

  let failing = false;
  const poll = () =>
    versions.poll().then(
      () => {
        if (failing) console.info('[content-versions] polling Strapi again');
        failing = false;
        markCmsReachable();
      },
      (error: unknown) => {
        if (!failing)
          console.warn(
            `[content-versions] cannot poll Strapi, caches keep the last versions: ${error instanceof Error ? error.message : String(error)}`,
          );
        failing = true;
        markCmsDown();
      },
    );

  let windowsFailing = false;
  const pollWindows = () =>
    $fetch<MaintenanceWindowList>('/api/maintenance-windows', { baseURL: config.strapiUrl, headers, timeout: 5000, retry: 0 }).then(
      (answer) => {
        setMaintenanceWindows(Array.isArray(answer.data) ? answer.data : []);
        windowsFailing = false;
      },
      (error: unknown) => {
        if (!windowsFailing)
          console.warn(
            `[maintenance] cannot read the maintenance windows, the last ones stay known: ${error instanceof Error ? error.message : String(error)}`,
          );
        windowsFailing = true;
      },
    );

  void poll();
  void pollWindows();
  const timer = setInterval(() => void poll(), Number(config.contentVersionPollMs) || 1000);
  const windowsTimer = setInterval(() => void pollWindows(), Number(config.maintenancePollMs) || 10_000);
  timer.unref();
  windowsTimer.unref();
  nitroApp.hooks.hook('close', () => {
    clearInterval(timer);
    clearInterval(windowsTimer);
  });
});
