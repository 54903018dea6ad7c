/**
 * Prints, per Strapi package, the admin strings still without a Vietnamese translation (neither
 * Strapi's vi file nor ours in cms/src/admin/translations/vi/). `--keys` lists them with their
 * English text; `--json <package>` prints them as a JSON object ready to translate. `--code` lists
 * the messages the packages' code asks for that no translation holds (ids missing from en.json,
 * unprefixed ids of plugins), with their English default.
 */
import { repoRoot } from '../database/paths.ts';
import { adminPackages, codeMessages, missingKeys, runtimeVietnamese, strapiMessages } from './lib/admin-translations.ts';

const showKeys = process.argv.includes('--keys');
const jsonIndex = process.argv.indexOf('--json');
const jsonFor = jsonIndex > 0 ? process.argv[jsonIndex + 1] : undefined;

if (process.argv.includes('--code')) {
  const vietnamese = runtimeVietnamese(repoRoot);
  for (const pkg of adminPackages()) {
    const missing = Object.entries(codeMessages(pkg)).filter(([id]) => vietnamese[id] === undefined);
    console.log(`${pkg.file} code: ${missing.length} messages without Vietnamese`);
    if (showKeys) for (const [id, text] of missing) console.log(`  ${id}: ${text}`);
  }
  process.exit(0);
}

for (const pkg of adminPackages()) {
  const english = strapiMessages(pkg, 'en');
  const missing = missingKeys(repoRoot, pkg);
  if (jsonFor !== undefined) {
    if (pkg.file === jsonFor) console.log(JSON.stringify(Object.fromEntries(missing.map((key) => [key, english[key]])), null, 2));
    continue;
  }
  console.log(`${pkg.file}: ${missing.length} of ${Object.keys(english).length} missing`);
  if (showKeys) for (const key of missing) console.log(`  ${pkg.id ? `${pkg.id}.` : ''}${key}: ${english[key] ?? ''}`);
}
