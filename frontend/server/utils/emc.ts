/**
 * The ministry's EMC measurement script (Circular 22/2023/TT-BTTTT asks every site to connect to
 * EMC): the one script a commune site may load, and only when its board turned it on in the site
 * settings. The site checks the address again against the province's allow-list
 * (NUXT_EMC_ALLOWED_HOSTS, default emc.gov.vn and its subdomains; cms/src/domain/site-links.ts),
 * so a row written around the CMS cannot make a page load a script from elsewhere.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { allowedEmcScript, DEFAULT_EMC_HOSTS, hostListProblem, parseHostList } from '../../../cms/src/domain/site-links';
import { escapeHtml } from './maintenance';
import type { SiteSettingAnswer } from '../types/strapi-answers.generated';

export type EmcSettings = Pick<SiteSettingAnswer, 'emcEnabled' | 'emcScriptUrl'>;

/** The allow-list from NUXT_EMC_ALLOWED_HOSTS; the start refuses one it cannot read (startup-checks.ts). */
export function emcAllowedHosts(setting: unknown): { ok: true; hosts: readonly string[] } | { ok: false; problem: string } {
  const hosts = parseHostList(setting);
  const problem = hostListProblem('NUXT_EMC_ALLOWED_HOSTS', hosts);
  if (problem) return { ok: false, problem };
  return { ok: true, hosts: hosts.length > 0 ? hosts : DEFAULT_EMC_HOSTS };
}

/** The script to load, or null: off, no address, or an address outside the allow-list. */
export function emcScript(settings: EmcSettings | null, hosts: readonly string[]): URL | null {
  if (settings?.emcEnabled !== true) return null;
  return allowedEmcScript(settings.emcScriptUrl, hosts);
}

/** The script's element, loaded without blocking the page. */
export function emcScriptTag(script: URL): string {
  return `<script src="${escapeHtml(script.href)}" async></script>`;
}

/** Where the script goes in `html`: at the end of its body; -1 on a page without `</body>`. */
export function emcScriptPosition(html: string): number {
  return html.lastIndexOf('</body>');
}

/** The page with the script at the end of its body. */
export function withEmcScript(html: string, script: URL): string {
  const end = emcScriptPosition(html);
  return end === -1 ? html : html.slice(0, end) + emcScriptTag(script) + html.slice(end);
}
