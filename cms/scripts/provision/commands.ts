/**
 * The commands of `npm run commune`: add, import, suspend, resume, list. Each prints what it did
 * for the operator (in Vietnamese) and one `PROVISION_RESULT {json}` line for scripts, and
 * returns the exit code.
 */
import type { Core, UID } from '@strapi/strapi';
import { CredentialsFile } from './credentials';
import { directWritesAllowed } from './direct-writes';
import { inLanes, provisionLanes } from './lanes';
import { emptyCounts, provisionCommune, type ItemCounts, type ProvisionContext } from './provision-commune';
import type { BadRow } from './read-list';
import { SLOTS, checkRow, type CommuneSpec, type RawRow } from './spec';
import { UIDS, aliasesOf, allCommunes, documents, roleIds, settle, type CommuneRow } from './store';

export interface CommandEnv {
  /** Loads Strapi once (lazily); destroyed by the caller. */
  strapi(): Promise<Core.Strapi>;
  /** Seconds Strapi took to load (0 until loaded). */
  loadSeconds(): number;
  started: number;
  /** Folder of the credentials files. */
  credentialsDir: string;
  /**
   * Base address of the admin panel's host. Invitation links no longer use it: they come from
   * the plugin's invitations service (`admin.absoluteUrl`, i.e. PUBLIC_URL + /admin), like the
   * settings page's. Still passed by the entry script (cms/scripts/provision.ts).
   */
  baseUrl?: string;
}

const seconds = (from: number): number => Math.round((Date.now() - from) / 100) / 10;
const viNumber = (value: number): string => String(value).replace('.', ',');

export function printResult(result: Record<string, unknown>): void {
  console.log(`PROVISION_RESULT ${JSON.stringify(result)}`);
}

const where = (row: { line: number | null; name?: string; code?: string }): string => {
  const who = row.name ? `${row.name}${row.code ? ` (${row.code})` : ''}` : row.code ? `mã ${row.code}` : '';
  if (row.line === null) return who || 'Xã, phường';
  return who ? `Dòng ${row.line} – ${who}` : `Dòng ${row.line}`;
};

export function printBadRow(row: BadRow): void {
  // The line number first, as the operator looks it up in the spreadsheet.
  const head = row.line === null ? where(row) : `Dòng ${row.line}`;
  console.error(`✗ ${head}: ${row.reasons.join('; ')}`);
}

const describeCounts = (counts: ItemCounts): string => {
  const parts: string[] = [];
  if (counts.category) parts.push(`${counts.category} chuyên mục`);
  if (counts.page) parts.push(`${counts.page} trang giới thiệu (bản nháp)`);
  if (counts.settings) parts.push('cấu hình trang');
  if (counts.account) parts.push(`${counts.account} tài khoản mới`);
  if (counts.membership) parts.push(`${counts.membership} thành viên`);
  return parts.join(', ');
};

/** Communes whose domains or slug another commune (with another code) already uses. */
export function conflictsWithDatabase(spec: CommuneSpec, communes: CommuneRow[]): string[] {
  const existing = communes.find((commune) => commune.code === spec.code);
  const others = communes.filter((commune) => commune.code !== spec.code);
  const reasons: string[] = [];
  const hosts = existing
    ? spec.domainAliases.filter((alias) => alias !== existing.primaryDomain && !aliasesOf(existing).includes(alias))
    : [spec.primaryDomain, ...spec.domainAliases];
  for (const host of hosts) {
    const owner = others.find((commune) => commune.primaryDomain.toLowerCase() === host || aliasesOf(commune).includes(host));
    if (owner) reasons.push(`tên miền “${host}” đã được dùng cho ${owner.name} (mã ${owner.code})`);
  }
  if (!existing) {
    const owner = others.find((commune) => commune.slug === spec.slug);
    if (owner) reasons.push(`slug “${spec.slug}” đã được dùng cho ${owner.name} (mã ${owner.code}): hãy ghi slug khác`);
  }
  return reasons;
}

const errorMessage = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const details = (error as Error & { details?: { errors?: Array<{ path?: unknown; message?: string }> } }).details;
  const extra = (details?.errors ?? [])
    .map((item) => `${Array.isArray(item.path) ? item.path.join('.') : ''}: ${item.message ?? ''}`)
    .join('; ');
  // A database error carries the whole SQL statement before " - ": keep only the reason.
  const message =
    /^(insert|update|select|delete|with) /i.test(error.message) && error.message.includes(' - ')
      ? error.message.slice(error.message.lastIndexOf(' - ') + 3)
      : error.message;
  return extra ? `${message} (${extra})` : message;
};

/**
 * Provisions the checked communes one by one, each in its own transaction, and reports. `bad`
 * are the rows refused before (they count as failed).
 */
