import type { ServerResponse } from 'node:http';
import { applySecurityHeaders, FORWARDING_HEADERS, REMOVED_RESPONSE_HEADERS } from '../utils/security-headers';

/**
 * Per request, before any handler: forwarding headers are dropped unless the connection comes
 * from a trusted proxy (server/utils/trusted-proxies.ts), and the security headers
 * (server/utils/security-headers.ts) are set at the moment the response's headers are written,
 * so they are on every answer — pages from the cache or not, feeds, the API, streamed uploads,
 * and the errors Nuxt answers itself.
 */
export default defineNitroPlugin((nitroApp) => {
  const options = { https: linkSettings().scheme === 'https', adminOrigin: useRuntimeConfig().adminOrigin };
  const proxies = trustedProxies();

  nitroApp.hooks.hook('request', (event) => {
    const { req, res } = event.node;
    if (!proxies.has(req.socket?.remoteAddress ?? '')) {
      for (const name of FORWARDING_HEADERS) Reflect.deleteProperty(req.headers, name);
    }
    const path = event.path;
    if (typeof res.writeHead !== 'function') return;
    // Node calls writeHead for every response, explicit or implied by the first write or end.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      // The EMC script's origin, set by serve-emc-script.ts on that commune's pages only.
      if (!res.headersSent) applySecurityHeaders(res, path, { ...options, scriptOrigin: event.context.scriptOrigin });
      for (const arg of args) {
        if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) continue;
        for (const key of Object.keys(arg)) if (REMOVED_RESPONSE_HEADERS.includes(key.toLowerCase())) Reflect.deleteProperty(arg, key);
      }
      return writeHead(...args);
    }) as typeof res.writeHead;
  });
});
