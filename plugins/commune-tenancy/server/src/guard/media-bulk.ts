/**
 * The media library's bulk delete and bulk move read and write files and folders with Strapi's
 * low-level query builder, below the query lifecycles. Their controller actions are wrapped: every
 * file and folder they name, and the destination folder, must be the actor's (counted through the
 * guarded query engine, which only sees the actor's communes) before the action runs.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { resolveActor } from './actor';
import { writableCommunes } from './rules';

type Handler = (ctx: { request: { body?: unknown } }) => Promise<unknown>;

const ids = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number).filter((id) => Number.isInteger(id)) : []);

export interface BulkRequest {
  fileIds: number[];
  folderIds: number[];
}

/** Pure: the files and folders a bulk request touches (the destination folder included). */
export function touchedByBulk(body: unknown): BulkRequest {
  const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const destination = typeof record.destinationFolderId === 'number' ? [record.destinationFolderId] : [];
  return { fileIds: ids(record.fileIds), folderIds: [...ids(record.folderIds), ...destination] };
}

async function assertAllOwned(strapi: Core.Strapi, body: unknown): Promise<void> {
  const writable = writableCommunes(await resolveActor(strapi));
  if (writable === 'all') return;
  const refused = new errors.PolicyError('Không được thao tác trên tệp, thư mục của xã, phường khác.');
  if (writable.length === 0) throw refused;
  const { fileIds, folderIds } = touchedByBulk(body);
  const visible = async (uid: 'plugin::upload.file' | 'plugin::upload.folder', wanted: number[]): Promise<boolean> =>
    wanted.length === 0 || (await strapi.db.query(uid).count({ where: { id: { $in: [...new Set(wanted)] } } })) === new Set(wanted).size;
  if (!(await visible('plugin::upload.file', fileIds)) || !(await visible('plugin::upload.folder', folderIds))) throw refused;
}

export function guardMediaBulkActions(strapi: Core.Strapi): void {
  const controller = strapi.plugin('upload').controller('admin-folder-file') as Record<string, Handler>;
  for (const action of ['deleteMany', 'moveMany']) {
    const original = controller[action];
    if (!original) throw new Error(`[commune-tenancy] upload controller admin-folder-file.${action} not found`);
    controller[action] = async (ctx) => {
      await assertAllOwned(strapi, ctx.request.body);
      return original.call(controller, ctx);
    };
  }
}
