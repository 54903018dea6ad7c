import type { NavLink } from '../types/content';

/** The national public service portal (Cổng Dịch vụ công quốc gia), with or without `www.`. */
const NATIONAL_PORTAL_HOSTS: ReadonlySet<string> = new Set(['dichvucong.gov.vn', 'www.dichvucong.gov.vn']);

/**
 * The national public service portal among the editors' featured links, for the home page's
 * procedure shortcuts; null when the commune has not listed it. Only an http(s) address counts.
 */
export function publicServicePortalLink(links: readonly NavLink[]): NavLink | null {
  return (
    links.find((link) => {
      try {
        const url = new URL(link.url.trim());
        return (url.protocol === 'https:' || url.protocol === 'http:') && NATIONAL_PORTAL_HOSTS.has(url.hostname.toLowerCase());
      } catch {
        return false;
      }
    }) ?? null
  );
}
