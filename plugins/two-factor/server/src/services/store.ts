/**
 * The plugin's tables (database/migrations/0010_two_factor.sql), through Strapi's knex. Every
 * "use once" rule is a single conditional UPDATE … RETURNING, so two CMS processes racing on the
 * same code cannot both win.
 */
import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];

export interface FactorRow {
  user_id: number;
  secret_encrypted: string;
  last_step: string;
}

export interface ChallengeRow {
  token_hash: string;
  user_id: number;
  purpose: 'verify' | 'enrol';
  remember_me: boolean;
  device_id: string | null;
  pending_secret_encrypted: string | null;
  attempts: number;
  expires_at: Date;
  used_at: Date | null;
}

export interface NewChallenge {
  tokenHash: string;
  userId: number;
  purpose: 'verify' | 'enrol';
  rememberMe: boolean;
  deviceId: string | null;
  expiresAt: Date;
}

const store = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;

  return {
    async factorOf(userId: number): Promise<FactorRow | null> {
      return ((await knex()('two_factor_factors').where({ user_id: userId }).first()) as FactorRow | undefined) ?? null;
    },

    /** Records the step as used if it is later than the last one; false if another request got there first. */
    async claimStep(userId: number, step: number): Promise<boolean> {
      const updated = await knex()('two_factor_factors')
        .where({ user_id: userId })
        .andWhere('last_step', '<', step)
        .update({ last_step: step });
      return updated === 1;
    },

    /** Enrols (or replaces) a factor with fresh recovery codes, in one transaction. */
    async saveFactor(userId: number, secretEncrypted: string, step: number, recoveryHashes: string[]): Promise<void> {
      await knex().transaction(async (trx) => {
        await trx('two_factor_factors').where({ user_id: userId }).delete();
        await trx('two_factor_factors').insert({ user_id: userId, secret_encrypted: secretEncrypted, last_step: step });
        await trx('two_factor_recovery_codes').where({ user_id: userId }).delete();
        await trx('two_factor_recovery_codes').insert(recoveryHashes.map((code_hash) => ({ user_id: userId, code_hash })));
      });
    },

    async replaceRecoveryCodes(userId: number, recoveryHashes: string[]): Promise<void> {
      await knex().transaction(async (trx) => {
        await trx('two_factor_recovery_codes').where({ user_id: userId }).delete();
        await trx('two_factor_recovery_codes').insert(recoveryHashes.map((code_hash) => ({ user_id: userId, code_hash })));
      });
    },

    async removeFactor(userId: number): Promise<boolean> {
      let removed = 0;
      await knex().transaction(async (trx) => {
        await trx('two_factor_recovery_codes').where({ user_id: userId }).delete();
        await trx('two_factor_challenges').where({ user_id: userId }).delete();
        removed = await trx('two_factor_factors').where({ user_id: userId }).delete();
      });
      return removed > 0;
    },

    /** Marks the unused recovery code with this hash as used; false if there is none. */
    async useRecoveryCode(userId: number, codeHash: string): Promise<boolean> {
      const updated = await knex()('two_factor_recovery_codes')
        .where({ user_id: userId, code_hash: codeHash })
        .whereNull('used_at')
        .update({ used_at: knex().fn.now() });
      return updated >= 1;
    },

    async recoveryCodesLeft(userId: number): Promise<number> {
      const row = (await knex()('two_factor_recovery_codes').where({ user_id: userId }).whereNull('used_at').count({ n: '*' }).first()) as
        | { n: string | number }
        | undefined;
      return Number(row?.n ?? 0);
    },

    async createChallenge(challenge: NewChallenge): Promise<void> {
      // Expired challenges are cleared as new ones are made: no scheduler needed.
      await knex()('two_factor_challenges').where('expires_at', '<', knex().raw("now() - interval '1 hour'")).delete();
      await knex()('two_factor_challenges').insert({
        token_hash: challenge.tokenHash,
        user_id: challenge.userId,
        purpose: challenge.purpose,
        remember_me: challenge.rememberMe,
        device_id: challenge.deviceId,
        expires_at: challenge.expiresAt,
      });
    },

    async challenge(tokenHash: string): Promise<ChallengeRow | null> {
      return ((await knex()('two_factor_challenges').where({ token_hash: tokenHash }).first()) as ChallengeRow | undefined) ?? null;
    },

    /** Counts one attempt if the challenge is still open and under the limit; false otherwise. */
    async countAttempt(tokenHash: string, maxAttempts: number): Promise<boolean> {
      const updated = await knex()('two_factor_challenges')
        .where({ token_hash: tokenHash })
        .whereNull('used_at')
        .andWhere('attempts', '<', maxAttempts)
        .andWhere('expires_at', '>', knex().fn.now())
        .increment('attempts', 1);
      return updated === 1;
    },

    /** Closes the challenge for good; false if it was already used (a concurrent request won). */
    async closeChallenge(tokenHash: string): Promise<boolean> {
      const updated = await knex()('two_factor_challenges')
        .where({ token_hash: tokenHash })
        .whereNull('used_at')
        .update({ used_at: knex().fn.now() });
      return updated === 1;
    },

    async setPendingSecret(tokenHash: string, secretEncrypted: string): Promise<void> {
      await knex()('two_factor_challenges').where({ token_hash: tokenHash }).update({ pending_secret_encrypted: secretEncrypted });
    },

    async requireAll(): Promise<boolean> {
      const row = (await knex()('two_factor_settings').where({ id: 1 }).first()) as { require_all: boolean } | undefined;
      return row?.require_all === true;
    },

    async setRequireAll(value: boolean): Promise<void> {
      await knex()('two_factor_settings').insert({ id: 1, require_all: value, updated_at: knex().fn.now() }).onConflict('id').merge();
    },

    async roleCodesOf(userId: number): Promise<string[]> {
      const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] })) as {
        roles?: Array<{ code?: string }>;
      } | null;
      return (user?.roles ?? []).map((role) => role.code ?? '').filter(Boolean);
    },

    /** The two-factor mark of an admin session (kept in Strapi's session metadata, copied on rotation). */
    async sessionMark(sessionId: string): Promise<string | null> {
      const session = (await strapi.db.query('admin::session').findOne({ where: { sessionId } })) as {
        metadata?: Record<string, unknown> | null;
      } | null;
      const mark = session?.metadata?.twoFactor;
      return typeof mark === 'string' ? mark : null;
    },

    async markSession(sessionId: string, mark: string): Promise<void> {
      const session = (await strapi.db.query('admin::session').findOne({ where: { sessionId } })) as {
        metadata?: Record<string, unknown> | null;
      } | null;
      if (!session) return;
      await strapi.db
        .query('admin::session')
        .update({ where: { sessionId }, data: { metadata: { ...(session.metadata ?? {}), twoFactor: mark } } });
    },

    async deleteSession(sessionId: string): Promise<void> {
      await strapi.db.query('admin::session').delete({ where: { sessionId } });
    },

    /** Ends every admin session of the user but one (the caller's own, when given). */
    async endSessions(userId: number, keepSessionId?: string): Promise<void> {
      await strapi.db.query('admin::session').deleteMany({
        where: { userId: String(userId), origin: 'admin', ...(keepSessionId ? { sessionId: { $ne: keepSessionId } } : {}) },
      });
    },
  };
};

export type StoreService = ReturnType<typeof store>;
export default store;
