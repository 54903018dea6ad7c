/**
 * Whether a request is a person's page view, and who the visitor is (server/utils/visits.ts):
 * asked by the visit counter's middleware (server/middleware/visits.ts) and by the page cache,
 * which answers its hits before any middleware runs (server/plugins/page-cache.ts).
 */
import type { H3Event } from 'h3';
import { clientAddress } from '../../../plugins/commune-tenancy/shared/trusted-proxies';
import { isPageView, isRobot } from './visits';
import { trustedProxies } from './proxy-trust';

export interface PageViewer {
  address: string;
  userAgent: string;
}

/** The visitor, or null when this is not a person reading a page (a robot, an asset, a POST). */
export function pageViewer(event: H3Event): PageViewer | null {
  // Node's headers as they are: h3's getRequestHeader copies every header of the request per call.
  const headers = event.node.req.headers;
  const userAgent = headers['user-agent'];
  if (!isPageView(event.method, event.path, headers.accept) || isRobot(userAgent)) return null;
  // X-Forwarded-For counts only on a connection from a trusted proxy (NUXT_TRUSTED_PROXIES).
  const forwardedFor = headers['x-forwarded-for'];
  const address = clientAddress(
    event.node.req.socket.remoteAddress,
    Array.isArray(forwardedFor) ? forwardedFor.join(', ') : forwardedFor,
    trustedProxies(),
  );
  return { address, userAgent: userAgent ?? '' };
}
