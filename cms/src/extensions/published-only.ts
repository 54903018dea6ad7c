/**
 * The public content API must only ever show published content. Strapi 5 lets any caller with
 * `find` permission ask for drafts with `?status=draft`; this document service middleware forces
 * `status: 'published'` on every read that comes through a content-API route, whatever was asked.
 *
 * One exception, which no request can ask for: the editorial board's preview service, once it has
 * verified a preview link (README "Preview"), marks the request with the one draft the link names,
 * under a symbol (a request's JSON cannot carry one), and reads that draft with `findOne`.
 */
import type { Core, Modules } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

interface RequestState {
  state?: { route?: { info?: { type?: string } } };
}

/** `<uid>:<documentId>` of the draft a verified preview link names (plugins/editorial-board services/preview.ts). */
export const PREVIEW_DRAFT_READ = Symbol.for('commune-portal.preview-draft-read');

function previewDraftOf(strapi: Core.Strapi): unknown {
  const state = (strapi.requestContext.get() as RequestState | undefined)?.state as Record<symbol, unknown> | undefined;
  return state?.[PREVIEW_DRAFT_READ];
}

export function isContentApiRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  return ctx?.state?.route?.info?.type === 'content-api';
}

export function registerPublishedOnly(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || context.contentType.options?.draftAndPublish !== true || !isContentApiRequest(strapi))
      return next();
    const params = context.params as { status?: string; hasPublishedVersion?: unknown; documentId?: unknown };
    if (
      context.action === 'findOne' &&
      params.status === 'draft' &&
      previewDraftOf(strapi) === `${context.uid}:${String(params.documentId)}`
    )
      return next();
    params.status = 'published';
    delete params.hasPublishedVersion;
    return next();
  };
  strapi.documents.use(middleware);
}
