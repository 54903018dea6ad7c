/**
 * Uploads are data, never code: every file is checked by its content against the allow-list of
 * domain/file-kind.ts before anything is stored, on every path into the media library.
 *
 * - The upload controllers (admin: POST /upload, /upload?id= (replace), /upload/files,
 *   /upload/files/:id/replace; content API: POST /api/upload) check first, so the editor gets our
 *   Vietnamese message before Strapi's own validation runs.
 * - The upload service's `upload` and `replace` check every file again, whoever calls them
 *   (the controllers above, server code, scripts, plugins): nothing reaches the provider or the
 *   database unchecked. Reading a few KB twice costs nothing next to making thumbnails.
 * - Upload from a URL (POST /upload/actions/upload-from-urls, where Strapi fetches the address
 *   itself) is off: it would let an editor make the server fetch internal addresses. The admin
 *   panel's own "from URL" tab downloads in the editor's browser and uploads through POST /upload.
 *
 * A refusal is a 400 ValidationError (413 PayloadTooLargeError for the size), thrown before any
 * file is written or any row created.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import sharp from 'sharp';
import { checkUpload, tooLargeMessage, type ByteSource, type FileKind, type UploadVerdict } from '../domain/file-kind';

/** A file as formidable (and the seed) hand it to the upload plugin. */
interface IncomingFile {
  filepath?: string;
  originalFilename?: string | null;
  name?: string;
  size?: number;
  mimetype?: string | null;
  detectedMimeType?: string;
}

type Handler = (ctx: UploadContext) => Promise<unknown>;

interface UploadContext {
  params?: { id?: string };
  query: { id?: unknown };
  request: { files?: { files?: IncomingFile | IncomingFile[] } };
}

interface UploadService {
  upload(input: { data: unknown; files: IncomingFile | IncomingFile[] }, opts?: unknown): Promise<unknown>;
  replace(id: number | string, input: { data: unknown; file: IncomingFile }, opts?: unknown): Promise<unknown>;
}

interface FileService {
  fetchUrlToInputFile(...args: unknown[]): Promise<unknown>;
}

export const URL_UPLOAD_OFF_MESSAGE =
  'Chức năng tải tệp lên từ đường dẫn (URL) đã bị tắt để bảo vệ hệ thống. Hãy tải tệp về máy tính, kiểm tra rồi tải lên từ máy tính.';

const nameOf = (file: IncomingFile): string => file.originalFilename ?? file.name ?? '';

/** Reads the upload's temporary file in place: a few KB at the start and the ZIP/OLE2 directories. */
function withFileSource<T>(filepath: string, use: (source: ByteSource) => T): T {
  const fd = openSync(filepath, 'r');
  try {
    const size = fstatSync(fd).size;
    return use({
      size,
      read(offset, length) {
        const wanted = Math.max(0, Math.min(length, size - offset));
        const buffer = Buffer.alloc(wanted);
        const read = wanted > 0 ? readSync(fd, buffer, 0, wanted, offset) : 0;
        return new Uint8Array(buffer.buffer, buffer.byteOffset, read);
      },
    });
  } finally {
    closeSync(fd);
  }
}

/** A picture's bytes must also decode as that picture (sharp reads its header). */
async function assertDecodable(filepath: string, fileName: string, kind: FileKind): Promise<void> {
  let format: string | undefined;
  try {
    format = (await sharp(filepath).metadata()).format;
  } catch {
    format = undefined;
  }
  if (format !== kind.id) {
    throw new errors.ValidationError(
      `Nội dung tệp “${fileName}” không phải là ${kind.label} hợp lệ (tệp có thể bị hỏng), nên không được tải lên.`,
      {
        reason: 'mismatch',
        fileName,
      },
    );
  }
}

function sizeLimitBytes(strapi: Core.Strapi): number | null {
  const limit = strapi.config.get('plugin::upload.sizeLimit') as unknown;
  return typeof limit === 'number' && limit > 0 ? limit : null;
}

