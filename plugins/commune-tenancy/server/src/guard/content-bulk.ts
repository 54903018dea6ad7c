/**
 * The content manager's bulk actions name their entries by documentId and then skip, rather
 * than refuse, the ones the user cannot see: a bulk unpublish of another commune's entries
 * answered 200 `{ count: 0 }`, a bulk publish passed the foreign ids on to the document service,
 * and a draft-relations count queried them below every guard. Each is wrapped here: every
 * documentId named must be visible to the actor (counted through the guarded document service),
 * or the whole action is refused as "not found" before it runs.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Handler = (ctx: BulkContext) => Promise<unknown>;

interface BulkContext {
  params: { model?: string };
  request: { body?: unknown; query?: Record<string, unknown> };
}

/** The controller actions and where each finds its documentIds. */
const BULK_ACTIONS: Record<string, 'body' | 'query'> = {
  bulkDelete: 'body',
  bulkPublish: 'body',
  bulkUnpublish: 'body',
  bulkFindForValidation: 'body',
  countManyEntriesDraftRelations: 'query',
};

/** Pure: the distinct documentIds a request names (a string or an array of strings). */
export function namedDocumentIds(source: unknown): string[] {
  const value = source && typeof source === 'object' ? (source as Record<string, unknown>).documentIds : undefined;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return [...new Set(list.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

async function assertAllVisible(strapi: Core.Strapi, model: string | undefined, documentIds: string[]): Promise<void> {
  if (!model || documentIds.length === 0 || !strapi.contentType(model as UID.ContentType)) return; // Strapi's own validation answers these
  // The query engine is narrowed to the actor's communes by the query guard; every locale and
  // publication state counts, so an entry visible in any form is visible.
  const rows = (await strapi.db
    .query(model as UID.ContentType)
    .findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId'] })) as Array<{ documentId: string }>;
  const visible = new Set(rows.map((row) => row.documentId));
  if (documentIds.some((id) => !visible.has(id))) throw new errors.NotFoundError('Không tìm thấy nội dung này.');
}

export function guardContentBulkActions(strapi: Core.Strapi): void {
  const controller = strapi.plugin('content-manager').controller('collection-types') as unknown as Record<string, Handler>;
  for (const [action, source] of Object.entries(BULK_ACTIONS)) {
    const original = controller[action];
    if (!original) throw new Error(`[commune-tenancy] content-manager collection-types.${action} not found`);
    controller[action] = async (ctx) => {
      await assertAllVisible(strapi, ctx.params.model, namedDocumentIds(source === 'body' ? ctx.request.body : ctx.request.query));
      return original.call(controller, ctx);
    };
  }
}
