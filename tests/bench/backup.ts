/**
 * `npm run bench:backup` — how long backups and restores of the demo platform take, printed, not
 * asserted (targets: a full backup < 1 min, one commune restored < 1 min).
 *
 * On the embedded PostgreSQL (or DATABASE_URL's server), in databases of its own that it drops
 * afterwards: seeds the demo platform, then times `npm run backup` (plain and encrypted),
 * `--verify`, a commune restore (dry run, then apply: scratch copy, plan, one transaction, media,
 * search reindex) and a whole restore onto an empty database and media folder.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { prepareDatabase, dropDatabase } from '../../database/prepare.ts';
import { startDatabaseServer } from '../../database/server.ts';
import { buildCms, buildPlugins } from '../../scripts/lib/build.ts';
import { runSeed, strapiEnv } from '../../scripts/lib/stack.ts';
import { runCli } from '../support/backup-cli.ts';

const database = await startDatabaseServer();
const tag = randomBytes(3).toString('hex');
const platformUrl = database.urlFor(`bench_backup_${tag}`);
const restoredUrl = database.urlFor(`bench_restored_${tag}`);
const work = await mkdtemp(path.join(tmpdir(), 'bench-backup-'));
const figures: Array<[string, number | string]> = [];
try {
  await buildPlugins();
  await buildCms();
  await prepareDatabase(platformUrl);
  const env = { ...(await strapiEnv(platformUrl, 1398)), PUBLIC_SITE_TOKEN_FILE: path.join(work, 'token') };
  const seeded = Date.now();
  await runSeed(env);
  figures.push(['seed the demo platform (s)', (Date.now() - seeded) / 1000]);
  const keyFile = path.join(work, 'key');
  await writeFile(keyFile, randomBytes(32).toString('base64'));

  const step = async <T>(label: string, run: Promise<{ code: number; output: string; result: T | null; seconds: number }>): Promise<T> => {
    const done = await run;
    if (done.code !== 0 || !done.result) throw new Error(`${label} failed:\n${done.output.slice(-3000)}`);
    figures.push([`${label} (s)`, done.seconds]);
    return done.result;
  };
  const plain = await step<{ dir: string; uploads: number; uploadBytes: number; databaseBytes: number }>(
    'full backup',
    runCli('backup', ['--dir', path.join(work, 'plain')], env),
  );
  figures.push(
    ['  database dump (MB)', (plain.databaseBytes / 1e6).toFixed(1)],
    ['  media files', plain.uploads],
    ['  media (MB)', (plain.uploadBytes / 1e6).toFixed(1)],
  );
  const sealed = await step<{ dir: string }>(
    'full backup, encrypted',
    runCli('backup', ['--dir', path.join(work, 'sealed')], { ...env, BACKUP_KEY_FILE: keyFile }),
  );
  await step(
    'verify the encrypted backup',
    runCli('backup', ['--verify', sealed.dir], { ...env, BACKUP_KEY_FILE: keyFile }, 'VERIFY_RESULT'),
  );
  await step('commune restore, dry run', runCli('restore', [plain.dir, '--commune', 'khanh-khe'], env));
  await step('commune restore, apply (with search reindex)', runCli('restore', [plain.dir, '--commune', 'khanh-khe', '--apply'], env));
  await step(
    'whole restore onto an empty database and folder',
    runCli('restore', [sealed.dir], {
      ...env,
      DATABASE_URL: restoredUrl,
      UPLOADS_DIR: path.join(work, 'restored-uploads'),
      BACKUP_KEY_FILE: keyFile,
    }),
  );
} finally {
  await dropDatabase(platformUrl).catch(() => undefined);
  await dropDatabase(restoredUrl).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
  await database.stop();
}
console.log(
  `\nBackup and restore of the demo platform (${cpus().length} cores, load ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}):`,
);
for (const [label, value] of figures)
  console.log(`  ${label.padEnd(52)} ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : value}`);
