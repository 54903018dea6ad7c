/**
 * Where uploaded media are stored: the local disk (cms/public/uploads, the default) or an S3
 * bucket (README "Media storage (local or S3)"), chosen by environment variables:
 *
 * - `UPLOAD_PROVIDER=s3`, or `S3_BUCKET` set, selects S3 (`UPLOAD_PROVIDER=local` forces the disk);
 * - `S3_BUCKET` (required), `S3_REGION` (default us-east-1), `S3_ENDPOINT` (any S3-protocol
 *   server; unset means AWS), `S3_ACCESS_KEY_ID` + `S3_SECRET_ACCESS_KEY` (unset: the SDK's own
 *   chain, e.g. an instance role), `S3_FORCE_PATH_STYLE` (MinIO, Ceph, s3rver…);
 * - `S3_PUBLIC_URL` (optional): a CDN or bucket website in front of the bucket. Unset (the
 *   default), every stored URL is `/uploads/<key>` and the CMS streams the object from the bucket
 *   after the same ownership check as for the disk, so the sites keep their per-domain rule and
 *   sandboxed serving; set, Strapi stores `<S3_PUBLIC_URL>/<key>` and the admin's CSP allows it.
 *
 * Pure (env in, settings out): read by config/plugins.ts, config/middlewares.ts and the serving
 * middleware, so the three never disagree.
 */

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint: string | null;
  accessKeyId: string | null;
  secretAccessKey: string | null;
  forcePathStyle: boolean;
  publicUrl: string | null;
}

export type MediaStorage = { kind: 'local' } | ({ kind: 's3' } & S3Settings);

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | null => {
  const raw = env[name]?.trim();
  return raw ? raw : null;
};

const truthy = (raw: string | null): boolean => raw !== null && /^(1|true|yes|on)$/i.test(raw);

/** The storage the environment selects; throws a clear error for an incomplete S3 setting. */
export function mediaStorageFromEnv(env: Env): MediaStorage {
  const provider = value(env, 'UPLOAD_PROVIDER')?.toLowerCase() ?? null;
  if (provider !== null && provider !== 's3' && provider !== 'local') {
    throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not ${JSON.stringify(provider)}`);
  }
  const bucket = value(env, 'S3_BUCKET');
  if (provider === 'local' || (provider === null && bucket === null)) return { kind: 'local' };
  if (bucket === null) throw new Error('UPLOAD_PROVIDER=s3 needs S3_BUCKET (and S3_ENDPOINT for a server other than AWS)');
  const accessKeyId = value(env, 'S3_ACCESS_KEY_ID');
  const secretAccessKey = value(env, 'S3_SECRET_ACCESS_KEY');
  if ((accessKeyId === null) !== (secretAccessKey === null))
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
  const publicUrl = value(env, 'S3_PUBLIC_URL');
  if (publicUrl !== null && !/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(publicUrl))
    throw new Error('S3_PUBLIC_URL must be an http(s) URL without query or fragment');
  return {
    kind: 's3',
    bucket,
    region: value(env, 'S3_REGION') ?? 'us-east-1',
    endpoint: value(env, 'S3_ENDPOINT'),
    accessKeyId,
    secretAccessKey,
    forcePathStyle: truthy(value(env, 'S3_FORCE_PATH_STYLE')),
    publicUrl: publicUrl === null ? null : publicUrl.replace(/\/+$/, ''),
  };
}

/** Options for the AWS SDK's S3Client (and the provider's `s3Options`). */
export function s3ClientOptions(settings: S3Settings): {
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  requestChecksumCalculation: 'WHEN_REQUIRED';
  responseChecksumValidation: 'WHEN_REQUIRED';
} {
  return {
    region: settings.region,
    // The SDK's default trailing CRC checksums (aws-chunked uploads) are not understood by many
    // S3-protocol servers (older MinIO and Ceph, s3rver); backups carry their own SHA-256.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    ...(settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}),
  };
}

/** The object key of a stored `/uploads/<key>` path. */
export const keyOfUploadPath = (path: string): string => path.slice('/uploads/'.length);

/** Folder (key prefix) for files of no commune: province IT's own uploads and the demo seed's. */
export const PROVINCE_FOLDER = '_province';

/**
 * The folder of a stored file's key, from its URL (`/uploads/<folder>/<name>`, or the public URL's
 * form): the S3 provider builds keys from `path`, which only uploads carry — the media library's
 * rows keep the URL alone.
 */
export function storedFolder(url: string | null | undefined, publicUrl: string | null): string | undefined {
  if (!url) return undefined;
  const key = url.startsWith('/uploads/')
    ? url.slice('/uploads/'.length)
    : publicUrl && url.startsWith(`${publicUrl}/`)
      ? url.slice(publicUrl.length + 1)
      : null;
  if (key === null) return undefined;
  const slash = key.lastIndexOf('/');
  return slash > 0 ? key.slice(0, slash) : undefined;
}
