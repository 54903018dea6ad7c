/**
 * The route sweep: every route Strapi registers, called by every kind of caller with another
 * commune's ids, against the expectations of route-table.ts. Collects every mismatch instead of
 * stopping at the first, so one run shows the whole picture.
 */
import { COMMUNE_ROLES as ROLE_DEFINITIONS } from '../../../plugins/commune-tenancy/server/src/guard/roles';
import type { AdminClient } from '../http';
import { routeKey, type RegisteredRoute } from '../routes';
import { concretePath, type VictimIds } from './route-params';
import { ANONYMOUS_CONTENT_API, ROUTE_TABLE, type Body, type RouteEntry, type Verb } from './route-table';

export const ATTACKING_ROLES = [
  'commune-admin',
  'commune-board-head',
  'commune-board-deputy',
  'commune-board-member',
  'commune-contributor',
] as const;
export type AttackingRole = (typeof ATTACKING_ROLES)[number];

export interface SweepContext {
  baseUrl: string;
  routes: RegisteredRoute[];
  ids: VictimIds;
  /** Users of the attacking commune, by role, and the province viewer. */
  attackers: Record<AttackingRole, AdminClient>;
  viewer: AdminClient;
  province: AdminClient;
  /** A user of the victim commune: metadata must read the same for both communes. */
  victimUser: AdminClient;
  siteToken: string;
  /** The commune the attackers belong to, named by the site's token. */
  attackerSlug: string;
  /** Strings only the victim commune's data holds (its documentIds, name, files). */
  victimMarkers: readonly string[];
}

export interface SweepResult {
  cells: number;
  failures: string[];
}

const ARTICLE = 'api::article.article';

/** Whether a commune role may do `verb` on `subject` in its own commune (roles.ts is the source). */
export function roleCan(role: AttackingRole, subject: string, verb: Verb): boolean {
  const definition = ROLE_DEFINITIONS.find((entry) => entry.code === role);
  if (!definition) throw new Error(`unknown role ${role}`);
  if (subject === 'media') return verb === 'read' || definition.media === 'write';
  return definition.content.some((grant) => grant.types.includes(subject) && grant.verbs.includes(verb));
}

/** A 1×1 PNG: the smallest real image to send where a route wants a file. */
const PNG = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
);

function requestInit(method: string, headers: Record<string, string>, body: Body | undefined): RequestInit {
  if (!body) return { method, headers, redirect: 'manual' };
  if ('json' in body)
    return { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body.json), redirect: 'manual' };
  const form = new FormData();
  for (const [name, value] of Object.entries(body.form)) form.append(name, value);
  if (body.file === 'png') form.append('files', new Blob([PNG], { type: 'image/png' }), 'anh.png');
  if (body.file === 'pdf') form.append('files', new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'application/pdf' }), 'bien-ban.pdf');
  return { method, headers, body: form, redirect: 'manual' };
}

interface Answer {
  status: number;
  text: string;
}

async function call(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30000) });
  return { status: response.status, text: await response.text() };
}

type Caller = 'anonymous' | 'site' | 'viewer' | AttackingRole;

/** What `caller` must get from the entry's route: a status, or null for "not called". */
function expected(entry: RouteEntry, caller: Caller, isContentApi: boolean): number | null {
  if (caller === 'anonymous') {
    if (entry.kind === 'open') return entry.anonymous;
    if (entry.kind === 'disabled' && entry.anonymous !== undefined) return entry.anonymous;
    return isContentApi ? ANONYMOUS_CONTENT_API : 401;
  }
  if (caller === 'site') {
    if (entry.kind === 'site-read') return entry.status ?? 200;
    if (entry.kind === 'site-denied') return 403;
    return null;
  }
  switch (entry.kind) {
    case 'open':
    case 'site-read':
    case 'site-denied':
      return null;
    case 'own':
      return entry.call === false ? null : (entry.status ?? 200);
    case 'province':
      return 403;
    case 'disabled':
      return 404;
    case 'list':
      return 200;
    case 'metadata':
      return entry.status ?? 200;
    case 'fixed':
      return caller === 'viewer' ? (entry.viewer ?? entry.status) : entry.status;
    case 'foreign': {
      if (caller === 'viewer') return entry.viewer ?? (entry.verb === 'read' ? null : 403);
      if (entry.status !== undefined) return entry.status;
      return roleCan(caller, entry.subject ?? ARTICLE, entry.verb) ? 404 : 403;
    }
  }
}

