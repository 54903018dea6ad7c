/**
 * `npm run restore -- <backup>`: the whole platform onto an empty database and media store
 * (refused when either holds anything, unless `--force`).
 * `npm run restore -- <backup> --commune <slug> [--dry-run | --apply]`: one commune's content,
 * media, memberships and editorial history into the running platform, every other commune left
 * as it is; a dry run (the default) prints what would change.
 * README "Backups and restore". Prints `RESTORE_RESULT {json}` as its last line.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { mediaStorageFromEnv } from '../cms/src/domain/media-storage.ts';
import { createDatabaseIfMissing, dropDatabase, prepareDatabase } from '../database/prepare.ts';
import { restoreCommuneRows, type CommuneRestoreResult } from './lib/backup/commune-restore.ts';
import { openPlatformDatabase, userTableCount } from './lib/backup/database.ts';
import { readBackupKey } from './lib/backup/encryption.ts';
import { keysOfFileRow, type Manifest, type UploadFile } from './lib/backup/manifest.ts';
import { platformMediaStore, type MediaStore } from './lib/backup/media-store.ts';
import { feedPgRestore, openEntry, verifyBackup } from './lib/backup/read-backup.ts';
import { copyMedia } from './lib/backup/restore-media.ts';
import { runCmsScript, strapiScriptEnv } from './lib/cms-scripts.ts';
import { planCommuneTables, uncoveredTables, type CatalogTable, type ModelInfo } from './lib/backup/table-plan.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: {
    commune: { type: 'string' },
    apply: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});

const publicUrl = (() => {
  const storage = mediaStorageFromEnv(process.env);
  return storage.kind === 's3' ? storage.publicUrl : null;
})();

async function pgRestoreInto(url: string, dir: string, manifest: Manifest, key: Buffer | null): Promise<void> {
  await feedPgRestore(
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${new URL(url).pathname.slice(1)}`],
    await openEntry(dir, manifest, manifest.database, key),
    () => {},
    url,
  );
}

async function catalog(url: string): Promise<CatalogTable[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ name: string; columns: string[] }>(
      "SELECT table_name AS name, array_agg(column_name::text ORDER BY ordinal_position) AS columns FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name",
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

async function liveMigrations(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ name: string }>('SELECT name FROM commune_sql_migrations ORDER BY name')).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

function assertSameStorage(manifest: Manifest, store: MediaStore): void {
  if (manifest.storage.kind !== store.kind) {
    throw new Error(
      `The backup's media were on ${manifest.storage.kind === 's3' ? 'S3' : 'the local disk'} (${manifest.storage.description}) but this platform stores them on ${store.kind === 's3' ? 'S3' : 'the local disk'}: the stored URLs would not match. Restore with the same UPLOAD_PROVIDER / S3_* settings.`,
    );
  }
}

async function restoreWhole(dir: string, manifest: Manifest, key: Buffer | null): Promise<Record<string, unknown>> {
  const database = await openPlatformDatabase();
  const store = platformMediaStore();
  try {
    assertSameStorage(manifest, store);
    await createDatabaseIfMissing(database.url);
    const tables = await userTableCount(database.url);
    const stored = await store.list();
    if ((tables > 0 || stored.length > 0) && !values.force) {
      throw new Error(
        `Refusing to restore over a platform that is not empty (${tables} tables in the database, ${stored.length} files in the ${store.description}). Use --force to replace everything.`,
      );
    }
    const started = Date.now();
    if (tables > 0) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      } finally {
        await client.end();
      }
    }
    await pgRestoreInto(database.url, dir, manifest, key);
    const wanted = new Set(manifest.uploads.map((entry) => entry.key));
    if (stored.length > 0) await store.remove(stored.map((entry) => entry.key).filter((storedKey) => !wanted.has(storedKey)));
    const bytes = await copyMedia(dir, manifest, key, store, manifest.uploads);
    // A backup of an older version gets this version's SQL migrations; Strapi migrates its own at start.
    await prepareDatabase(database.url);
    return {
      mode: 'whole',
      database: manifest.database.size,
      files: manifest.uploads.length,
      bytes,
      seconds: (Date.now() - started) / 1000,
      strapiVersion: manifest.schema.strapiVersion,
    };
  } finally {
    store.close();
    await database.stop();
  }
}

function printSummary(slug: string, result: CommuneRestoreResult, files: { copy: number; remove: number }, applied: boolean): void {
  console.log(`${applied ? 'Restored' : 'Dry run — would restore'} commune "${slug}" (id ${result.communeId}):`);
  const labelWidth = Math.max(...result.tables.map((table) => table.label.length), 10);
  console.log(
    `  ${'type'.padEnd(labelWidth)}  ${'added'.padStart(6)} ${'changed'.padStart(7)} ${'deleted'.padStart(7)} ${'same'.padStart(6)} ${'skipped'.padStart(7)}`,
  );
  for (const table of result.tables) {
    if (table.added + table.changed + table.deleted + table.unchanged + table.skipped === 0) continue;
    console.log(
      `  ${table.label.padEnd(labelWidth)}  ${String(table.added).padStart(6)} ${String(table.changed).padStart(7)} ${String(table.deleted).padStart(7)} ${String(table.unchanged).padStart(6)} ${String(table.skipped).padStart(7)}`,
    );
  }
  console.log(`  media files: ${files.copy} copied back from the backup, ${files.remove} removed from the store`);
  if (!applied) console.log('Nothing was changed. Run again with --apply to restore.');
}

async function restoreCommune(dir: string, manifest: Manifest, key: Buffer | null, slug: string): Promise<Record<string, unknown>> {
  const started = Date.now();
  const database = await openPlatformDatabase();
  const store = platformMediaStore();
  const scratchName = `restore_scratch_${randomBytes(5).toString('hex')}`;
  const scratchUrl = database.urlFor(scratchName);
  try {
    assertSameStorage(manifest, store);
    const migrations = await liveMigrations(database.url);
    if (JSON.stringify(migrations) !== JSON.stringify(manifest.schema.sqlMigrations)) {
      throw new Error(
        `The backup's schema (SQL migrations up to ${manifest.schema.sqlMigrations.at(-1) ?? 'none'}) differs from the running platform's (${migrations.at(-1) ?? 'none'}): restore one commune only into a platform of the same version.`,
      );
    }
    if (!manifest.communes.some((commune) => commune.slug === slug))
      throw new Error(`The backup has no commune "${slug}" (it has: ${manifest.communes.map((commune) => commune.slug).join(', ')})`);
    await createDatabaseIfMissing(scratchUrl);
    await pgRestoreInto(scratchUrl, dir, manifest, key);
    const scratchSeconds = (Date.now() - started) / 1000;
    const env = await strapiScriptEnv(scratchUrl, { scratch: true });
    const map = await runCmsScript<{ models: ModelInfo[] }>('model-map', [], env, 'MODEL_MAP');
    const tables = await catalog(database.url);
    const plan = planCommuneTables(map.models, tables);
    const uncovered = uncoveredTables(plan, tables, map.models);
    if (uncovered.length > 0)
      throw new Error(
        `Tables ${uncovered.join(', ')} look commune-scoped but the restore does not know them (scripts/lib/backup/table-plan.ts): nothing was changed.`,
      );

    const byKey = new Map(manifest.uploads.map((entry) => [entry.key, entry]));
    // Stored names carry a content hash: a file present with the same size is the same file.
    const present = new Map((await store.list()).map((entry) => [entry.key, entry.size]));
    const mediaOf = (result: CommuneRestoreResult) => {
      const backupKeys = new Set(result.backupFiles.flatMap((row) => keysOfFileRow(row, publicUrl)));
      const copy = [...backupKeys]
        .map((fileKey) => byKey.get(fileKey))
        .filter((entry): entry is UploadFile => entry !== undefined && present.get(entry.key) !== entry.size);
      const missing = [...backupKeys].filter((fileKey) => !byKey.has(fileKey));
      const candidates = result.liveFiles.flatMap((row) => keysOfFileRow(row, publicUrl)).filter((fileKey) => !backupKeys.has(fileKey));
      return { copy, missing, candidates };
    };
    const apply = values.apply && !values['dry-run'];
    let copied = 0;
    const result = await restoreCommuneRows({
      liveUrl: database.url,
      scratchUrl,
      plan,
      slug,
      apply,
      // Inside the transaction: if a file cannot be copied back, no row changes either.
      beforeCommit: async (rows) => {
        const { copy } = mediaOf(rows);
        await copyMedia(dir, manifest, key, store, copy);
        copied = copy.length;
      },
    });
    const media = mediaOf(result);
    let removed = 0;
    let reindexed: { indexed: number } | null = null;
    if (result.applied) {
      // Files of rows that are gone now, unless some row still names them.
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const rows = (
          await client.query<{ url: string | null; formats: Record<string, { url?: unknown } | null> | null }>(
            'SELECT url, formats FROM files',
          )
        ).rows;
        const referenced = new Set(rows.flatMap((row) => keysOfFileRow(row, publicUrl)));
        const doomed = [...new Set(media.candidates)].filter((fileKey) => !referenced.has(fileKey));
        await store.remove(doomed);
        removed = doomed.length;
      } finally {
        await client.end();
      }
      reindexed = await runCmsScript<{ indexed: number }>(
        'reindex',
        ['--commune', slug],
        await strapiScriptEnv(database.url),
        'REINDEX_RESULT',
      );
    }
    if (media.missing.length > 0)
      console.warn(`! ${media.missing.length} media files of the commune were not in the backup: ${media.missing.slice(0, 5).join(', ')}`);
    printSummary(
      slug,
      result,
      { copy: result.applied ? copied : media.copy.length, remove: result.applied ? removed : media.candidates.length },
      result.applied,
    );
    return {
      mode: 'commune',
      slug,
      applied: result.applied,
      tables: result.tables,
      keptLive: plan.keptLive.map((entry) => entry.table),
      rules: plan.rules.map(({ table, role, where }) => ({ table, role, where })),
      files: {
        copied: result.applied ? copied : media.copy.length,
        removed: result.applied ? removed : media.candidates.length,
        missing: media.missing.length,
      },
      searchIndexed: reindexed?.indexed ?? null,
      scratchSeconds,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await dropDatabase(scratchUrl).catch(() => undefined);
    store.close();
    await database.stop();
  }
}

async function main(): Promise<number> {
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    console.error('Usage: npm run restore -- <backup folder> [--commune <slug> [--dry-run | --apply]] [--force]');
    return 2;
  }
  if (values.apply && values['dry-run']) {
    console.error('Choose --dry-run or --apply, not both');
    return 2;
  }
  const dir = path.resolve(target);
  const key = process.env.BACKUP_KEY_FILE ? await readBackupKey(process.env.BACKUP_KEY_FILE) : null;
  // Nothing is restored from a backup that does not check out.
  const report = await verifyBackup(dir, key);
  if (!report.ok || !report.manifest) {
    for (const problem of report.problems) console.error(`✗ ${problem}`);
    console.error('✗ The backup did not verify; nothing was restored.');
    return 1;
  }
  const result = values.commune
    ? await restoreCommune(dir, report.manifest, key, values.commune)
    : await restoreWhole(dir, report.manifest, key);
  if (!values.commune)
    console.log(
      `✓ Restored ${report.manifest.name}: database and ${String(result.files)} media files in ${Number(result.seconds).toFixed(1)} s`,
    );
  console.log(`RESTORE_RESULT ${JSON.stringify(result)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
