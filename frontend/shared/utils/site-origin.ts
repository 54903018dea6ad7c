/**
 * The origin absolute links are written on (canonical links, printed addresses, feeds, the
 * sitemap, robots.txt, the public API): from configuration, never from what a request claims.
 *
 * A page or answer may be cached and served to everyone, so nothing a visitor sends may end up
 * in its links: not a port in the Host header, not `X-Forwarded-Proto` or `X-Forwarded-Host`.
 * The scheme and the port come from the site's settings (`NUXT_SITE_SCHEME`, `NUXT_SITE_PORT`);
 * the host name is the one the request came on only when it is one of the commune's own domains
 * (primary or alias) — or, with the development fallback explicitly on, a development host
 * (`localhost`, `<slug>.localhost`) — and otherwise the commune's primary domain.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { devFallbackFor } from './dev-hosts';

export type SiteScheme = 'http' | 'https';

export interface LinkSettings {
  scheme: SiteScheme;
  /** The port written into links; null for the scheme's default (443, 80). */
  port: number | null;
  /** The development fallback is on: its hosts are link hosts too. */
  devFallback: boolean;
}

/** The runtime config keys the settings are read from (NUXT_SITE_SCHEME, NUXT_SITE_PORT, NUXT_DEV_COMMUNE_FALLBACK). */
export interface LinkSettingsConfig {
  siteScheme?: unknown;
  sitePort?: unknown;
  devCommuneFallback?: unknown;
}

export type LinkSettingsParse = { ok: true; settings: LinkSettings } | { ok: false; problem: string };

const DEFAULT_PORTS: Readonly<Record<SiteScheme, number>> = { https: 443, http: 80 };

/** Reads and checks the settings; a bad value is a problem to refuse at start, never a guess. */
export function parseLinkSettings(config: LinkSettingsConfig): LinkSettingsParse {
  const schemeText =
    String(config.siteScheme ?? '')
      .trim()
      .toLowerCase() || 'https';
  if (schemeText !== 'https' && schemeText !== 'http') {
    return { ok: false, problem: `NUXT_SITE_SCHEME must be "https" or "http", not "${String(config.siteScheme)}"` };
  }
  const scheme: SiteScheme = schemeText;
  const portText = String(config.sitePort ?? '').trim();
  let port: number | null = null;
  if (portText !== '' && portText !== '0') {
    const value = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
    if (!(value >= 1 && value <= 65535)) {
      return { ok: false, problem: `NUXT_SITE_PORT must be a port number (1–65535) or empty, not "${portText}"` };
    }
    port = value === DEFAULT_PORTS[scheme] ? null : value;
  }
  // Nuxt reads `true` from the environment as a boolean; a string may come from elsewhere.
  const devFallback = config.devCommuneFallback === true || config.devCommuneFallback === 'true';
  return { ok: true, settings: { scheme, port, devFallback } };
}

export interface CommuneDomains {
  primaryDomain: string;
  domainAliases?: readonly string[] | null;
}

const lower = (host: string): string => host.trim().toLowerCase();

/**
 * The host name links are written on: `requestHost` (already parsed, lower case, no port) when
 * it is one of the commune's domains, or a development host while the fallback is on; the
 * commune's primary domain otherwise.
 */
export function linkHost(commune: CommuneDomains, requestHost: string | null | undefined, devFallback: boolean): string {
  const primary = lower(commune.primaryDomain);
  const host = requestHost ? lower(requestHost) : '';
  if (host === '') return primary;
  if (host === primary || (commune.domainAliases ?? []).some((alias) => lower(alias) === host)) return host;
  if (devFallback && devFallbackFor(host)) return host;
  return primary;
}

/** `https` + `khanhkhe.langson.gov.vn` → `https://khanhkhe.langson.gov.vn`; the port only when configured. */
export function originFor(settings: Pick<LinkSettings, 'scheme' | 'port'>, host: string): string {
  return `${settings.scheme}://${host}${settings.port === null ? '' : `:${settings.port}`}`;
}

/** The origin of this commune's links for a request that came on `requestHost`. */
export function linkOrigin(settings: LinkSettings, commune: CommuneDomains, requestHost: string | null | undefined): string {
  return originFor(settings, linkHost(commune, requestHost, settings.devFallback));
}
