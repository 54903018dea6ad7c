import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Words people in Vietnam pick that the international list lacks; folded (no diacritics, lower
 * case) like every form the policy looks up.
 */
const VIETNAMESE_COMMON = [
  'matkhau',
  'matkhaumoi',
  'quantri',
  'quantrivien',
  'admin',
  'administrator',
  'vietnam',
  'vietnamvodich',
  'hanoi',
  'saigon',
  'hochiminh',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'yeuanh',
  'toiyeuvietnam',
  'congthongtin',
  'trangthongtin',
  'ubnd',
  'ubndxa',
  'xaphuong',
  'langson',
  'bientap',
  'welcome',
  'changeme',
  'strapi',
];

let cached: ReadonlySet<string> | undefined;

/**
 * The common and breached passwords a new password must not be: the 49,233 most frequent
 * passwords of public breach corpora as shipped, offline, by `@zxcvbn-ts/language-common`
 * (its `passwords-common` dictionary, MIT), plus the Vietnamese words above. Loaded once, on
 * first use (about 30 ms).
 */
export function commonPasswords(): ReadonlySet<string> {
  cached ??= new Set([...dictionary['passwords-common'].map((entry) => entry.toLowerCase()), ...VIETNAMESE_COMMON]);
  return cached;
}
