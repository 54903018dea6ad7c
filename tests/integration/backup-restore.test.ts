/**
 * Backups and restore (README "Backups and restore"), as the operator runs them (`npm run backup`,
 * `npm run restore`) against the real Strapi and PostgreSQL: seed → back up (plain and encrypted)
 * → verify, and catch tampering → restore the whole platform onto an empty database and media
 * folder (equal to the original) → change and delete things in two communes over HTTP → restore
 * one commune (dry run, then apply): it equals the backup (rows, media byte for byte, editorial
 * history), the other keeps its changes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { withDatabase } from '../../database/connection';
import { dropDatabase } from '../../database/prepare';
import type { Manifest } from '../../scripts/lib/backup/manifest';
import type { TableChange } from '../../scripts/lib/backup/commune-restore';
import type { TableRole } from '../../scripts/lib/backup/table-plan';
import { runCli } from '../support/backup-cli';
import { ARTICLE, press } from '../support/board';
import type { TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import { createCommuneMember, UPLOADS_DIR } from '../support/uploads';

interface BackupResult {
  dir: string;
  encrypted: boolean;
  uploads: number;
  uploadBytes: number;
  databaseBytes: number;
  missingUploads: number;
  seconds: number;
}

interface VerifyResult {
  ok: boolean;
  problems: string[];
  dumpEntries: number;
}

interface CommuneResult {
  applied: boolean;
  tables: TableChange[];
  rules: Array<{ table: string; role: TableRole; where: string }>;
  files: { copied: number; removed: number; missing: number };
  searchIndexed: number | null;
  seconds: number;
}

const A = 'khanh-khe';
const B = 'son-giang';
/** Rebuilt by the reindex after a restore (new ids, new times); checked by content instead. */
const REINDEXED = /^portal_search_/;

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let superAdmin: AdminClient;
let work: string;
let keyFile: string;
let plain: BackupResult;
let sealed: BackupResult;
let restoredUrl = '';
const communes: Record<string, { id: number; documentId: string }> = {};
const timings: Record<string, number> = {};

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ ...setup.env, ...extra });

async function query<Row extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** One commune's rows of every planned table (sorted JSON), as the restore selects them. */
async function communeRows(url: string, rules: CommuneResult['rules'], communeId: number): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const rule of rules) {
    if (REINDEXED.test(rule.table)) continue;
    const found = await query<{ r: unknown }>(url, `SELECT to_jsonb(t) AS r FROM "${rule.table}" t WHERE ${rule.where}`, [communeId]);
    rows[rule.table] = found.map((row) => JSON.stringify(row.r)).sort();
  }
  return rows;
}

