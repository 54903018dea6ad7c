/**
 * Creating and changing media folders. The upload plugin validates a folder's parent inside yup
 * tests that query the database in a promise nobody awaits safely (yup 0.32 has no rejection
 * handler there): an error thrown by a query lifecycle at that point is an unhandled rejection
 * that stops the Strapi process. So the controller actions are wrapped: before any of the
 * plugin's code runs, the folder being changed and the parent named in the body must be in one
 * of the actor's communes, and a refusal is an ordinary awaited 403 with its message.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { resolveActor } from './actor';
import { writableCommunes } from './rules';
import { MEDIA_COMMUNE_FIELD } from './query-guard';

interface FolderRequestContext {
  params?: { id?: unknown };
  request: { body?: unknown };
}

type Handler = (ctx: FolderRequestContext) => Promise<unknown>;

const toId = (value: unknown): number | null => {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) ? id : null;
};

/** Pure: the folders a create (`parent`) or update (`:id`, `parent`) request touches. */
export function foldersTouched(ctx: FolderRequestContext): number[] {
  const body = (ctx.request.body && typeof ctx.request.body === 'object' ? ctx.request.body : {}) as Record<string, unknown>;
  return [toId(ctx.params?.id), toId(body.parent)].filter((id): id is number => id !== null);
}

async function assertFoldersWritable(strapi: Core.Strapi, ids: number[]): Promise<void> {
  const writable = writableCommunes(await resolveActor(strapi));
  if (writable === 'all') return;
  if (writable.length === 0) throw new errors.PolicyError('Bạn không có quyền thay đổi thư mục.');
  if (ids.length === 0) return;
  const wanted = [...new Set(ids)];
  const owned = await strapi.db
    .query('plugin::upload.folder')
    .count({ where: { id: { $in: wanted }, [MEDIA_COMMUNE_FIELD]: { $in: writable } } });
  if (owned !== wanted.length) throw new errors.PolicyError('Không được tạo hoặc chuyển thư mục vào thư mục của xã, phường khác.');
}

export function guardFolderWrites(strapi: Core.Strapi): void {
  const controller = strapi.plugin('upload').controller('admin-folder') as Record<string, Handler>;
  for (const action of ['create', 'update']) {
    const original = controller[action];
    if (!original) throw new Error(`[commune-tenancy] upload controller admin-folder.${action} not found`);
    controller[action] = async (ctx) => {
      await assertFoldersWritable(strapi, foldersTouched(ctx));
      return original.call(controller, ctx);
    };
  }
}
