/**
 * How long the API tokens the product creates live, and when one is due for rotation. Pure
 * functions: the seed, `npm run token:rotate` and the start-up check share them.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The public site token's life when PUBLIC_TOKEN_LIFESPAN_DAYS is not set. */
export const DEFAULT_LIFESPAN_DAYS = 90;
const MAX_LIFESPAN_DAYS = 3650;

/**
 * A token that expires within this many days is "due": Strapi warns at start, `npm start` on a
 * developer's machine rotates it, and the seed replaces it. (scripts/lib/public-token.ts keeps
 * the same number; a unit test checks they agree.)
 */
export const RENEW_WITHIN_DAYS = 14;

/** How long a replaced token keeps working when `--grace` is not given. */
export const DEFAULT_GRACE_MS = 60 * 60 * 1000;
/** A longer grace would keep a replaced secret alive for no operational reason. */
export const MAX_GRACE_MS = 30 * DAY_MS;

/** PUBLIC_TOKEN_LIFESPAN_DAYS as milliseconds: a whole number of days from 1 to 3650, 90 when unset. */
export function lifespanFromEnv(value: string | undefined): number {
  const text = (value ?? '').trim();
  if (text === '') return DEFAULT_LIFESPAN_DAYS * DAY_MS;
  const days = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(days) || days < 1 || days > MAX_LIFESPAN_DAYS) {
    throw new Error(`PUBLIC_TOKEN_LIFESPAN_DAYS must be a whole number of days from 1 to ${MAX_LIFESPAN_DAYS} (got "${text}").`);
  }
  return days * DAY_MS;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: DAY_MS };

/**
 * The `--grace` of a rotation: `0`, or a number with a unit (`90s`, `30m`, `1h`, `2d`), at most
 * 30 days. Throws with a message for province IT (in Vietnamese, like the other commands).
 */
export function parseGrace(text: string): number {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '0') return 0;
  const match = /^(\d+)(s|m|h|d)$/.exec(trimmed);
  const ms = match?.[1] && match[2] ? Number(match[1]) * (UNIT_MS[match[2]] ?? Number.NaN) : Number.NaN;
  if (!Number.isFinite(ms) || ms > MAX_GRACE_MS) {
    throw new Error(
      `Thời gian ân hạn “${text}” không hợp lệ: hãy ghi 0 hoặc một số kèm đơn vị s, m, h, d (ví dụ 90s, 30m, 1h, 2d), tối đa 30 ngày.`,
    );
  }
  return ms;
}

/** When a replaced token stops working: after the grace period, never later than it would have anyway. */
export function retiredExpiry(currentExpiresAt: Date | null, graceMs: number, now: Date): Date {
  const graceEnd = now.getTime() + graceMs;
  return new Date(currentExpiresAt === null ? graceEnd : Math.min(currentExpiresAt.getTime(), graceEnd));
}

export type TokenHealth =
  | { state: 'valid'; expiresAt: Date; daysLeft: number }
  | { state: 'expiring'; expiresAt: Date; daysLeft: number }
  | { state: 'expired'; expiresAt: Date }
  | { state: 'no-expiry' };

/** Where a token stands: valid, expiring within RENEW_WITHIN_DAYS, expired, or without expiry (made before tokens expired). */
export function tokenHealth(expiresAt: Date | null, now: Date): TokenHealth {
  if (expiresAt === null) return { state: 'no-expiry' };
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return { state: 'expired', expiresAt };
  const daysLeft = Math.floor(left / DAY_MS);
  return left <= RENEW_WITHIN_DAYS * DAY_MS ? { state: 'expiring', expiresAt, daysLeft } : { state: 'valid', expiresAt, daysLeft };
}

/** A token the product should replace now: anything but valid. */
export const isDue = (health: TokenHealth): boolean => health.state !== 'valid';

/** Dates in messages: UTC, to the minute, unambiguous in logs of any machine. */
export const formatInstant = (date: Date): string => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
