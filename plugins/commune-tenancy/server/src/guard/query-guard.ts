/**
 * The second line of defence, below the document service: database query lifecycles on every
 * scoped model, and on media files and folders. Several Strapi paths query the database directly
 * — the relation picker, bulk actions, clone's source, draft-relation counts and the whole media
 * library — and would otherwise see every commune. Here every query of the current actor is
 * narrowed to the actor's communes: reads to readable ones, updates and deletes to writable ones.
 * New media files and folders are stamped with the uploader's commune.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultCommuneFor, resolveActor, type Actor } from './actor';
import { readableCommunes, writableCommunes } from './rules';
import { COMMUNE_KEY, scopedUids } from './commune-key';

export const MEDIA_UIDS = ['plugin::upload.file', 'plugin::upload.folder'] as const;
/** The column media rows carry: upload's own types cannot hold our relation, so a plain id. */
export const MEDIA_COMMUNE_FIELD = 'communeId';

interface QueryEvent {
  model: { uid: string };
  params: { where?: Record<string, unknown>; data?: Record<string, unknown> };
}

type Scope = (ids: number[]) => Record<string, unknown>;

// The scalar key, not the relation: a relation filter joins the link table on every read.
const byKey: Scope = (ids) => ({ [COMMUNE_KEY]: { $in: ids } });
const byColumn: Scope = (ids) => ({ [MEDIA_COMMUNE_FIELD]: { $in: ids } });

function narrow(event: QueryEvent, communes: 'all' | number[], scope: Scope): void {
  if (communes === 'all') return;
  const where = event.params.where;
  event.params.where = where && Object.keys(where).length > 0 ? { $and: [where, scope(communes)] } : scope(communes);
}

function denyIfDenied(actor: Actor): void {
  if (actor.kind === 'denied')
    throw actor.status === 404
      ? new errors.NotFoundError('Không tìm thấy nội dung này.')
      : new errors.PolicyError('Bạn không có quyền truy cập nội dung này.');
}

/** Adds the commune column to upload's file and folder types; call in register(). */
export function extendMediaTypes(strapi: Core.Strapi): void {
  for (const uid of MEDIA_UIDS) {
    const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as { attributes: Record<string, unknown> } | undefined;
    if (contentType) contentType.attributes[MEDIA_COMMUNE_FIELD] = { type: 'integer', configurable: false, required: false };
  }
}

async function stampMedia(strapi: Core.Strapi, event: QueryEvent): Promise<void> {
  const actor = await resolveActor(strapi);
  denyIfDenied(actor);
  const writable = writableCommunes(actor);
  if (writable === 'all') return; // system and province IT: whatever the data says
  const data = event.params.data ?? {};
  event.params.data = data;
  const communeId = defaultCommuneFor(actor);
  if (communeId !== null) {
    data[MEDIA_COMMUNE_FIELD] = communeId;
    await assertParentFolderIn(strapi, data, communeId);
    return;
  }
  // Several communes and none selected (or none at all): never guess whose library a file goes to.
  throw new errors.PolicyError(
    writable.length === 0
      ? 'Bạn không có quyền tải tệp lên.'
      : 'Tài khoản thuộc nhiều xã: hãy chọn xã đang làm việc trước khi tải tệp lên.',
  );
}

/** A file's folder, or a folder's parent, must be in the same commune's library. */
async function assertParentFolderIn(strapi: Core.Strapi, data: Record<string, unknown>, communeId: number): Promise<void> {
  for (const key of ['folder', 'parent']) {
    const value = data[key];
    const id =
      typeof value === 'number'
        ? value
        : typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number'
          ? (value as { id: number }).id
          : null;
    if (id === null) continue;
    // This read is itself narrowed to the actor's communes: another commune's folder is not found.
    const folder = (await strapi.db
      .query('plugin::upload.folder')
      .findOne({ where: { id }, select: ['id', MEDIA_COMMUNE_FIELD] })) as Record<string, unknown> | null;
    if (!folder || folder[MEDIA_COMMUNE_FIELD] !== communeId)
      throw new errors.PolicyError('Không được đặt tệp vào thư mục của xã, phường khác.');
  }
}

export function registerQueryGuard(strapi: Core.Strapi): void {
  const scopedModels = scopedUids(strapi);

  // Reads never throw: a denied actor reads nothing (readableCommunes is empty), which callers
  // see as "not found". Some Strapi paths read without awaiting safely — the upload plugin's
  // yup validators run their database tests in a promise without a rejection handler — and an
  // error thrown there is an unhandled rejection that stops the whole process.
  const guardReads = (scope: Scope) => async (event: QueryEvent) => {
    narrow(event, readableCommunes(await resolveActor(strapi)), scope);
  };
  const guardWrites = (scope: Scope) => async (event: QueryEvent) => {
    const actor = await resolveActor(strapi);
    denyIfDenied(actor);
    narrow(event, writableCommunes(actor), scope);
  };

  for (const [models, scope] of [
    [scopedModels, byKey],
    [[...MEDIA_UIDS], byColumn],
  ] as const) {
    strapi.db.lifecycles.subscribe({
      models: [...models],
      beforeFindOne: guardReads(scope),
      beforeFindMany: guardReads(scope),
      beforeCount: guardReads(scope),
      beforeUpdate: guardWrites(scope),
      beforeUpdateMany: guardWrites(scope),
      beforeDelete: guardWrites(scope),
      beforeDeleteMany: guardWrites(scope),
    });
  }
  strapi.db.lifecycles.subscribe({
    models: [...MEDIA_UIDS],
    beforeCreate: (event: QueryEvent) => stampMedia(strapi, event),
  });
}