export async function provisionMany(
  env: CommandEnv,
  command: 'add' | 'import',
  specs: CommuneSpec[],
  bad: BadRow[],
  options: { dryRun?: boolean } = {},
): Promise<number> {
  const failed: BadRow[] = [...bad];
  const totals = emptyCounts();
  let created = 0;
  let updated = 0;
  let provisionSeconds = 0;
  const credentials = new CredentialsFile(env.credentialsDir, command);

  if (specs.length > 0) {
    const strapi = await env.strapi();
    const provisionStarted = Date.now();
    const context: ProvisionContext = {
      strapi,
      roles: await roleIds(strapi, [...new Set(SLOTS.map((slot) => slot.roleCode))]),
      // PROVISION_DOCUMENT_SERVICE=true: every row through the document service, as before (to compare).
      direct: process.env.PROVISION_DOCUMENT_SERVICE !== 'true' && (await directWritesAllowed(strapi)),
    };
    const communes = await allCommunes(strapi);
    const byCode = new Map(communes.map((commune) => [commune.code, commune]));
    // Every row against the database too, before the first commune is written.
    const accepted: CommuneSpec[] = [];
    for (const spec of specs) {
      const conflicts = conflictsWithDatabase(spec, communes);
      if (conflicts.length === 0) accepted.push(spec);
      else {
        const row = { line: spec.line, code: spec.code, name: spec.name, reasons: conflicts };
        failed.push(row);
        printBadRow(row);
      }
    }
    try {
      // A dry run prints in file order; a real run writes several communes at a time (lanes.ts).
      await inLanes(accepted, options.dryRun ? 1 : provisionLanes(), async (spec) => {
        const existing = byCode.get(spec.code) ?? null;
        if (options.dryRun) {
          console.log(`${existing ? '•' : '✓'} ${where(spec)}: ${existing ? 'đã có, sẽ bổ sung phần còn thiếu' : 'hợp lệ, sẽ được tạo'}`);
          return;
        }
        try {
          const outcome = await provisionCommune(context, spec, existing);
          // Only once the commune's transaction has committed: these accounts now exist.
          await credentials.append(outcome.invitations);
          for (const [kind, count] of Object.entries(outcome.added) as Array<[keyof ItemCounts, number]>) totals[kind] += count;
          if (outcome.kind === 'created') {
            created += 1;
            console.log(`✓ ${where(spec)}: đã tạo – ${describeCounts(outcome.added)}`);
          } else {
            updated += 1;
            const added = [describeCounts(outcome.added), ...outcome.changed].filter(Boolean).join(', ');
            console.log(`• ${where(spec)}: đã có từ trước – ${added ? `bổ sung ${added}` : 'không thiếu gì'}`);
          }
          for (const note of outcome.notes) console.log(`    lưu ý: ${note}`);
        } catch (error) {
          const row = {
            line: spec.line,
            code: spec.code,
            name: spec.name,
            reasons: [`lỗi khi ghi, không tạo gì cho xã này: ${errorMessage(error)}`],
          };
          failed.push(row);
          printBadRow(row);
        }
      });
    } finally {
      await credentials.close();
      await settle(strapi); // the entry events Strapi fires after each commit
    }
    provisionSeconds = seconds(provisionStarted);
  }

  const total = seconds(env.started);
  const loadSeconds = env.loadSeconds();
  console.log('');
  if (options.dryRun) {
    console.log(`Kiểm tra xong (không ghi gì): ${specs.length - (failed.length - bad.length)} xã, phường hợp lệ; ${failed.length} lỗi.`);
  } else {
    console.log(
      `Kết quả: tạo mới ${created} xã, phường; ${updated} xã, phường đã có (chỉ bổ sung phần còn thiếu); ${failed.length} ${command === 'import' ? 'dòng' : 'yêu cầu'} lỗi${failed.length ? ` (không tạo gì cho ${command === 'import' ? 'các dòng này' : 'xã này'}, xem ✗ ở trên)` : ''}.`,
    );
  }
  console.log(
    `Thời gian: ${viNumber(total)} giây${loadSeconds ? ` (nạp hệ thống ${viNumber(loadSeconds)} giây, ghi dữ liệu ${viNumber(provisionSeconds)} giây)` : ''}.`,
  );
  if (credentials.path) {
    console.log(`Đã tạo ${credentials.count} tài khoản chưa kích hoạt. Liên kết kích hoạt nằm trong tệp chỉ người vận hành đọc được:`);
    console.log(`  ${credentials.path}`);
    console.log(
      'Gửi riêng từng liên kết cho đúng người (không gửi cả tệp); người nhận mở liên kết để tự đặt mật khẩu. Xóa tệp sau khi đã gửi.',
    );
  } else if (!options.dryRun && specs.length > 0) {
    console.log('Không có tài khoản mới nào (không có liên kết kích hoạt mới).');
  }
  printResult({
    command,
    dryRun: Boolean(options.dryRun),
    created,
    updated,
    failed: failed.length,
    failedRows: [...failed]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((row) => ({ line: row.line, code: row.code ?? null, name: row.name ?? null, reasons: row.reasons })),
    items: totals,
    accountsCreated: credentials.count,
    credentialsFile: credentials.path,
    seconds: total,
    loadSeconds,
    provisionSeconds,
  });
  return failed.length > 0 ? 1 : 0;
}

