/**
 * The platform's media store as backup and restore see it: a folder (cms/public/uploads) or the
 * S3 bucket the CMS uses (the same environment variables: cms/src/domain/media-storage.ts).
 * Every stored file is named by its key: the file name on disk, the object key on S3.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { mediaStorageFromEnv, s3ClientOptions, type S3Settings } from '../../../cms/src/domain/media-storage.ts';
import { cmsDir } from '../../../database/paths.ts';

export interface StoredEntry {
  key: string;
  size: number;
}

export interface StoredBody {
  body: Readable;
  /** S3 serves what it was given: kept in the manifest, given back on restore. */
  contentType?: string;
}

export interface MediaStore {
  readonly description: string;
  readonly kind: 'local' | 's3';
  list(): Promise<StoredEntry[]>;
  read(key: string): Promise<StoredBody>;
  write(key: string, body: Readable, contentType?: string): Promise<void>;
  remove(keys: string[]): Promise<void>;
  close(): void;
}

/** Keys are relative paths without `..`; anything else in a backup or a bucket is refused. */
export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/.test(key) || key.split('/').includes('..')) {
    throw new Error(`Refusing media key ${JSON.stringify(key)}`);
  }
}

/** Files Strapi's local provider does not write and backups leave alone. */
const IGNORED_LOCAL = new Set(['.gitkeep']);

export class LocalStore implements MediaStore {
  readonly kind = 'local' as const;
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  get description(): string {
    return `folder ${this.dir}`;
  }

  async list(): Promise<StoredEntry[]> {
    const entries: StoredEntry[] = [];
    const walk = async (relative: string): Promise<void> => {
      let names: string[];
      try {
        names = await readdir(path.join(this.dir, relative));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const name of names.sort()) {
        if (IGNORED_LOCAL.has(name) || name.startsWith('.')) continue;
        const key = relative ? `${relative}/${name}` : name;
        const info = await stat(path.join(this.dir, key));
        if (info.isDirectory()) await walk(key);
        else if (info.isFile()) entries.push({ key, size: info.size });
      }
    };
    await walk('');
    return entries;
  }

  async read(key: string): Promise<StoredBody> {
    assertSafeKey(key);
    return { body: createReadStream(path.join(this.dir, key)) };
  }

  async write(key: string, body: Readable): Promise<void> {
    assertSafeKey(key);
    const target = path.join(this.dir, key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written aside, then renamed: a reader never sees half a file.
    const partial = `${target}.restoring-${process.pid}`;
    await pipeline(body, createWriteStream(partial));
    await rename(partial, target);
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) {
      assertSafeKey(key);
      await rm(path.join(this.dir, key), { force: true });
    }
  }

  close(): void {}
}

export class BucketStore implements MediaStore {
  readonly kind = 's3' as const;
  private readonly client: S3Client;
  readonly settings: Pick<S3Settings, 'bucket' | 'region' | 'endpoint' | 'accessKeyId' | 'secretAccessKey' | 'forcePathStyle'>;
  private readonly prefix: string;

  constructor(settings: BucketStore['settings'], prefix = '') {
    this.settings = settings;
    this.prefix = prefix;
    this.client = new S3Client(s3ClientOptions({ ...settings, publicUrl: null }));
  }

  get description(): string {
    return `bucket ${this.settings.bucket}${this.settings.endpoint ? ` at ${this.settings.endpoint}` : ''}${this.prefix ? ` under ${this.prefix}` : ''}`;
  }

  async list(): Promise<StoredEntry[]> {
    const entries: StoredEntry[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.prefix || undefined, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) {
        if (object.Key && !object.Key.endsWith('/')) entries.push({ key: object.Key.slice(this.prefix.length), size: object.Size ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async read(key: string): Promise<StoredBody> {
    assertSafeKey(key);
    const output = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.prefix + key }));
    if (!output.Body) throw new Error(`Object ${key} has no body`);
    return { body: output.Body as Readable, ...(output.ContentType ? { contentType: output.ContentType } : {}) };
  }

  async write(key: string, body: Readable, contentType?: string): Promise<void> {
    assertSafeKey(key);
    // lib-storage streams in parts; a plain PutObject would need the length up front.
    await new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: this.prefix + key, Body: body, ...(contentType ? { ContentType: contentType } : {}) },
    }).done();
  }

  async remove(keys: string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000);
      batch.forEach(assertSafeKey);
      await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.settings.bucket, Delete: { Objects: batch.map((key) => ({ Key: this.prefix + key })) } }),
      );
    }
  }

  close(): void {
    this.client.destroy();
  }
}

/** The store the platform's CMS uses, from the same environment; UPLOADS_DIR overrides the folder. */
export function platformMediaStore(env: NodeJS.ProcessEnv = process.env): MediaStore {
  const storage = mediaStorageFromEnv(env);
  if (storage.kind === 's3') return new BucketStore(storage);
  return new LocalStore(env.UPLOADS_DIR ?? path.join(cmsDir, 'public', 'uploads'));
}
