/**
 * Files on the public site change only as the site governance table allows. A published article's
 * cover, a published document's PDF, a leader's photo: the site shows the file the media library
 * holds, at an address that a replacement keeps. So replacing such a file, changing its name,
 * description or caption (an attachment's name is its link text) or deleting it would change the
 * public site at once, without the board. Only the head of the board and the commune admin of the
 * file's commune (province IT for the commune's logo) may; anyone else gets a 403 with the reason,
 * nothing is written, and the attempt is in the change log. A file no published row uses stays
 * free for everyone who may see it (drafts, organising the library, moving files to folders).
 *
 * Wrapped around the upload plugin's services rather than its routes, so every path is covered:
 * the media library's replace, edit and delete, bulk delete and folder delete, the content API's
 * upload routes, and plugins calling the services. A bulk delete (files and folders in one request)
 * is checked whole before any file goes. Reads go through the tenancy guard: another commune's file is not found, and the
 * upload plugin then answers 404 as before.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { mayWriteDirectly, SITE_TYPES, type SiteType } from '@commune/commune-tenancy/shared';
import { fileIdsAt, fileReferences, mediaPopulate, mediaWhere, type FileReferences } from '../governance/file-references';
import { liveFileGovernance, liveFileRefusal, type LiveUse } from '../governance/live-files';
import type { ChangeLogService, Snapshot } from '../services/change-log';
import type { GetModel, ModelLike } from '../workflow/content';
import { actorOf, whoIsAsking, writersOf } from './site-governance';

const FILE_UID = 'plugin::upload.file';
const FOLDER_UID = 'plugin::upload.folder';

/** The fields of a file the site shows (besides its bytes): the link text and the picture's texts. */
const SHOWN_FIELDS = ['name', 'alternativeText', 'caption'] as const;
type ShownField = (typeof SHOWN_FIELDS)[number];

/** The fields that name a row in a refusal, in the order they are tried. */
const LABEL_FIELDS = ['title', 'numberSymbol', 'fullName', 'unitName', 'name', 'siteTitle', 'question'];

interface StoredFile {
  id: number;
  documentId?: string | null;
  name?: string | null;
  hash?: string | null;
  ext?: string | null;
  url?: string | null;
  alternativeText?: string | null;
  caption?: string | null;
  size?: number | null;
  mime?: string | null;
  updatedAt?: string | null;
  communeId?: number | null;
}

type FileInfo = Partial<Record<ShownField, string | null>> & Record<string, unknown>;

interface UploadService {
  replace(id: number | string, input: { data: unknown; file: unknown }, opts?: unknown): Promise<unknown>;
  updateFileInfo(id: number | string, info: FileInfo, opts?: unknown): Promise<unknown>;
  remove(file: { id: number }): Promise<unknown>;
}

interface DeleteByIds {
  deleteByIds(ids?: number[]): Promise<unknown>;
}

type Action = 'replace' | 'update' | 'delete';

interface BulkDeleteContext {
  request: { body?: { fileIds?: unknown; folderIds?: unknown } };
}

