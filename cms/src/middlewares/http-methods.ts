import type { Core } from '@strapi/strapi';

/**
 * TRACE (and Microsoft's TRACK) echo a request back, headers included: nothing here needs them,
 * and Strapi's health route would otherwise answer every method. Refused before any route runs.
 */
const REFUSED = new Set(['TRACE', 'TRACK']);

const httpMethods: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (REFUSED.has(ctx.method.toUpperCase())) {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD, POST, PUT, DELETE, OPTIONS');
      ctx.body = { data: null, error: { status: 405, name: 'MethodNotAllowedError', message: 'Method Not Allowed' } };
      return;
    }
    await next();
  };
};

export default httpMethods;
