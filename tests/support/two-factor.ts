/**
 * Two-step sign-in as the tests' users go through it: production keeps it required for province
 * IT, the province roles, board heads and commune admins, and so do the tests. A user enrols the
 * first time they sign in (the test reads the secret the server offers, as a person
 * reads the text under the QR code); the secret is remembered here, in the test process, keyed by
 * e-mail, for the next sign-ins.
 *
 * The server refuses a time step already used, so sign-ins of the same person within one 30-second
 * step use the previous and the next step's codes (the server accepts one step either side), and a
 * fourth waits.
 */
import { Secret, TOTP } from 'otpauth';

const secrets = new Map<string, string>();
const lastSteps = new Map<string, number>();
const recoveryCodes = new Map<string, string[]>();

/**
 * Keyed by e-mail alone: one test process talks to one database (several Strapi processes on it,
 * in the bench, share the users). `baseUrl` stays in the signatures for the day that changes.
 */
const keyOf = (_baseUrl: string, email: string): string => email.toLowerCase();
const PERIOD_MS = 30_000;
/** A code is never sent this close to the end of its step's acceptance. */
const SAFETY_MS = 3_000;

export function rememberSecret(baseUrl: string, email: string, secret: string, codes?: string[]): void {
  secrets.set(keyOf(baseUrl, email), secret.replace(/\s/g, ''));
  if (codes) recoveryCodes.set(keyOf(baseUrl, email), codes);
}

export function secretOf(baseUrl: string, email: string): string | undefined {
  return secrets.get(keyOf(baseUrl, email));
}

export function recoveryCodesOf(baseUrl: string, email: string): string[] {
  return recoveryCodes.get(keyOf(baseUrl, email)) ?? [];
}

/** The code of the given moment for a base32 secret (as a phone app shows it). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30, timestamp });
}

/** Marks a step as used by someone else (a test that used a code directly). */
export function noteUsedStep(baseUrl: string, email: string, timestamp = Date.now()): void {
  const key = keyOf(baseUrl, email);
  lastSteps.set(key, Math.max(lastSteps.get(key) ?? -1, Math.floor(timestamp / PERIOD_MS)));
}

/** A code the server has not seen used yet for this person: now, the next step, or after a wait. */
export async function freshCode(baseUrl: string, email: string): Promise<string> {
  const key = keyOf(baseUrl, email);
  const secret = secrets.get(key);
  if (!secret) throw new Error(`No two-factor secret known for ${email}: the user enrolled outside this test process`);
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / PERIOD_MS);
    const last = lastSteps.get(key) ?? -1;
    // The previous step's code is still accepted, but only while it cannot slip out of the window
    // on its way to the server (a step boundary crossed in between would make it two steps old).
    const candidates = now % PERIOD_MS < PERIOD_MS - SAFETY_MS ? [step - 1, step, step + 1] : [step, step + 1];
    for (const candidate of candidates) {
      if (candidate > last) {
        lastSteps.set(key, candidate);
        return totpCode(secret, candidate * PERIOD_MS + 1000);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * PERIOD_MS - now + 200));
  }
}
