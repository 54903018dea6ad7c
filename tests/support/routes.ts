/**
 * The routes Strapi registers at boot, for the route-coverage check and the attack matrices:
 * listed once per test run by a separate process (list-routes.ts) and kept in a file beside the
 * seeded template, since every test file's Strapi registers the same routes.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../database/paths';
import { node } from '../../scripts/lib/tools';

export interface RegisteredRoute {
  method: string;
  path: string;
}

/** `GET /admin/users/:id`: how routes are named in the coverage table. */
export const routeKey = (route: RegisteredRoute): string => `${route.method} ${route.path}`;

/**
 * Methods a route registered for "every method" (koa-router's `all`, e.g. Strapi's `/_health`)
 * answers: listed as one key, `ALL /_health`.
 */
const ALL_METHODS_THRESHOLD = 10;

function collapse(routes: RegisteredRoute[]): RegisteredRoute[] {
  const byPath = new Map<string, RegisteredRoute[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  return [...byPath.entries()].flatMap(([routePath, entries]) =>
    entries.length >= ALL_METHODS_THRESHOLD ? [{ method: 'ALL', path: routePath }] : entries,
  );
}

function cacheFile(): string | null {
  const template = process.env.TEST_SEED_TEMPLATE_FILE;
  return template ? template.replace(/\.json$/, '-routes.json') : null;
}

/** Every route of the built Strapi, loaded with the given environment (a test Strapi's). */
export async function registeredRoutes(env: NodeJS.ProcessEnv): Promise<RegisteredRoute[]> {
  const cache = cacheFile();
  if (cache && existsSync(cache)) return JSON.parse(await readFile(cache, 'utf8')) as RegisteredRoute[];
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(node, [path.join(repoRoot, 'tests/support/list-routes.ts')], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`list-routes exited with ${code}: ${text.slice(-3000)}`))));
  });
  const line = output.split('\n').find((entry) => entry.startsWith('ROUTES '));
  if (!line) throw new Error(`list-routes printed no routes: ${output.slice(-3000)}`);
  const routes = collapse(JSON.parse(line.slice('ROUTES '.length)) as RegisteredRoute[]);
  if (cache) await writeFile(cache, JSON.stringify(routes));
  return routes;
}

/** The route pattern as a regular expression: `:id` one segment, `:path*` and `(.*)` anything. */
function patternOf(routePath: string): RegExp {
  let source = '';
  for (let index = 0; index < routePath.length; ) {
    const rest = routePath.slice(index);
    const param = /^:[A-Za-z0-9_]+(\*)?/.exec(rest);
    if (param) {
      source += param[1] ? '.*' : '[^/]+';
      index += param[0].length;
      continue;
    }
    const group = /^\((.*?)\)(?=\/|$)/.exec(rest);
    if (group) {
      source += `(?:${group[1]})`;
      index += group[0].length;
      continue;
    }
    source += rest[0]?.replace(/[.*+?^${}|[\]\\]/g, '\\$&') ?? '';
    index += 1;
  }
  return new RegExp(`^${source}$`);
}

/** Literal characters of a pattern: the most specific route wins, as a router's order would. */
const literalLength = (routePath: string): number => routePath.replace(/:[A-Za-z0-9_]+\*?|\(.*?\)/g, '').length;

/** The registered route a request (method and URL path, query ignored) reaches, or null. */
export function matchRoute(routes: RegisteredRoute[], method: string, url: string): RegisteredRoute | null {
  const pathname = url.split('?')[0] ?? url;
  const candidates = routes.filter((route) => (route.method === method || route.method === 'ALL') && patternOf(route.path).test(pathname));
  candidates.sort((a, b) => literalLength(b.path) - literalLength(a.path));
  return candidates[0] ?? null;
}
