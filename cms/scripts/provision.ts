/**
 * Province IT's command line for communes: add one, import a list (CSV), suspend, resume, list.
 * Loads Strapi in-process like the seed does; every commune is provisioned in its own database
 * transaction. Messages for the operator are Vietnamese; one `PROVISION_RESULT {json}` line is
 * printed for scripts and tests.
 *
 * Run through `npm run commune -- <command>` (which starts the database and builds first);
 * compiled by Strapi's build to dist/scripts/provision.js.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { createStrapi, type Core } from '@strapi/strapi';
import { addCommand, listCommand, printBadRow, printResult, provisionMany, setStatusCommand, type CommandEnv } from './provision/commands';
import { readCommuneList } from './provision/read-list';
import { SLOTS, type RawRow } from './provision/spec';
import { settle, skipDisabledTelemetry } from './provision/store';

const USAGE = `Cách dùng: npm run commune -- <lệnh> [tùy chọn]

  add --name "Xã Khánh Khê" --code 06235 --domain khanhkhe.langson.gov.vn
      [--province "Lạng Sơn"] [--short-name "Khánh Khê"] [--slug khanh-khe]
      [--alias a.example,b.example] [--admin-email …] [--head-email …]
      [--deputy-email …] [--member-email …] [--contributor-email …]
                      tạo (hoặc bổ sung phần còn thiếu cho) một xã, phường
  import <tệp.csv> [--dry-run]
                      tạo các xã, phường trong danh sách; --dry-run chỉ kiểm tra, không ghi
                      cột: name,code,province,domain,aliases,short_name,slug,admin_email,
                      head_email,deputy_email,member_email,contributor_email
                      (bắt buộc: name, code, province, domain; aliases cách nhau bởi “;”)
  suspend <slug|mã>   tạm ngừng trang của một xã (không xóa gì)
  resume <slug|mã>    mở lại trang của một xã
  list                danh sách xã, phường

Mỗi xã được tạo: chuyên mục mặc định, 6 trang giới thiệu (bản nháp), cấu hình trang và 5 tài
khoản Ban biên tập (chưa kích hoạt). Liên kết kích hoạt được ghi vào .data/credentials/, chỉ
người vận hành đọc được. Chạy lại nhiều lần không tạo trùng.`;

class UsageError extends Error {}

function loader(): { get: () => Promise<Core.Strapi>; seconds: () => number; destroy: () => Promise<void> } {
  let loading: Promise<Core.Strapi> | null = null;
  let seconds = 0;
  return {
    seconds: () => seconds,
    get() {
      loading ??= (async () => {
        const started = Date.now();
        // Compiled location: cms/dist/scripts/provision.js
        const distDir = path.resolve(__dirname, '..');
        const appDir = path.resolve(distDir, '..');
        const strapi = await createStrapi({ appDir, distDir }).load();
        strapi.log.level = 'warn';
        skipDisabledTelemetry(strapi);
        seconds = Math.round((Date.now() - started) / 100) / 10;
        return strapi;
      })();
      return loading;
    },
    async destroy() {
      if (!loading) return;
      const strapi = await loading;
      await settle(strapi);
      await strapi.destroy();
    },
  };
}

function baseUrl(): string {
  const publicUrl = process.env.PUBLIC_URL?.trim();
  return publicUrl ? publicUrl.replace(/\/+$/, '') : `http://localhost:${process.env.PORT || '1337'}`;
}

function credentialsDir(): string {
  if (process.env.COMMUNE_CREDENTIALS_DIR) return path.resolve(process.env.COMMUNE_CREDENTIALS_DIR);
  // cms/dist/scripts → the repository's .data/credentials
  return path.resolve(__dirname, '..', '..', '..', '.data', 'credentials');
}

function parse(args: string[], options: ParseArgsOptionsConfig): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`Tùy chọn không hợp lệ: ${(error as Error).message}`);
  }
}

const ADD_OPTIONS: ParseArgsOptionsConfig = {
  name: { type: 'string' },
  code: { type: 'string' },
  domain: { type: 'string' },
  province: { type: 'string' },
  'short-name': { type: 'string' },
  slug: { type: 'string' },
  alias: { type: 'string', multiple: true },
  ...Object.fromEntries(SLOTS.map((slot) => [slot.option, { type: 'string' as const }])),
};

async function importCommand(env: CommandEnv, args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } });
  const [file, ...more] = positionals;
  if (!file || more.length > 0)
    throw new UsageError('Lệnh import cần đúng một tệp CSV, ví dụ: npm run commune -- import config/communes.csv');
  const fullPath = path.resolve(file);
  let text: string;
  try {
    text = await readFile(fullPath, 'utf8');
  } catch (error) {
    console.error(
      `✗ Không đọc được tệp ${fullPath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : (error as Error).message}`,
    );
    printResult({ command: 'import', created: 0, updated: 0, failed: 0, fatal: 'file', failedRows: [], seconds: 0 });
    return 1;
  }
  const list = readCommuneList(text);
  if (list.fatal) {
    console.error(`✗ ${list.fatal}`);
    console.error('Không ghi gì. Sửa tệp rồi chạy lại.');
    printResult({ command: 'import', created: 0, updated: 0, failed: 0, fatal: list.fatal, failedRows: [], seconds: 0 });
    return 1;
  }
  console.log(`Đọc ${fullPath}: ${list.rows} dòng dữ liệu, ${list.good.length} dòng hợp lệ, ${list.bad.length} dòng lỗi.`);
  if (list.ignoredColumns.length > 0) console.log(`Bỏ qua các cột không dùng: ${list.ignoredColumns.join(', ')}.`);
  for (const row of list.bad) printBadRow(row);
  return provisionMany(env, 'import', list.good, list.bad, { dryRun: values['dry-run'] === true });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const strapi = loader();
  const env: CommandEnv = {
    strapi: strapi.get,
    loadSeconds: strapi.seconds,
    started: Date.now(),
    credentialsDir: credentialsDir(),
    baseUrl: baseUrl(),
  };
  try {
    switch (command) {
      case 'add': {
        const { values, positionals } = parse(args, ADD_OPTIONS);
        if (positionals.length > 0)
          throw new UsageError(
            `Không hiểu “${positionals.join(' ')}”: giá trị có khoảng trắng phải đặt trong ngoặc kép, ví dụ --name "Xã Khánh Khê".`,
          );
        const text = (key: string): string | undefined => {
          const value = values[key];
          return typeof value === 'string' ? value : undefined;
        };
        const aliases = values.alias;
        const raw: RawRow = {
          name: text('name'),
          code: text('code'),
          domain: text('domain'),
          province: text('province'),
          short_name: text('short-name'),
          slug: text('slug'),
          aliases: Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string').join(',') : undefined,
        };
        for (const slot of SLOTS) raw[slot.column] = text(slot.option);
        return await addCommand(env, raw);
      }
      case 'import':
        return await importCommand(env, args);
      case 'suspend':
      case 'resume': {
        const { positionals } = parse(args, {});
        const [key, ...more] = positionals;
        if (!key || more.length > 0)
          throw new UsageError(`Lệnh ${command} cần slug hoặc mã của một xã, ví dụ: npm run commune -- ${command} khanh-khe`);
        return await setStatusCommand(env, command, key);
      }
      case 'list':
        parse(args, {});
        return await listCommand(env);
      case 'help':
      case '--help':
      case '-h':
        console.log(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `Không có lệnh “${command}”.` : 'Chưa ghi lệnh.');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`✗ ${error.message}\n`);
      console.error(USAGE);
      return 2;
    }
    throw error;
  } finally {
    await strapi.destroy();
  }
}

// Strapi runs several unique-value checks at once on the transaction's one connection; pg warns
// that this is deprecated. Nothing the operator can act on: keep their terminal clean.
process.noDeprecation = true;

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('✗ Lỗi không mong đợi, xem chi tiết dưới đây:');
    console.error(error);
    process.exit(1);
  },
);
