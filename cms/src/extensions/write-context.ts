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

export const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean => strapi.contentType(uid as UID.ContentType)?.options?.draftAndPublish === true;

/** Null when the action is not a create/update with data: nothing to judge. */
export async function loadWriteContext(strapi: Core.Strapi, context: { uid: string; action: string; params: unknown }): Promise<WriteContext | null> {
  if (context.action !== 'create' && context.action !== 'update') return null;
  const params = context.params as WriteParams;
  if (!params.data) return null;
  const existing =
    context.action === 'update' && params.documentId
      ? ((await strapi.documents(context.uid as UID.ContentType).findOne({
          documentId: params.documentId,
          ...(hasDraftAndPublish(strapi, context.uid) ? { status: 'draft' as const } : {}),
          ...(params.locale ? { locale: params.locale } : {}),
          populate: { commune: { fields: ['documentId'] } },
        } as never)) as (Record<string, unknown> & StoredCommune & { documentId: string }) | null)
      : null;
  const given = readRelationRef(params.data.commune);
  const commune = given !== undefined ? given : existing?.commune ? { documentId: existing.commune.documentId } : null;
  return { params: params as WriteContext['params'], existing, merged: { ...(existing ?? {}), ...params.data }, commune };
}
