/**
 * Counts visits: a person's page view, once per visitor per day and commune, without a cookie.
 * The count is sent to Strapi after the response is finished, so it never delays the page, and
 * only for pages that were served (a 404 or an error page is not a visit).
 */
import type { H3Event } from 'h3';
import type { VisitRecorded, VisitRequest } from '#site-stats';
import { clientAddress } from '../../../plugins/commune-tenancy/shared/trusted-proxies';
import { dayInVietnam, isPageView, isRobot, visitorHash } from '../utils/visits';

const TIMEOUT_MS = 5000;

async function recordVisit(event: H3Event, userAgent: string, address: string): Promise<void> {
  const commune = await resolveCommune(event);
  if (!commune) return;
  const { strapiUrl, strapiToken, visitSecret } = useRuntimeConfig(event);
  // Every site process has the same Strapi token, so outside production (where NUXT_VISIT_SECRET
  // is required: server/utils/startup-checks.ts) it stands in as the shared secret.
  const secret = String(visitSecret || strapiToken);
  const body: VisitRequest = { visitor: visitorHash(secret, dayInVietnam(new Date()), address, userAgent) };
  const headers: Record<string, string> = { accept: 'application/json', 'x-commune': commune.slug };
  if (strapiToken) headers.authorization = `Bearer ${strapiToken}`;
  await $fetch<VisitRecorded>('/api/site-stats/visits', { baseURL: strapiUrl, method: 'POST', body, headers, timeout: TIMEOUT_MS, retry: 0 });
}

export default defineEventHandler((event) => {
  const userAgent = getRequestHeader(event, 'user-agent');
  if (!isPageView(event.method, event.path, getRequestHeader(event, 'accept')) || isRobot(userAgent)) return;
  // X-Forwarded-For counts only on a connection from a trusted proxy (NUXT_TRUSTED_PROXIES).
  const address = clientAddress(event.node.req.socket.remoteAddress, getRequestHeader(event, 'x-forwarded-for'), trustedProxies());

  event.node.res.once('finish', () => {
    if (event.node.res.statusCode !== 200) return;
    recordVisit(event, userAgent ?? '', address).catch((error: unknown) => {
      console.error(`[visits] not counted: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
});
