import { DAY_MS, DEFAULT_GRACE_MS, isDue, lifespanFromEnv, parseGrace, retiredExpiry, tokenHealth } from '../token-lifetime';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const inDays = (days: number): Date => new Date(NOW.getTime() + days * DAY_MS);

describe('lifespanFromEnv (PUBLIC_TOKEN_LIFESPAN_DAYS)', () => {
  it('is 90 days when unset or empty, else the given whole number of days', () => {
    expect(lifespanFromEnv(undefined)).toBe(90 * DAY_MS);
    expect(lifespanFromEnv(' ')).toBe(90 * DAY_MS);
    expect(lifespanFromEnv('30')).toBe(30 * DAY_MS);
    expect(lifespanFromEnv('3650')).toBe(3650 * DAY_MS);
  });

  it('refuses zero, negative, fractional, too long and non-numeric values, naming the variable', () => {
    for (const bad of ['0', '-5', '1.5', '3651', '90d', 'abc']) {
      expect(() => lifespanFromEnv(bad)).toThrow(
        `PUBLIC_TOKEN_LIFESPAN_DAYS must be a whole number of days from 1 to 3650 (got "${bad}").`,
      );
    }
  });
});

describe('parseGrace (--grace)', () => {
  it('reads 0 and a number with s, m, h or d', () => {
    expect(parseGrace('0')).toBe(0);
    expect(parseGrace('90s')).toBe(90_000);
    expect(parseGrace('30m')).toBe(30 * 60_000);
    expect(parseGrace('1h')).toBe(DEFAULT_GRACE_MS);
    expect(parseGrace(' 2D ')).toBe(2 * DAY_MS);
    expect(parseGrace('30d')).toBe(30 * DAY_MS);
  });

  it('refuses a bare number, an unknown unit, a negative value and more than 30 days, in Vietnamese', () => {
    for (const bad of ['5', '1w', '-1h', '31d', '', 'h']) {
      expect(() => parseGrace(bad)).toThrow(
        `Thời gian ân hạn “${bad}” không hợp lệ: hãy ghi 0 hoặc một số kèm đơn vị s, m, h, d (ví dụ 90s, 30m, 1h, 2d), tối đa 30 ngày.`,
      );
    }
  });
});

describe('retiredExpiry', () => {
  it('ends the replaced token after the grace, never later than it would have expired', () => {
    expect(retiredExpiry(inDays(60), DEFAULT_GRACE_MS, NOW)).toEqual(new Date(NOW.getTime() + DEFAULT_GRACE_MS));
    expect(retiredExpiry(null, DEFAULT_GRACE_MS, NOW)).toEqual(new Date(NOW.getTime() + DEFAULT_GRACE_MS));
    expect(retiredExpiry(inDays(-1), DEFAULT_GRACE_MS, NOW)).toEqual(inDays(-1));
    expect(retiredExpiry(new Date(NOW.getTime() + 60_000), DEFAULT_GRACE_MS, NOW)).toEqual(new Date(NOW.getTime() + 60_000));
    expect(retiredExpiry(inDays(60), 0, NOW)).toEqual(NOW);
  });
});

describe('tokenHealth', () => {
  it('is valid beyond 14 days, expiring within, expired at or after the instant, and no-expiry without a date', () => {
    expect(tokenHealth(inDays(90), NOW)).toEqual({ state: 'valid', expiresAt: inDays(90), daysLeft: 90 });
    expect(tokenHealth(inDays(14.5), NOW)).toEqual({ state: 'valid', expiresAt: inDays(14.5), daysLeft: 14 });
    expect(tokenHealth(inDays(14), NOW)).toEqual({ state: 'expiring', expiresAt: inDays(14), daysLeft: 14 });
    expect(tokenHealth(inDays(0.5), NOW)).toEqual({ state: 'expiring', expiresAt: inDays(0.5), daysLeft: 0 });
    expect(tokenHealth(NOW, NOW)).toEqual({ state: 'expired', expiresAt: NOW });
    expect(tokenHealth(inDays(-3), NOW)).toEqual({ state: 'expired', expiresAt: inDays(-3) });
    expect(tokenHealth(null, NOW)).toEqual({ state: 'no-expiry' });
  });

  it('makes every state but valid due for rotation', () => {
    expect(isDue(tokenHealth(inDays(30), NOW))).toBe(false);
    expect(isDue(tokenHealth(inDays(10), NOW))).toBe(true);
    expect(isDue(tokenHealth(inDays(-1), NOW))).toBe(true);
    expect(isDue(tokenHealth(null, NOW))).toBe(true);
  });
});
