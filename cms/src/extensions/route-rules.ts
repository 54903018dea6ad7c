/**
 * Rules for Strapi's own routes, written once as data. Strapi registers some routes this product
 * must not expose as they are: some check no permission beyond "signed in to the admin panel"
 * while changing what every commune sees, some serve features that are off here and fail with a
 * 500 or act on the wrong kind of content. Each rule adds a policy in front of the route's own:
 *
 * - `province-it`: only the super admin (province IT) may call it; anyone else gets 403;
 * - `disabled`: the route answers 404 to everyone.
 *
 * Applied in `register`, before Strapi mounts its routes. A rule that matches no route stops the
 * start: after a Strapi upgrade renames a route, this table must be looked at again.
 * tests/integration/tenancy-attack-matrix.test.ts (the route sweep) proves every rule by attack.
 */
import type { Core } from '@strapi/strapi';

type Rule = 'province-it' | 'disabled';

export interface RouteRule {
  method: string;
  /** The full path as Strapi registers it, e.g. `/content-manager/components/:uid/configuration`. */
  path: string;
  rule: Rule;
  reason: string;
}

const NO_SINGLE_TYPES = 'there is no single type; given a collection type, these routes read and change its first entry';

export const ROUTE_RULES: readonly RouteRule[] = [
  {
    method: 'POST',
    path: '/email',
    rule: 'disabled',
    reason:
      'sends any e-mail to anyone through the platform’s mail server; nothing in the admin panel uses it (the settings page uses /email/test)',
  },
  {
    method: 'PUT',
    path: '/content-manager/components/:uid/configuration',
    rule: 'province-it',
    reason: 'changes the edit form of a component for every commune; Strapi checks no permission',
  },
  {
    method: 'PUT',
    path: '/i18n/settings',
    rule: 'province-it',
    reason: 'changes the platform’s localisation settings; Strapi checks no permission',
  },
  {
    method: 'GET',
    path: '/admin/license-trial-time-left',
    rule: 'disabled',
    reason: 'Community edition: asks a licence server and fails with a 500',
  },
  {
    method: 'POST',
    path: '/upload/actions/generate-ai-metadata',
    rule: 'disabled',
    reason: 'Strapi AI is not used: media never leave the platform',
  },
  { method: 'POST', path: '/upload/ai-metadata-jobs', rule: 'disabled', reason: 'Strapi AI is not used' },
  { method: 'GET', path: '/upload/ai-metadata-jobs/latest', rule: 'disabled', reason: 'Strapi AI is not used' },
  { method: 'GET', path: '/upload/ai-metadata-jobs/pending-count', rule: 'disabled', reason: 'Strapi AI is not used' },
  // The preview link itself is served (README "Preview"); Strapi's live-preview script is not: the
  // site's pages run no script, so the admin never asks for it, and it was served to anyone.
  {
    method: 'GET',
    path: '/content-manager/preview/script',
    rule: 'disabled',
    reason: 'the site runs no script: live preview is not used; served a script to anyone',
  },
  ...(['GET', 'PUT', 'DELETE'] as const).map((method) => ({
    method,
    path: '/content-manager/single-types/:model',
    rule: 'disabled' as const,
    reason: NO_SINGLE_TYPES,
  })),
  ...(['publish', 'unpublish', 'discard'] as const).map((action) => ({
    method: 'POST',
    path: `/content-manager/single-types/:model/actions/${action}`,
    rule: 'disabled' as const,
    reason: NO_SINGLE_TYPES,
  })),
  { method: 'GET', path: '/content-manager/single-types/:model/actions/countDraftRelations', rule: 'disabled', reason: NO_SINGLE_TYPES },
];

const POLICY: Record<Rule, string> = { 'province-it': 'global::province-it-only', disabled: 'global::route-disabled' };

interface RouteDefinition {
  method?: string;
  path?: string;
  config?: { policies?: unknown[] } & Record<string, unknown>;
}

interface Router {
  type?: string;
  prefix?: string;
  routes?: RouteDefinition[];
}

/** The routers of one owner: an array of routes, one router, or a record of routers. */
function routersOf(routes: unknown, defaultPrefix: string): Array<{ prefix: string; routes: RouteDefinition[] }> {
  if (Array.isArray(routes)) return [{ prefix: defaultPrefix, routes: routes as RouteDefinition[] }];
  if (!routes || typeof routes !== 'object') return []; // function-like routers: nothing to rule here
  const single = routes as Router;
  if (Array.isArray(single.routes))
    return [{ prefix: single.prefix ?? (single.type === 'content-api' ? `/api${defaultPrefix}` : defaultPrefix), routes: single.routes }];
  return Object.values(routes as Record<string, unknown>).flatMap((router) => routersOf(router, defaultPrefix));
}

/** Adds each rule's policy to its route; call in the app's `register`. */
export function applyRouteRules(strapi: Core.Strapi, rules: readonly RouteRule[] = ROUTE_RULES): void {
  const owners: Array<[unknown, string]> = [
    [strapi.admin?.routes, '/admin'],
    ...Object.entries(strapi.plugins).map(([name, plugin]): [unknown, string] => [(plugin as { routes?: unknown }).routes, `/${name}`]),
  ];
  const unmatched = new Set(rules);
  for (const [routes, prefix] of owners) {
    for (const router of routersOf(routes, prefix)) {
      for (const route of router.routes) {
        const fullPath = `${router.prefix}${route.path === '/' ? '' : (route.path ?? '')}` || '/';
        for (const rule of rules) {
          if (rule.method !== route.method || rule.path !== fullPath) continue;
          route.config = { ...route.config, policies: [POLICY[rule.rule], ...(route.config?.policies ?? [])] };
          unmatched.delete(rule);
        }
      }
    }
  }
  if (unmatched.size > 0) {
    throw new Error(
      `Route rules match no registered route (check them after a Strapi upgrade): ${[...unmatched].map((rule) => `${rule.method} ${rule.path}`).join(', ')}`,
    );
  }
}
