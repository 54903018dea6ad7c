/**
 * How the CMS origin serves stored uploads (`/uploads/…`, from cms/public/uploads): as data, never
 * as a page that runs in the admin's origin, where the refresh cookie lives.
 *
 * - `X-Content-Type-Options: nosniff` and a `Content-Security-Policy` with `sandbox` on every
 *   answer under /uploads: even a file that got in before the upload check (an HTML page, an SVG
 *   with a script) runs no script and reaches no cookie when opened here.
 * - `Content-Disposition: attachment` for everything but raster images, which the media library
 *   shows as <img> thumbnails; a PDF or Word file is downloaded, not opened on this origin. One
 *   exception: the media library's details drawer previews a PDF in an <iframe> of the admin
 *   itself, so a .pdf framed by a page of this very origin (the browser says so in
 *   `Sec-Fetch-Dest: iframe` and `Sec-Fetch-Site: same-origin`, which no page can forge) is shown
 *   inline, without the sandbox that Chrome's PDF viewer refuses, and only framed by this origin.
 *   It is safe: nosniff keeps whatever is served as application/pdf in the PDF viewer, whose
 *   scripts never run in the page's origin, and uploads are PDFs by content.
 * - When the public site's server asks for a file on behalf of a commune (its `x-commune`
 *   header, as for the content API), only that commune's files (and province IT's, which belong
 *   to no commune) are served; any other is 404. The header can only narrow what is served.
 * - With media on S3 (README "Media storage (local or S3)"), stored URLs are `/uploads/<key>` and
 *   the object is streamed from the private bucket here, after the same checks; only a key that
 *   is a stored file's (a row of the media library) is read, so nothing else in the bucket is.
 */
import type { Core } from '@strapi/strapi';
import { IMAGE_EXTENSIONS } from '../domain/file-kind';
import { keyOfUploadPath, mediaStorageFromEnv } from '../domain/media-storage';
import { storedUploadPath } from '../domain/upload-path';
import { findUploadOwner, ownerAllows, type UploadOwner } from '../extensions/upload-owner';
import { UploadBucket } from '../extensions/upload-s3';

const UPLOADS = '/uploads/';
const COMMUNE_HEADER = 'x-commune';
/** Images still render when opened directly (Chrome's image document needs its inline style). */
export const UPLOAD_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
/** The admin's own PDF preview: no fetch directive (the viewer needs them), framed only here. */
export const PDF_PREVIEW_CSP = "frame-ancestors 'self'";
const CACHE_LIMIT = 10_000;
const CACHE_MS = 10 * 60_000;
const COMMUNE_CACHE_MS = 5_000;

interface Remembered<T> {
  value: T;
  until: number;
}

/** A small per-process memory: the oldest entry goes first once full. */
class Memory<T> {
  private readonly entries = new Map<string, Remembered<T>>();
  constructor(
    private readonly limit: number,
    private readonly ttlMs: number,
  ) {}
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }
  set(key: string, value: T): void {
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
  }
}

const extensionOfPath = (path: string): string => /\.([A-Za-z0-9]{1,8})$/.exec(path)?.[1]?.toLowerCase() ?? '';

const uploadServing: Core.MiddlewareFactory = (_config, { strapi }) => {
  // Found files only: a miss is an indexed lookup, and remembering misses would let anyone fill the memory.
  const owners = new Memory<UploadOwner>(CACHE_LIMIT, CACHE_MS);
  const communes = new Memory<number | null>(CACHE_LIMIT, COMMUNE_CACHE_MS);

  const activeCommuneId = async (slug: string): Promise<number | null> => {
    const known = communes.get(slug);
    if (known !== undefined) return known;
    const result = (await strapi.db.connection.raw("SELECT id FROM communes WHERE slug = ? AND site_status = 'active' LIMIT 1", [
      slug,
    ])) as { rows: Array<{ id: number }> };
    const id = result.rows[0]?.id ?? null;
    communes.set(slug, id);
    return id;
  };

  const ownerOf = async (path: string): Promise<UploadOwner | null> => {
    let owner = owners.get(path) ?? null;
    if (!owner) {
      owner = await findUploadOwner(strapi, path);
      if (owner) owners.set(path, owner);
    }
    return owner;
  };

  const servedFor = async (slug: string, path: string): Promise<boolean> => {
    const communeId = await activeCommuneId(slug);
    if (communeId === null) return false;
    return ownerAllows(await ownerOf(path), communeId);
  };

  // Media in a private bucket are read here; with a CDN in front (S3_PUBLIC_URL) or on the disk,
  // strapi::public (or the CDN) serves them.
  const storage = mediaStorageFromEnv(process.env);
  const bucket = storage.kind === 's3' && storage.publicUrl === null ? new UploadBucket(storage) : null;

  const serveFromBucket = async (ctx: Parameters<Core.MiddlewareHandler>[0], store: UploadBucket): Promise<void> => {
    const path = storedUploadPath(ctx.path);
    if (!path || !['GET', 'HEAD'].includes(ctx.method) || !(await ownerOf(path))) {
      ctx.status = 404;
      ctx.body = 'Not Found';
      return;
    }
    const answer = await store.get(keyOfUploadPath(path), {
      range: ctx.get('range') || undefined,
      ifNoneMatch: ctx.get('if-none-match') || undefined,
      ifModifiedSince: ctx.get('if-modified-since') || undefined,
    });
    if (!('body' in answer)) {
      ctx.status = answer.status;
      ctx.body = answer.status === 404 ? 'Not Found' : 'Range Not Satisfiable';
      return;
    }
    ctx.status = answer.status;
    ctx.set(answer.headers);
    if (answer.body && ctx.method === 'HEAD') answer.body.destroy();
    else if (answer.body) ctx.body = answer.body;
  };

  return async (ctx, next) => {
    if (!ctx.path.startsWith(UPLOADS)) return next();
    const extension = extensionOfPath(ctx.path);
    const adminPdfPreview = extension === 'pdf' && ctx.get('sec-fetch-dest') === 'iframe' && ctx.get('sec-fetch-site') === 'same-origin';
    const secure = () => {
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (adminPdfPreview) {
        ctx.set('Content-Security-Policy', PDF_PREVIEW_CSP);
        ctx.set('Content-Disposition', 'inline');
        return;
      }
      ctx.set('Content-Security-Policy', UPLOAD_CSP);
      if (!IMAGE_EXTENSIONS.has(extension)) ctx.set('Content-Disposition', 'attachment');
    };
    const commune = ctx.get(COMMUNE_HEADER);
    if (commune && !(await servedFor(commune, ctx.path))) {
      ctx.status = 404;
      ctx.body = 'Not Found';
      secure();
      return;
    }
    try {
      if (bucket) await serveFromBucket(ctx, bucket);
      else await next();
    } finally {
      secure();
    }
  };
};

export default uploadServing;
