/**
 * The origin of this page's absolute links (canonical link, the address printed under an
 * article): the configured scheme and port, on the host the page was asked on only when it is
 * one of the commune's domains (shared/utils/site-origin.ts). Rendered pages are cached and
 * served to everyone, so a port, `X-Forwarded-Proto` or `X-Forwarded-Host` sent by one visitor
 * must never reach them.
 *
 * Server-side only, like every page (no JavaScript is shipped): the settings are private
 * runtime config.
 */
export function useSiteOrigin(): string {
  const { commune } = useSite();
  const parsed = parseLinkSettings(useRuntimeConfig());
  if (!parsed.ok) throw new Error(parsed.problem);
  // The Host header as h3 reads it without X-Forwarded-Host; the URL parser lower-cases it and
  // drops the port; a trailing dot goes as in server/utils/host.ts, so the page cache's key agrees.
  const requestHost = useRequestURL({ xForwardedHost: false, xForwardedProto: false }).hostname.replace(/\.$/, '');
  return linkOrigin(parsed.settings, commune, requestHost);
}
