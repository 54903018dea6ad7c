/**
 * The content manager refuses a write the editor's admin role does not allow (a deputy saving a
 * leader: the roles give deputies, members and contributors read-only access to the head-and-admin
 * types) before the governance guard sees it, with Strapi's bare "Policy Failed" or "Forbidden".
 * For the types of the site governance table that change without the board, that refusal is given
 * the guard's Vietnamese reason and logged like the guard's own refusals. Nothing else about the
 * request changes: it stays a 403 with nothing written.
 *
 * A server middleware, because the refusal comes from the route's permission policy, before any
 * controller runs. It sits inside Strapi's error middleware (it is added at bootstrap, after the
 * configured middlewares), so it sees the refusal as the error the policy threw.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { directWriteRefusal, governanceOf, MEMBERSHIP_UID } from '@commune/commune-tenancy/shared';
import type { ChangeLogService } from '../services/change-log';
import { actorOf, attemptedFields, communeOfWrite, whoIsAsking, type DirectType } from './site-governance';

export interface ContentManagerWrite {
  uid: string;
  /** The document service action the request stands for. */
  action: string;
  documentId: string | null;
}

const BASE = '/content-manager/collection-types/';

/** The content manager's write routes (collection types), as [method, pattern after BASE, action]. */
const WRITE_ROUTES: Array<[string, RegExp, string]> = [
  ['POST', /^([^/]+)$/, 'create'],
  ['PUT', /^([^/]+)\/([^/]+)$/, 'update'],
  ['DELETE', /^([^/]+)\/([^/]+)$/, 'delete'],
  ['POST', /^([^/]+)\/(?:clone|auto-clone)\/([^/]+)$/, 'clone'],
  ['POST', /^([^/]+)\/actions\/bulkDelete$/, 'delete'],
  ['POST', /^([^/]+)\/actions\/(?:publish|bulkPublish)$/, 'publish'],
  ['POST', /^([^/]+)\/actions\/bulkUnpublish$/, 'unpublish'],
  ['POST', /^([^/]+)\/([^/]+)\/actions\/publish$/, 'publish'],
  ['POST', /^([^/]+)\/([^/]+)\/actions\/unpublish$/, 'unpublish'],
  ['POST', /^([^/]+)\/([^/]+)\/actions\/discard$/, 'discardDraft'],
];

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** Pure: which write a content manager request is, or null for reads and other routes. */
export function contentManagerWrite(method: string, path: string): ContentManagerWrite | null {
  if (!path.startsWith(BASE)) return null;
  const rest = path.slice(BASE.length).replace(/\/$/, '');
  for (const [routeMethod, pattern, action] of WRITE_ROUTES) {
    if (routeMethod !== method.toUpperCase()) continue;
    const match = pattern.exec(rest);
    if (!match?.[1]) continue;
    return { uid: decode(match[1]), action, documentId: match[2] ? decode(match[2]) : null };
  }
  return null;
}

/** Strapi's own refusals (a role without the action), as opposed to a guard's reasoned PolicyError. */
const BARE_MESSAGES = new Set(['Policy Failed', 'Forbidden', 'Forbidden access']);
const isBareRefusal = (error: unknown): boolean => error instanceof errors.ForbiddenError && BARE_MESSAGES.has(error.message);

interface KoaContext {
  method: string;
  path: string;
  status: number;
  body: unknown;
  request: { body?: unknown };
}

export function explainContentManagerRefusals(strapi: Core.Strapi): void {
  const changeLog = (): ChangeLogService => strapi.plugin('editorial-board').service('change-log') as ChangeLogService;

  /** The commune an attempt was about: the document's, the one named, or the editor's only commune. */
  async function communeOfAttempt(
    uid: DirectType,
    write: ContentManagerWrite,
    data: unknown,
    userId: number | null,
  ): Promise<number | null> {
    const params = {
      documentId: write.documentId ?? undefined,
      data: data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined,
    };
    const named = await communeOfWrite(strapi, uid, write.action, params);
    if (named !== null || write.action !== 'create' || userId === null) return named;
    const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: { adminUserId: userId, commune: { siteStatus: 'active' } },
      populate: { commune: { select: ['id'] } },
    })) as Array<{ commune: { id: number } | null }>;
    const ids = [...new Set(memberships.flatMap((membership) => (membership.commune ? [membership.commune.id] : [])))];
    return ids.length === 1 ? (ids[0] ?? null) : null;
  }

  async function logAttempt(uid: DirectType, write: ContentManagerWrite, body: unknown, reason: string): Promise<void> {
    const actor = actorOf(whoIsAsking(strapi));
    const requested = (body && typeof body === 'object' ? body : {}) as { documentIds?: unknown };
    const many = Array.isArray(requested.documentIds)
      ? requested.documentIds.filter((id): id is string => typeof id === 'string').slice(0, 100)
      : [];
    const documentIds = write.documentId !== null ? [write.documentId] : many.length > 0 ? many : [null];
    const attempted = ['create', 'update', 'clone'].includes(write.action) ? attemptedFields(body) : [];
    for (const documentId of documentIds) {
      const communeId = await communeOfAttempt(uid, { ...write, documentId }, body, actor.userId).catch(() => null);
      await changeLog().recordRefusal({ actor, action: write.action, uid, documentId, communeId, reason, attempted });
    }
  }

  strapi.server.use(async (ctx: KoaContext, next: () => Promise<unknown>) => {
    const write = contentManagerWrite(ctx.method, ctx.path);
    const governance = write ? governanceOf(write.uid) : null;
    if (!write || (governance !== 'head-and-admin' && governance !== 'province')) return next();
    const uid = write.uid as DirectType;
    const reason = directWriteRefusal(uid);
    try {
      await next();
    } catch (error) {
      if (!isBareRefusal(error)) throw error;
      await logAttempt(uid, write, ctx.request.body, reason);
      throw new errors.PolicyError(reason);
    }
    // A controller's own refusal (ctx.forbidden()) is an answer, not an error.
    const answer = ctx.body as { error?: { message?: unknown } } | null;
    if (ctx.status === 403 && typeof answer?.error?.message === 'string' && BARE_MESSAGES.has(answer.error.message)) {
      answer.error.message = reason;
      await logAttempt(uid, write, ctx.request.body, reason);
    }
  });
}