/** Throws the editor's refusal, or returns with the file typed by its content. */
async function assertUploadable(strapi: Core.Strapi, file: IncomingFile, replacing?: { extension: string }): Promise<void> {
  const fileName = nameOf(file);
  const limit = sizeLimitBytes(strapi);
  if (limit !== null && typeof file.size === 'number' && file.size > limit) {
    throw new errors.PayloadTooLargeError(tooLargeMessage(fileName, file.size, limit), { reason: 'too-large', fileName });
  }
  if (!file.filepath)
    throw new errors.ValidationError(`Không đọc được nội dung tệp “${fileName}”, nên không được tải lên.`, {
      reason: 'unreadable',
      fileName,
    });
  const filepath = file.filepath;
  const verdict: UploadVerdict = withFileSource(filepath, (source) =>
    checkUpload({ fileName, source, ...(replacing ? { replacing } : {}) }),
  );
  if (!verdict.ok) throw new errors.ValidationError(verdict.message, { reason: verdict.reason, fileName });
  if (verdict.kind.image) await assertDecodable(filepath, fileName, verdict.kind);
  // Stored and served with the type its content is, whatever the browser declared.
  file.mimetype = verdict.kind.mime;
  file.detectedMimeType = verdict.kind.mime;
}

const filesOf = (value: IncomingFile | IncomingFile[] | undefined): IncomingFile[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The extension a replaced file keeps (Strapi keeps its URL), or null when the file is not visible. */
async function storedExtension(strapi: Core.Strapi, id: unknown): Promise<string | null> {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  // A guarded read: another commune's file is not found, and the replace then answers 404.
  const row = (await strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['ext'] })) as { ext?: string | null } | null;
  return row ? (row.ext ?? '') : null;
}

async function assertRequestFiles(strapi: Core.Strapi, ctx: UploadContext, replaceId?: unknown): Promise<void> {
  const files = filesOf(ctx.request.files?.files);
  const extension = replaceId === undefined ? null : await storedExtension(strapi, replaceId);
  for (const file of files) {
    await assertUploadable(strapi, file, extension === null ? undefined : { extension });
  }
}

function wrapControllers(strapi: Core.Strapi): void {
  const wrap = (controllerName: string, action: string, before: (ctx: UploadContext) => Promise<void>) => {
    const controller = strapi.plugin('upload').controller(controllerName) as Record<string, Handler>;
    const original = controller[action];
    if (typeof original !== 'function') throw new Error(`[upload-safety] upload controller ${controllerName}.${action} not found`);
    controller[action] = async (ctx) => {
      await before(ctx);
      return original.call(controller, ctx);
    };
  };
  const uploads = (ctx: UploadContext) => assertRequestFiles(strapi, ctx);
  const replaces = (ctx: UploadContext) => assertRequestFiles(strapi, ctx, ctx.params?.id ?? ctx.query.id);
  // `upload` (POST /upload) dispatches to these through `this`, so wrapping them covers it too.
  wrap('admin-upload', 'uploadFiles', uploads);
  wrap('admin-upload', 'uploadFile', uploads);
  wrap('admin-upload', 'replaceFile', replaces);
  wrap('content-api', 'uploadFiles', uploads);
  wrap('content-api', 'replaceFile', replaces);
  // Before Strapi opens its event stream and fetches anything: a plain 403.
  wrap('admin-upload', 'uploadFromUrls', async () => {
    throw new errors.PolicyError(URL_UPLOAD_OFF_MESSAGE);
  });
}

function wrapServices(strapi: Core.Strapi): void {
  const service = strapi.plugin('upload').service('upload') as UploadService;
  const upload = service.upload.bind(service);
  const replace = service.replace.bind(service);
  service.upload = async (input, opts) => {
    // All files first: one bad file refuses the whole request, before any is stored.
    for (const file of filesOf(input.files)) await assertUploadable(strapi, file);
    return upload(input, opts);
  };
  service.replace = async (id, input, opts) => {
    const extension = await storedExtension(strapi, id);
    // Not visible: the original answers "not found" without looking at the file.
    if (extension !== null) await assertUploadable(strapi, input.file, { extension });
    return replace(id, input, opts);
  };
  // No server code fetches URLs into the library either.
  const files = strapi.plugin('upload').service('file') as FileService;
  files.fetchUrlToInputFile = async () => {
    throw new errors.PolicyError(URL_UPLOAD_OFF_MESSAGE);
  };
}

export function registerUploadSafety(strapi: Core.Strapi): void {
  wrapControllers(strapi);
  wrapServices(strapi);
}
