import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES, type LockedAccount, type LockedAccountsAnswer, type UnlockAnswer } from '../../../shared';
import type { ThrottleStore } from '../throttle/store';
import { normaliseEmail } from '../throttle/normalise-email';

type Context = Parameters<Core.MiddlewareHandler>[0];

interface AdminUser {
  id: number;
  email: string | null;
  firstname: string | null;
  lastname: string | null;
}

/**
 * Province IT's view of locked accounts. Locks of e-mails that belong to no account are kept
 * (they throttle a guesser all the same) but not listed: there is nobody to unlock.
 */
const locks = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.plugin('account-security').service('throttle') as ThrottleStore;
  const users = () => strapi.db.query('admin::user');

  return {
    /** GET /account-security/locks */
    async find(ctx: Context): Promise<void> {
      const stored = await store().locks();
      const accounts = (await users().findMany({
        where: { email: { $in: stored.map((lock) => lock.email) } },
        select: ['id', 'email', 'firstname', 'lastname'],
      })) as AdminUser[];
      const byEmail = new Map(accounts.filter((user) => user.email).map((user) => [normaliseEmail(user.email ?? ''), user]));
      const data: LockedAccount[] = stored.flatMap((lock) => {
        const user = byEmail.get(lock.email);
        if (!user) return [];
        const name = [user.lastname, user.firstname].filter(Boolean).join(' ').trim() || lock.email; // Vietnamese order: family name first
        return [
          {
            userId: user.id,
            email: lock.email,
            name,
            failures: lock.failures,
            lockedAt: lock.lockedAt.toISOString(),
            lockedUntil: lock.lockedUntil.toISOString(),
          },
        ];
      });
      const answer: LockedAccountsAnswer = { data };
      ctx.body = answer;
    },

    /** DELETE /account-security/locks/:id — the admin user's id. */
    async unlock(ctx: Context): Promise<void> {
      const id = Number(ctx.params.id);
      if (!Number.isSafeInteger(id) || id < 1) throw new errors.NotFoundError(MESSAGES.unlockUnknownUser);
      const user = (await users().findOne({ where: { id }, select: ['id', 'email'] })) as AdminUser | null;
      if (!user?.email) throw new errors.NotFoundError(MESSAGES.unlockUnknownUser);
      const unlocked = await store().unlock(normaliseEmail(user.email));
      const actor = (ctx.state.user as { id?: number } | undefined)?.id;
      if (unlocked) strapi.log.info(`[account-security] admin user #${user.id} unlocked by admin user #${String(actor)}`);
      const answer: UnlockAnswer = { data: { userId: user.id, unlocked } };
      ctx.body = answer;
    },
  };
};

export default locks;