/** Whether the caller may legitimately see the victim's data in this answer. */
function mayShowOthers(entry: RouteEntry, caller: Caller): boolean {
  if (entry.kind === 'site-read' && entry.othersData) return true;
  return (
    caller === 'viewer' && (entry.kind === 'list' || entry.kind === 'metadata' || (entry.kind === 'fixed' && entry.viewerReadsAll === true))
  );
}

export async function runRouteSweep(context: SweepContext): Promise<SweepResult> {
  const failures: string[] = [];
  let cells = 0;
  const registered = new Set(context.routes.map(routeKey));
  for (const key of Object.keys(ROUTE_TABLE))
    if (!registered.has(key)) failures.push(`${key}: in the route table but not registered by Strapi`);

  for (const route of context.routes) {
    const key = routeKey(route);
    const entry = ROUTE_TABLE[key];
    if (!entry) {
      failures.push(`${key}: registered but not classified in tests/support/attacks/route-table.ts`);
      continue;
    }
    const isContentApi = route.path.startsWith('/api/');
    const method = route.method === 'ALL' ? 'GET' : route.method;
    const query = entry.query ? `?${entry.query(context.ids)}` : '';
    const url = `${context.baseUrl}${concretePath(route.path, context.ids)}${query}`;
    const body = entry.body?.(context.ids);
    const callers: Array<[Caller, Record<string, string>]> = [
      ['anonymous', {}],
      ...(isContentApi
        ? ([['site', { authorization: `Bearer ${context.siteToken}`, 'x-commune': context.attackerSlug }]] as Array<
            [Caller, Record<string, string>]
          >)
        : []),
      ...ATTACKING_ROLES.map((role): [Caller, Record<string, string>] => [
        role,
        { authorization: `Bearer ${context.attackers[role].token}` },
      ]),
      ['viewer', { authorization: `Bearer ${context.viewer.token}` }],
    ];
    // A route's callers side by side (each has its own session, so none can change what another
    // gets), which lets Strapi and PostgreSQL work at once; routes one after another, in order.
    const calls = callers.flatMap(([caller, headers]) => {
      const want = expected(entry, caller, isContentApi);
      return want === null ? [] : [{ caller, headers, want }];
    });
    const answers = await Promise.all(calls.map(({ headers }) => call(url, requestInit(method, headers, body))));
    for (const [index, { caller, want }] of calls.entries()) {
      const answer = answers[index];
      if (!answer) throw new Error('an answer is missing');
      cells += 1;
      if (answer.status !== want)
        failures.push(`${key} as ${caller}: expected ${want}, got ${answer.status}: ${answer.text.slice(0, 200)}`);
      if (!mayShowOthers(entry, caller)) {
        const leaked = context.victimMarkers.filter((marker) => answer.text.includes(marker));
        if (leaked.length > 0) failures.push(`${key} as ${caller}: the answer holds the other commune's ${leaked.join(', ')}`);
      }
    }
    if (entry.kind === 'metadata' || (entry.kind === 'disabled' && !isContentApi)) {
      // Metadata reads the same to a user of either commune; a disabled route is disabled for
      // province IT too.
      const [ours, theirs] = await Promise.all(
        (entry.kind === 'metadata'
          ? [context.attackers['commune-board-head'], context.victimUser]
          : [context.province, context.province]
        ).map((user) => call(url, requestInit(method, { authorization: `Bearer ${user.token}` }, body))),
      );
      cells += 2;
      if (entry.kind === 'disabled' && ours?.status !== 404) failures.push(`${key} as province IT: expected 404, got ${ours?.status}`);
      if (entry.kind === 'metadata' && ours?.text !== theirs?.text) failures.push(`${key}: answers users of the two communes differently`);
    }
  }
  return { cells, failures };
}
