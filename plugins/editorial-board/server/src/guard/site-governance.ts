/**
 * The governance boundary for what reaches the public site without the board: leaders, contacts,
 * categories and site settings (head-and-admin) and the commune record (province), as the table
 * in commune-tenancy/shared/site-governance.ts says. These types have no draft, so a saved change
 * is on the site within a second; only the people the table names may make one.
 *
 * A document service middleware, so it sees every write whatever the path (the content manager's
 * save, delete, clone and bulk delete, the REST API, other plugins calling the document service):
 * - a write by anyone else is refused (403, with a Vietnamese message) before anything is
 *   written, and the attempt is logged;
 * - an allowed write runs in one transaction with its change-log entry (who, when, from where,
 *   commune, action, target, the fields that changed): no change without its entry.
 *
 * Who: no request at all is the system (seed, provisioning, jobs); the super admin is province
 * IT; an admin user is the head or the commune admin of the row's commune by their membership
 * there (an account's admin roles are not per commune, memberships are). Anything else (an API
 * token, a province viewer, another board role) is refused. It runs after the tenancy guard,
 * which has already kept the write inside the actor's communes and stamped new rows' commune.
 *
 * `strapi.db.query` from server code bypasses every document service middleware; for these types
 * the boundary is this middleware and the admin roles (only server code we ship calls the
 * database directly, and none of it writes these types).
 */
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  COMMUNE_UID,
  directWriteRefusal,
  governanceOf,
  governanceProblems,
  mayWriteDirectly,
  MEMBERSHIP_UID,
  readRelationRef,
  type TypesGovernedBy,
  type Writer,
} from '@commune/commune-tenancy/shared';
import { NOT_CONTENT, type ChangeActor, type ChangeLogService } from '../services/change-log';

const SUPER_ADMIN_ROLE = 'strapi-super-admin';

/** Reads pass; every other action (create, update, delete, clone, and any future one) is a write. */
const READS = new Set(['findOne', 'findMany', 'findFirst', 'count']);

export type DirectType = TypesGovernedBy<'head-and-admin' | 'province'>;

export interface Params {
  documentId?: string;
  data?: Record<string, unknown>;
}

interface RequestState {
  state?: { user?: { id?: number; email?: string; roles?: Array<{ code?: string }> }; auth?: { strategy?: { name?: string } } };
  request?: { ip?: string };
}

export type Who =
  | { kind: 'system' }
  | { kind: 'province'; actor: ChangeActor }
  | { kind: 'user'; userId: number; actor: ChangeActor }
  | { kind: 'api'; actor: ChangeActor };

const SYSTEM_ACTOR: ChangeActor = { kind: 'system', userId: null, email: null, address: null };

export function whoIsAsking(strapi: Core.Strapi): Who {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  if (!ctx) return { kind: 'system' };
  const address = ctx.request?.ip ?? null;
  const user = ctx.state?.user;
  if (ctx.state?.auth?.strategy?.name === 'admin' && typeof user?.id === 'number') {
    const actor: ChangeActor = { kind: 'user', userId: user.id, email: user.email ?? null, address };
    if ((user.roles ?? []).some((role) => role.code === SUPER_ADMIN_ROLE)) return { kind: 'province', actor };
    return { kind: 'user', userId: user.id, actor };
  }
  return { kind: 'api', actor: { kind: 'api', userId: null, email: null, address } };
}

export const actorOf = (who: Who): ChangeActor => (who.kind === 'system' ? SYSTEM_ACTOR : who.actor);

/** The fields a refused write tried to set. */
export const attemptedFields = (data: unknown): string[] =>
  data && typeof data === 'object' && !Array.isArray(data)
    ? Object.keys(data)
        .filter((field) => !NOT_CONTENT.has(field))
        .sort()
    : [];

