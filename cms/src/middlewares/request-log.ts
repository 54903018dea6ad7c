import type { Core } from '@strapi/strapi';
import { redactUrl } from '../domain/redact-url';

/**
 * Strapi's request log (strapi::logger), with two differences: secrets in URLs are redacted
 * (an invitation link carries its registration token in the query string), and the site
 * processes' content-version polls are left out: each site process asks
 * `/api/site-cache/versions` every second, which would bury every other line.
 */
const QUIET_PATHS = new Set(['/api/site-cache/versions']);

const requestLog: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    const start = Date.now();
    await next();
    if (QUIET_PATHS.has(ctx.path) && ctx.status < 400) return;
    strapi.log.http(`${ctx.method} ${redactUrl(ctx.url)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
};

export default requestLog;
