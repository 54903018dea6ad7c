/**
 * The recorder: a server middleware over every request (cms/config/middlewares.ts puts it right
 * after the request log, outside Strapi's error handler, so it sees the final status of refusals
 * and crashes alike). After the answer is decided it asks which route Strapi matched
 * (`ctx.state.route`: its plugin and handler name the action, see actions.ts) and appends one row.
 *
 * Before the request runs, for paths that name an existing entry, file or membership, it looks up
 * that target's commune: after a delete there is nothing left to look up.
 *
 * Failures to record are logged, not thrown. The row is written after the action, in its own
 * statement, not in the action's transaction: Strapi's routes run their own transactions that a
 * generic middleware cannot join, and failing a user's committed change because its trail row
 * could not be written would tell them it did not happen when it did. A failed write is logged at
 * `error` with the action, so it is seen and alerted on; the database being unwritable fails the
 * actions themselves long before. The insert is awaited (about a millisecond): the row exists by
 * the time the client sees the answer, so what a person does next is always after it in the trail.
 */
import type { Core } from '@strapi/strapi';
import { AUDIT_FACTS_STATE, outcomeOf, type AuditFacts } from '../../../shared';
import type { TrailService } from '../services/trail';
import { resolveAction } from './actions';
import { communeLookups, type CommuneLookups } from './communes';
import { safeBodyFacts, targetOf, type SafeBodyFacts } from './targets';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

type KoaContext = Parameters<Core.MiddlewareHandler>[0];

interface RouteState {
  method?: string;
  path?: string;
  handler?: unknown;
  info?: { pluginName?: string; apiName?: string; type?: string };
}

interface RequestState {
  route?: RouteState;
  [AUDIT_FACTS_STATE]?: AuditFacts;
  user?: { id?: number; email?: string };
  requestId?: string;
}

