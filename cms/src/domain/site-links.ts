/**
 * The addresses a commune's site settings may point outside the site: its official social
 * channels and the ministry's EMC measurement script (Circular 22/2023/TT-BTTTT asks every site
 * to connect to EMC). The CMS checks them as they are written (extensions/site-settings-validation.ts);
 * the public site checks the EMC script again before it loads it (frontend/server/utils/emc.ts),
 * so a row written around the CMS still cannot make a page load a script from elsewhere.
 *
 * Pure functions, no runtime dependencies: the frontend imports this module too.
 */

export interface LinkProblem {
  path: string;
  message: string;
}

/** A host or `*.suffix` pattern list, comma- or space-separated, lower-cased. */
export function parseHostList(value: unknown): string[] {
  const text = value === undefined || value === null ? '' : String(value);
  return text
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
}

/**
 * Where the EMC script may come from unless province IT says otherwise (EMC_ALLOWED_HOSTS for
 * the CMS, NUXT_EMC_ALLOWED_HOSTS for the site): the ministry's EMC system under emc.gov.vn.
 */
export const DEFAULT_EMC_HOSTS: readonly string[] = ['emc.gov.vn', '*.emc.gov.vn'];

const HOST_PATTERN = /^(\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Why the allow-list cannot be used, or null. */
export function hostListProblem(name: string, hosts: readonly string[]): string | null {
  const bad = hosts.find((host) => !HOST_PATTERN.test(host));
  return bad === undefined ? null : `${name} has "${bad}", which is neither a host name nor *.<domain>`;
}

export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase();
  return allowed.some((pattern) => (pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern));
}

/** An https URL on the standard port, without user name or password; null otherwise. */
function httpsUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  return url;
}

/** The EMC script's URL if it may be loaded (https, an allowed host), else null. */
export function allowedEmcScript(value: unknown, allowed: readonly string[]): URL | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const url = httpsUrl(value.trim());
  return url && hostAllowed(url.hostname, allowed) ? url : null;
}

interface SocialChannel {
  field: 'zaloUrl' | 'facebookUrl' | 'youtubeUrl';
  name: string;
  hosts: readonly string[];
  example: string;
}

export const SOCIAL_CHANNELS: readonly SocialChannel[] = [
  { field: 'zaloUrl', name: 'Zalo OA', hosts: ['zalo.me', '*.zalo.me'], example: 'https://zalo.me/…' },
  { field: 'facebookUrl', name: 'Trang Facebook', hosts: ['facebook.com', '*.facebook.com'], example: 'https://www.facebook.com/…' },
  { field: 'youtubeUrl', name: 'Kênh YouTube', hosts: ['youtube.com', '*.youtube.com'], example: 'https://www.youtube.com/@…' },
];

/** Problems of the settings' outside addresses, with Vietnamese messages for the editor. */
export function siteLinkProblems(settings: Record<string, unknown>, emcHosts: readonly string[]): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const channel of SOCIAL_CHANNELS) {
    const value = settings[channel.field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) continue;
    const url = typeof value === 'string' ? httpsUrl(value.trim()) : null;
    if (!url || !hostAllowed(url.hostname, channel.hosts) || url.pathname.length < 2) {
      problems.push({
        path: channel.field,
        message: `${channel.name} phải là địa chỉ bắt đầu bằng https:// trên ${channel.hosts[0]} (ví dụ: ${channel.example}).`,
      });
    }
  }
  const script = settings['emcScriptUrl'];
  const hasScript = typeof script === 'string' && script.trim() !== '';
  if (hasScript && !allowedEmcScript(script, emcHosts)) {
    problems.push({
      path: 'emcScriptUrl',
      message: `Địa chỉ mã theo dõi EMC phải bắt đầu bằng https:// và thuộc máy chủ EMC được phép (${emcHosts.join(', ')}); hãy dán đúng địa chỉ Bộ cấp.`,
    });
  }
  if (settings['emcEnabled'] === true && !hasScript) {
    problems.push({ path: 'emcScriptUrl', message: 'Đã bật kết nối EMC thì phải nhập địa chỉ mã theo dõi EMC do Bộ cấp.' });
  }
  return problems;
}
