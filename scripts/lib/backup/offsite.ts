/**
 * The optional copy of every backup to a second S3 bucket (another site, another provider):
 * BACKUP_S3_BUCKET, with BACKUP_S3_ENDPOINT, BACKUP_S3_REGION, BACKUP_S3_ACCESS_KEY_ID,
 * BACKUP_S3_SECRET_ACCESS_KEY, BACKUP_S3_FORCE_PATH_STYLE and BACKUP_S3_PREFIX as for the media
 * bucket. Objects are `<prefix><backup name>/<file>`, the manifest uploaded last, so a copy
 * with a manifest is complete. Retention applies to the copies too.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { mediaStorageFromEnv } from '../../../cms/src/domain/media-storage.ts';
import { BucketStore } from './media-store.ts';
import { manifestPath } from './manifest.ts';
import { backupsToDelete, type RetentionPolicy } from './retention.ts';

/** The second bucket from BACKUP_S3_*, or null when none is configured. */
export function offsiteStore(env: NodeJS.ProcessEnv = process.env): BucketStore | null {
  if (!env.BACKUP_S3_BUCKET) return null;
  const settings = mediaStorageFromEnv({
    UPLOAD_PROVIDER: 's3',
    S3_BUCKET: env.BACKUP_S3_BUCKET,
    S3_ENDPOINT: env.BACKUP_S3_ENDPOINT,
    S3_REGION: env.BACKUP_S3_REGION,
    S3_ACCESS_KEY_ID: env.BACKUP_S3_ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: env.BACKUP_S3_SECRET_ACCESS_KEY,
    S3_FORCE_PATH_STYLE: env.BACKUP_S3_FORCE_PATH_STYLE,
  });
  if (settings.kind !== 's3') return null;
  const prefix = (env.BACKUP_S3_PREFIX ?? '').replace(/^\/+/, '');
  return new BucketStore(settings, prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix);
}

/** Uploads one backup folder's files (listed by its manifest step) to the second bucket. */
export async function copyOffsite(store: BucketStore, dir: string, files: string[]): Promise<void> {
  const name = path.basename(dir);
  const manifests = new Set([manifestPath(false), manifestPath(true)]);
  const ordered = [...files.filter((file) => !manifests.has(file)), ...files.filter((file) => manifests.has(file))];
  for (const file of ordered) {
    await store.write(`${name}/${file}`, createReadStream(path.join(dir, ...file.split('/'))));
  }
}

/** Deletes the copies retention no longer keeps; returns their names. */
export async function pruneOffsite(store: BucketStore, policy: RetentionPolicy): Promise<string[]> {
  const objects = await store.list();
  const names = [...new Set(objects.map((object) => object.key.split('/')[0] ?? ''))];
  const doomed = new Set(backupsToDelete(names, policy));
  await store.remove(objects.filter((object) => doomed.has(object.key.split('/')[0] ?? '')).map((object) => object.key));
  return [...doomed];
}
