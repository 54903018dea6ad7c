/**
 * What the operator asks for, checked before anything is written: one `CommuneSpec` per CSV
 * row (or per `add` command). Pure functions; every message is for the operator, in Vietnamese.
 */
import { isValidSlug, slugify } from '../../src/domain/slug';

export type Slot = 'admin' | 'head' | 'deputy' | 'member' | 'contributor';
export type BoardRole = 'head' | 'deputy' | 'member' | 'contributor';

export interface SlotDefinition {
  slot: Slot;
  /** CSV column and `add` option (without the leading dashes). */
  column: Column;
  option: string;
  /** Local part of the default address `<local>.<slug>@<domain>`. */
  localPart: string;
  /** Code of the admin role (created by the commune-tenancy plugin at bootstrap). */
  roleCode: string;
  /** The place in the editorial board the membership records. */
  boardRole: BoardRole;
  isCommuneAdmin: boolean;
  label: string;
}

/** In order of precedence: when one person holds several slots, the first board role wins. */
export const SLOTS: SlotDefinition[] = [
  {
    slot: 'head',
    column: 'head_email',
    option: 'head-email',
    localPart: 'truongban',
    roleCode: 'commune-board-head',
    boardRole: 'head',
    isCommuneAdmin: false,
    label: 'Trưởng ban biên tập',
  },
  {
    slot: 'deputy',
    column: 'deputy_email',
    option: 'deputy-email',
    localPart: 'photruongban',
    roleCode: 'commune-board-deputy',
    boardRole: 'deputy',
    isCommuneAdmin: false,
    label: 'Phó trưởng ban biên tập',
  },
  {
    slot: 'member',
    column: 'member_email',
    option: 'member-email',
    localPart: 'uyvien',
    roleCode: 'commune-board-member',
    boardRole: 'member',
    isCommuneAdmin: false,
    label: 'Ủy viên ban biên tập',
  },
  {
    slot: 'contributor',
    column: 'contributor_email',
    option: 'contributor-email',
    localPart: 'congtacvien',
    roleCode: 'commune-contributor',
    boardRole: 'contributor',
    isCommuneAdmin: false,
    label: 'Cộng tác viên',
  },
  // The commune admin is not a board position of its own: an admin-only membership is "member".
  {
    slot: 'admin',
    column: 'admin_email',
    option: 'admin-email',
    localPart: 'quantri',
    roleCode: 'commune-admin',
    boardRole: 'member',
    isCommuneAdmin: true,
    label: 'Quản trị xã',
  },
];

export const SLOT_BY_NAME = new Map<Slot, SlotDefinition>(SLOTS.map((definition) => [definition.slot, definition]));

export const CSV_COLUMNS = [
  'name',
  'code',
  'province',
  'domain',
  'aliases',
  'short_name',
  'slug',
  'admin_email',
  'head_email',
  'deputy_email',
  'member_email',
  'contributor_email',
] as const;
export const REQUIRED_COLUMNS = ['name', 'code', 'province', 'domain'] as const;
export type Column = (typeof CSV_COLUMNS)[number];
export type RawRow = Partial<Record<Column, string>>;

/** One person of the commune's board: an e-mail address and every slot it holds. */
export interface AccountSpec {
  email: string;
  slots: Slot[];
  /** True when the address was given; false for the default `<role>.<slug>@<domain>`. */
  given: boolean;
}

export interface CommuneSpec {
  /** Line of the CSV file, or null for `add`. */
  line: number | null;
  name: string;
  shortName: string;
  slug: string;
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases: string[];
  /** The addresses given for each slot; the others get `<role>.<slug>@<domain>`. */
  emails: Partial<Record<Slot, string>>;
}

export type Checked = { ok: true; spec: CommuneSpec } | { ok: false; reasons: string[] };

const HOST_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
const EMAIL_LOCAL_PATTERN = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const UNIT_PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/iu;

/** Trims, folds runs of white space and composes Vietnamese letters (NFC). */
export const clean = (value: string | undefined): string => (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

export function isValidHost(host: string): boolean {
  return host.length <= 253 && HOST_PATTERN.test(host) && host.split('.').every((label) => label.length <= 63);
}

export function isValidEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.length > 254) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  return local.length <= 64 && EMAIL_LOCAL_PATTERN.test(local) && isValidHost(domain);
}

