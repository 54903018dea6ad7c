import type { Core } from '@strapi/strapi';
import type { AccountSecurityConfig } from '../config';
import { admit, current, takeBack, type CounterState } from './rules';

type Scope = 'account' | 'address';

interface Row {
  scope: Scope;
  subject: string;
  failures: number;
  window_started_at: Date;
  blocked_until: Date | null;
  locked_at: Date | null;
  now: Date;
}

interface RawResult<T> {
  rows: T[];
}

type Knex = Core.Strapi['db']['connection'];
type Transaction = Parameters<Parameters<Knex['transaction']>[0]>[0];

export type LoginAdmission =
  | { admitted: true; /** A wrong password now locks the account. */ locksIfWrong: boolean }
  | { admitted: false; scope: Scope; reason: 'delayed' | 'locked'; retryAfterSeconds: number };

export interface StoredLock {
  email: string;
  failures: number;
  lockedAt: Date;
  lockedUntil: Date;
}

const stateOf = (row: Row): CounterState => ({
  failures: row.failures,
  windowStartedAt: row.window_started_at,
  blockedUntil: row.blocked_until,
  lockedAt: row.locked_at,
});

/** Rows are cleaned up every this many admissions of a process: cheap, and no timer to run. */
const CLEAN_EVERY = 200;

/**
 * The counters in PostgreSQL (migration 0010_account_security.sql). Each admission runs in one
 * transaction holding both rows FOR UPDATE, with the database's clock: two CMS processes, or a
 * burst of parallel requests, see one sequence of attempts.
 */
const throttleStore = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = (): AccountSecurityConfig => strapi.config.get('plugin::account-security') as AccountSecurityConfig;
  let admissions = 0;

  async function lockedRows(trx: Transaction, subjects: ReadonlyArray<[Scope, string]>): Promise<Map<Scope, Row>> {
    for (const [scope, subject] of subjects) {
      await trx.raw('INSERT INTO account_security_counters (scope, subject) VALUES (?, ?) ON CONFLICT DO NOTHING', [scope, subject]);
    }
    const where = subjects.map(() => '(scope = ? AND subject = ?)').join(' OR ');
    // ORDER BY: every transaction locks the rows in the same order, so two never deadlock.
    const result = (await trx.raw(
      `SELECT *, now() AS now FROM account_security_counters WHERE ${where} ORDER BY scope, subject FOR UPDATE`,
      subjects.flat(),
    )) as RawResult<Row>;
    return new Map(result.rows.map((row) => [row.scope, row]));
  }

  async function write(trx: Transaction, scope: Scope, subject: string, state: CounterState | null): Promise<void> {
    if (state === null || (state.failures === 0 && state.blockedUntil === null)) {
      await trx.raw('DELETE FROM account_security_counters WHERE scope = ? AND subject = ?', [scope, subject]);
      return;
    }
    await trx.raw(
      'UPDATE account_security_counters SET failures = ?, window_started_at = ?, blocked_until = ?, locked_at = ? WHERE scope = ? AND subject = ?',
      [state.failures, state.windowStartedAt, state.blockedUntil, state.lockedAt, scope, subject],
    );
  }

  async function cleanUp(): Promise<void> {
    const longest = Math.max(config().account.windowSeconds, config().address.windowSeconds);
    await strapi.db.connection.raw(
      `DELETE FROM account_security_counters
       WHERE coalesce(blocked_until, window_started_at) < now() AND window_started_at < now() - make_interval(secs => ?)`,
      [longest],
    );
  }

  return {
    /** Counts a sign-in attempt as failed, unless the account or the address must wait. */
    async admit(email: string, address: string): Promise<LoginAdmission> {
      admissions += 1;
      if (admissions % CLEAN_EVERY === 0) await cleanUp();
      const rules = config();
      return strapi.db.connection.transaction(async (trx) => {
        const rows = await lockedRows(trx, [
          ['account', email],
          ['address', address],
        ]);
        const decisions = (['address', 'account'] as const).map((scope) => {
          const row = rows.get(scope);
          return {
            scope,
            subject: scope === 'account' ? email : address,
            decision: admit(row ? stateOf(row) : null, rules[scope], row?.now ?? new Date()),
          };
        });
        for (const { scope, decision } of decisions) {
          if (!decision.admitted) return { admitted: false, scope, reason: decision.reason, retryAfterSeconds: decision.retryAfterSeconds };
        }
        let locksIfWrong = false;
        for (const { scope, subject, decision } of decisions) {
          if (!decision.admitted) continue;
          await write(trx, scope, subject, decision.next);
          if (scope === 'account') locksIfWrong = decision.locksIfWrong;
        }
        return { admitted: true, locksIfWrong };
      });
    },

    /** The password was right: the account's failures are forgotten, the address takes back one. */
    async succeed(email: string, address: string): Promise<void> {
      const rules = config();
      await strapi.db.connection.transaction(async (trx) => {
        const rows = await lockedRows(trx, [
          ['account', email],
          ['address', address],
        ]);
        await write(trx, 'account', email, null);
        const row = rows.get('address');
        const live = row ? current(stateOf(row), rules.address, row.now) : null;
        await write(trx, 'address', address, live ? takeBack(live, rules.address) : null);
      });
    },

    /** Lifts an account's lock (and forgets its failures). True when it was locked. */
    async unlock(email: string): Promise<boolean> {
      const result = (await strapi.db.connection.raw(
        'DELETE FROM account_security_counters WHERE scope = ? AND subject = ? RETURNING (locked_at IS NOT NULL AND blocked_until > now()) AS locked',
        ['account', email],
      )) as RawResult<{ locked: boolean }>;
      return result.rows.some((row) => row.locked);
    },

    /** Accounts locked now (by e-mail; whether an account exists is the caller's business). */
    async locks(): Promise<StoredLock[]> {
      const result = (await strapi.db.connection.raw(
        `SELECT subject, failures, locked_at, blocked_until FROM account_security_counters
         WHERE scope = 'account' AND locked_at IS NOT NULL AND blocked_until > now() ORDER BY locked_at DESC`,
      )) as RawResult<{ subject: string; failures: number; locked_at: Date; blocked_until: Date }>;
      return result.rows.map((row) => ({
        email: row.subject,
        failures: row.failures,
        lockedAt: row.locked_at,
        lockedUntil: row.blocked_until,
      }));
    },
  };
};

export type ThrottleStore = ReturnType<typeof throttleStore>;
export default throttleStore;
