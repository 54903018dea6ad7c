import type { Core } from '@strapi/strapi';
import type { PasswordRoute } from './password/password-guard';

interface RouteDefinition {
  method?: string;
  path?: string;
  config?: { middlewares?: unknown[] } & Record<string, unknown>;
}

type Middleware = string | { name: string; config: Record<string, unknown> };

const REAUTH: Middleware = { name: 'plugin::account-security.reauth-guard', config: {} };
const REAUTH_COMMUNE_TYPE: Middleware = { name: 'plugin::account-security.reauth-guard', config: { contentManagerModel: true } };

/**
 * Sensitive actions: they need a fresh password confirmation (reauth/reauth-guard.ts). Roles and
 * permissions, accounts, API tokens; memberships, invitations and communes (commune-tenancy);
 * the commune type's settings and domains through the content manager. Keyed by owner: `admin`
 * or a plugin's name, with paths as the owner declares them.
 */
export const SENSITIVE: ReadonlyArray<{ owner: string; method: string; path: string; middleware: Middleware }> = [
  ...(
    [
      ['POST', '/roles'],
      ['PUT', '/roles/:id'],
      ['PUT', '/roles/:id/permissions'],
      ['DELETE', '/roles/:id'],
      ['POST', '/roles/batch-delete'],
      ['POST', '/users'],
      ['PUT', '/users/:id'],
      ['DELETE', '/users/:id'],
      ['POST', '/users/batch-delete'],
      ['POST', '/api-tokens'],
      ['PUT', '/api-tokens/:id'],
      ['DELETE', '/api-tokens/:id'],
      ['POST', '/api-tokens/:id/regenerate'],
    ] as const
  ).map(([method, path]) => ({ owner: 'admin', method, path, middleware: REAUTH })),
  ...(
    [
      ['POST', '/communes-admin'],
      ['POST', '/communes-admin/:documentId/suspend'],
      ['POST', '/communes-admin/:documentId/resume'],
      ['POST', '/memberships'],
      ['POST', '/memberships/:id/reset'],
      ['DELETE', '/memberships/:id'],
      ['POST', '/invitations'],
    ] as const
  ).map(([method, path]) => ({ owner: 'commune-tenancy', method, path, middleware: REAUTH })),
  ...(
    [
      ['POST', '/collection-types/:model'],
      ['PUT', '/collection-types/:model/:id'],
      ['DELETE', '/collection-types/:model/:id'],
    ] as const
  ).map(([method, path]) => ({ owner: 'content-manager', method, path, middleware: REAUTH_COMMUNE_TYPE })),
];

/**
 * Strapi's admin routes this plugin guards, and the route middleware put in front of each
 * controller. POST /admin/login loses Strapi's `admin::rateLimit` (per process, in memory, and
 * counting successes too); the login guard replaces it.
 */
const GUARDED: ReadonlyArray<{ method: string; path: string; middleware: Middleware; replaces?: string }> = [
  { method: 'POST', path: '/login', middleware: 'plugin::account-security.login-guard', replaces: 'admin::rateLimit' },
  ...(
    [
      ['POST', '/register', 'register'],
      ['POST', '/register-admin', 'register-admin'],
      ['POST', '/reset-password', 'reset-password'],
      ['PUT', '/users/me', 'update-me'],
      ['PUT', '/users/:id', 'update-user'],
    ] as ReadonlyArray<[string, string, PasswordRoute]>
  ).map(([method, path, route]) => ({ method, path, middleware: { name: 'plugin::account-security.password-guard', config: { route } } })),
];

/** The admin's route definitions: an array, a router, or a record of routers. */
function adminRoutes(routes: unknown): RouteDefinition[] {
  if (Array.isArray(routes)) return routes as RouteDefinition[];
  if (!routes || typeof routes !== 'object') return [];
  const router = routes as { routes?: unknown };
  if (Array.isArray(router.routes)) return router.routes as RouteDefinition[];
  return Object.values(routes as Record<string, unknown>).flatMap(adminRoutes);
}

/** Puts the guards in front of Strapi's admin routes; call in `register`, before routes are mounted. */
export function guardAdminRoutes(strapi: Core.Strapi): void {
  const routes = adminRoutes((strapi.admin as { routes?: unknown } | undefined)?.routes);
  const missing: string[] = [];
  for (const sensitive of SENSITIVE) {
    const owned =
      sensitive.owner === 'admin' ? routes : adminRoutes((strapi.plugins[sensitive.owner] as { routes?: unknown } | undefined)?.routes);
    const route = owned.find((candidate) => candidate.method === sensitive.method && candidate.path === sensitive.path);
    if (!route) {
      missing.push(`${sensitive.method} ${sensitive.owner}${sensitive.path}`);
      continue;
    }
    route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), sensitive.middleware] };
  }
  for (const guard of GUARDED) {
    const route = routes.find((candidate) => candidate.method === guard.method && candidate.path === guard.path);
    if (!route) {
      missing.push(`${guard.method} /admin${guard.path}`);
      continue;
    }
    const existing = (route.config?.middlewares ?? []).filter((middleware) => middleware !== guard.replaces);
    route.config = { ...route.config, middlewares: [guard.middleware, ...existing] };
  }
  // After a Strapi upgrade renames a route, signing in must not silently lose its throttle.
  if (missing.length > 0) throw new Error(`account-security: admin routes not found (check after a Strapi upgrade): ${missing.join(', ')}`);
}
