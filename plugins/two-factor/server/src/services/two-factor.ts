/**
 * Two-step sign-in: the challenge after the password, enrolment, recovery codes, the province's
 * reset. Every refusal is a 4xx with a `details.code` the admin panel turns into Vietnamese, and
 * changes nothing but the attempt counter.
 */
import { noteAuditFacts } from '@commune/audit-trail/shared';
import { SUPER_ADMIN_ROLE } from '@commune/commune-tenancy/shared/province-it-policy';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'koa';
import QRCode from 'qrcode';
import {
  CHALLENGE_MAX_ATTEMPTS,
  CHALLENGE_TTL_SECONDS,
  type EnrolmentOffer,
  type LoginChallenge,
  type MyStatus,
  type TwoFactorErrorCode,
} from '../../../shared';
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode } from '../domain/recovery-codes';
import { isRequired } from '../domain/requirement';
import { deriveKeys, open, seal, type SecretKeys } from '../domain/secret-box';
import { acceptedStep, createSecret, ISSUER, provisioningUri } from '../domain/totp';
import type { IssuedSession, SessionsService } from './sessions';
import type { ChallengeRow, StoreService } from './store';

/** A refusal the admin panel can explain: 400 (or the given class) with `details.code`. */
export function refusal(code: TwoFactorErrorCode, message: string): Error {
  if (code === 'TOO_MANY_ATTEMPTS') return new errors.RateLimitError(message, { code });
  return new errors.ValidationError(message, { code });
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface LoginUser {
  id: number;
  email?: string;
}

const twoFactor = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = (): StoreService => strapi.plugin('two-factor').service('store') as StoreService;
  const sessions = (): SessionsService => strapi.plugin('two-factor').service('sessions') as SessionsService;
  let keys: SecretKeys | null = null;
  const secretKeys = (): SecretKeys => (keys ??= deriveKeys(strapi.config.get<string>('admin.secrets.encryptionKey', '')));
  const recoveryHash = (normalised: string): string => hashRecoveryCode(secretKeys().recoveryHash, normalised);

  /** Whether the user must use a second factor (roles and the platform setting). */
  async function required(userId: number): Promise<boolean> {
    return isRequired(await store().roleCodesOf(userId), await store().requireAll());
  }

  async function freshRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
    const codes = generateRecoveryCodes();
    return { codes, hashes: codes.map((code) => recoveryHash(normaliseRecoveryCode(code) ?? code)) };
  }

  /** Checks a 6-digit code against the enrolled factor, consuming its time step. */
  async function checkTotp(userId: number, code: string): Promise<'ok' | 'invalid' | 'reused'> {
    const factor = await store().factorOf(userId);
    if (!factor) return 'invalid';
    let secret: string;
    try {
      secret = open(secretKeys().encryption, factor.secret_encrypted);
    } catch {
      // ENCRYPTION_KEY changed since enrolment: no code can match; a 400, and a log line saying why.
      strapi.log.error(
        `two-factor: the secret of admin user ${userId} cannot be decrypted (ENCRYPTION_KEY changed?); province IT must reset their second factor`,
      );
      return 'invalid';
    }
    const now = Date.now();
    const fresh = acceptedStep(secret, code, now, Number(factor.last_step));
    if (fresh !== null) return (await store().claimStep(userId, fresh)) ? 'ok' : 'reused';
    // Valid but for a step already used: say so, it helps the person wait for the next code.
    return acceptedStep(secret, code, now, -1) !== null ? 'reused' : 'invalid';
  }

  /** A 6-digit code, or else one of the user's unused recovery codes (consumed). */
  async function checkCode(userId: number, code: string, allowRecovery: boolean): Promise<'ok' | 'invalid' | 'reused'> {
    const compact = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(compact)) return checkTotp(userId, compact);
    const normalised = allowRecovery ? normaliseRecoveryCode(code) : null;
    if (normalised === null) return 'invalid';
    return (await store().useRecoveryCode(userId, recoveryHash(normalised))) ? 'ok' : 'invalid';
  }

  function failCode(result: 'invalid' | 'reused'): never {
    if (result === 'reused') throw refusal('CODE_REUSED', 'This code was already used; wait for the next one');
    throw refusal('CODE_INVALID', 'Wrong code');
  }

  /** Finds an open challenge of the given purpose and counts one attempt against it. */
  async function openChallenge(token: unknown, purpose: ChallengeRow['purpose']): Promise<ChallengeRow> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw refusal('CHALLENGE_INVALID', 'Unknown challenge');
    const tokenHash = hashToken(token);
    const row = await store().challenge(tokenHash);
    if (!row || row.purpose !== purpose || row.used_at !== null) throw refusal('CHALLENGE_INVALID', 'Unknown or used challenge');
    // The audit trail records this step (a wrong code too) against the account it is for.
    noteAuditFacts((strapi.requestContext.get() as { state?: Record<string, unknown> } | undefined)?.state, { subjectUserId: row.user_id });
    if (new Date(row.expires_at).getTime() <= Date.now()) throw refusal('CHALLENGE_EXPIRED', 'The challenge expired; sign in again');
    if (!(await store().countAttempt(tokenHash, CHALLENGE_MAX_ATTEMPTS)))
      throw refusal('TOO_MANY_ATTEMPTS', 'Too many wrong codes; sign in again');
    return row;
  }

  async function closeOrFail(row: ChallengeRow): Promise<void> {
    if (!(await store().closeChallenge(row.token_hash))) throw refusal('CHALLENGE_INVALID', 'Unknown or used challenge');
  }

  async function offerFor(userId: number, secret: string): Promise<EnrolmentOffer> {
    const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId } })) as { email?: string } | null;
    const account = user?.email ?? `user-${userId}`;
    const otpauthUri = provisioningUri(secret, account);
    // Drawn here, as SVG: the secret never goes to an outside QR service.
    const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { secret, otpauthUri, qrSvg, account, issuer: ISSUER };
  }

  return {
    required,

    /** After the right password: does this sign-in need a second step? If so, the challenge. */
    async challengeFor(user: LoginUser, body: { rememberMe?: unknown; deviceId?: unknown }): Promise<LoginChallenge | null> {
      const enrolled = (await store().factorOf(user.id)) !== null;
      if (!enrolled && !(await required(user.id))) return null;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + CHALLENGE_TTL_SECONDS * 1000);
      const step = enrolled ? 'verify' : 'enrol';
      await store().createChallenge({
        tokenHash: hashToken(token),
        userId: user.id,
        purpose: step,
        rememberMe: body.rememberMe === true,
        deviceId: typeof body.deviceId === 'string' && body.deviceId.length <= 100 ? body.deviceId : null,
        expiresAt,
      });
      return { challenge: token, step, expiresAt: expiresAt.toISOString() };
    },

    /** Second step of sign-in: the code (or a recovery code) for the challenge, then the session. */
    async verifyChallenge(ctx: Context, token: unknown, code: unknown): Promise<IssuedSession> {
      const row = await openChallenge(token, 'verify');
      if (typeof code !== 'string' || code.length > 40) throw refusal('CODE_INVALID', 'Wrong code');
      const result = await checkCode(row.user_id, code, true);
      if (result !== 'ok') failCode(result);
      await closeOrFail(row);
      return sessions().issue(ctx, row.user_id, { rememberMe: row.remember_me, deviceId: row.device_id });
    },

    /** Enrolment during sign-in (required, not enrolled): a new secret kept with the challenge. */
    async enrolmentOffer(token: unknown): Promise<EnrolmentOffer> {
      const row = await openChallenge(token, 'enrol');
      const secret = row.pending_secret_encrypted ? open(secretKeys().encryption, row.pending_secret_encrypted) : createSecret();
      if (!row.pending_secret_encrypted) await store().setPendingSecret(row.token_hash, seal(secretKeys().encryption, secret));
      return offerFor(row.user_id, secret);
    },

    /** Confirms the enrolment with a first code: the factor is saved, the session issued, codes shown once. */
    async confirmEnrolment(ctx: Context, token: unknown, code: unknown): Promise<IssuedSession & { recoveryCodes: string[] }> {
      const row = await openChallenge(token, 'enrol');
      if (!row.pending_secret_encrypted) throw refusal('CHALLENGE_INVALID', 'Ask for the QR code first');
      const secret = open(secretKeys().encryption, row.pending_secret_encrypted);
      const step = typeof code === 'string' ? acceptedStep(secret, code.replace(/\s/g, ''), Date.now(), -1) : null;
      if (step === null) throw refusal('CODE_INVALID', 'Wrong code');
      await closeOrFail(row);
      const { codes, hashes } = await freshRecoveryCodes();
      await store().saveFactor(row.user_id, row.pending_secret_encrypted, step, hashes);
      await store().endSessions(row.user_id);
      strapi.log.info(`two-factor: user ${row.user_id} enrolled a second factor at sign-in`);
      const session = await sessions().issue(ctx, row.user_id, { rememberMe: row.remember_me, deviceId: row.device_id });
      return { ...session, recoveryCodes: codes };
    },

    async status(userId: number, roleCodes: string[]): Promise<MyStatus> {
      const requireAll = await store().requireAll();
      return {
        enrolled: (await store().factorOf(userId)) !== null,
        required: isRequired(roleCodes, requireAll),
        recoveryCodesLeft: await store().recoveryCodesLeft(userId),
        canManagePlatform: roleCodes.includes(SUPER_ADMIN_ROLE),
        requireAll,
      };
    },

    /**
     * Voluntary enrolment from the settings page. The offered secret travels sealed to the
     * client and back (AES-GCM authenticates it, bound to the user), so nothing is kept until
     * the first code confirms it.
     */
    async selfOffer(userId: number): Promise<EnrolmentOffer & { sealed: string }> {
      if ((await store().factorOf(userId)) !== null) throw refusal('ALREADY_ENROLLED', 'Already enrolled');
      const secret = createSecret();
      return { ...(await offerFor(userId, secret)), sealed: seal(secretKeys().encryption, `${userId}:${secret}`) };
    },

    async selfConfirm(userId: number, sessionId: string | undefined, sealed: unknown, code: unknown): Promise<string[]> {
      if ((await store().factorOf(userId)) !== null) throw refusal('ALREADY_ENROLLED', 'Already enrolled');
      let secret: string | null = null;
      try {
        const [owner, value] = typeof sealed === 'string' ? open(secretKeys().encryption, sealed).split(':') : [];
        if (owner === String(userId) && value) secret = value;
      } catch {
        secret = null;
      }
      if (secret === null) throw refusal('CHALLENGE_INVALID', 'Ask for the QR code again');
      const step = typeof code === 'string' ? acceptedStep(secret, code.replace(/\s/g, ''), Date.now(), -1) : null;
      if (step === null) throw refusal('CODE_INVALID', 'Wrong code');
      const { codes, hashes } = await freshRecoveryCodes();
      await store().saveFactor(userId, seal(secretKeys().encryption, secret), step, hashes);
      await this.afterChange(userId, sessionId);
      strapi.log.info(`two-factor: user ${userId} enrolled a second factor from the settings page`);
      return codes;
    },

    /** The password and a current code, before anything changes an enrolled factor. */
    async reauthenticate(userId: number, password: unknown, code: unknown): Promise<void> {
      if ((await store().factorOf(userId)) === null) throw refusal('NOT_ENROLLED', 'No second factor');
      const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, select: ['id', 'password'] })) as {
        password?: string;
      } | null;
      const auth = strapi.service('admin::auth') as unknown as { validatePassword(password: string, hash: string): Promise<boolean> };
      if (typeof password !== 'string' || !user?.password || !(await auth.validatePassword(password, user.password))) {
        throw refusal('PASSWORD_INVALID', 'Wrong password');
      }
      const result = typeof code === 'string' ? await checkCode(userId, code, false) : 'invalid';
      if (result !== 'ok') failCode(result);
    },

    async regenerateRecoveryCodes(userId: number, sessionId: string | undefined): Promise<string[]> {
      const { codes, hashes } = await freshRecoveryCodes();
      await store().replaceRecoveryCodes(userId, hashes);
      await this.afterChange(userId, sessionId);
      strapi.log.info(`two-factor: user ${userId} replaced their recovery codes`);
      return codes;
    },

    async disable(userId: number): Promise<void> {
      if (await required(userId)) throw refusal('REQUIRED', 'Two-step sign-in is required for this account');
      await store().removeFactor(userId);
      // Its own session included: it was verified by a factor that no longer exists.
      await store().endSessions(userId);
      strapi.log.info(`two-factor: user ${userId} turned their second factor off`);
    },

    /** A change to the factor ends every other session; the caller's own is now verified. */
    async afterChange(userId: number, sessionId: string | undefined): Promise<void> {
      await store().endSessions(userId, sessionId);
      if (sessionId) await store().markSession(sessionId, 'verified');
    },

    /** Province IT: removes someone's factor (lost phone and codes); they enrol again at next sign-in. */
    async reset(targetUserId: number, byUserId: number): Promise<boolean> {
      const target = await strapi.db.query('admin::user').findOne({ where: { id: targetUserId } });
      if (!target) throw new errors.NotFoundError('No such admin user');
      const removed = await store().removeFactor(targetUserId);
      await store().endSessions(targetUserId);
      strapi.log.warn(`two-factor: second factor of admin user ${targetUserId} reset by admin user ${byUserId} (had one: ${removed})`);
      return removed;
    },
  };
};

export type TwoFactorService = ReturnType<typeof twoFactor>;
export default twoFactor;
