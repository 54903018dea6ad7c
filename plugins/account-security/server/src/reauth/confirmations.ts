import type { Core } from '@strapi/strapi';
import type { AccountSecurityConfig } from '../config';

interface RawResult<T> {
  rows: T[];
}

/**
 * Fresh password confirmations (migration 0010, account_security_confirmations), per user and
 * signed-in device. The device, not the session id: Strapi gives a session a new id at every
 * refresh of its access token, but keeps its device id.
 */
const confirmations = ({ strapi }: { strapi: Core.Strapi }) => {
  const windowSeconds = (): number => (strapi.config.get('plugin::account-security') as AccountSecurityConfig).reauth.windowSeconds;

  return {
    async record(userId: number, deviceId: string): Promise<void> {
      await strapi.db.connection.raw(
        `INSERT INTO account_security_confirmations (user_id, device_id, confirmed_at) VALUES (?, ?, now())
         ON CONFLICT (user_id, device_id) DO UPDATE SET confirmed_at = now()`,
        [userId, deviceId],
      );
    },

    /** The device of the session behind a request's access token, or null when it has none. */
    async deviceOf(sessionId: string): Promise<string | null> {
      const result = (await strapi.db.connection.raw('SELECT device_id FROM strapi_sessions WHERE session_id = ? LIMIT 1', [
        sessionId,
      ])) as RawResult<{ device_id: string | null }>;
      return result.rows[0]?.device_id ?? null;
    },

    /** Whether the user confirmed their password on this device within the window. */
    async isFresh(userId: number, deviceId: string): Promise<boolean> {
      const result = (await strapi.db.connection.raw(
        'SELECT 1 FROM account_security_confirmations WHERE user_id = ? AND device_id = ? AND confirmed_at > now() - make_interval(secs => ?)',
        [userId, deviceId, windowSeconds()],
      )) as RawResult<unknown>;
      return result.rows.length > 0;
    },
  };
};

export type ConfirmationsService = ReturnType<typeof confirmations>;
export default confirmations;
