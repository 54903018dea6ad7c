import type { Core } from '@strapi/strapi';
import type { PasswordRoute } from './password/password-guard';

interface RouteDefinition {
  method?: string;
  path?: string;
  config?: { middlewares?: unknown[] } & Record<string, unknown>;
}

type Middleware = string | { name: string; config: Record<string, unknown> };

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
