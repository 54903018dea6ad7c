/**
 * `GET /_ready`: whether this Strapi process can use its database — `select 1` answered within
 * READY_TIMEOUT_MS. 200 `{"status":"ready"}`, or 503 `{"status":"database-unavailable"}`; no
 * error text, host or version (README "Keeping the sites up"). Liveness stays Strapi's own
 * `/_health` (a constant 204: the process answers).
 *
 * A Koa middleware ahead of every other one, not a route: it is for the supervisor and the load
 * balancer, needs no sign-in, is not logged per call, and is not part of the admin or content API.
 */
import type { Core } from '@strapi/strapi';

export const READY_TIMEOUT_MS = 1000;

interface KoaContext {
  method: string;
  path: string;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

async function databaseAnswers(strapi: Core.Strapi): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    const query = strapi.db.connection.raw('select 1').then(
      () => true,
      () => false,
    );
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function readiness(strapi: Core.Strapi) {
  return async (ctx: KoaContext, next: () => Promise<unknown>): Promise<unknown> => {
    if (ctx.path !== '/_ready') return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return undefined;
    }
    const ready = await databaseAnswers(strapi);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = ready ? 200 : 503;
    ctx.body = { status: ready ? 'ready' : 'database-unavailable' };
    return undefined;
  };
}
