/**
 * The password policy of admin accounts, as one pure check. A password is refused when it is:
 *
 * | rule      | example refused                          | why |
 * |-----------|------------------------------------------|-----|
 * | too-short | `Password1` (9 characters)               | fewer than 12 characters (Unicode characters, not bytes) |
 * | too-long  | 73 bytes or more                         | bcrypt ignores everything after 72 bytes |
 * | common    | `password123456`, `Password2026!`, `P@ssw0rd-2026`, `matkhau@123456`, `abcabcabcabc` | on the common/breached list, also once folded to lower case without diacritics, with digits and symbols stripped from both ends, and with look-alike digits read as letters; or one short run repeated |
 * | personal  | `NguyenVanAn-2026` for Nguyễn Văn An     | contains the first or last name (each word of 3 letters or more) or the e-mail's local part (whole or each part), case- and diacritics-insensitive |
 *
 * Ubiquitous middle names (Văn, Thị) are not personal: half the province carries one.
 */

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal';

export interface PersonalInfo {
  firstname?: string | null;
  lastname?: string | null;
  email?: string | null;
}

export const MIN_LENGTH = 12;
const MAX_BYTES = 72;
/** Shorter cores match too much of the list by chance ("abcd" is on it). */
const MIN_CORE = 4;
const MIN_PERSONAL_TOKEN = 3;
const NOT_PERSONAL = new Set(['van', 'thi']);

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  'too-short': `Mật khẩu phải có ít nhất ${MIN_LENGTH} ký tự.`,
  'too-long': `Mật khẩu không được dài quá ${MAX_BYTES} byte (khoảng ${MAX_BYTES} chữ cái không dấu).`,
  common: 'Mật khẩu này quá phổ biến (nằm trong danh sách mật khẩu hay bị dò hoặc đã bị lộ). Vui lòng chọn mật khẩu khác.',
  personal: 'Mật khẩu không được chứa họ, tên của bạn hoặc phần trước dấu @ trong địa chỉ e-mail.',
};

/** Lower case without diacritics: "Đặng Thị Ánh" → "dang thi anh". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

const LOOK_ALIKES: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** Digits and symbols stripped from both ends: "password2026!" → "password". */
const core = (text: string): string => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
/** Only letters and digits: "p-a-s-s" → "pass". */
const alphanumeric = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** The forms of a password looked up in the common list. */
export function commonForms(password: string): string[] {
  const folded = fold(password);
  const unleet = [...folded].map((character) => LOOK_ALIKES[character] ?? character).join('');
  const forms = new Set([folded, alphanumeric(folded)]);
  for (const candidate of [core(folded), core(unleet), alphanumeric(core(folded)), alphanumeric(core(unleet))]) {
    if (candidate.length >= MIN_CORE) forms.add(candidate);
  }
  // Look-alikes inside a word ("p@ssw0rd") but digits kept at the ends ("password2026" → "password").
  const innerUnleet = core(
    folded.replace(/(\p{L})[0-9@$!]+(?=\p{L})/gu, (run: string) =>
      [...run].map((character) => LOOK_ALIKES[character] ?? character).join(''),
    ),
  );
  if (innerUnleet.length >= MIN_CORE) forms.add(innerUnleet);
  return [...forms];
}

/** One short run repeated: "aaaaaaaaaaaa", "abcabcabcabc", "12121212121212". */
const isRepetition = (text: string): boolean => /^(.{1,4})\1+$/su.test(text);

function personalTokens(person: PersonalInfo): string[] {
  const tokens = new Set<string>();
  for (const name of [person.firstname, person.lastname]) {
    for (const word of fold(name ?? '').split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= MIN_PERSONAL_TOKEN && !NOT_PERSONAL.has(word)) tokens.add(word);
    }
  }
  const local = fold(person.email ?? '').split('@')[0] ?? '';
  if (alphanumeric(local).length >= MIN_PERSONAL_TOKEN) tokens.add(alphanumeric(local));
  for (const part of local.split(/[^\p{L}\p{N}]+/u)) {
    if (part.length >= MIN_PERSONAL_TOKEN && !NOT_PERSONAL.has(part)) tokens.add(part);
  }
  return [...tokens];
}

/** The first rule the password breaks, or null when it may be used. */
export function checkPassword(password: string, person: PersonalInfo, commonPasswords: ReadonlySet<string>): PasswordProblem | null {
  if ([...password].length < MIN_LENGTH) return 'too-short';
  if (Buffer.byteLength(password, 'utf8') > MAX_BYTES) return 'too-long';
  const folded = fold(password);
  if (isRepetition(folded) || commonForms(password).some((form) => commonPasswords.has(form))) return 'common';
  const haystacks = [folded, alphanumeric(folded)];
  if (personalTokens(person).some((token) => haystacks.some((haystack) => haystack.includes(token)))) return 'personal';
  return null;
}
