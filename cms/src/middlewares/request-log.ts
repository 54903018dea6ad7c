import type { Core } from '@strapi/strapi';

/**
 * Strapi's request log (strapi::logger), without the site processes' content-version polls: each
 * site process asks `/api/site-cache/versions` every second, which would bury every other line.
 */
const QUIET_PATHS = new Set(['/api/site-cache/versions']);

const requestLog: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    const start = Date.now();
    await next();
    if (QUIET_PATHS.has(ctx.path) && ctx.status < 400) return;
    strapi.log.http(`${ctx.method} ${ctx.url} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
};

export default requestLog;
