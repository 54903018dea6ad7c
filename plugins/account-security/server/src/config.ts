import type { ThrottleRule } from './throttle/rules';

/**
 * The plugin's configuration (cms/config/plugins.ts sets it from the environment). Defaults suit
 * a government office: a person who mistypes gets three free tries, then waits 2 s, 4 s, 8 s…;
 * the tenth failure in a day locks the account for 30 minutes and e-mails its owner. One address
 * may fail 30 times in 15 minutes, across all accounts, before it is blocked for 15 minutes: an
 * office behind one address does not reach that by mistyping, a password sprayer does at once.
 */
export interface AccountSecurityConfig {
  account: ThrottleRule;
  address: ThrottleRule;
  /** How long a password confirmation (or a sign-in) lets sensitive actions through. */
  reauth: { windowSeconds: number };
}

export const DEFAULT_CONFIG: AccountSecurityConfig = {
  account: { freeFailures: 3, baseDelaySeconds: 2, maxDelaySeconds: 300, lockAfter: 10, lockSeconds: 30 * 60, windowSeconds: 24 * 3600 },
  address: { freeFailures: 29, baseDelaySeconds: 0, maxDelaySeconds: 0, lockAfter: 30, lockSeconds: 15 * 60, windowSeconds: 15 * 60 },
  reauth: { windowSeconds: 10 * 60 },
};

const RULE_KEYS = ['freeFailures', 'baseDelaySeconds', 'maxDelaySeconds', 'lockAfter', 'lockSeconds', 'windowSeconds'] as const;

/** Refuses a configuration that would silently turn throttling off (a typo must stop the start). */
export function validateConfig(config: unknown): void {
  const value = config as Partial<Record<keyof AccountSecurityConfig, Partial<Record<string, unknown>>>> | undefined;
  for (const scope of ['account', 'address'] as const) {
    const rule = value?.[scope];
    if (!rule) throw new Error(`account-security: config.${scope} is missing`);
    for (const key of RULE_KEYS) {
      const number = rule[key];
      if (typeof number !== 'number' || !Number.isFinite(number) || number < 0)
        throw new Error(`account-security: config.${scope}.${key} must be a number ≥ 0 (got ${String(number)})`);
    }
    if ((rule.lockAfter as number) < 1) throw new Error(`account-security: config.${scope}.lockAfter must be at least 1`);
    if ((rule.lockSeconds as number) < 1) throw new Error(`account-security: config.${scope}.lockSeconds must be at least 1`);
  }
  const window = (config as { reauth?: { windowSeconds?: unknown } } | undefined)?.reauth?.windowSeconds;
  if (typeof window !== 'number' || !Number.isFinite(window) || window < 1)
    throw new Error(`account-security: config.reauth.windowSeconds must be a number ≥ 1 (got ${String(window)})`);
}