/** "Xã Khánh Khê" → "Khánh Khê"; "Phường Tam Thanh" → "Tam Thanh". */
export const withoutUnitPrefix = (name: string): string => name.replace(UNIT_PREFIX, '').trim();

/** Why a host name is refused, or null when it is fine. Hints at the usual mistakes. */
function hostProblem(host: string, what: string): string | null {
  if (/^[a-z]+:\/\//i.test(host)) return `${what} “${host}” chỉ ghi tên miền, không ghi “http://” hay “https://”`;
  if (/[/:?#@\s]/.test(host))
    return `${what} “${host}” không hợp lệ: chỉ ghi tên miền (ví dụ khanhkhe.langson.gov.vn), không có đường dẫn, cổng hay khoảng trắng`;
  if ([...host].some((char) => char.charCodeAt(0) > 0x7f))
    return `${what} “${host}” có chữ có dấu: tên miền chỉ gồm chữ không dấu, chữ số, dấu chấm và dấu gạch ngang`;
  if (!isValidHost(host)) return `${what} “${host}” không phải là tên miền hợp lệ (ví dụ khanhkhe.langson.gov.vn)`;
  return null;
}

/** Host names as written in the list: lower-cased, without a trailing dot. */
export const normaliseHostInput = (value: string): string => value.trim().toLowerCase().replace(/\.$/, '');

export function splitAliases(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;,\s]+/)
    .map(normaliseHostInput)
    .filter((alias) => alias !== '');
}

export interface CheckOptions {
  /** Province used when the row has none (the `add` command). */
  defaultProvince?: string;
  /** How a missing field is named: the CSV column or the `add` option. */
  fieldName: (column: Column) => string;
}

/** Checks one row and turns it into what provisioning needs, or says everything that is wrong. */
export function checkRow(raw: RawRow, line: number | null, options: CheckOptions): Checked {
  const reasons: string[] = [];
  const missing = (column: Column, what: string): void => {
    reasons.push(`thiếu ${what} (${options.fieldName(column)})`);
  };

  const name = clean(raw.name);
  if (!name) missing('name', 'tên xã, phường');
  else if (name.length > 120) reasons.push(`tên “${name}” dài quá 120 ký tự`);

  const code = clean(raw.code);
  if (!code) missing('code', 'mã đơn vị hành chính');
  else if (!/^[0-9]{5}$/.test(code)) reasons.push(`mã đơn vị hành chính “${code}” phải gồm 5 chữ số`);

  const province = clean(raw.province) || clean(options.defaultProvince);
  if (!province) missing('province', 'tỉnh, thành phố');
  else if (province.length > 120) reasons.push(`tên tỉnh “${province}” dài quá 120 ký tự`);

  const primaryDomain = normaliseHostInput(raw.domain ?? '');
  if (!primaryDomain) missing('domain', 'tên miền');
  else {
    const problem = hostProblem(primaryDomain, 'tên miền');
    if (problem) reasons.push(problem);
  }

  const domainAliases: string[] = [];
  for (const alias of splitAliases(raw.aliases)) {
    const problem = hostProblem(alias, 'tên miền phụ');
    if (problem) reasons.push(problem);
    else if (alias !== primaryDomain && !domainAliases.includes(alias)) domainAliases.push(alias);
  }

  const shortName = clean(raw.short_name) || withoutUnitPrefix(name);
  if (shortName.length > 60) reasons.push(`tên ngắn “${shortName}” dài quá 60 ký tự (ghi cột short_name ngắn hơn)`);

  const typedSlug = clean(raw.slug);
  const slug = typedSlug || slugify(shortName);
  if (typedSlug && !isValidSlug(typedSlug)) {
    reasons.push(`slug “${typedSlug}” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ khanh-khe)`);
  } else if (!typedSlug && name && !isValidSlug(slug)) {
    reasons.push(`không tạo được slug từ tên “${shortName}”: hãy ghi cột slug (ví dụ khanh-khe)`);
  }

  const emails: Partial<Record<Slot, string>> = {};
  for (const definition of SLOTS) {
    const typed = (raw[definition.column] ?? '').trim().toLowerCase();
    if (!typed) continue;
    if (isValidEmail(typed)) emails[definition.slot] = typed;
    else reasons.push(`địa chỉ thư “${typed}” (${options.fieldName(definition.column)}) không hợp lệ`);
  }
  // The default addresses are made from the slug and the domain: only worth checking when both are fine.
  if (reasons.length === 0) {
    for (const account of accountsFor(emails, slug, primaryDomain)) {
      if (account.given || isValidEmail(account.email)) continue;
      const fields = account.slots.map((slot) => options.fieldName(SLOT_BY_NAME.get(slot)?.column ?? 'admin_email')).join(', ');
      reasons.push(`địa chỉ thư mặc định “${account.email}” dài quá mức cho phép: hãy ghi ${fields} hoặc một slug ngắn hơn`);
    }
  }

  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, spec: { line, name, shortName, slug, code, province, primaryDomain, domainAliases, emails } };
}

