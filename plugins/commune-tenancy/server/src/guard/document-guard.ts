/**
 * The authoritative tenancy guard: a document service middleware, so it sees every read and
 * write of scoped content whatever the path (admin panel, REST API, other plugins, scripts).
 * Reads are filtered to the actor's communes; a document of another commune is "not found";
 * writes are stamped with, and kept inside, one of the actor's communes.
 */
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMUNE_UID, readRelationRef, type RelationRef } from '../../../shared';
import { defaultCommuneFor, resolveActor, type Actor } from './actor';
import { COMMUNE_KEY } from './commune-key';
import { assertRelationsInCommune } from './relations';
import { actionKind, allows, judge, readableCommunes, writableCommunes, type Communes } from './rules';
import { isScoped } from './scope';

interface GuardParams {
  documentId?: string;
  data?: Record<string, unknown>;
}

const notFound = (): errors.NotFoundError => new errors.NotFoundError('Không tìm thấy nội dung này.');

function deny(strapi: Core.Strapi, actor: Extract<Actor, { kind: 'denied' }>): never {
  strapi.log.warn(`[commune-tenancy] denied: ${actor.reason}`);
  if (actor.status === 404) throw notFound();
  throw new errors.PolicyError('Bạn không có quyền truy cập nội dung này.');
}

/** The commune a document belongs to, or null if it does not exist or has none. */
async function communeOfDocument(strapi: Core.Strapi, uid: string, documentId: string): Promise<number | null> {
  const row = (await strapi.db.query(uid as UID.ContentType).findOne({ where: { documentId }, select: ['id', COMMUNE_KEY] })) as Record<
    string,
    unknown
  > | null;
  const key = row?.[COMMUNE_KEY];
  return typeof key === 'number' ? key : null;
}

async function communeIdOf(strapi: Core.Strapi, ref: RelationRef): Promise<number | null> {
  const row = (await strapi.db
    .query(COMMUNE_UID)
    .findOne({ where: 'id' in ref ? { id: ref.id } : { documentId: ref.documentId }, select: ['id'] })) as { id: number } | null;
  return row?.id ?? null;
}

/** The commune a new entry goes to: the one named in the data, or the actor's default commune. */
async function communeForCreate(
  strapi: Core.Strapi,
  data: Record<string, unknown>,
  writable: Communes,
  fallback: number | null,
): Promise<number> {
  const ref = readRelationRef(data.commune);
  if (ref) {
    const communeId = await communeIdOf(strapi, ref);
    if (!allows(writable, communeId) || communeId === null) throw new errors.PolicyError('Bạn không được tạo nội dung cho xã, phường này.');
    return communeId;
  }
  if (fallback !== null && allows(writable, fallback)) {
    const commune = (await strapi.db.query(COMMUNE_UID).findOne({ where: { id: fallback }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (commune) data.commune = commune.documentId; // stamped server-side
    return fallback;
  }
  // Several communes and none selected (or province IT): never guess where a new entry belongs.
  throw new errors.ValidationError('Hãy chọn xã, phường cho nội dung này (trường “Xã, phường”), hoặc chọn xã đang làm việc.');
}

export function registerDocumentGuard(strapi: Core.Strapi): void {
  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (!isScoped(context.contentType as { pluginOptions?: Record<string, unknown> })) return next();
    const actor = await resolveActor(strapi);
    if (actor.kind === 'denied') deny(strapi, actor);
    const params = context.params as GuardParams;
    const attributes = context.contentType.attributes as Record<string, { type: string; target?: string; component?: string }>;
    const readable = readableCommunes(actor);
    const writable = writableCommunes(actor);

    const kind = actionKind(context.action);

    // List and count reads are narrowed one level down, by the query guard, which every read
    // passes through (also those that bypass the document service). Narrowing here as well would
    // join the commune table twice for nothing.
    if (kind === 'read many') return next();

    if (kind === 'read one') {
      // Not null: the content manager would take a missing entry for a new locale and create it.
      if (
        readable !== 'all' &&
        params.documentId &&
        judge(kind, readable, writable, await communeOfDocument(strapi, context.uid, params.documentId)) !== 'pass'
      ) {
        throw notFound();
      }
      return next();
    }

    if (kind === 'create') {
      if (judge(kind, readable, writable) !== 'pass') throw new errors.PolicyError('Bạn không có quyền tạo nội dung.');
      const data = params.data ?? {};
      params.data = data;
      const communeId = await communeForCreate(strapi, data, writable, defaultCommuneFor(actor));
      await assertRelationsInCommune(strapi, attributes, data, communeId);
      return next();
    }

    if (kind === 'change one') {
      if (!params.documentId) throw notFound();
      const communeId = await communeOfDocument(strapi, context.uid, params.documentId);
      const verdict = judge(kind, readable, writable, communeId);
      if (verdict === 'read only') throw new errors.PolicyError('Bạn chỉ được xem, không được thay đổi nội dung này.');
      if (verdict !== 'pass') throw notFound();
      if (params.data && communeId !== null) {
        const moved = readRelationRef(params.data.commune);
        if (moved && (await communeIdOf(strapi, moved)) !== communeId) {
          throw new errors.PolicyError('Không được chuyển nội dung sang xã, phường khác.');
        }
        await assertRelationsInCommune(strapi, attributes, params.data, communeId);
      }
      return next();
    }

    // An action this guard does not know: only actors who may change every commune pass.
    if (judge(kind, readable, writable) !== 'pass') throw new errors.PolicyError(`Thao tác “${context.action}” không được phép.`);
    return next();
  };
  strapi.documents.use(middleware);
}
