/**
 * The public content API must only ever show published content. Strapi 5 lets any caller with
 * `find` permission ask for drafts with `?status=draft`; this document service middleware forces
 * `status: 'published'` on every read that comes through a content-API route, whatever was asked.
 */
import type { Core, Modules } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

interface RequestState {
  state?: { route?: { info?: { type?: string } } };
}

export function isContentApiRequest(strapi: Core.Strapi): boolean {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  return ctx?.state?.route?.info?.type === 'content-api';
}

export function registerPublishedOnly(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!READ_ACTIONS.has(context.action) || context.contentType.options?.draftAndPublish !== true || !isContentApiRequest(strapi)) return next();
    const params = context.params as { status?: string; hasPublishedVersion?: unknown };
    params.status = 'published';
    delete params.hasPublishedVersion;
    return next();
  };
  strapi.documents.use(middleware);
}