/** `add`: one commune from command-line options; province defaults to the one every commune shares. */
export async function addCommand(env: CommandEnv, raw: RawRow): Promise<number> {
  let defaultProvince: string | undefined;
  if (!raw.province?.trim()) {
    const provinces = new Set((await allCommunes(await env.strapi())).map((commune) => commune.province));
    if (provinces.size === 1) defaultProvince = [...provinces][0];
  }
  const checked = checkRow(raw, null, {
    defaultProvince,
    fieldName: (column) => (column === 'aliases' ? '--alias' : `--${column.replace(/_/g, '-')}`),
  });
  if (!checked.ok) {
    const row: BadRow = { line: null, code: raw.code?.trim() || undefined, name: raw.name?.trim() || undefined, reasons: checked.reasons };
    printBadRow(row);
    return provisionMany(env, 'add', [], [row]);
  }
  return provisionMany(env, 'add', [checked.spec], []);
}

const STATUS_LABEL: Record<string, string> = { active: 'đang hoạt động', suspended: 'tạm ngừng' };

async function findCommune(strapi: Core.Strapi, key: string): Promise<CommuneRow | null> {
  const wanted = key.trim().toLowerCase();
  const communes = await allCommunes(strapi);
  return communes.find((commune) => commune.code === wanted || commune.slug === wanted || commune.primaryDomain === wanted) ?? null;
}

/** `suspend` / `resume`: the site goes offline or back online; nothing is ever deleted. */
export async function setStatusCommand(env: CommandEnv, command: 'suspend' | 'resume', key: string): Promise<number> {
  const status = command === 'suspend' ? 'suspended' : 'active';
  const strapi = await env.strapi();
  const commune = await findCommune(strapi, key);
  if (!commune) {
    console.error(`✗ Không tìm thấy xã, phường có slug, mã hoặc tên miền “${key}”. Dùng lệnh list để xem danh sách.`);
    printResult({
      command,
      updated: 0,
      failed: 1,
      failedRows: [{ line: null, code: key, name: null, reasons: ['không tìm thấy'] }],
      seconds: seconds(env.started),
    });
    return 1;
  }
  const changed = commune.siteStatus !== status;
  if (changed) await documents(strapi, UIDS.commune).update({ documentId: commune.documentId, data: { siteStatus: status } });
  if (!changed) console.log(`• ${commune.name} (${commune.code}) vốn đã ở trạng thái “${STATUS_LABEL[status]}”: không thay đổi gì.`);
  else if (status === 'suspended')
    console.log(
      `✓ Đã tạm ngừng trang của ${commune.name} (${commune.code}): trang công khai trả về “không tìm thấy”, các tài khoản của xã không làm việc được. Dữ liệu được giữ nguyên.`,
    );
  else console.log(`✓ Đã mở lại trang của ${commune.name} (${commune.code}).`);
  printResult({
    command,
    code: commune.code,
    slug: commune.slug,
    siteStatus: status,
    updated: changed ? 1 : 0,
    failed: 0,
    seconds: seconds(env.started),
  });
  return 0;
}

/** Character width for the table: Vietnamese letters in NFC are one column each. */
const width = (text: string): number => [...text.normalize('NFC')].length;
const padEnd = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - width(text)));

/** `list`: every commune with its domain, status and number of members. */
export async function listCommand(env: CommandEnv): Promise<number> {
  const strapi = await env.strapi();
  const communes = await allCommunes(strapi);
  const memberships = (await strapi.db.query(UIDS.membership as UID.ContentType).findMany({
    select: ['adminUserId'],
    populate: { commune: { select: ['id'] } },
  })) as Array<{ adminUserId: number; commune?: { id: number } | null }>;
  const members = new Map<number, Set<number>>();
  for (const membership of memberships) {
    if (!membership.commune) continue;
    const set = members.get(membership.commune.id) ?? new Set<number>();
    set.add(membership.adminUserId);
    members.set(membership.commune.id, set);
  }
  const rows = communes.map((commune) => ({
    name: commune.name,
    code: commune.code,
    slug: commune.slug,
    domain: commune.primaryDomain,
    status: commune.siteStatus,
    members: members.get(commune.id)?.size ?? 0,
  }));
  const header = ['Tên', 'Mã', 'Tên miền', 'Trạng thái', 'Thành viên'];
  const table = rows.map((row) => [row.name, row.code, row.domain, STATUS_LABEL[row.status] ?? row.status, String(row.members)]);
  const widths = header.map((title, index) => Math.max(width(title), ...table.map((cells) => width(cells[index] ?? ''))));
  const format = (cells: string[]): string =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell.padStart(widths[index] ?? 0) : padEnd(cell, widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((size) => '─'.repeat(size)).join('  '));
  for (const cells of table) console.log(format(cells));
  const suspended = rows.filter((row) => row.status === 'suspended').length;
  console.log('');
  console.log(`Tổng cộng ${rows.length} xã, phường${suspended ? ` (${suspended} đang tạm ngừng)` : ''}.`);
  printResult({ command: 'list', communes: rows, seconds: seconds(env.started) });
  return 0;
}