/** Later rows may not repeat the code, a domain (primary or alias) or the slug of an earlier row. */
export function duplicateReasons(spec: CommuneSpec, earlier: CommuneSpec[]): string[] {
  const reasons: string[] = [];
  const where = (other: CommuneSpec): string => (other.line === null ? 'một xã khác' : `dòng ${other.line}`);
  const byCode = earlier.find((other) => other.code === spec.code);
  if (byCode) reasons.push(`mã đơn vị hành chính “${spec.code}” trùng với ${where(byCode)}`);
  for (const host of [spec.primaryDomain, ...spec.domainAliases]) {
    const other = earlier.find((candidate) => candidate.primaryDomain === host || candidate.domainAliases.includes(host));
    if (other) reasons.push(`tên miền “${host}” trùng với ${where(other)}`);
  }
  const bySlug = earlier.find((other) => other.slug === spec.slug);
  if (bySlug) reasons.push(`slug “${spec.slug}” trùng với ${where(bySlug)} (ghi cột slug khác)`);
  return reasons;
}

/**
 * The people of a commune's board: the given address of each slot, or the default one made from
 * the commune's slug and domain. One person may hold several slots (one address given twice).
 */
export function accountsFor(emails: Partial<Record<Slot, string>>, slug: string, domain: string): AccountSpec[] {
  const accounts: AccountSpec[] = [];
  for (const definition of SLOTS) {
    const given = emails[definition.slot];
    const email = given ?? `${definition.localPart}.${slug}@${domain}`;
    const same = accounts.find((account) => account.email === email);
    if (same) {
      same.slots.push(definition.slot);
      same.given ||= Boolean(given);
    } else accounts.push({ email, slots: [definition.slot], given: Boolean(given) });
  }
  return accounts;
}

/** The slot that decides a person's board role, and whether they are the commune admin. */
export function membershipOf(slots: Slot[]): { boardRole: BoardRole; isCommuneAdmin: boolean } {
  const board = SLOTS.find((definition) => !definition.isCommuneAdmin && slots.includes(definition.slot));
  return { boardRole: board?.boardRole ?? 'member', isCommuneAdmin: slots.includes('admin') };
}

/** "Xã Khánh Khê" → "xã Khánh Khê", for use inside a sentence. */
export function inSentence(name: string): string {
  const match = UNIT_PREFIX.exec(name);
  if (!match) return name;
  return `${match[0].toLocaleLowerCase('vi')}${name.slice(match[0].length)}`;
}

const CENTRAL_CITIES = new Set(['hà nội', 'hồ chí minh', 'thành phố hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

/** "Lạng Sơn" → "tỉnh Lạng Sơn"; "Hà Nội" → "thành phố Hà Nội"; "Tỉnh Cao Bằng" stays as written (lower-cased prefix). */
export function provinceInSentence(province: string): string {
  const prefixed = /^(tỉnh|thành phố|tp\.?)\s+/iu.exec(province);
  if (prefixed) return `${prefixed[0].toLocaleLowerCase('vi')}${province.slice(prefixed[0].length)}`;
  return CENTRAL_CITIES.has(province.toLocaleLowerCase('vi')) ? `thành phố ${province}` : `tỉnh ${province}`;
}
