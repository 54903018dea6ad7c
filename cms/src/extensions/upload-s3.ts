/**
 * Reading stored media back from the S3 bucket, for the CMS's `/uploads/<key>` (README "Media
 * storage (local or S3)"). The bucket stays private: browsers (the admin, and the sites through
 * their own `/uploads` proxy) ask the CMS, which checks whose file it is exactly as for the disk,
 * then streams the object with the same security headers.
 */
import { GetObjectCommand, S3Client, S3ServiceException, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { s3ClientOptions, storedFolder, type S3Settings } from '../domain/media-storage';

export interface StoredObject {
  status: 200 | 206 | 304;
  headers: Record<string, string>;
  body: Readable | null;
}

/** The conditional and range headers a browser may send, passed on to S3. */
export interface ObjectRequest {
  range?: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
}

export type ObjectAnswer = StoredObject | { status: 404 | 416 };

function headersOf(output: GetObjectCommandOutput): Record<string, string> {
  const headers: Record<string, string> = { 'accept-ranges': 'bytes' };
  if (output.ContentType) headers['content-type'] = output.ContentType;
  if (output.ContentLength !== undefined) headers['content-length'] = String(output.ContentLength);
  if (output.ContentRange) headers['content-range'] = output.ContentRange;
  if (output.ETag) headers.etag = output.ETag;
  if (output.LastModified) headers['last-modified'] = output.LastModified.toUTCString();
  return headers;
}

export class UploadBucket {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client(s3ClientOptions(settings));
  }

  /** One object, streamed; a missing key is 404, an unsatisfiable range 416, anything else throws. */
  async get(key: string, request: ObjectRequest): Promise<ObjectAnswer> {
    try {
      const output = await this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: key,
          ...(request.range ? { Range: request.range } : {}),
          ...(request.ifNoneMatch ? { IfNoneMatch: request.ifNoneMatch } : {}),
          ...(request.ifModifiedSince && !Number.isNaN(Date.parse(request.ifModifiedSince))
            ? { IfModifiedSince: new Date(request.ifModifiedSince) }
            : {}),
        }),
      );
      return { status: output.ContentRange ? 206 : 200, headers: headersOf(output), body: (output.Body as Readable | undefined) ?? null };
    } catch (error) {
      const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
      if (status === 304) return { status: 304, headers: {}, body: null };
      if (status === 404 || (error instanceof S3ServiceException && error.name === 'NoSuchKey')) return { status: 404 };
      if (status === 416) return { status: 416 };
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

interface ProviderService {
  upload(file: { path?: string }): Promise<void>;
  replace(file: { path?: string }, previous: unknown): Promise<void>;
}

interface StoredRef {
  url?: string | null;
  path?: string;
  [key: string]: unknown;
}

type RawProvider = Record<string, unknown> & {
  delete?: (file: StoredRef, params?: unknown) => Promise<unknown>;
  replace?: (file: StoredRef, previous: StoredRef, params?: unknown) => Promise<unknown>;
  replaceStream?: (file: StoredRef, previous: StoredRef, params?: unknown) => Promise<unknown>;
};

/**
 * Object keys on S3 (README "Media storage (local or S3)"):
 * - a file of no commune (province IT's own, the demo seed's) is stored under `_province/`, so that
 *   every key is `<commune slug>/…` or `_province/…`. The commune-tenancy plugin names a commune's
 *   files (plugins/commune-tenancy, storage-prefix.ts) and sets `path` to the slug; this only fills
 *   a path nobody set;
 * - deleting or replacing a stored file (its original and each format) addresses the key it was
 *   stored under: the provider would otherwise drop the folder, delete nothing and leave the
 *   object behind.
 */
export function registerS3Keys(
  strapi: { plugin(name: string): { service(name: string): unknown; provider?: unknown } },
  provinceFolder: string,
  publicUrl: string | null,
): void {
  const service = strapi.plugin('upload').service('provider') as ProviderService;
  const upload = service.upload.bind(service);
  const replace = service.replace.bind(service);
  service.upload = async (file) => {
    if (!file.path) file.path = provinceFolder;
    return upload(file);
  };
  service.replace = async (file, previous) => {
    if (!file.path) file.path = provinceFolder;
    return replace(file, previous);
  };

  const provider = strapi.plugin('upload').provider as RawProvider | undefined;
  if (!provider) throw new Error('[upload-s3] the upload provider is not initialised yet');
  const located = (file: StoredRef): StoredRef => (file.path ? file : { ...file, path: storedFolder(file.url, publicUrl) });
  const remove = provider.delete?.bind(provider);
  if (remove) provider.delete = (file, params) => remove(located(file), params);
  for (const name of ['replace', 'replaceStream'] as const) {
    const original = provider[name]?.bind(provider);
    if (original) provider[name] = (file, previous, params) => original(file, located(previous), params);
  }
}
