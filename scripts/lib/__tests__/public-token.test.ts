import { PUBLIC_TOKEN_NAME as CMS_NAME } from '../../../cms/src/bootstrap/public-token';
import { RENEW_WITHIN_DAYS as CMS_RENEW_WITHIN_DAYS } from '../../../cms/src/domain/token-lifetime';
import { PUBLIC_TOKEN_NAME, RENEW_WITHIN_DAYS, stateOf } from '../public-token';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the launcher’s view of the public token', () => {
  it('uses the same token name and renewal window as the CMS', () => {
    expect(PUBLIC_TOKEN_NAME).toBe(CMS_NAME);
    expect(RENEW_WITHIN_DAYS).toBe(CMS_RENEW_WITHIN_DAYS);
  });

  it('judges the row the file’s secret hashes to', () => {
    const at = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: at(60) }, NOW)).toBe('valid');
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: at(3) }, NOW)).toBe('expiring');
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: at(-1) }, NOW)).toBe('expired');
    expect(stateOf({ name: PUBLIC_TOKEN_NAME, expires_at: null }, NOW)).toBe('no-expiry');
    expect(stateOf({ name: `${PUBLIC_TOKEN_NAME} – đã thay lúc 2026-05-31T00:00:00.000Z`, expires_at: at(0.01) }, NOW)).toBe('replaced');
    expect(stateOf(undefined, NOW)).toBe('unknown');
  });
});
