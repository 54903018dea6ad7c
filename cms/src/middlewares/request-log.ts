import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { redactUrl } from '../domain/redact-url';

/**
 * Strapi's request log (strapi::logger), with these differences:
 * - every request gets an id (`ctx.state.requestId`, answered as `X-Request-Id`), which the audit
 *   trail stores with its row, so a trail entry and its log line can be matched;
 * - the line carries the fields an operator searches by — request id, user id, client address
 *   (`ctx.request.ip`: the real client behind TRUSTED_PROXIES), method, matched route, status,
 *   duration — as structured fields (JSON in production, config/logger.ts); headers and bodies are
 *   never logged;
 * - secrets in URLs are redacted (an invitation link carries its registration token in the query
 *   string);
 * - the site processes' content-version polls are left out: each site process asks
 *   `/api/site-cache/versions` every second, which would bury every other line;
 * - it is off unless asked for (`enabled`: LOG_REQUESTS, on by default in production only), so
 *   `npm start` shows the addresses and what goes wrong, not one line per request.
 */
const QUIET_PATHS = new Set(['/api/site-cache/versions']);

interface RequestLogConfig {
  enabled?: boolean;
}

interface LoggedState {
  requestId?: string;
  user?: { id?: unknown };
}

const requestLog: Core.MiddlewareFactory<RequestLogConfig> = (config, { strapi }) => {
  const enabled = config.enabled === true;
  return async (ctx, next) => {
    const start = process.hrtime.bigint();
    const requestId = randomUUID();
    const state = ctx.state as LoggedState;
    state.requestId = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      if (enabled && !(QUIET_PATHS.has(ctx.path) && ctx.status < 400)) {
        const durationMs = Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10;
        const url = redactUrl(ctx.url);
        const userId = typeof state.user?.id === 'number' ? state.user.id : null;
        const route = (ctx as { _matchedRoute?: unknown })._matchedRoute;
        strapi.log.http(`${ctx.method} ${url} (${Math.ceil(durationMs)} ms) ${ctx.status}`, {
          requestId,
          userId,
          clientAddress: ctx.request.ip,
          method: ctx.method,
          route: typeof route === 'string' ? route : null,
          url,
          status: ctx.status,
          durationMs,
        });
      }
    }
  };
};

export default requestLog;
