/**
 * Who is asking, as far as communes are concerned. Every scoped read and write is judged by the
 * actor of the current request, resolved once per request:
 *
 * - no request at all (seed, scheduled job, command line): the system, which may do anything;
 * - an admin panel user: the super admin (province IT) sees every commune, a province viewer
 *   reads every commune and writes none, everyone else works in the communes of their
 *   memberships (active communes only);
 * - the content API: the public site's server names its commune in the `x-commune` header; a
 *   missing, unknown or suspended commune is "not found". `x-commune: *` is the province host
 *   (the provincial portal's view of every commune): it reads the active communes, all at once
 *   in one query, and writes none;
 * - anything else is denied. Nothing unresolved is ever let through unfiltered.
 *
 * What each kind of actor may read and change is the table in ./rules.ts.
 */
import type { Core } from '@strapi/strapi';
import { COMMUNE_HEADER, COMMUNE_UID, MEMBERSHIP_UID } from '../../../shared';

export const SUPER_ADMIN_ROLE = 'strapi-super-admin';
export const PROVINCE_VIEWER_ROLE = 'commune-province-viewer';

export type Actor =
  | { kind: 'system' }
  | { kind: 'platform'; userId: number }
  | { kind: 'viewer'; userId: number }
  | { kind: 'member'; userId: number; communeIds: number[]; selectedCommuneId: number | null }
  | { kind: 'site'; communeId: number }
  | { kind: 'province'; communeIds: number[] }
  | { kind: 'denied'; status: 403 | 404; reason: string };

interface AdminUser {
  id: number;
  roles?: Array<{ code?: string }>;
}

interface RequestState {
  state?: {
    user?: AdminUser;
    auth?: { strategy?: { name?: string }; credentials?: unknown };
    route?: { info?: { type?: string } };
    communeActor?: Actor;
  };
  request?: { header?: Record<string, string | string[] | undefined> };
}

const SYSTEM: Actor = { kind: 'system' };

/**
 * The actor of the current request, or the system without one. Memoised on the request, but only
 * once the request is authenticated: Strapi evaluates RBAC conditions (and so may query scoped
 * models) while authenticating, before `ctx.state.auth` is set, and an actor resolved then — a
 * denied one — must not stick to the request that is about to be authenticated.
 */
export async function resolveActor(strapi: Core.Strapi): Promise<Actor> {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  if (!ctx?.state) return SYSTEM;
  if (ctx.state.communeActor) return ctx.state.communeActor;
  const actor = await resolveFromRequest(strapi, ctx);
  if (ctx.state.auth) ctx.state.communeActor = actor;
  return actor;
}

/**
 * Active communes by slug, for the content API, which names its commune on every request. A hit
 * is kept for SITE_CACHE_MS in this process only, so a suspension made elsewhere (the command
 * line, another Strapi process, SQL) takes the site offline within that time; a suspension made
 * through this process (the settings page) clears the cache at once (see forgetActiveCommunes).
 * Misses are never kept: a resumed or new commune answers at once.
 */
export const SITE_CACHE_MS = 5000;
const activeBySlug = new Map<string, { id: number; until: number }>();

/** Forgets every cached commune; called when any commune row changes in this process. */
export function forgetActiveCommunes(): void {
  activeBySlug.clear();
  activeIds = null;
}

async function activeCommuneIdBySlug(strapi: Core.Strapi, slug: string, now = Date.now()): Promise<number | null> {
  const cached = activeBySlug.get(slug);
  if (cached && cached.until > now) return cached.id;
  const commune = (await strapi.db.query(COMMUNE_UID).findOne({
    where: { slug, siteStatus: 'active' },
    select: ['id'],
  })) as { id: number } | null;
  if (!commune) {
    activeBySlug.delete(slug);
    return null;
  }
  activeBySlug.set(slug, { id: commune.id, until: now + SITE_CACHE_MS });
  return commune.id;
}

