import type { Core } from '@strapi/strapi';
import { ERROR_NAMES, MESSAGES } from '../../../shared';
import type { ConfirmationsService } from './confirmations';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** The commune type: its settings and domains are changed through the content manager. */

/**
 * Route middleware of sensitive actions: they need the password confirmed on this device within
 * the last minutes (signing in counts). Otherwise 403 with its own error name, which the admin
 * panel answers with a password dialog and a retry (admin/src/confirm-password.ts). Runs after
 * the route's own policies: who may not act at all still gets the route's own 403.
 *
 * `contentManagerModel`: on the content manager's generic routes, only the commune type is guarded.
 */
const reauthGuard = (config: { contentManagerModel?: boolean }, { strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('account-security').service('confirmations') as ConfirmationsService;

  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (config.contentManagerModel && ctx.params.model !== COMMUNE_UID) return next();
    const userId = (ctx.state.user as { id?: number } | undefined)?.id;
    const sessionId = (ctx.state.session as { id?: string } | undefined)?.id;
    const deviceId = typeof sessionId === 'string' ? await service().deviceOf(sessionId) : null;
    if (typeof userId === 'number' && deviceId !== null && (await service().isFresh(userId, deviceId))) return next();
    ctx.status = 403;
    ctx.body = {
      data: null,
      error: { status: 403, name: ERROR_NAMES.confirmationRequired, message: MESSAGES.confirmationRequired, details: {} },
    };
    return undefined;
  };
};

export default reauthGuard;