export function registerLiveFileGuard(strapi: Core.Strapi): void {
  const query = (uid: string) => strapi.db.query(uid as UID.Schema);
  const getModel: GetModel = (uid) => strapi.getModel(uid as UID.Schema) as unknown as ModelLike | undefined;
  const changeLog = (): ChangeLogService => strapi.plugin('editorial-board').service('change-log') as ChangeLogService;
  const references = new Map<SiteType, FileReferences>();
  const referencesOf = (uid: SiteType): FileReferences => {
    const known = references.get(uid) ?? fileReferences(uid, getModel);
    references.set(uid, known);
    return known;
  };

  /** The files among `ids` the caller may see (the tenancy guard filters this read). */
  const visibleFiles = async (ids: readonly unknown[]): Promise<StoredFile[]> => {
    const wanted = ids.map(Number).filter((id) => Number.isSafeInteger(id));
    if (wanted.length === 0) return [];
    return (await query(FILE_UID).findMany({
      where: { id: { $in: wanted } },
      select: ['id', 'documentId', 'name', 'hash', 'ext', 'url', 'alternativeText', 'caption', 'size', 'mime', 'updatedAt', 'communeId'],
    })) as StoredFile[];
  };

  /** Every published row of a type the sites show that uses one of `files`, by file id. */
  async function liveUses(files: readonly StoredFile[]): Promise<Map<number, LiveUse[]>> {
    const uses = new Map<number, LiveUse[]>();
    const add = (fileId: number, use: LiveUse) => uses.set(fileId, [...(uses.get(fileId) ?? []), use]);
    const ids = files.map((file) => file.id);
    if (ids.length === 0) return uses;
    for (const uid of SITE_TYPES) {
      const model = strapi.getModel(uid as UID.Schema) as (ModelLike & { options?: { draftAndPublish?: boolean } }) | undefined;
      if (!model) continue;
      const published = model.options?.draftAndPublish === true;
      const labelField = LABEL_FIELDS.find((field) => model.attributes[field] !== undefined);
      const labelOf = (row: Record<string, unknown>): string | null => {
        const value = labelField ? row[labelField] : null;
        return typeof value === 'string' && value !== '' ? value : null;
      };
      const { media, richText } = referencesOf(uid);
      for (const path of media) {
        const rows = (await query(uid).findMany({
          where: { $and: [published ? { publishedAt: { $notNull: true } } : {}, mediaWhere(path, ids)] },
          select: ['id', ...(labelField ? [labelField] : [])],
          populate: mediaPopulate(path),
        })) as Array<Record<string, unknown>>;
        for (const row of rows) {
          for (const fileId of new Set(fileIdsAt(row, path))) if (ids.includes(fileId)) add(fileId, { uid, label: labelOf(row) });
        }
      }
      // A picture in rich text is stored by its address, which holds the file's hash and extension.
      const needles = files.filter((file) => file.hash).map((file) => ({ id: file.id, needle: `${file.hash}${file.ext ?? ''}` }));
      if (richText.length === 0 || needles.length === 0) continue;
      const meta = strapi.db.metadata.get(uid);
      const columnOf = (name: string): string => (meta.attributes[name] as { columnName?: string } | undefined)?.columnName ?? name;
      const text = richText.map(() => "coalesce(t.??::text, '')").join(" || ' ' || ");
      const { rows } = (await strapi.db.connection.raw(
        `SELECT DISTINCT f.id AS file_id, ${labelField ? 't.?? AS label' : 'NULL AS label'}
         FROM ?? t JOIN unnest(?::text[], ?::int[]) AS f(needle, id) ON strpos(${text}, f.needle) > 0
         ${published ? 'WHERE t.published_at IS NOT NULL' : ''}`,
        [
          ...(labelField ? [columnOf(labelField)] : []),
          meta.tableName,
          needles.map((entry) => entry.needle),
          needles.map((entry) => entry.id),
          ...richText.map(columnOf),
        ],
      )) as { rows: Array<{ file_id: number; label: string | null }> };
      for (const row of rows) add(row.file_id, { uid, label: row.label });
    }
    return uses;
  }

  const snapshotOf = (file: StoredFile): Snapshot => ({
    // Size, type and time make a replacement an entry of its own even when it keeps the name and
    // the address.
    content: {
      name: file.name ?? null,
      alternativeText: file.alternativeText ?? null,
      caption: file.caption ?? null,
      url: file.url ?? null,
      size: file.size ?? null,
      mime: file.mime ?? null,
      updatedAt: file.updatedAt ?? null,
    },
    label: file.name ?? null,
    communeId: file.communeId ?? null,
  });

  /**
   * Refuses (and logs) the change when a file among `files` is on the site and the caller may not
   * change it; otherwise returns the files on the site, whose change the caller then logs.
   */
  async function assertMayChange(files: readonly StoredFile[], action: Action, attempted: string[]): Promise<StoredFile[]> {
    const uses = await liveUses(files);
    const who = whoIsAsking(strapi);
    const onSite: StoredFile[] = [];
    for (const file of files) {
      const fileUses = uses.get(file.id);
      if (!fileUses) continue;
      if (!mayWriteDirectly(liveFileGovernance(fileUses), await writersOf(strapi, who, file.communeId ?? null))) {
        const reason = liveFileRefusal(file.name ?? '', fileUses);
        await changeLog().recordRefusal({
          actor: actorOf(who),
          action,
          uid: FILE_UID,
          documentId: file.documentId ?? null,
          communeId: file.communeId ?? null,
          reason,
          attempted,
        });
        throw new errors.PolicyError(reason, { reason: 'file-on-site', fileId: file.id, usedBy: fileUses.map((use) => use.uid) });
      }
      onSite.push(file);
    }
    return onSite;
  }

  /** The entry of an allowed change of a file on the site: who, which file, before and after. */
  async function logChange(action: Action, before: StoredFile, after: StoredFile | null): Promise<void> {
    try {
      await changeLog().record({
        actor: actorOf(whoIsAsking(strapi)),
        action,
        uid: FILE_UID,
        documentId: before.documentId ?? null,
        communeId: before.communeId ?? null,
        outcome: 'done',
        before: snapshotOf(before),
        after: after ? snapshotOf(after) : null,
      });
    } catch (error) {
      // The file has changed already (the provider is not transactional): say so, do not fail it.
      strapi.log.error(
        `[editorial-board] could not log a change of file #${before.id}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const replace = upload.replace.bind(upload);
  const updateFileInfo = upload.updateFileInfo.bind(upload);
  const remove = upload.remove.bind(upload);

  upload.replace = async (id, input, opts) => {
    const [file] = await visibleFiles([id]);
    // Not visible: the original answers "not found".
    if (!file) return replace(id, input, opts);
    const onSite = await assertMayChange([file], 'replace', ['file']);
    const result = await replace(id, input, opts);
    if (onSite.length > 0) await logChange('replace', file, (await visibleFiles([file.id]))[0] ?? null);
    return result;
  };

  upload.updateFileInfo = async (id, info, opts) => {
    const [file] = await visibleFiles([id]);
    if (!file) return updateFileInfo(id, info, opts);
    // Strapi keeps a field that is absent or null; only a new value changes what the site shows.
    const changed = SHOWN_FIELDS.filter(
      (field) => info[field] !== undefined && info[field] !== null && info[field] !== (file[field] ?? null),
    );
    if (changed.length === 0) return updateFileInfo(id, info, opts);
    const onSite = await assertMayChange([file], 'update', [...changed]);
    const result = await updateFileInfo(id, info, opts);
    if (onSite.length > 0) await logChange('update', file, (await visibleFiles([file.id]))[0] ?? null);
    return result;
  };

  upload.remove = async (file) => {
    const [stored] = await visibleFiles([file.id]);
    if (!stored) return remove(file);
    const onSite = await assertMayChange([stored], 'delete', ['file']);
    const result = await remove(file);
    if (onSite.length > 0) await logChange('delete', stored, null);
    return result;
  };

  /** The files in these folders and their subfolders, as the upload plugin's folder delete finds them. */
  async function filesInFolders(folderIds: readonly unknown[]): Promise<number[]> {
    const wanted = folderIds.map(Number).filter((id) => Number.isSafeInteger(id));
    if (wanted.length === 0) return [];
    const folders = (await query(FOLDER_UID).findMany({ where: { id: { $in: wanted } }, select: ['path'] })) as Array<{ path: string }>;
    if (folders.length === 0) return [];
    const inside = (await query(FILE_UID).findMany({
      where: { $or: folders.flatMap(({ path }) => [{ folderPath: { $eq: path } }, { folderPath: { $startsWith: `${path}/` } }]) },
      select: ['id'],
    })) as Array<{ id: number }>;
    return inside.map((file) => file.id);
  }

  const assertMayDelete = async (fileIds: readonly unknown[], folderIds: readonly unknown[]): Promise<void> => {
    await assertMayChange(await visibleFiles([...fileIds, ...(await filesInFolders(folderIds))]), 'delete', ['file']);
  };

  // The media library's bulk delete removes the files, then the folders, each side by side: the
  // whole request is checked first, so that one refusal leaves everything as it was.
  const bulk = strapi.plugin('upload').controller('admin-folder-file') as Record<string, (ctx: BulkDeleteContext) => Promise<unknown>>;
  const deleteMany = bulk.deleteMany;
  if (typeof deleteMany !== 'function') throw new Error('[editorial-board] upload controller admin-folder-file.deleteMany not found');
  bulk.deleteMany = async (ctx) => {
    const body = ctx.request.body ?? {};
    await assertMayDelete(Array.isArray(body.fileIds) ? body.fileIds : [], Array.isArray(body.folderIds) ? body.folderIds : []);
    return deleteMany.call(bulk, ctx);
  };
  // And the services, for every other caller.
  const files = strapi.plugin('upload').service('file') as DeleteByIds;
  const deleteFiles = files.deleteByIds.bind(files);
  files.deleteByIds = async (ids = []) => {
    await assertMayDelete(ids, []);
    return deleteFiles(ids);
  };
  const folders = strapi.plugin('upload').service('folder') as DeleteByIds;
  const deleteFolders = folders.deleteByIds.bind(folders);
  folders.deleteByIds = async (ids = []) => {
    await assertMayDelete([], ids);
    return deleteFolders(ids);
  };
}

/** Refuses to start when a type the sites show could hold a file where the guard does not look. */
export function assertLiveFileReach(strapi: Core.Strapi): void {
  const getModel: GetModel = (uid) => strapi.getModel(uid as UID.Schema) as unknown as ModelLike | undefined;
  const problems = SITE_TYPES.flatMap((uid) => fileReferences(uid, getModel).unsupported);
  if (problems.length > 0) {
    throw new Error(
      `[editorial-board] The live-file guard (guard/live-files.ts) cannot see every file the sites show: ${problems.join('; ')}. ` +
        'Teach liveUses where to look before adding such a field.',
    );
  }
}
