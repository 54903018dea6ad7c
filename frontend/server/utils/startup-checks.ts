/**
 * What the site checks before it serves anything (server/plugins/00.fail-closed.ts). In
 * production (`NODE_ENV=production`) it fails closed: a missing, short or placeholder secret
 * stops the start instead of running with a guessable one. Anywhere, a setting it cannot read
 * stops it too, rather than being guessed.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { parseLinkSettings, type LinkSettingsConfig } from '#shared/utils/site-origin';
import { parseTrustedProxies } from '../../../plugins/commune-tenancy/shared/trusted-proxies';
import { readNationalEmblem } from './national-emblem';
import { emcAllowedHosts } from './emc';

/** 32 bytes: 256 bits of secret, as the tokens Strapi creates (which are far longer). */
export const MIN_SECRET_BYTES = 32;

export interface StartupConfig extends LinkSettingsConfig {
  strapiToken?: unknown;
  visitSecret?: unknown;
  trustedProxies?: unknown;
  nationalEmblemFile?: unknown;
  emcAllowedHosts?: unknown;
}

/** Why `value` is not a usable secret named `name`, or null when it is. */
export function secretProblem(name: string, value: unknown): string | null {
  const text = value === undefined || value === null ? '' : String(value).trim();
  if (text === '') return `${name} is not set`;
  if (/change[_-]?me/i.test(text)) return `${name} is still the CHANGE_ME placeholder of config/.env.example`;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes < MIN_SECRET_BYTES) return `${name} is ${bytes} bytes long; at least ${MIN_SECRET_BYTES} are required`;
  return null;
}

/**
 * Every reason not to start. `production` is NODE_ENV as the process was started with: the
 * secrets are required there; elsewhere (npm start, npm run dev) only the settings are checked.
 */
export function startupProblems(config: StartupConfig, production: boolean): string[] {
  const problems: string[] = [];
  const links = parseLinkSettings(config);
  if (!links.ok) problems.push(links.problem);
  const proxies = parseTrustedProxies(config.trustedProxies, 'NUXT_TRUSTED_PROXIES');
  if (!proxies.ok) problems.push(proxies.problem);
  const emblem = readNationalEmblem(config.nationalEmblemFile);
  if (!emblem.ok) problems.push(emblem.problem);
  const emc = emcAllowedHosts(config.emcAllowedHosts);
  if (!emc.ok) problems.push(emc.problem);
  if (production) {
    const token = secretProblem('NUXT_STRAPI_TOKEN', config.strapiToken);
    if (token) problems.push(token);
    const visit = secretProblem('NUXT_VISIT_SECRET', config.visitSecret);
    if (visit) problems.push(visit);
    // The visit secret salts hashes that must not be recomputable by whoever holds the API token
    // (and rotating the token must not reset the day's visitors).
    else if (!token && String(config.visitSecret).trim() === String(config.strapiToken).trim()) {
      problems.push('NUXT_VISIT_SECRET must differ from NUXT_STRAPI_TOKEN');
    }
  }
  return problems;
}

/** The log message of a refused start: English, one problem a line, and what to do. */
export function startupRefusal(problems: readonly string[], production: boolean): string {
  return [
    `The public site refuses to start${production ? ' in production (NODE_ENV=production)' : ''}:`,
    ...problems.map((problem) => `  - ${problem}`),
    'Set these in the environment (see config/.env.example, section "Public sites (Nuxt)").',
  ].join('\n');
}
