/**
 * The origin this request's absolute links are written on (shared/utils/site-origin.ts): the
 * configured scheme and port, and the request's host only when it is one of the commune's own.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import { linkOrigin, parseLinkSettings, type LinkSettings } from '#shared/utils/site-origin';
import { hostFromHeader } from './host';

let settings: LinkSettings | null = null;

/**
 * The link settings of the runtime config, parsed once (the config is read once at start);
 * checked at start (server/plugins/00.fail-closed.ts).
 */
export function linkSettings(): LinkSettings {
  if (settings) return settings;
  const parsed = parseLinkSettings(useRuntimeConfig());
  if (!parsed.ok) throw new Error(parsed.problem);
  settings = parsed.settings;
  return settings;
}

/** The origin of `commune`'s links for this request. The Host header only, never X-Forwarded-Host. */
export function communeOrigin(event: H3Event, commune: PublicCommune): string {
  return linkOrigin(linkSettings(), commune, hostFromHeader(getRequestHost(event, { xForwardedHost: false })));
}

/** The origin links in feeds and API answers use; the commune must be resolved already (requireCommune). */
export function siteOrigin(event: H3Event): string {
  const commune = event.context.commune;
  // requireCommune has already refused a request without a commune.
  if (!commune) throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  return communeOrigin(event, commune);
}
