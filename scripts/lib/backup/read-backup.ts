/**
 * Reading a backup folder back: its manifest, each file's content (decrypted when sealed), and
 * `--verify`: every file's size and SHA-256 as stored, every sealed file's tag (the key is
 * right and nothing changed) and content checksum, no file missing or added, and `pg_restore
 * --list` reading the whole dump.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { spawnPg } from './database.ts';
import { openSealed } from './encryption.ts';
import { BACKUP_FORMAT, manifestPath, type Manifest, type StoredFile } from './manifest.ts';

export class BackupError extends Error {}

export async function readManifest(dir: string, key: Buffer | null): Promise<Manifest> {
  if (!existsSync(dir)) throw new BackupError(`No backup at ${dir}`);
  let text: string;
  if (existsSync(path.join(dir, manifestPath(true)))) {
    if (!key) throw new BackupError(`${path.basename(dir)} is encrypted: set BACKUP_KEY_FILE to the key it was made with`);
    const chunks: Buffer[] = [];
    const stream = await openSealed(path.join(dir, manifestPath(true)), key, manifestPath(true));
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    text = Buffer.concat(chunks).toString('utf8');
  } else if (existsSync(path.join(dir, manifestPath(false)))) {
    text = await readFile(path.join(dir, manifestPath(false)), 'utf8');
  } else {
    throw new BackupError(`${dir} has no manifest: not a backup, or an unfinished one`);
  }
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`${dir}: unknown backup format ${JSON.stringify(manifest.format)}`);
  return manifest;
}

/** A file's content: decrypted (and authenticated at its end) when the backup is sealed. */
export async function openEntry(dir: string, manifest: Manifest, entry: StoredFile, key: Buffer | null): Promise<Readable> {
  const file = path.join(dir, ...entry.path.split('/'));
  if (!manifest.encrypted) return createReadStream(file);
  if (!key) throw new BackupError('The backup is encrypted: set BACKUP_KEY_FILE');
  return openSealed(file, key, entry.path);
}

async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function filesUnder(dir: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(path.join(dir, relative))) {
    const rel = relative ? `${relative}/${name}` : name;
    if ((await stat(path.join(dir, rel))).isDirectory()) found.push(...(await filesUnder(dir, rel)));
    else found.push(rel);
  }
  return found;
}

export interface VerifyReport {
  ok: boolean;
  problems: string[];
  files: number;
  bytes: number;
  /** Entries pg_restore --list found in the dump. */
  dumpEntries: number;
  manifest: Manifest | null;
}

/** Checks a backup without changing anything; every problem found is listed. */
export async function verifyBackup(dir: string, key: Buffer | null): Promise<VerifyReport> {
  const problems: string[] = [];
  let manifest: Manifest;
  try {
    manifest = await readManifest(dir, key);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message], files: 0, bytes: 0, dumpEntries: 0, manifest: null };
  }
  const entries: StoredFile[] = [manifest.database, ...manifest.uploads];
  const listed = new Set([...entries.map((entry) => entry.path), manifestPath(manifest.encrypted)]);
  for (const file of await filesUnder(dir)) if (!listed.has(file)) problems.push(`${file}: not in the manifest`);
  let bytes = 0;
  for (const entry of entries) {
    const file = path.join(dir, ...entry.path.split('/'));
    if (!existsSync(file)) {
      problems.push(`${entry.path}: missing`);
      continue;
    }
    const stored = await sha256Of(createReadStream(file));
    bytes += stored.size;
    if (stored.size !== entry.storedSize || stored.sha256 !== entry.storedSha256) {
      problems.push(`${entry.path}: checksum mismatch (the file was changed or damaged)`);
      continue;
    }
    if (manifest.encrypted) {
      try {
        const plain = await sha256Of(await openEntry(dir, manifest, entry, key));
        if (plain.sha256 !== entry.sha256 || plain.size !== entry.size)
          problems.push(`${entry.path}: content checksum mismatch after decryption`);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
  let dumpEntries = 0;
  if (!problems.some((problem) => problem.startsWith(manifest.database.path))) {
    try {
      dumpEntries = await listDump(dir, manifest, key);
    } catch (error) {
      problems.push(`pg_restore --list: ${(error as Error).message}`);
    }
  }
  return { ok: problems.length === 0, problems, files: entries.length, bytes, dumpEntries, manifest };
}

/**
 * `pg_restore --list` over the (decrypted) dump: the number of entries in its table of contents;
 * then the whole dump read back as SQL into /dev/null, so a damaged data block fails here too.
 */
async function listDump(dir: string, manifest: Manifest, key: Buffer | null): Promise<number> {
  let listing = '';
  await feedPgRestore(['--list'], await openEntry(dir, manifest, manifest.database, key), (chunk) => (listing += chunk.toString('utf8')));
  await feedPgRestore(['--file=/dev/null'], await openEntry(dir, manifest, manifest.database, key), () => {});
  return listing.split('\n').filter((line) => line.trim() !== '' && !line.startsWith(';')).length;
}

/** Streams a dump into pg_restore's input; it may stop reading once it has what it needs (--list). */
export async function feedPgRestore(
  args: string[],
  dump: Readable,
  onOutput: (chunk: Buffer) => void,
  url = 'postgres://localhost/unused',
): Promise<void> {
  const run = spawnPg('pg_restore', args, url, ['pipe', 'pipe', 'pipe']);
  run.child.stdout?.on('data', onOutput);
  const input = run.child.stdin;
  if (!input) throw new Error('pg_restore has no input stream');
  const fed = pipeline(dump, input).catch((error: NodeJS.ErrnoException) => {
    // pg_restore --list closes its input after the table of contents.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  });
  await Promise.all([fed, run.done]);
}
