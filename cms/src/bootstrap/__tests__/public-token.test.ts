import {
  PUBLIC_TOKEN_NAME as LAUNCHER_TOKEN_NAME,
  RENEW_WITHIN_DAYS as LAUNCHER_RENEW_WITHIN_DAYS,
  stateOf,
} from '../../../../scripts/lib/public-token';
import { DAY_MS, RENEW_WITHIN_DAYS, tokenHealth } from '../../domain/token-lifetime';
import {
  assertPublicTypesGoverned,
  expiryLogLine,
  PUBLIC_TOKEN_NAME,
  PUBLIC_TOKEN_PERMISSIONS,
  RETIRED_PUBLIC_TOKEN_PREFIX,
  retiredPublicTokenName,
} from '../public-token';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const HINT = 'Run `npm run token:rotate` and give the site processes the new token (README, "Public site token").';

describe('the start-up log line about the public token', () => {
  it('says nothing while the token has more than 14 days', () => {
    expect(expiryLogLine(tokenHealth(new Date(NOW.getTime() + 30 * DAY_MS), NOW))).toBeNull();
  });

  it('warns within 14 days, with the date and the command', () => {
    expect(expiryLogLine(tokenHealth(new Date(NOW.getTime() + 5.5 * DAY_MS), NOW))).toEqual({
      level: 'warn',
      message: `The public site token expires on 2026-06-06 12:00 UTC (in 5 days; warned 14 days ahead). ${HINT}`,
    });
    expect(expiryLogLine(tokenHealth(new Date(NOW.getTime() + 1.2 * DAY_MS), NOW))?.message).toContain('(in 1 day;');
  });

  it('is an error once expired, and a warning for a token without expiry', () => {
    expect(expiryLogLine(tokenHealth(new Date('2026-05-30T08:00:00.000Z'), NOW))).toEqual({
      level: 'error',
      message: `The public site token expired on 2026-05-30 08:00 UTC: the content API answers the public sites 401. ${HINT}`,
    });
    expect(expiryLogLine(tokenHealth(null, NOW))).toEqual({
      level: 'warn',
      message: `The public site token never expires (it was created before tokens had a lifespan). ${HINT}`,
    });
  });

  it('only informs when there is no token yet (the seed creates it right after its first start)', () => {
    expect(expiryLogLine(null)?.level).toBe('info');
  });
});

describe('replaced tokens', () => {
  it('get a unique name of their own that the current name is not a prefix match of', () => {
    const name = retiredPublicTokenName(NOW);
    expect(name).toBe('Trang công khai (chỉ đọc) – đã thay lúc 2026-06-01T00:00:00.000Z');
    expect(name.startsWith(RETIRED_PUBLIC_TOKEN_PREFIX)).toBe(true);
    expect(PUBLIC_TOKEN_NAME.startsWith(RETIRED_PUBLIC_TOKEN_PREFIX)).toBe(false);
  });
});

/** `npm start` checks the token file before it starts the site (scripts/lib/public-token.ts), with copies of two values. */
describe('the launcher’s view of the public token', () => {
  it('uses the same token name and renewal window as the CMS', () => {
    expect(LAUNCHER_TOKEN_NAME).toBe(PUBLIC_TOKEN_NAME);
    expect(LAUNCHER_RENEW_WITHIN_DAYS).toBe(RENEW_WITHIN_DAYS);
  });

  it('judges the row the file’s secret hashes to', () => {
    const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: at(60) }, NOW)).toBe('valid');
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: at(3) }, NOW)).toBe('expiring');
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: at(-1) }, NOW)).toBe('expired');
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: null }, NOW)).toBe('no-expiry');
    expect(stateOf({ name: retiredPublicTokenName(NOW), expires_at: at(0.01) }, NOW)).toBe('replaced');
    expect(stateOf(undefined, NOW)).toBe('unknown');
  });
});

const REGISTERED = [
  'api::article.article',
  'api::document.document',
  'api::procedure.procedure',
  'api::page.page',
  'api::category.category',
  'api::official.official',
  'api::contact.contact',
  'api::site-setting.site-setting',
  'plugin::commune-tenancy.commune',
  'plugin::commune-tenancy.membership',
];

describe('the public site token reads only governed types', () => {
  it('lets Strapi start with the token as it is', () => {
    expect(() => assertPublicTypesGoverned(REGISTERED)).not.toThrow();
  });

  it('refuses to start when the token would read a type the site governance table lacks', () => {
    const permissions = [...PUBLIC_TOKEN_PERMISSIONS, 'plugin::commune-tenancy.membership.find'];
    expect(() => assertPublicTypesGoverned(REGISTERED, permissions)).toThrow(
      /reads plugin::commune-tenancy\.membership, which the site governance table/,
    );
  });
});
