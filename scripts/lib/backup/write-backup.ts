/**
 * Writes one backup (manifest.ts describes the folder). Consistent: pg_dump runs on a snapshot
 * exported by a REPEATABLE READ transaction, and the media library's rows are read in that same
 * snapshot, so the manifest knows exactly which stored files the dump names; the store is then
 * copied whole (a file added after the snapshot is harmless extra), and any file the dump names
 * that is gone from the store is listed in `missingUploads` (and the command says so).
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { mediaStorageFromEnv } from '../../../cms/src/domain/media-storage.ts';
import { repoRoot } from '../../../database/paths.ts';
import { spawnPg } from './database.ts';
import { sealingStream } from './encryption.ts';
import {
  BACKUP_FORMAT,
  backupName,
  databasePath,
  keysOfFileRow,
  manifestPath,
  PARTIAL_SUFFIX,
  uploadPath,
  type Manifest,
  type StoredFile,
  type UploadFile,
} from './manifest.ts';
import type { MediaStore } from './media-store.ts';

/** Counts bytes and hashes what passes through. */
class Digest extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Streams `source` into `<dir>/<path>`, sealed when a key is given, with both checksums. */
export async function writeEntry(source: Readable, dir: string, relative: string, key: Buffer | null): Promise<StoredFile> {
  const target = path.join(dir, ...relative.split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  const plain = new Digest();
  const stored = new Digest();
  const stages: Array<NodeJS.ReadableStream | NodeJS.WritableStream | Transform> = [source, plain];
  if (key) stages.push(sealingStream(key, relative));
  stages.push(stored, createWriteStream(target));
  await pipeline(stages as unknown as [Readable, ...Transform[], NodeJS.WritableStream]);
  return {
    path: relative,
    size: plain.bytes,
    sha256: plain.hash.digest('hex'),
    storedSize: stored.bytes,
    storedSha256: stored.hash.digest('hex'),
  };
}

export interface BackupOptions {
  databaseUrl: string;
  store: MediaStore;
  /** Folder that receives the backup folder. */
  directory: string;
  key: Buffer | null;
  now?: Date;
  log?: (line: string) => void;
}

interface SnapshotFacts {
  sqlMigrations: string[];
  postgresVersion: string;
  communes: Array<{ id: number; slug: string; files: number }>;
  referencedKeys: Set<string>;
}

async function readSnapshotFacts(client: pg.Client): Promise<SnapshotFacts> {
  const publicUrl = (() => {
    const storage = mediaStorageFromEnv(process.env);
    return storage.kind === 's3' ? storage.publicUrl : null;
  })();
  const migrations = await client
    .query<{ name: string }>('SELECT name FROM commune_sql_migrations ORDER BY name')
    .catch(() => ({ rows: [] as Array<{ name: string }> }));
  const version = await client.query<{ server_version: string }>('SHOW server_version');
  const hasFiles = (await client.query<{ t: string | null }>("SELECT to_regclass('public.files')::text AS t")).rows[0]?.t;
  const hasCommunes = (await client.query<{ t: string | null }>("SELECT to_regclass('public.communes')::text AS t")).rows[0]?.t;
  const files = hasFiles
    ? (
        await client.query<{ url: string | null; formats: Record<string, { url?: unknown } | null> | null; commune_id: number | null }>(
          'SELECT url, formats, commune_id FROM files',
        )
      ).rows
    : [];
  const communes = hasCommunes ? (await client.query<{ id: number; slug: string }>('SELECT id, slug FROM communes ORDER BY id')).rows : [];
  const referencedKeys = new Set(files.flatMap((row) => keysOfFileRow(row, publicUrl)));
  return {
    sqlMigrations: migrations.rows.map((row) => row.name),
    postgresVersion: version.rows[0]?.server_version ?? 'unknown',
    communes: communes.map((commune) => ({ ...commune, files: files.filter((row) => row.commune_id === commune.id).length })),
    referencedKeys,
  };
}

async function strapiVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'node_modules', '@strapi', 'strapi', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** Runs `work` on up to `limit` items at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  });
  await Promise.all(workers);
}

export interface BackupResult {
  dir: string;
  manifest: Manifest;
}

export async function writeBackup(options: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const name = backupName(now);
  const finalDir = path.join(options.directory, name);
  const dir = `${finalDir}${PARTIAL_SUFFIX}`;
  const encrypted = options.key !== null;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    // The snapshot: pg_dump and the facts below see the same committed state.
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    let database: StoredFile;
    let facts: SnapshotFacts;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]?.id ?? '';
      facts = await readSnapshotFacts(client);
      const dump = spawnPg('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`], options.databaseUrl, [
        'ignore',
        'pipe',
        'pipe',
      ]);
      const out = dump.child.stdout;
      if (!out) throw new Error('pg_dump has no output stream');
      const [entry] = await Promise.all([writeEntry(out.pipe(new PassThrough()), dir, databasePath(encrypted), options.key), dump.done]);
      database = entry;
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    log(`database: ${(database.size / 1e6).toFixed(1)} MB dumped`);

    const listed = await options.store.list();
    const uploads: UploadFile[] = [];
    await eachLimited(listed, 4, async (entry) => {
      const { body, contentType } = await options.store.read(entry.key);
      const stored = await writeEntry(body, dir, uploadPath(entry.key, encrypted), options.key);
      uploads.push({ ...stored, key: entry.key, ...(contentType ? { contentType } : {}) });
    });
    uploads.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const present = new Set(listed.map((entry) => entry.key));
    const missingUploads = [...facts.referencedKeys].filter((key) => !present.has(key)).sort();
    log(
      `media: ${uploads.length} files, ${(uploads.reduce((sum, file) => sum + file.size, 0) / 1e6).toFixed(1)} MB from the ${options.store.description}`,
    );

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      name,
      createdAt: now.toISOString(),
      encrypted,
      schema: { sqlMigrations: facts.sqlMigrations, strapiVersion: await strapiVersion(), postgresVersion: facts.postgresVersion },
      database,
      storage: { kind: options.store.kind, description: options.store.description },
      uploads,
      communes: facts.communes,
      missingUploads,
      seconds: (Date.now() - started) / 1000,
    };
    const text = `${JSON.stringify(manifest, null, 2)}\n`;
    if (options.key) await writeEntry(Readable.from([Buffer.from(text)]), dir, manifestPath(true), options.key);
    else await writeFile(path.join(dir, manifestPath(false)), text);
    await rename(dir, finalDir);
    return { dir: finalDir, manifest };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
