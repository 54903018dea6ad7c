/**
 * Who sent a citizen's form or rating, as Strapi may know it: never the address itself, only keyed
 * hashes of it. The address is the one the visit counter reads (X-Forwarded-For counts only from
 * a trusted proxy: NUXT_TRUSTED_PROXIES).
 */
import { createHmac } from 'node:crypto';
import type { H3Event } from 'h3';
import { clientAddress } from '../../../plugins/commune-tenancy/shared/trusted-proxies';
import { dayInVietnam, visitorHash } from './visits';

/** The secret every site process shares (the visit counter's; the token stands in outside production). */
function siteSecret(): string {
  const { visitSecret, strapiToken } = useRuntimeConfig();
  return String(visitSecret || strapiToken);
}

export function requestAddress(event: H3Event): string {
  return clientAddress(event.node.req.socket.remoteAddress, getRequestHeader(event, 'x-forwarded-for'), trustedProxies());
}

/**
 * The client key of the rate limits: an HMAC of the address under the site's secret, prefixed
 * by its purpose so it can never equal a visitor hash or a key made for something else. Stable
 * across days (a flood is counted across midnight); Strapi cannot turn it back into an address.
 */
export function clientKey(event: H3Event): string {
  return createHmac('sha256', siteSecret())
    .update(`citizen-voice-client:${requestAddress(event)}`)
    .digest('hex');
}

/** Today's visitor hash, exactly as the visit counter computes it (server/utils/visits.ts). */
export function requestVisitor(event: H3Event): string {
  return visitorHash(siteSecret(), dayInVietnam(new Date()), requestAddress(event), getRequestHeader(event, 'user-agent') ?? '');
}
