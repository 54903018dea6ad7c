/**
 * The public site's API token (the Nuxt BFF's): its name and exactly what it may do. The seed or
 * `npm run token:rotate` creates it with an expiry (and writes its secret for the launcher);
 * every start brings its permissions back to this list, so an installation seeded before a
 * feature was added gets the feature's permission, deletes replaced tokens whose grace period has
 * ended, and says in the log when the token is about to expire.
 */
import type { Core } from '@strapi/strapi';
import { ungovernedReadTypes } from '@commune/commune-tenancy/shared';
import { formatInstant, RENEW_WITHIN_DAYS, tokenHealth, type TokenHealth } from '../domain/token-lifetime';
import { deleteContentApiToken, findContentApiTokens } from './api-token-rows';

export const PUBLIC_TOKEN_NAME = 'Trang công khai (chỉ đọc)';
export const PUBLIC_TOKEN_DESCRIPTION = 'Dùng cho máy chủ trang công khai (Nuxt) đọc nội dung đã đăng. Không cấp cho người dùng.';

/**
 * A replaced token keeps working for its grace period under a name of its own (token names are
 * unique), then the next start or rotation deletes it.
 */
export const RETIRED_PUBLIC_TOKEN_PREFIX = `${PUBLIC_TOKEN_NAME} – đã thay lúc `;
export const retiredPublicTokenName = (at: Date): string => `${RETIRED_PUBLIC_TOKEN_PREFIX}${at.toISOString()}`;

const READ_TYPES = [
  'article',
  'document',
  'procedure',
  'page',
  'category',
  'official',
  'contact',
  'site-setting',
  'plan',
  'investment-project',
  'bidding-notice',
  'budget-report',
  'statistic',
  'work-schedule',
  'info-access',
  'urgent-notice',
  'question-answer',
  'consultation',
];

export const PUBLIC_TOKEN_PERMISSIONS = [
  ...READ_TYPES.flatMap((name) => [`api::${name}.${name}.find`, `api::${name}.${name}.findOne`]),
  'plugin::commune-tenancy.commune.find',
  'plugin::commune-tenancy.commune.resolve',
  'plugin::portal-search.search.find',
  'plugin::portal-search.search.documents',
  'plugin::site-stats.visits.totals',
  'plugin::site-cache.versions.list',
  // Opens the board's preview links: a draft, only with a link an editor of that commune was
  // given and only on that commune's site (README "Preview").
  'plugin::editorial-board.preview.show',
  // The maintenance windows province IT schedules (README "Maintenance windows").
  'api::maintenance-window.maintenance-window.upcoming',
  // The token's one write: the site's server counts visits through it. It can only add a
  // visitor hash to the commune the site names, never read or change content.
  'plugin::site-stats.visits.record',
  // Likewise search insight: it can only add search counts (masked queries) to that commune.
  'plugin::site-stats.searches.record',
  // Citizens talk back (README "Citizens' voice"): what the forms and the status page read, and
  // the site's only other writes, a citizen's question, comment or rating, each for the commune
  // the site names, checked and rate-limited by the plugin; none reads anyone's contact data.
  'plugin::citizen-voice.voice.formToken',
  'plugin::citizen-voice.voice.settings',
  'plugin::citizen-voice.voice.status',
  'plugin::citizen-voice.voice.comments',
  'plugin::citizen-voice.voice.question',
  'plugin::citizen-voice.voice.comment',
  'plugin::citizen-voice.voice.rate',
];

interface TokenService {
  getByName(name: string): Promise<{ id: number; permissions?: Array<string | { action: string }> } | null>;
  update(id: number, attributes: { permissions: string[] }): Promise<unknown>;
}

/**
 * What the site reads reaches it only under the board or the head (commune-tenancy's site
 * governance table): Strapi does not start while this token may read a type the table lacks.
 */
export function assertPublicTypesGoverned(
  registeredTypes: readonly string[],
  permissions: readonly string[] = PUBLIC_TOKEN_PERMISSIONS,
): void {
  const ungoverned = ungovernedReadTypes(permissions, registeredTypes);
  if (ungoverned.length > 0) {
    throw new Error(
      `The public site's token reads ${ungoverned.join(', ')}, which the site governance table (plugins/commune-tenancy/shared/site-governance.ts) does not list: ` +
        "give each a row ('board', 'head-and-admin' or 'province') before the site may show it.",
    );
  }
}

/** Brings an existing public token's permissions to the list above (nothing to do before the seed made it). */
export async function syncPublicTokenPermissions(strapi: Core.Strapi): Promise<void> {
  assertPublicTypesGoverned(Object.keys(strapi.contentTypes));
  const service = strapi.service('admin::api-token') as unknown as TokenService;
  const token = await service.getByName(PUBLIC_TOKEN_NAME);
  if (!token) return;
  const current = new Set((token.permissions ?? []).map((permission) => (typeof permission === 'string' ? permission : permission.action)));
  const same = current.size === PUBLIC_TOKEN_PERMISSIONS.length && PUBLIC_TOKEN_PERMISSIONS.every((permission) => current.has(permission));
  if (!same) await service.update(token.id, { permissions: PUBLIC_TOKEN_PERMISSIONS });
}

/** Replaced public tokens whose grace period has ended (`npm run token:rotate` leaves them behind). */
export async function deleteEndedRetiredTokens(strapi: Core.Strapi, now: Date): Promise<number> {
  const ended = await findContentApiTokens(strapi, { name: { $startsWith: RETIRED_PUBLIC_TOKEN_PREFIX }, expiresAt: { $lte: now } });
  for (const row of ended) await deleteContentApiToken(strapi, row.id);
  return ended.length;
}

const ROTATE_HINT = 'Run `npm run token:rotate` and give the site processes the new token (README, "Public site token").';

/** What the start-up log says about the public token, or null when all is well. */
export function expiryLogLine(health: TokenHealth | null): { level: 'info' | 'warn' | 'error'; message: string } | null {
  // Only info: the seed's own first start has no token yet, and creates it right after.
  if (health === null)
    return {
      level: 'info',
      message: `There is no public site token "${PUBLIC_TOKEN_NAME}" yet: the seed or \`npm run token:rotate\` creates it.`,
    };
  switch (health.state) {
    case 'valid':
      return null;
    case 'expiring':
      return {
        level: 'warn',
        message: `The public site token expires on ${formatInstant(health.expiresAt)} (in ${health.daysLeft} day${health.daysLeft === 1 ? '' : 's'}; warned ${RENEW_WITHIN_DAYS} days ahead). ${ROTATE_HINT}`,
      };
    case 'expired':
      return {
        level: 'error',
        message: `The public site token expired on ${formatInstant(health.expiresAt)}: the content API answers the public sites 401. ${ROTATE_HINT}`,
      };
    case 'no-expiry':
      return {
        level: 'warn',
        message: `The public site token never expires (it was created before tokens had a lifespan). ${ROTATE_HINT}`,
      };
  }
}

/** At every start: permissions, the end of replaced tokens, and a log line when the token needs attention. */
export async function checkPublicTokenAtStart(strapi: Core.Strapi, now = new Date()): Promise<void> {
  await syncPublicTokenPermissions(strapi);
  const removed = await deleteEndedRetiredTokens(strapi, now);
  if (removed > 0) strapi.log.info(`Deleted ${removed} replaced public site token(s) whose grace period had ended.`);
  const [current] = await findContentApiTokens(strapi, { name: PUBLIC_TOKEN_NAME });
  const line = expiryLogLine(current ? tokenHealth(current.expiresAt ? new Date(current.expiresAt) : null, now) : null);
  if (line) strapi.log[line.level](line.message);
}
