/**
 * `npm run backup`: one consistent backup of the platform — the database (pg_dump -Fc), the media
 * (local folder or S3 bucket) and a manifest with checksums and the schema's version — into
 * BACKUP_DIR (default .data/backups), sealed with BACKUP_KEY_FILE when set, copied to
 * BACKUP_S3_BUCKET when set. README "Backups and restore".
 *
 *   npm run backup                      write one
 *   npm run backup -- --prune           write one, then apply the retention (7 daily, 4 weekly, 12 monthly)
 *   npm run backup -- --prune-only      only apply the retention
 *   npm run backup -- --verify <dir>    check one: checksums, decryption, pg_restore --list
 *
 * Prints `BACKUP_RESULT {json}` (or `VERIFY_RESULT {json}`) as its last line for scripts and tests.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataDir } from '../database/paths.ts';
import { openPlatformDatabase } from './lib/backup/database.ts';
import { readBackupKey } from './lib/backup/encryption.ts';
import { backupTime, PARTIAL_SUFFIX } from './lib/backup/manifest.ts';
import { platformMediaStore } from './lib/backup/media-store.ts';
import { copyOffsite, offsiteStore, pruneOffsite } from './lib/backup/offsite.ts';
import { verifyBackup } from './lib/backup/read-backup.ts';
import { backupsToDelete, DEFAULT_RETENTION, type RetentionPolicy } from './lib/backup/retention.ts';
import { writeBackup } from './lib/backup/write-backup.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    verify: { type: 'string' },
    prune: { type: 'boolean', default: false },
    'prune-only': { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
  allowPositionals: false,
});

const backupDir = path.resolve(values.dir ?? process.env.BACKUP_DIR ?? path.join(dataDir, 'backups'));
const keyFile = process.env.BACKUP_KEY_FILE;

function policy(): RetentionPolicy {
  const number = (name: string, fallback: number): number => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number ≥ 1`);
    return parsed;
  };
  return {
    daily: number('BACKUP_KEEP_DAILY', DEFAULT_RETENTION.daily),
    weekly: number('BACKUP_KEEP_WEEKLY', DEFAULT_RETENTION.weekly),
    monthly: number('BACKUP_KEEP_MONTHLY', DEFAULT_RETENTION.monthly),
  };
}

async function filesOf(dir: string, relative = ''): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(path.join(dir, relative))) {
    const rel = relative ? `${relative}/${name}` : name;
    if ((await stat(path.join(dir, rel))).isDirectory()) found.push(...(await filesOf(dir, rel)));
    else found.push(rel);
  }
  return found;
}

/** Deletes local backups retention does not keep, and unfinished ones older than a day. */
async function prune(retention: RetentionPolicy): Promise<{ local: string[]; offsite: string[] }> {
  const names = await readdir(backupDir).catch((): string[] => []);
  const doomed = backupsToDelete(names, retention);
  const stale = names.filter(
    (name) =>
      name.endsWith(PARTIAL_SUFFIX) && (backupTime(name.slice(0, -PARTIAL_SUFFIX.length))?.getTime() ?? Infinity) < Date.now() - 86_400_000,
  );
  for (const name of [...doomed, ...stale]) await rm(path.join(backupDir, name), { recursive: true, force: true });
  const offsite = offsiteStore();
  let offsiteDeleted: string[] = [];
  if (offsite) {
    try {
      offsiteDeleted = await pruneOffsite(offsite, retention);
    } finally {
      offsite.close();
    }
  }
  return { local: [...doomed, ...stale], offsite: offsiteDeleted };
}

async function main(): Promise<number> {
  const key = keyFile ? await readBackupKey(keyFile) : null;
  if (values.verify !== undefined) {
    const started = Date.now();
    const report = await verifyBackup(path.resolve(values.verify), key);
    for (const problem of report.problems) console.error(`✗ ${problem}`);
    if (report.ok)
      console.log(
        `✓ ${path.basename(values.verify)}: ${report.files} files, ${(report.bytes / 1e6).toFixed(1)} MB, checksums${report.manifest?.encrypted ? ' and decryption' : ''} ok, pg_restore lists ${report.dumpEntries} entries`,
      );
    console.log(
      `VERIFY_RESULT ${JSON.stringify({ ok: report.ok, problems: report.problems, files: report.files, bytes: report.bytes, dumpEntries: report.dumpEntries, seconds: (Date.now() - started) / 1000 })}`,
    );
    return report.ok ? 0 : 1;
  }
  const retention = policy();
  if (values['prune-only']) {
    const deleted = await prune(retention);
    console.log(`BACKUP_RESULT ${JSON.stringify({ pruned: deleted })}`);
    return 0;
  }

  const database = await openPlatformDatabase();
  const store = platformMediaStore();
  try {
    const started = Date.now();
    const { dir, manifest } = await writeBackup({
      databaseUrl: database.url,
      store,
      directory: backupDir,
      key,
      log: (line) => console.log(line),
    });
    if (manifest.missingUploads.length > 0)
      console.warn(
        `! ${manifest.missingUploads.length} stored files the database names were not in the store: ${manifest.missingUploads.slice(0, 5).join(', ')}…`,
      );
    let copied = false;
    const offsite = offsiteStore();
    if (offsite) {
      try {
        await copyOffsite(offsite, dir, await filesOf(dir));
        copied = true;
        console.log(`copied to the ${offsite.description}`);
      } finally {
        offsite.close();
      }
    }
    const pruned = values.prune ? await prune(retention) : { local: [], offsite: [] };
    const seconds = (Date.now() - started) / 1000;
    console.log(`✓ ${dir} (${manifest.encrypted ? 'encrypted, ' : ''}${manifest.uploads.length} media files) in ${seconds.toFixed(1)} s`);
    console.log(
      `BACKUP_RESULT ${JSON.stringify({ dir, name: manifest.name, encrypted: manifest.encrypted, databaseBytes: manifest.database.size, uploads: manifest.uploads.length, uploadBytes: manifest.uploads.reduce((sum, file) => sum + file.size, 0), missingUploads: manifest.missingUploads.length, copied, pruned, seconds })}`,
    );
    return 0;
  } finally {
    store.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
