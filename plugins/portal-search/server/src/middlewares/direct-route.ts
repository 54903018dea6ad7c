/**
 * The site's search routes, reached without the router's walk.
 *
 * Strapi's router tries the request against each of its ~340 routes in turn (a regular expression
 * each) before it reaches the handler; for a search whose caches missed, that walk and what goes
 * with it were about a tenth of Strapi's CPU (issue 18, `npm run bench:search-site`). For exactly
 * `GET /api/portal-search/search` and `/documents`, this middleware calls
 * the handler Strapi composed for the route: the route's info, authentication, authorisation,
 * policies, route middlewares and the controller, unchanged. Only the matching is skipped, so
 * every security check of the route still runs, and the route-table sweep still sees the route.
 *
 * It stands early among the global middlewares (cms/config/middlewares.ts): after the proxy trust,
 * the request log, the error handler and the method filter, before those a search does not need —
 * the body parser, the session, CORS (only the site's server calls it), the favicon, the upload
 * and public files — and before helmet, whose headers for a JSON answer it sets itself
 * (SEARCH_HEADERS). They were about 5% of Strapi's CPU per uncached search (1.99 → 1.89 ms).
 */
import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];
type Handler = (ctx: Context, next: Next) => Promise<unknown>;

export const DIRECT_PATHS = ['/api/portal-search/search', '/api/portal-search/documents'] as const;

/**
 * What strapi::security (helmet) would set that matters for a JSON answer which echoes the query:
 * never sniffed as another type, never framed or run as a document, not read by other origins.
 */
export const SEARCH_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

interface Layer {
  path: string;
  methods: string[];
  stack: Handler[];
}

/** The composed handler of each direct path, from the router's layers (one handler each). */
export function directHandlers(layers: readonly Layer[]): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  for (const path of DIRECT_PATHS) {
    const layer = layers.find((candidate) => candidate.path === path && candidate.methods.includes('GET'));
    const [handler, ...others] = layer?.stack ?? [];
    // A Strapi upgrade that composes routes differently must be looked at, not guessed at.
    if (!handler || others.length > 0) throw new Error(`portal-search: GET ${path} is not one composed handler in Strapi's router`);
    handlers.set(path, handler);
  }
  return handlers;
}

export function directRoute(layersOf: () => readonly Layer[]): Handler {
  let handlers: Map<string, Handler> | null = null;
  return async (ctx, next) => {
    if (ctx.method !== 'GET' || !(DIRECT_PATHS as readonly string[]).includes(ctx.path)) return next();
    // The router is mounted before the first request: read it then, once.
    handlers ??= directHandlers(layersOf());
    const handler = handlers.get(ctx.path) as Handler;
    // What the router sets and the request log reads (the route's pattern: the path itself).
    Object.assign(ctx, { params: {}, _matchedRoute: ctx.path });
    ctx.set(SEARCH_HEADERS);
    return handler(ctx, next);
  };
}

/** `plugin::portal-search.direct-route`, early in cms/config/middlewares.ts (see above). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Handler =>
  directRoute(() => (strapi.server as unknown as { listRoutes(): Layer[] }).listRoutes());
