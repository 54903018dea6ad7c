/**
 * What a document service write middleware needs to judge a create or update: the stored draft
 * (for an update), the merged values the entry will have, and the commune it belongs to.
 */
import type { Core, UID } from '@strapi/strapi';
import { readRelationRef, type RelationRef } from '@commune/commune-tenancy/shared';

export interface WriteParams {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

export interface WriteContext {
  params: WriteParams & { data: Record<string, unknown> };
  existing: (Record<string, unknown> & { documentId: string }) | null;
  merged: Record<string, unknown>;
  commune: RelationRef | null;
}

interface StoredCommune {
  commune?: { documentId: string } | null;
}

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish === true;

type StoredEntry = Record<string, unknown> & StoredCommune & { documentId: string };

/**
 * The stored draft, read once per document-service call: Strapi passes one context object along
 * the whole middleware chain, and five of our middlewares judge the same write (slugs, sections,
 * settings, documents, rich-text images) — each read it again before.
 */
const storedByCall = new WeakMap<object, Promise<StoredEntry | null>>();

function storedEntry(
  strapi: Core.Strapi,
  context: { uid: string; action: string; params: unknown },
  params: WriteParams,
): Promise<StoredEntry | null> {
  if (context.action !== 'update' || !params.documentId) return Promise.resolve(null);
  let stored = storedByCall.get(context);
  if (!stored) {
    stored = strapi.documents(context.uid as UID.ContentType).findOne({
      documentId: params.documentId,
      ...(hasDraftAndPublish(strapi, context.uid) ? { status: 'draft' as const } : {}),
      ...(params.locale ? { locale: params.locale } : {}),
      populate: { commune: { fields: ['documentId'] } },
    } as never) as Promise<StoredEntry | null>;
    storedByCall.set(context, stored);
  }
  return stored;
}

/**
 * Null when the action is not a create/update with data: nothing to judge. The merged values are
 * taken afresh at each call (a middleware before may have added to the data: a slug, the commune).
 */
export async function loadWriteContext(
  strapi: Core.Strapi,
  context: { uid: string; action: string; params: unknown },
): Promise<WriteContext | null> {
  if (context.action !== 'create' && context.action !== 'update') return null;
  const params = context.params as WriteParams;
  if (!params.data) return null;
  const existing = await storedEntry(strapi, context, params);
  const given = readRelationRef(params.data.commune);
  const commune = given !== undefined ? given : existing?.commune ? { documentId: existing.commune.documentId } : null;
  return { params: params as WriteContext['params'], existing, merged: { ...(existing ?? {}), ...params.data }, commune };
}
