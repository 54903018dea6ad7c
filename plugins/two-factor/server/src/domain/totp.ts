/**
 * TOTP (RFC 6238) as every phone authenticator app reads it: SHA-1, 6 digits, 30-second steps,
 * through the `otpauth` library. A code is accepted for the current step and one step either
 * side (a phone clock a little off), and only for a step later than the last one accepted for
 * the user: a code seen over someone's shoulder, or replayed from a log, is refused.
 */
import { Secret, TOTP } from 'otpauth';

export const ISSUER = 'Cổng TTĐT xã';
const PERIOD_SECONDS = 30;
/** Steps accepted either side of now. */
const WINDOW = 1;

/** A new random secret (160 bits, RFC 4226's recommendation), in base32 as apps expect it. */
export function createSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label = ''): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** The `otpauth://` URI the QR code carries. */
export function provisioningUri(secretBase32: string, accountLabel: string): string {
  return totpFor(secretBase32, accountLabel).toString();
}

/** The time step a moment falls in. */
export function stepAt(nowMs: number): number {
  return Math.floor(nowMs / 1000 / PERIOD_SECONDS);
}

/**
 * The step the code belongs to, if it is a valid code near `nowMs` for a step after
 * `lastUsedStep`; null otherwise (wrong, too old or too new, or already used).
 */
export function acceptedStep(secretBase32: string, code: string, nowMs: number, lastUsedStep: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: nowMs, window: WINDOW });
  if (delta === null) return null;
  const step = stepAt(nowMs) + delta;
  return step > lastUsedStep ? step : null;
}

/** The code of a given moment (for tests and the enrolment check of a test client). */
export function codeAt(secretBase32: string, nowMs: number): string {
  return totpFor(secretBase32).generate({ timestamp: nowMs });
}
