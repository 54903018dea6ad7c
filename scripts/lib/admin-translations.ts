/**
 * Strapi's own English admin strings and our Vietnamese ones, package by package: what
 * `scripts/admin-translations-missing.ts` compares and what the English-string checker of the
 * e2e tests (tests/support/admin-english.ts) builds its word list from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** A Strapi package whose admin screens editors or province IT see, and where its strings live. */
export interface AdminPackage {
  /** The plugin id that prefixes its keys in the admin ('' for the admin itself). */
  id: string;
  /** The folder of its compiled `en.json.js`, `vi.json.js`… */
  translationsDir: string;
}

const requireHere = createRequire(path.join(process.cwd(), 'package.json'));
const dirOf = (packageName: string, inside: string): string =>
  path.join(path.dirname(requireHere.resolve(`${packageName}/package.json`)), inside);

/** The packages we translate; our file for each is cms/src/admin/translations/vi/<file>.json. */
export const adminPackages = (): Array<AdminPackage & { file: string }> => [
  { id: '', file: 'admin', translationsDir: dirOf('@strapi/admin', 'dist/admin/admin/src/translations') },
  { id: 'content-manager', file: 'content-manager', translationsDir: dirOf('@strapi/content-manager', 'dist/admin/translations') },
  { id: 'upload', file: 'upload', translationsDir: dirOf('@strapi/upload', 'dist/admin/translations') },
  { id: 'i18n', file: 'i18n', translationsDir: dirOf('@strapi/i18n', 'dist/admin/translations') },
  { id: 'email', file: 'email', translationsDir: dirOf('@strapi/email', 'dist/admin/translations') },
  { id: 'review-workflows', file: 'review-workflows', translationsDir: dirOf('@strapi/review-workflows', 'dist/admin/translations') },
  { id: 'content-releases', file: 'content-releases', translationsDir: dirOf('@strapi/content-releases', 'dist/admin/translations') },
];

type Messages = Record<string, string>;

/** One of Strapi's compiled translation files (`en`, `vi`…), or {} when the package has none. */
export function strapiMessages(pkg: AdminPackage, locale: string): Messages {
  const file = path.join(pkg.translationsDir, `${locale}.json.js`);
  if (!existsSync(file)) return {};
  // Some packages compile to `exports.default = …`, others to `module.exports = …`.
  const loaded = requireHere(file) as Messages & { default?: Messages };
  return typeof loaded.default === 'object' ? loaded.default : loaded;
}

export const ourTranslationsDir = (root: string): string => path.join(root, 'cms', 'src', 'admin', 'translations', 'vi');

/** Our Vietnamese strings for a package (keys without the plugin prefix, as in Strapi's files). */
export function ourMessages(root: string, file: string): Messages {
  const full = path.join(ourTranslationsDir(root), `${file}.json`);
  return existsSync(full) ? (JSON.parse(readFileSync(full, 'utf8')) as Messages) : {};
}

/** Keys of Strapi's English file that neither Strapi's Vietnamese file nor ours translate. */
export function missingKeys(root: string, pkg: AdminPackage & { file: string }): string[] {
  const english = strapiMessages(pkg, 'en');
  const vietnamese = { ...strapiMessages(pkg, 'vi'), ...ourMessages(root, pkg.file) };
  // A key is translated when present: Strapi maps a few keys to a single space on purpose.
  return Object.keys(english).filter((key) => vietnamese[key] === undefined || vietnamese[key] === '');
}

/** Where a package's compiled admin code is (the CommonJS build; the ESM one holds the same strings). */
const codeDirOf = (pkg: AdminPackage): string => {
  const marker = `${path.sep}dist${path.sep}admin${path.sep}`;
  return pkg.translationsDir.slice(0, pkg.translationsDir.indexOf(marker) + marker.length);
};

function jsFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'translations') found.push(...jsFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.js')) found.push(full);
  }
  return found;
}

// `id: 'x'` or `id: …getTranslation('x')` / `…getTrad('x')`, then its `defaultMessage: '…'` within a few lines.
const MESSAGE =
  /id:\s*(?:([\w.]*get(?:Translation|Trad))\(\s*)?(['"`])([^'"`$]+)\2\)?\s*,\s*defaultMessage:\s*(['"`])((?:\\.|(?!\4)[^\\])*)\4/g;

/**
 * The messages the package's code asks for with an English default, as the admin looks them up
 * (ids built with the plugin's getTranslation/getTrad carry its prefix). Strapi's en.json does not
 * list them all: some ids exist only in the code, and some plugins ask for unprefixed ids.
 */
export function codeMessages(pkg: AdminPackage): Messages {
  const messages: Messages = {};
  for (const file of jsFiles(codeDirOf(pkg))) {
    for (const match of readFileSync(file, 'utf8').matchAll(MESSAGE)) {
      const [, helper, , id = '', , text = ''] = match;
      messages[helper && pkg.id ? `${pkg.id}.${id}` : id] = text.replace(/\\(['"`])/g, '$1');
    }
  }
  return messages;
}

/** Every Vietnamese message the admin holds at run time, with the keys it looks them up by. */
export function runtimeVietnamese(root: string): Messages {
  const merged: Messages = {};
  for (const pkg of adminPackages()) {
    const prefix = pkg.id ? `${pkg.id}.` : '';
    const ours = ourMessages(root, pkg.file);
    for (const [key, text] of Object.entries({ ...strapiMessages(pkg, 'vi'), ...ours })) merged[`${prefix}${key}`] = text;
  }
  return merged;
}