/** The commune a write touches: the new row's (as the tenancy guard stamped it) or the existing row's. */
export async function communeOfWrite(strapi: Core.Strapi, uid: DirectType, action: string, params: Params): Promise<number | null> {
  const query = (model: string) => strapi.db.query(model as UID.Schema);
  if (action === 'create') {
    if (uid === COMMUNE_UID) return null; // a new commune belongs to no commune yet
    const ref = readRelationRef(params.data?.commune);
    if (!ref) return null;
    const commune = (await query(COMMUNE_UID).findOne({
      where: 'id' in ref ? { id: ref.id } : { documentId: ref.documentId },
      select: ['id'],
    })) as { id: number } | null;
    return commune?.id ?? null;
  }
  if (!params.documentId) return null;
  // A province type that belongs to no commune (the maintenance windows) has no commune to read.
  if (uid !== COMMUNE_UID && !strapi.contentType(uid as UID.ContentType)?.attributes?.commune) return null;
  if (uid === COMMUNE_UID) {
    const commune = (await query(COMMUNE_UID).findOne({ where: { documentId: params.documentId }, select: ['id'] })) as {
      id: number;
    } | null;
    return commune?.id ?? null;
  }
  const row = (await query(uid).findOne({
    where: { documentId: params.documentId },
    select: ['id'],
    populate: { commune: { select: ['id'] } },
  })) as { commune?: { id: number } | null } | null;
  return row?.commune?.id ?? null;
}

/** The parts of the table's writers this caller plays for a row (or a file) of `communeId`. */
export async function writersOf(strapi: Core.Strapi, who: Who, communeId: number | null): Promise<Set<Writer>> {
  if (who.kind === 'system') return new Set(['system']);
  if (who.kind === 'province') return new Set(['province-it']);
  if (who.kind === 'api' || communeId === null) return new Set();
  const membership = (await strapi.db.query(MEMBERSHIP_UID).findOne({
    where: { adminUserId: who.userId, commune: { id: communeId, siteStatus: 'active' } },
    select: ['boardRole', 'isCommuneAdmin'],
  })) as { boardRole?: string; isCommuneAdmin?: boolean } | null;
  const writers = new Set<Writer>();
  if (membership?.boardRole === 'head') writers.add('head');
  if (membership?.isCommuneAdmin === true) writers.add('commune-admin');
  return writers;
}

export function registerGovernanceGuard(strapi: Core.Strapi): void {
  const changeLog = (): ChangeLogService => strapi.plugin('editorial-board').service('change-log') as ChangeLogService;

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const governance = governanceOf(context.uid);
    if (governance !== 'head-and-admin' && governance !== 'province') return next();
    if (READS.has(context.action)) return next();
    const uid = context.uid as DirectType;
    const action = context.action;
    const params = context.params as Params;
    const who = whoIsAsking(strapi);
    const communeId = await communeOfWrite(strapi, uid, action, params);

    if (!mayWriteDirectly(governance, await writersOf(strapi, who, communeId))) {
      const reason = directWriteRefusal(uid);
      await changeLog().recordRefusal({
        actor: actorOf(who),
        action,
        uid,
        documentId: params.documentId ?? null,
        communeId,
        reason,
        attempted: attemptedFields(params.data),
      });
      throw new errors.PolicyError(reason);
    }

    // The change and its entry commit together (Strapi's own transaction joins this one).
    return strapi.db.transaction(async () => {
      // A clone's source stays as it was: the entry is about the new row.
      const before =
        action !== 'create' && action !== 'clone' && params.documentId ? await changeLog().snapshot(uid, params.documentId) : null;
      const result = await next();
      const created = action === 'create' || action === 'clone' ? (result as { documentId?: string } | null)?.documentId : undefined;
      const documentId = created ?? params.documentId ?? null;
      let after = null;
      if (action === 'create') after = changeLog().written(uid, params.data, result as { id?: unknown } | null, communeId);
      else if (action !== 'delete' && documentId) after = await changeLog().snapshot(uid, documentId);
      if (before || after) {
        await changeLog().record({
          actor: actorOf(who),
          action,
          uid,
          documentId,
          communeId: after?.communeId ?? before?.communeId ?? communeId,
          outcome: 'done',
          before,
          after,
        });
      }
      return result;
    });
  };
  strapi.documents.use(middleware);
}

/** Refuses to start when the registered types and the governance table disagree (see governanceProblems). */
export function assertSiteGovernance(strapi: Core.Strapi): void {
  const problems = governanceProblems(
    strapi.contentTypes as unknown as Record<string, { options?: { draftAndPublish?: boolean }; pluginOptions?: Record<string, unknown> }>,
  );
  if (problems.length > 0) {
    throw new Error(
      `[editorial-board] The site governance table (commune-tenancy/shared/site-governance.ts) does not fit the content types: ${problems.join('; ')}. ` +
        "Give every type a site shows a row: 'board' (draft and publish, through the editorial board), 'head-and-admin' or 'province'.",
    );
  }
}
