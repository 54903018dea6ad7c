import type { Core } from '@strapi/strapi';
import { clientAddress, parseTrustedProxies } from '@commune/commune-tenancy/shared/trusted-proxies';

/**
 * Forwarded headers are believed only from our own reverse proxies (TRUSTED_PROXIES; the rule,
 * shared with the public sites, is in plugins/commune-tenancy/shared/trusted-proxies.ts). From anyone else they are removed before Koa reads them; from a
 * proxy, X-Forwarded-For is reduced to the one client address we can vouch for, so `ctx.ip`
 * (login throttling, logs) is the real client and `ctx.request.secure` follows the proxy's
 * X-Forwarded-Proto (admin cookies are then `Secure` behind TLS).
 *
 * Koa trusts forwarded headers only when `server.proxy.koa` is on (config/server.ts turns it on
 * exactly when TRUSTED_PROXIES is set); this middleware must run first.
 */
const FORWARDED_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-forwarded-host',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
] as const;

interface TrustedProxyConfig {
  proxies?: string;
}

const trustedProxy: Core.MiddlewareFactory<TrustedProxyConfig> = (config) => {
  const parsed = parseTrustedProxies(config.proxies ?? '');
  // A typo must not silently make the proxy's address every client's: it stops the start.
  if (!parsed.ok) throw new Error(parsed.problem);
  const { proxies } = parsed;
  return async (ctx, next) => {
    const headers = ctx.req.headers;
    const peer = ctx.req.socket.remoteAddress ?? '';
    if (proxies.empty || !proxies.has(peer)) {
      for (const name of FORWARDED_HEADERS) Reflect.deleteProperty(headers, name);
    } else {
      const forwarded = headers['x-forwarded-for'];
      headers['x-forwarded-for'] = clientAddress(peer, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, proxies);
    }
    await next();
  };
};

export default trustedProxy;
