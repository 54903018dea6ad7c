/**
 * When a sign-in may be tried, as pure functions over one counter row. Two counters are kept per
 * attempt, both in PostgreSQL (store.ts) so that every CMS process sees the same figures:
 *
 * - the **account** (normalised e-mail, known or not: an unknown address is throttled exactly
 *   like a known one, so the throttle reveals nothing about which accounts exist). After
 *   `freeFailures` failures each further attempt waits a growing delay (base, 2×base, 4×base…,
 *   at most `maxDelaySeconds`); the `lockAfter`-th failure locks the account for `lockSeconds`
 *   (its owner is e-mailed; province IT may unlock it earlier). A success clears the counter.
 * - the **address** (`ctx.request.ip`, the real client behind a trusted proxy): `lockAfter`
 *   failures within `windowSeconds`, across any accounts, block the address for `lockSeconds`.
 *   This is what stops one password being sprayed over many accounts. A success does not clear
 *   it (an attacker's own account must not reset it); it only takes back its own attempt.
 *
 * Every admitted attempt is counted as a failure *before* the password is checked (admit), and
 * taken back when it turns out right (succeed). Checking first and counting afterwards would let
 * a burst of parallel requests all pass the check before any failure is recorded.
 */

export interface ThrottleRule {
  /** Failures allowed before delays begin (0: delays from the first failure). */
  freeFailures: number;
  /** First delay; each further failure doubles it. 0: no delays, only the lock. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** The failure that locks (or blocks) the subject. */
  lockAfter: number;
  lockSeconds: number;
  /** Failures older than this (counted from the first of a run) are forgotten. */
  windowSeconds: number;
}

/** One counter row as stored. */
export interface CounterState {
  failures: number;
  windowStartedAt: Date;
  /** Until when attempts are refused (a delay or a lock); null: none. */
  blockedUntil: Date | null;
  /** When the current lock began; null: not locked (a delay is not a lock). */
  lockedAt: Date | null;
}

export type Admission =
  | { admitted: true; next: CounterState; /** This attempt, if it fails, starts a lock. */ locksIfWrong: boolean }
  | { admitted: false; reason: 'delayed' | 'locked'; retryAfterSeconds: number };

/** The delay after the `failures`-th failure (0 while failures are still free). */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (rule.baseDelaySeconds <= 0 || failures <= rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures - 1, 30);
  return Math.min(rule.baseDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
}

/** The row as it stands now: an expired lock or an old run of failures no longer counts. */
export function current(state: CounterState | null, rule: ThrottleRule, now: Date): CounterState | null {
  if (!state) return null;
  const blocked = state.blockedUntil !== null && state.blockedUntil.getTime() > now.getTime();
  if (blocked) return state;
  // A finished lock starts a fresh run: the owner gets their free attempts back.
  if (state.lockedAt !== null) return null;
  if (now.getTime() - state.windowStartedAt.getTime() >= rule.windowSeconds * 1000) return null;
  return { ...state, blockedUntil: null };
}

/** Whether an attempt may go ahead now, and the row to store if it does (counted as failed). */
export function admit(state: CounterState | null, rule: ThrottleRule, now: Date): Admission {
  const live = current(state, rule, now);
  if (live?.blockedUntil) {
    return {
      admitted: false,
      reason: live.lockedAt !== null ? 'locked' : 'delayed',
      retryAfterSeconds: Math.max(1, Math.ceil((live.blockedUntil.getTime() - now.getTime()) / 1000)),
    };
  }
  const failures = (live?.failures ?? 0) + 1;
  const windowStartedAt = live?.windowStartedAt ?? now;
  if (failures >= rule.lockAfter) {
    return {
      admitted: true,
      locksIfWrong: true,
      next: { failures, windowStartedAt, blockedUntil: new Date(now.getTime() + rule.lockSeconds * 1000), lockedAt: now },
    };
  }
  const delay = delayAfter(failures, rule);
  return {
    admitted: true,
    locksIfWrong: false,
    next: { failures, windowStartedAt, blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null, lockedAt: null },
  };
}

/**
 * The row after an admitted attempt proved right, for a counter a success does not clear (the
 * address): the attempt's own failure is taken back, and a block it alone started is lifted.
 */
export function takeBack(state: CounterState, rule: ThrottleRule): CounterState {
  const failures = Math.max(0, state.failures - 1);
  if (failures >= rule.lockAfter) return { ...state, failures };
  return { ...state, failures, blockedUntil: state.lockedAt !== null ? null : state.blockedUntil, lockedAt: null };
}