/** The `x-commune` value of the province host; never a slug (slugs are `[a-z0-9-]`). */
export const EVERY_ACTIVE_COMMUNE = '*';
let activeIds: { ids: number[]; until: number } | null = null;

/** Ids of every active commune, kept SITE_CACHE_MS like the slugs above. */
async function activeCommuneIds(strapi: Core.Strapi, now = Date.now()): Promise<number[]> {
  if (activeIds && activeIds.until > now) return activeIds.ids;
  const rows = (await strapi.db.query(COMMUNE_UID).findMany({ where: { siteStatus: 'active' }, select: ['id'] })) as Array<{ id: number }>;
  activeIds = { ids: rows.map((row) => row.id), until: now + SITE_CACHE_MS };
  return activeIds.ids;
}

async function resolveFromRequest(strapi: Core.Strapi, ctx: RequestState): Promise<Actor> {
  const strategy = ctx.state?.auth?.strategy?.name;
  const routeType = ctx.state?.route?.info?.type;

  if (strategy === 'admin') {
    const user = ctx.state?.user;
    if (!user?.id) return { kind: 'denied', status: 403, reason: 'admin request without a user' };
    const roles = new Set((user.roles ?? []).map((role) => role.code));
    if (roles.has(SUPER_ADMIN_ROLE)) return { kind: 'platform', userId: user.id };
    if (roles.has(PROVINCE_VIEWER_ROLE)) return { kind: 'viewer', userId: user.id };
    const memberships = await activeMembershipsOf(strapi, user.id);
    const communeIds = [...new Set(memberships.map((membership) => membership.communeId))];
    const selected = memberships.find((membership) => membership.selected)?.communeId ?? null;
    return { kind: 'member', userId: user.id, communeIds, selectedCommuneId: selected };
  }

  if (routeType === 'content-api') {
    const raw = ctx.request?.header?.[COMMUNE_HEADER];
    const slug = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
    if (!slug) return { kind: 'denied', status: 404, reason: `content API request without the ${COMMUNE_HEADER} header` };
    if (slug === EVERY_ACTIVE_COMMUNE) return { kind: 'province', communeIds: await activeCommuneIds(strapi) };
    const communeId = await activeCommuneIdBySlug(strapi, slug);
    if (communeId === null) return { kind: 'denied', status: 404, reason: `no active commune "${slug}"` };
    return { kind: 'site', communeId };
  }

  return { kind: 'denied', status: 403, reason: `unrecognised caller (strategy ${strategy ?? 'none'}, route ${routeType ?? 'none'})` };
}

/** An admin user's memberships in active communes: which commune, and whether it is the selected one. */
export async function activeMembershipsOf(strapi: Core.Strapi, userId: number): Promise<Array<{ communeId: number; selected: boolean }>> {
  const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { adminUserId: userId, commune: { siteStatus: 'active' } },
    populate: { commune: { select: ['id'] } },
  })) as Array<{ selected?: boolean | null; commune?: { id: number } | null }>;
  return memberships.flatMap((membership) =>
    membership.commune ? [{ communeId: membership.commune.id, selected: membership.selected === true }] : [],
  );
}

/** Ids of the active communes an admin user is a member of. */
export async function activeCommuneIdsOf(strapi: Core.Strapi, userId: number): Promise<number[]> {
  return [...new Set((await activeMembershipsOf(strapi, userId)).map((membership) => membership.communeId))];
}

/**
 * The one commune new entries and uploads of this actor go to when they do not name one: the
 * only commune of a single-commune member, or the commune a multi-commune member has selected
 * in the switcher. Null means "ask": it is never guessed.
 */
export function defaultCommuneFor(actor: Actor): number | null {
  if (actor.kind !== 'member') return null;
  if (actor.communeIds.length === 1) return actor.communeIds[0] ?? null;
  return actor.selectedCommuneId !== null && actor.communeIds.includes(actor.selectedCommuneId) ? actor.selectedCommuneId : null;
}