/** Every table's content as one checksum per table. */
async function tableChecksums(url: string): Promise<Record<string, string>> {
  const tables = await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  const sums: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await query<{ sum: string | null; n: string }>(
      url,
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum, count(*) AS n FROM "${tablename}" t`,
    );
    sums[tablename] = `${row?.n}:${row?.sum ?? ''}`;
  }
  return sums;
}

const sha256 = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

async function manifestOf(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

beforeAll(async () => {
  ({ db, setup } = await createSeededDatabase('backup_restore'));
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const slug of [A, B]) {
    const [row] = await db.query<{ id: number; document_id: string }>('SELECT id, document_id FROM communes WHERE slug = $1', [slug]);
    if (!row) throw new Error(`no commune ${slug}`);
    communes[slug] = { id: row.id, documentId: row.document_id };
  }
  work = await mkdtemp(path.join(tmpdir(), 'commune-backup-test-'));
  keyFile = path.join(work, 'backup.key');
  await writeFile(keyFile, randomBytes(32).toString('base64'), { mode: 0o600 });
});

afterAll(async () => {
  console.log(`Backup and restore timings (s): ${JSON.stringify(timings)}`);
  await strapi?.stop();
  // The media folder is shared by every test file of the run (their databases are copies of one
  // seeded template): put back the seeded files this file deleted through Strapi (the other
  // commune keeps its deletion in the database only), or later files find their pictures gone.
  if (plain?.dir) {
    for (const entry of (await manifestOf(plain.dir)).uploads) {
      const target = path.join(UPLOADS_DIR, entry.key);
      if (existsSync(target)) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await cp(path.join(plain.dir, 'uploads', entry.key), target);
    }
  }
  if (restoredUrl) await dropDatabase(restoredUrl).catch(() => undefined);
  await db?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('writes a consistent backup: database dump, every media file, a manifest with checksums and the schema version', async () => {
    const run = await runCli<BackupResult>('backup', ['--dir', path.join(work, 'plain')], env());
    expect(run.output).toContain('BACKUP_RESULT');
    expect(run.code).toBe(0);
    plain = run.result as BackupResult;
    timings.backup = plain.seconds;
    const manifest = await manifestOf(plain.dir);
    expect(path.basename(plain.dir)).toMatch(/^commune-backup-\d{4}-\d{2}-\d{2}T\d{6}Z$/);
    expect(manifest.encrypted).toBe(false);
    expect(manifest.schema.sqlMigrations).toEqual(
      (await db.query<{ name: string }>('SELECT name FROM commune_sql_migrations ORDER BY name')).map((row) => row.name),
    );
    expect(manifest.schema.strapiVersion).toMatch(/^5\./);
    expect(manifest.schema.postgresVersion).toMatch(/^15\./);
    expect(manifest.communes.map((commune) => commune.slug).sort()).toEqual(expect.arrayContaining([A, B]));
    expect(manifest.missingUploads).toEqual([]);
    // Every media file of the folder, byte for byte.
    const onDisk = (await readdir(UPLOADS_DIR)).filter((name) => !name.startsWith('.'));
    expect(manifest.uploads.map((entry) => entry.key).sort()).toEqual(onDisk.sort());
    for (const entry of manifest.uploads.slice(0, 25)) {
      expect(await sha256(path.join(plain.dir, 'uploads', entry.key))).toBe(entry.sha256);
      expect(await sha256(path.join(UPLOADS_DIR, entry.key))).toBe(entry.sha256);
    }
    expect(await sha256(path.join(plain.dir, 'database.dump'))).toBe(manifest.database.sha256);
  });

  it('encrypts every file with the operator key (AES-256-GCM) when BACKUP_KEY_FILE is set', async () => {
    const run = await runCli<BackupResult>('backup', ['--dir', path.join(work, 'sealed')], env({ BACKUP_KEY_FILE: keyFile }));
    expect(run.code).toBe(0);
    sealed = run.result as BackupResult;
    timings.encryptedBackup = sealed.seconds;
    expect(sealed.encrypted).toBe(true);
    const files = await readdir(sealed.dir);
    expect(files.sort()).toEqual(['database.dump.enc', 'manifest.json.enc', 'uploads']);
    // No plaintext inside: the dump's custom-format header is gone.
    const dump = await readFile(path.join(sealed.dir, 'database.dump.enc'));
    expect(dump.subarray(0, 9).toString('ascii')).toBe('CPBK-GCM1');
    expect(dump.includes(Buffer.from('PGDMP'))).toBe(false);
  });

  it('verifies a backup: checksums, decryption and pg_restore --list', async () => {
    const started = Date.now();
    const plainRun = await runCli<VerifyResult>('backup', ['--verify', plain.dir], env(), 'VERIFY_RESULT');
    expect(plainRun.result).toMatchObject({ ok: true, problems: [] });
    expect(plainRun.result?.dumpEntries).toBeGreaterThan(100);
    timings.verify = (Date.now() - started) / 1000;
    const sealedRun = await runCli<VerifyResult>('backup', ['--verify', sealed.dir], env({ BACKUP_KEY_FILE: keyFile }), 'VERIFY_RESULT');
    expect(sealedRun.result).toMatchObject({ ok: true, problems: [] });
    expect(sealedRun.code).toBe(0);
  });

  it('detects a corrupted, tampered or wrongly keyed backup, and restore refuses it', async () => {
    const copy = path.join(work, 'tampered', path.basename(plain.dir));
    await cp(plain.dir, copy, { recursive: true });
    const manifest = await manifestOf(copy);
    const victim = manifest.uploads[0];
    if (!victim) throw new Error('no upload in the backup');
    const file = path.join(copy, 'uploads', victim.key);
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
    await writeFile(file, bytes);
    await writeFile(path.join(copy, 'uploads', 'planted.php'), '<?php system($_GET["c"]);');
    const run = await runCli<VerifyResult>('backup', ['--verify', copy], env(), 'VERIFY_RESULT');
    expect(run.code).toBe(1);
    expect(run.result?.problems).toEqual(
      expect.arrayContaining([
        `uploads/${victim.key}: checksum mismatch (the file was changed or damaged)`,
        'uploads/planted.php: not in the manifest',
      ]),
    );
    const refused = await runCli(
      'restore',
      [copy],
      env({ DATABASE_URL: withDatabase(db.url, 'never_created'), UPLOADS_DIR: path.join(work, 'never') }),
    );
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('The backup did not verify; nothing was restored.');
    expect(existsSync(path.join(work, 'never'))).toBe(false);

    // Encrypted: no key, a wrong key, a changed byte in the dump.
    const noKey = await runCli<VerifyResult>('backup', ['--verify', sealed.dir], env(), 'VERIFY_RESULT');
    expect(noKey.result?.problems).toEqual([`${path.basename(sealed.dir)} is encrypted: set BACKUP_KEY_FILE to the key it was made with`]);
    const wrongKey = path.join(work, 'wrong.key');
    await writeFile(wrongKey, randomBytes(32).toString('hex'));
    const wrong = await runCli<VerifyResult>('backup', ['--verify', sealed.dir], env({ BACKUP_KEY_FILE: wrongKey }), 'VERIFY_RESULT');
    expect(wrong.code).toBe(1);
    expect(wrong.result?.problems).toEqual(['manifest.json.enc: decryption failed (wrong key, or the file was changed or truncated)']);
    const sealedCopy = path.join(work, 'tampered', path.basename(sealed.dir));
    await cp(sealed.dir, sealedCopy, { recursive: true });
    await appendFile(path.join(sealedCopy, 'database.dump.enc'), Buffer.from([0]));
    const truncated = await runCli<VerifyResult>('backup', ['--verify', sealedCopy], env({ BACKUP_KEY_FILE: keyFile }), 'VERIFY_RESULT');
    expect(truncated.result?.ok).toBe(false);
    expect(truncated.result?.problems).toEqual(['database.dump.enc: checksum mismatch (the file was changed or damaged)']);
  });
});

describe('retention', () => {
  it('npm run backup -- --prune-only keeps 7 daily, 4 weekly and 12 monthly backups and nothing else', async () => {
    const dir = path.join(work, 'retention');
    const days = Array.from({ length: 60 }, (_, index) => new Date(Date.UTC(2026, 10, 30 - index, 2, 30)));
    const names = days.map(
      (day) =>
        `commune-backup-${day
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z')
          .replace(/:/g, '')}`,
    );
    for (const name of names) await cp(path.join(plain.dir, 'manifest.json'), path.join(dir, name, 'manifest.json'));
    await writeFile(path.join(dir, 'README.txt'), 'not a backup');
    const run = await runCli<{ pruned: { local: string[] } }>('backup', ['--prune-only', '--dir', dir], env());
    expect(run.code).toBe(0);
    const left = (await readdir(dir)).sort();
    // 7 days (24–30 Nov); 4 ISO weeks: Monday 30 Nov's, then the Sundays 29, 22 and 15 Nov; 12 months: 30 Nov, 31 Oct.
    expect(left).toEqual(
      [
        'README.txt',
        ...[30, 29, 28, 27, 26, 25, 24, 22, 15].map((day) => `commune-backup-2026-11-${String(day).padStart(2, '0')}T023000Z`),
        'commune-backup-2026-10-31T023000Z',
      ].sort(),
    );
    expect(run.result?.pruned.local.length).toBe(names.length - (left.length - 1));
  });
});

describe('npm run restore (whole platform)', () => {
  it('restores the encrypted backup onto an empty database and media folder: an equal platform', async () => {
    restoredUrl = withDatabase(db.url, `t_restored_${randomBytes(4).toString('hex')}`);
    const uploads = path.join(work, 'restored-uploads');
    const run = await runCli<{ files: number; seconds: number }>(
      'restore',
      [sealed.dir],
      env({ DATABASE_URL: restoredUrl, UPLOADS_DIR: uploads, BACKUP_KEY_FILE: keyFile }),
    );
    expect(run.output).toContain('RESTORE_RESULT');
    expect(run.code).toBe(0);
    timings.wholeRestore = run.result?.seconds ?? -1;
    // The database: every table equal to the original's (nothing has written to it since the backup).
    const [original, restored] = await Promise.all([tableChecksums(db.url), tableChecksums(restoredUrl)]);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(original).sort());
    const differing = Object.keys(original).filter((table) => original[table] !== restored[table]);
    expect(differing).toEqual([]);
    // The media: every file, byte for byte.
    const manifest = await manifestOf(plain.dir);
    expect((await readdir(uploads)).sort()).toEqual(manifest.uploads.map((entry) => entry.key).sort());
    for (const entry of manifest.uploads) expect(await sha256(path.join(uploads, entry.key))).toBe(entry.sha256);
  });

  it('refuses a database or media folder that is not empty', async () => {
    const run = await runCli('restore', [plain.dir], env({ DATABASE_URL: restoredUrl, UPLOADS_DIR: path.join(work, 'restored-uploads') }));
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /Refusing to restore over a platform that is not empty \(\d+ tables in the database, \d+ files in the folder .*\)\. Use --force to replace everything\./,
    );
  });
});

describe('npm run restore --commune', () => {
  const changed: Record<string, { edited: string; deleted: string; added: string; deletedFile: { id: number; url: string } }> = {};

  /** Edits one article, deletes another and a media file, adds a draft: in one commune, over HTTP. */
  async function changeCommune(slug: string): Promise<void> {
    const commune = communes[slug] as { id: number; documentId: string };
    const articles = await db.query<{ document_id: string }>(
      `SELECT DISTINCT a.document_id FROM articles a JOIN articles_commune_lnk l ON l.article_id = a.id WHERE l.commune_id = $1 ORDER BY a.document_id LIMIT 2`,
      [commune.id],
    );
    const [edited, deleted] = articles.map((row) => row.document_id);
    if (!edited || !deleted) throw new Error(`too few articles in ${slug}`);
    const update = await superAdmin.update(ARTICLE, edited, { title: `Đã sửa sau khi sao lưu (${slug})` });
    expect(update.status).toBe(200);
    // Live content is taken down by the board's head (with a reason) before it can be deleted.
    const head = await createCommuneMember(superAdmin, {
      email: `bt.${slug}@thu.nghiem.vn`,
      password: 'Cay-Da-Dau-Lang-2026',
      role: 'commune-board-head',
      communeDocumentId: commune.documentId,
    });
    expect((await press(head, ARTICLE, deleted, { action: 'unpublish', comment: 'Gỡ để thử khôi phục.' })).status).toBe(200);
    const removal = await superAdmin.call('DELETE', `/content-manager/collection-types/${ARTICLE}/${deleted}`);
    expect(removal.status).toBe(200);
    const [file] = await db.query<{ id: number; url: string }>(
      `SELECT f.id, f.url FROM files f WHERE f.commune_id = $1 AND f.url LIKE '/uploads/%' AND EXISTS (SELECT 1 FROM files_related_mph m WHERE m.file_id = f.id) ORDER BY f.id LIMIT 1`,
      [commune.id],
    );
    if (!file) throw new Error(`no used file in ${slug}`);
    expect((await superAdmin.call('DELETE', `/upload/files/${file.id}`)).status).toBe(200);
    expect(existsSync(path.join(UPLOADS_DIR, file.url.slice('/uploads/'.length)))).toBe(false);
    const created = await superAdmin.create(ARTICLE, {
      title: `Tin mới sau khi sao lưu (${slug})`,
      kind: 'tin',
      featured: false,
      summary: 'Tóm tắt',
      commune: { connect: [{ documentId: commune.documentId }] },
    });
    expect(created.status).toBe(201);
    changed[slug] = { edited, deleted, added: created.body.data.documentId, deletedFile: file };
  }

  it('restores one commune into the running platform: dry run first, then apply; the other commune keeps its changes', async () => {
    const eventsBefore = await db.query<{ n: string }>('SELECT count(*) AS n FROM editorial_events WHERE commune_id = $1', [
      communes[A]?.id,
    ]);
    await changeCommune(A);
    await changeCommune(B);
    const eventsAfter = await db.query<{ n: string }>('SELECT count(*) AS n FROM editorial_events WHERE commune_id = $1', [
      communes[A]?.id,
    ]);
    // The changes made editorial history too (the restore must take it back).
    expect(Number(eventsAfter[0]?.n)).toBeGreaterThan(Number(eventsBefore[0]?.n));
    const versionBefore = Number(
      (await db.query<{ version: string }>('SELECT version FROM site_content_versions WHERE commune_id = $1', [communes[A]?.id]))[0]
        ?.version ?? 0,
    );

    // Dry run: the summary, and nothing changed.
    const dry = await runCli<CommuneResult>('restore', [plain.dir, '--commune', A], env());
    expect(dry.output).toContain('RESTORE_RESULT');
    expect(dry.code).toBe(0);
    const rules = dry.result?.rules ?? [];
    timings.communeDryRun = dry.result?.seconds ?? -1;
    const dryA = await communeRows(db.url, rules, communes[A]?.id ?? 0);
    const beforeB = await communeRows(db.url, rules, communes[B]?.id ?? 0);
    expect(dry.result?.applied).toBe(false);
    expect(dry.output).toContain('Dry run — would restore commune "khanh-khe"');
    expect(dry.output).toContain('Nothing was changed. Run again with --apply to restore.');
    const articles = dry.result?.tables.find((table) => table.table === 'articles');
    // Deleted: draft and published rows of one article come back; the new draft goes; the edited draft changes back.
    expect(articles?.added).toBeGreaterThanOrEqual(2);
    expect(articles?.deleted).toBeGreaterThanOrEqual(1);
    expect(articles?.changed).toBeGreaterThanOrEqual(1);
    expect(dry.result?.tables.find((table) => table.table === 'files')).toMatchObject({ added: 1 });
    expect(dry.result?.files.copied).toBeGreaterThanOrEqual(1);
    expect(await communeRows(db.url, rules, communes[A]?.id ?? 0)).toEqual(dryA);

    const applied = await runCli<CommuneResult>('restore', [plain.dir, '--commune', A, '--apply'], env());
    expect(applied.output).toContain('RESTORE_RESULT');
    expect(applied.code).toBe(0);
    timings.communeRestore = applied.result?.seconds ?? -1;
    expect(applied.result?.applied).toBe(true);
    expect(applied.result?.searchIndexed).toBeGreaterThan(0);

    // Commune A equals the backup: every row of every planned table (the whole restore above is the backup).
    const restoredA = await communeRows(db.url, rules, communes[A]?.id ?? 0);
    const backupA = await communeRows(restoredUrl, rules, communes[A]?.id ?? 0);
    for (const table of Object.keys(backupA)) expect({ table, rows: restoredA[table] }).toEqual({ table, rows: backupA[table] });
    expect((backupA.editorial_events ?? []).length).toBeGreaterThan(0);
    // Its deleted media file is back, byte for byte; the search index has its deleted article again.
    const manifest = await manifestOf(plain.dir);
    const fileA = changed[A]?.deletedFile as { url: string };
    const key = fileA.url.slice('/uploads/'.length);
    expect(await sha256(path.join(UPLOADS_DIR, key))).toBe(manifest.uploads.find((entry) => entry.key === key)?.sha256);
    const search = await db.query<{ document_id: string }>('SELECT document_id FROM portal_search_entries WHERE commune_id = $1', [
      communes[A]?.id,
    ]);
    expect(search.map((row) => row.document_id)).toContain(changed[A]?.deleted);
    // The sites' caches follow.
    const versionAfter = Number(
      (await db.query<{ version: string }>('SELECT version FROM site_content_versions WHERE commune_id = $1', [communes[A]?.id]))[0]
        ?.version ?? 0,
    );
    expect(versionAfter).toBeGreaterThan(versionBefore);

    // Commune B keeps every change: its rows are exactly what they were before the restore.
    expect(await communeRows(db.url, rules, communes[B]?.id ?? 0)).toEqual(beforeB);
    const titles = await db.query<{ document_id: string; title: string }>(
      'SELECT document_id, title FROM articles WHERE document_id = ANY($1)',
      [[changed[B]?.edited, changed[B]?.deleted, changed[B]?.added]],
    );
    expect(titles.map((row) => row.document_id)).not.toContain(changed[B]?.deleted);
    expect(titles.map((row) => row.document_id)).toContain(changed[B]?.added);
    expect(titles.filter((row) => row.document_id === changed[B]?.edited).map((row) => row.title)).toContain(
      `Đã sửa sau khi sao lưu (${B})`,
    );
    expect(existsSync(path.join(UPLOADS_DIR, (changed[B]?.deletedFile.url ?? '').slice('/uploads/'.length)))).toBe(false);

    // The running CMS serves the restored article again.
    const list = await superAdmin.list(ARTICLE, `&filters[documentId][$eq]=${changed[A]?.deleted}`);
    expect(list.body.pagination.total).toBe(1);
  });
});