/** A sign-in answered with the two-step challenge (`{ data: { twoFactor } }`, plugins/two-factor): no session yet. */
function asksSecondStep(answer: unknown): boolean {
  if (typeof answer !== 'object' || answer === null) return false;
  const data = (answer as { data?: unknown }).data;
  return typeof data === 'object' && data !== null && typeof (data as { twoFactor?: unknown }).twoFactor === 'object';
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sign-in routes answered before Strapi's router matched them — a throttling or lock-out
 * middleware in front of the routes answers 429 itself — are still sign-in events: recorded as
 * the route they were meant for.
 */
const UNROUTED_SIGN_IN: Record<string, RouteState> = {
  'POST /admin/login': { handler: 'authentication.login', info: { pluginName: 'admin', type: 'admin' } },
  'POST /admin/register': { handler: 'authentication.register', info: { pluginName: 'admin', type: 'admin' } },
  'POST /admin/forgot-password': { handler: 'authentication.forgotPassword', info: { pluginName: 'admin', type: 'admin' } },
  'POST /admin/reset-password': { handler: 'authentication.resetPassword', info: { pluginName: 'admin', type: 'admin' } },
};

/** Paths whose target exists before the request: [pattern, what the captures are]. */
const PRE_TARGETS: Array<[RegExp, 'entry' | 'file' | 'folder' | 'membership' | 'commune']> = [
  [/^\/content-manager\/collection-types\/([^/]+)\/([^/]+)(?:\/actions\/[^/]+)?$/, 'entry'],
  [/^\/editorial-board\/workflows\/([^/]+)\/([^/]+)\/[^/]+$/, 'entry'],
  [/^\/upload\/files\/(\d+)(?:\/replace)?$/, 'file'],
  [/^\/upload\/folders\/(\d+)$/, 'folder'],
  [/^\/commune-tenancy\/memberships\/(\d+)(?:\/reset)?$/, 'membership'],
  [/^\/commune-tenancy\/communes-admin\/([^/]+)\/[^/]+$/, 'commune'],
];

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The commune of the target a write path names, before the write runs. */
async function communeBefore(lookups: CommuneLookups, path: string): Promise<number | null> {
  for (const [pattern, kind] of PRE_TARGETS) {
    const match = pattern.exec(path);
    if (!match?.[1]) continue;
    const first = decode(match[1]);
    switch (kind) {
      case 'entry':
        return match[2] && !match[2].startsWith('actions') ? lookups.ofEntry(first, decode(match[2])) : null;
      case 'file':
        return lookups.ofMedia('file', first);
      case 'folder':
        return lookups.ofMedia('folder', first);
      case 'membership':
        return lookups.ofMembership(first);
      case 'commune':
        return lookups.byDocumentId(first);
    }
  }
  return null;
}

/** The commune of what a request created (an entry, an upload) or named (a membership's commune). */
async function communeAfter(
  lookups: CommuneLookups,
  pluginName: string,
  targetType: string | null,
  targetId: string | null,
  body: SafeBodyFacts,
): Promise<number | null> {
  if (body.communeDocumentId) return lookups.byDocumentId(body.communeDocumentId);
  if (!targetId) return null;
  if (pluginName === 'content-manager' && targetType) return lookups.ofEntry(targetType, targetId);
  if (targetType === 'upload-file') return lookups.ofMedia('file', targetId);
  if (targetType === 'upload-folder') return lookups.ofMedia('folder', targetId);
  if (targetType === 'membership') return lookups.ofMembership(targetId);
  if (targetType === 'commune') return lookups.byDocumentId(targetId);
  return null;
}

const header = (ctx: KoaContext, name: string): string | null => {
  const value = ctx.get(name);
  return value === '' ? null : value;
};

export function createRecorder(strapi: Core.Strapi, trail: () => TrailService): Core.MiddlewareHandler {
  const lookups = communeLookups(strapi);
  const logFailure = (what: string, error: unknown) =>
    strapi.log.error(`[audit-trail] ${what}: ${error instanceof Error ? error.message : String(error)}`);

  return async (ctx, next) => {
    const method = ctx.method.toUpperCase();
    // The content API (the public site's token, read-only) is not an admin action.
    if (ctx.path.startsWith('/api/') || (method !== 'GET' && !WRITE_METHODS.has(method))) return next();

    let preCommune: number | null = null;
    if (WRITE_METHODS.has(method)) {
      try {
        preCommune = await communeBefore(lookups, ctx.path);
      } catch (error) {
        logFailure(`looking up the commune of ${method} ${ctx.path}`, error);
      }
    }

    try {
      await next();
    } finally {
      // Also when a later middleware threw: the status is then whatever Strapi's error handler
      // (inside us) could not set, so the outcome counts as failed.
      try {
        await record(ctx, method, preCommune);
      } catch (error) {
        logFailure(`recording ${method} ${ctx.path}`, error);
      }
    }
  };

  async function record(ctx: KoaContext, method: string, preCommune: number | null): Promise<void> {
    const state = ctx.state as RequestState;
    const route = state.route ?? UNROUTED_SIGN_IN[`${method} ${ctx.path}`];
    const handler = route?.handler;
    const pluginName = route?.info?.pluginName;
    // No matched route (a 404, a static file), a function handler, or a content-API route.
    if (!route || typeof handler !== 'string' || !pluginName || route.info?.type === 'content-api') return;

    const params = (ctx.params ?? {}) as Record<string, string | undefined>;
    const body = method === 'GET' ? safeBodyFacts(null) : safeBodyFacts((ctx.request as { body?: unknown }).body);
    const status = ctx.status;
    const queryId = typeof ctx.query.id === 'string' && /^\d+$/.test(ctx.query.id) ? ctx.query.id : null;
    const routePath = typeof ctx._matchedRoute === 'string' ? ctx._matchedRoute : (route.path ?? ctx.path);
    const action = resolveAction({
      method,
      path: routePath ?? '',
      pluginName,
      handler,
      status,
      model: params.model ?? params.uid ?? null,
      boardStep: body.boardStep,
      replacing: queryId !== null,
      secondStepAsked: asksSecondStep(ctx.body),
      lockedNow: state[AUDIT_FACTS_STATE]?.accountLocked === true,
    });
    if (!action) return;

    const target = targetOf({ pluginName, handler, params, queryId, body, response: ctx.body });
    // The signed-in user; on a sign-in, the account signed into (or, failing, the e-mail tried).
    const user = state.user;
    const signingIn = action.category === 'sign-in' || action.category === 'second-factor';
    const subject = state[AUDIT_FACTS_STATE]?.subjectUserId;
    const actorUserId =
      typeof user?.id === 'number'
        ? user.id
        : typeof subject === 'number'
          ? subject
          : target.type === 'admin-user' && signingIn && target.id
            ? Number(target.id)
            : null;
    const actorEmail =
      typeof user?.email === 'string' ? user.email : (body.email ?? (actorUserId !== null ? await lookups.emailOf(actorUserId) : null));

    let communeId = preCommune;
    if (communeId === null) communeId = await communeAfter(lookups, pluginName, target.type, target.id, body);
    if (communeId === null && actorUserId !== null && target.type !== COMMUNE_UID) communeId = await lookups.ofActor(actorUserId);

    await trail().append({
      requestId: state.requestId ?? null,
      actorUserId: Number.isSafeInteger(actorUserId) ? actorUserId : null,
      actorEmail,
      clientAddress: ctx.request.ip || null,
      userAgent: header(ctx, 'user-agent'),
      communeId,
      category: action.category,
      action: action.code,
      targetType: target.type,
      targetId: target.id,
      detail: target.detail,
      outcome: outcomeOf(status),
      httpStatus: status,
      method,
      route: routePath,
    });
  }
}
