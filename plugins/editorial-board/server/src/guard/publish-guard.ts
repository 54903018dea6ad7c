/**
 * The approval boundary. Nothing reaches the public site without the board's approval, by any
 * path: the admin's Publish button, bulk publish, the REST API (which publishes unless told
 * `status=draft`), other plugins and scripts calling the document service.
 *
 * Two layers:
 * 1. a document service middleware, which knows the action and answers editors with a clear
 *    message: publish only as the approved item's transition, no create/update "as published",
 *    no unpublish without the board's reasoned "unpublish", no delete of live content; it also
 *    keeps the workflow records in step (created, edited after approval, discarded, deleted);
 * 2. database lifecycles on the governed tables, below everything: a published row may be
 *    created or removed only under a permit from the workflow service (or a trusted script's
 *    authority). Paths that skip the document service (`strapi.db.query`, internal re-entry of
 *    the repository such as `create` calling `publish` directly) stop here.
 */
import type { Core, Modules, UID } from '@strapi/strapi';
import { type errors } from '@strapi/utils';
import { GOVERNED_TYPES, isGovernedType, type GovernedType } from '../../../shared';
import { currentAuthority, mayChangeLive } from '../workflow/authority';
import { boardActor } from '../workflow/actor';
import { refuse, type WorkflowsService } from '../services/workflows';
import type { StoreService } from '../services/store';

interface Params {
  documentId?: string;
  locale?: unknown;
  status?: string;
  data?: Record<string, unknown>;
}

const NEEDS_BOARD = 'Nội dung phải được Ban biên tập duyệt trước khi đăng: hãy lưu bản nháp rồi gửi Ban biên tập.';

function scriptReason(): string | null {
  const authority = currentAuthority();
  return authority?.kind === 'script' ? authority.reason : null;
}

export function registerPublishGuard(strapi: Core.Strapi): void {
  const workflows = (): WorkflowsService => strapi.plugin('editorial-board').service('workflows') as WorkflowsService;
  const store = (): StoreService => strapi.plugin('editorial-board').service('store') as StoreService;

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!isGovernedType(context.uid)) return next();
    const uid: GovernedType = context.uid;
    const params = context.params as Params;
    const actor = boardActor(strapi);
    const userId = actor.kind === 'user' ? actor.userId : null;
    const imported = scriptReason();

    switch (context.action) {
      case 'create':
      case 'clone': {
        if (params.status === 'published' && imported === null) throw refuse(NEEDS_BOARD);
        const result = await next();
        const created = result as { documentId?: string; locale?: string | null } | null;
        if (created?.documentId)
          await workflows().created(await store().targetOf(uid, created.documentId, created.locale), userId, imported);
        return result;
      }

      case 'update': {
        if (!params.documentId) return next();
        if (params.status === 'published' && imported === null) throw refuse(NEEDS_BOARD);
        const target = await store().targetOf(uid, params.documentId, params.locale);
        if (userId !== null) await workflows().assertMayEdit(target, userId);
        const result = await next();
        await workflows().edited(target, userId, imported);
        return result;
      }

      case 'publish': {
        if (!params.documentId) throw refuse(NEEDS_BOARD);
        if (mayChangeLive('publish', params.documentId)) {
          const result = await next();
          if (imported !== null) await workflows().edited(await store().targetOf(uid, params.documentId, params.locale), null, imported);
          return result;
        }
        if (userId === null) throw refuse(NEEDS_BOARD);
        if (Array.isArray(params.locale) || params.locale === '*') throw refuse('Hãy đăng từng ngôn ngữ một, qua Ban biên tập.');
        return workflows().publishThroughBoard(await store().targetOf(uid, params.documentId, params.locale), userId, async () => next());
      }

      case 'unpublish': {
        if (params.documentId && mayChangeLive('unpublish', params.documentId)) return next();
        throw refuse('Muốn gỡ nội dung khỏi trang, Trưởng ban dùng nút “Gỡ xuống” trong khung Ban biên tập và ghi lý do.');
      }

      case 'delete': {
        if (!params.documentId) return next();
        if (!mayChangeLive('unpublish', params.documentId)) {
          const target = await store().targetOf(uid, params.documentId, params.locale);
          const anyLocale = params.locale === '*' || Array.isArray(params.locale);
          const live = anyLocale
            ? (await strapi.db
                .query(uid as UID.Schema)
                .count({ where: { documentId: params.documentId, publishedAt: { $notNull: true } } })) > 0
            : await store().isLive(target);
          if (live) throw refuse('Nội dung đang có trên trang: Trưởng ban cần gỡ xuống (ghi lý do) trước khi xóa.');
        }
        const result = await next();
        await workflows().deleted(uid, params.documentId, userId);
        return result;
      }

      case 'discardDraft': {
        if (!params.documentId) return next();
        const target = await store().targetOf(uid, params.documentId, params.locale);
        if (userId !== null) await workflows().assertMayEdit(target, userId);
        const result = await next();
        await workflows().discarded(target, userId);
        return result;
      }

      default:
        return next();
    }
  };
  strapi.documents.use(middleware);
}

interface LifecycleEvent {
  model: { uid: string };
  params: { data?: Record<string, unknown> | Array<Record<string, unknown>>; where?: Record<string, unknown> };
}

const isPublishedData = (data: Record<string, unknown> | undefined): boolean =>
  data?.publishedAt !== undefined && data.publishedAt !== null;

/** The database-level backstop: published rows of governed types appear and disappear only under a permit. */
export function registerLiveRowGuard(strapi: Core.Strapi): void {
  const denied = (what: string): errors.PolicyError => {
    strapi.log.warn(`[editorial-board] refused ${what} without the board's approval`);
    return refuse(NEEDS_BOARD);
  };

  const beforeCreate = (event: LifecycleEvent): void => {
    const rows = Array.isArray(event.params.data) ? event.params.data : [event.params.data];
    for (const row of rows) {
      if (!isPublishedData(row)) continue;
      const documentId = typeof row?.documentId === 'string' ? row.documentId : undefined;
      if (!mayChangeLive('publish', documentId)) throw denied(`a published ${event.model.uid} row (${documentId ?? 'no documentId'})`);
    }
  };

  const beforeUpdate = (event: LifecycleEvent): void => {
    const data = Array.isArray(event.params.data) ? undefined : event.params.data;
    if (isPublishedData(data) && currentAuthority() === undefined) throw denied(`setting publishedAt on ${event.model.uid}`);
  };

  /** Removing live rows is unpublishing: the rows to delete must all be covered by the permit. */
  const beforeDelete = async (event: LifecycleEvent): Promise<void> => {
    const live = (await strapi.db.query(event.model.uid as UID.Schema).findMany({
      where: { $and: [event.params.where ?? {}, { publishedAt: { $notNull: true } }] },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    for (const row of live) {
      if (!mayChangeLive('unpublish', row.documentId)) throw denied(`removing the live version of ${event.model.uid} ${row.documentId}`);
    }
  };

  strapi.db.lifecycles.subscribe({
    models: [...GOVERNED_TYPES],
    beforeCreate,
    beforeCreateMany: beforeCreate,
    beforeUpdate,
    beforeUpdateMany: beforeUpdate,
    beforeDelete,
    beforeDeleteMany: beforeDelete,
  });
}
