/**
 * `npm run token:rotate [-- --grace 1h] [--file <path>] [--site-env <path>] [--print]`: replaces
 * the public site's API token (or creates it when there is none). The new token lives
 * PUBLIC_TOKEN_LIFESPAN_DAYS (default 90); the old one keeps working for the grace period (default
 * one hour; `--grace 0` refuses it at once) so that running site processes keep serving until
 * they are restarted with the new one. The secret goes to the token file (PUBLIC_SITE_TOKEN_FILE,
 * or --file) or to an env file's NUXT_STRAPI_TOKEN line (--site-env), mode 0600, and to the
 * terminal only with --print: then it is written alone to file descriptor 3, which
 * scripts/rotate-token.ts turns into its standard output (Strapi's own log lines would otherwise
 * mix with it).
 *
 * (Not `--env-file`: Node takes that option from anywhere on its command line, even after the
 * script's name, and would try to load the file itself.)
 *
 * Compiled by Strapi's build to dist/scripts/rotate-token.js. Prints `TOKEN_RESULT {json}`
 * (without the secret) for scripts and tests. Exit codes: 0 done, 2 bad arguments, 1 failure.
 */
import { fstatSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createStrapi } from '@strapi/strapi';
import { PUBLIC_TOKEN_NAME } from '../src/bootstrap/public-token';
import { DAY_MS, DEFAULT_GRACE_MS, formatInstant, lifespanFromEnv, parseGrace } from '../src/domain/token-lifetime';
import { rotatePublicToken } from '../src/tokens/rotate-public-token';
import { SITE_TOKEN_VARIABLE, stageEnvFile, stageTokenFile, type StagedFile } from '../src/tokens/secret-files';

const USAGE = `Cách dùng: npm run token:rotate -- [--grace <thời gian>] [--file <tệp>] [--site-env <tệp>] [--print]
  --grace      khóa cũ còn dùng được bao lâu: 0 (thu hồi ngay), 90s, 30m, 1h (mặc định), 2d
  --file       ghi khóa mới vào tệp này (mặc định: tệp mà npm start đọc, .data/public-site-token)
  --site-env   thay dòng ${SITE_TOKEN_VARIABLE}=… trong tệp biến môi trường của các tiến trình trang công khai
  --print      in khóa mới ra màn hình (đầu ra chuẩn, chỉ riêng khóa)`;

interface Options {
  graceMs: number;
  tokenFile: string | undefined;
  envFile: string | undefined;
  print: boolean;
}

function readOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: { grace: { type: 'string' }, file: { type: 'string' }, 'site-env': { type: 'string' }, print: { type: 'boolean' } },
    allowPositionals: false,
    strict: true,
  });
  const envFile = values['site-env'] ? path.resolve(values['site-env']) : undefined;
  return {
    graceMs: values.grace === undefined ? DEFAULT_GRACE_MS : parseGrace(values.grace),
    // An env file replaces the launcher's token file unless --file names one too.
    tokenFile: values.file ? path.resolve(values.file) : envFile ? undefined : process.env.PUBLIC_SITE_TOKEN_FILE,
    envFile,
    print: values.print === true,
  };
}

/** File descriptor 3, where --print writes the secret, is open (scripts/rotate-token.ts opens it). */
function secretChannelOpen(): boolean {
  try {
    fstatSync(3);
    return true;
  } catch {
    return false;
  }
}

const say = (print: boolean) => (line: string) => (print ? process.stderr : process.stdout).write(`${line}\n`);

function describeGrace(ms: number): string {
  if (ms % DAY_MS === 0) return `${ms / DAY_MS} ngày`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} giờ`;
  if (ms % 60_000 === 0) return `${ms / 60_000} phút`;
  return `${ms / 1000} giây`;
}

async function main(): Promise<number> {
  let options: Options;
  let lifespanMs: number;
  try {
    options = readOptions(process.argv.slice(2));
    lifespanMs = lifespanFromEnv(process.env.PUBLIC_TOKEN_LIFESPAN_DAYS);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (!options.tokenFile && !options.envFile && !options.print) {
    console.error(`✗ Không có nơi nào để ghi khóa mới: hãy dùng --file, --site-env hoặc --print.\n${USAGE}`);
    return 2;
  }
  if (options.print && !secretChannelOpen()) {
    console.error('✗ --print cần chạy qua `npm run token:rotate` (khóa được in qua bộ mô tả tệp 3).');
    return 2;
  }
  const out = say(options.print);

  // Compiled location: cms/dist/scripts/rotate-token.js
  const distDir = path.resolve(__dirname, '..');
  const strapi = await createStrapi({ appDir: path.resolve(distDir, '..'), distDir }).load();
  strapi.log.level = 'warn';
  const staged: StagedFile[] = [];
  try {
    const result = await rotatePublicToken(strapi, {
      graceMs: options.graceMs,
      lifespanMs,
      beforeCommit: async (secret) => {
        if (options.tokenFile) staged.push(await stageTokenFile(options.tokenFile, secret));
        if (options.envFile) staged.push(await stageEnvFile(options.envFile, secret));
      },
    });
    for (const file of staged) await file.commit();
    if (options.print) writeSync(3, `${result.secret}\n`);

    const now = new Date();
    out(
      `✓ Đã ${result.action === 'created' ? 'tạo' : 'thay'} khóa API của trang công khai “${PUBLIC_TOKEN_NAME}”: khóa mới hết hạn lúc ${formatInstant(result.expiresAt)} (${Math.round(lifespanMs / DAY_MS)} ngày).`,
    );
    for (const file of staged) out(`✓ Đã ghi khóa mới vào ${file.path} (chỉ chủ tệp đọc được, 0600).`);
    if (options.print) out('✓ Đã in khóa mới ra đầu ra chuẩn.');
    const previous = result.previous;
    if (previous && previous.worksUntil === null) {
      out('  Khóa cũ đã bị thu hồi ngay: tiến trình nào còn dùng nó sẽ nhận 401 cho đến khi được khởi động lại với khóa mới.');
    } else if (previous && previous.worksUntil !== null && previous.worksUntil > now) {
      out(
        `  Khóa cũ còn dùng được đến ${formatInstant(previous.worksUntil)} (ân hạn ${describeGrace(options.graceMs)}), sau đó bị từ chối (401).`,
      );
    } else if (previous) {
      out('  Khóa cũ đã hết hạn từ trước và đã được xóa.');
    }
    const deadline = previous?.worksUntil && previous.worksUntil > now ? ` trước ${formatInstant(previous.worksUntil)}` : '';
    out('Việc cần làm tiếp:');
    out(`  • Máy phát triển: dừng npm start (Ctrl-C) rồi chạy lại${deadline}; trang công khai sẽ đọc khóa mới từ tệp.`);
    out(
      `  • Máy chủ: đặt ${SITE_TOKEN_VARIABLE} của mọi tiến trình trang công khai (Nuxt) bằng khóa mới rồi khởi động lại từng tiến trình${deadline}.`,
    );
    out(
      `TOKEN_RESULT ${JSON.stringify({
        action: result.action,
        expiresAt: result.expiresAt.toISOString(),
        previousWorksUntil: previous ? (previous.worksUntil?.toISOString() ?? null) : undefined,
        endedDeleted: result.endedDeleted,
        files: staged.map((file) => file.path),
        printed: options.print,
      })}`,
    );
    return 0;
  } catch (error) {
    for (const file of staged) await file.discard();
    throw error;
  } finally {
    await strapi.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
