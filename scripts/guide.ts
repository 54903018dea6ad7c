/**
 * `npm run guide`: the illustrated user guide (docs/guide/*.vi.md) built from the e2e walks'
 * screenshots into .data/guide (HTML per role, index, printable PDF, training slides), then copied
 * to cms/public/huong-dan where Strapi serves it for the admin's "Hướng dẫn" page.
 *
 *   node scripts/guide.ts [--screenshots <dir>] [--allow-missing]
 *
 * Fails, listing them, when a screenshot the guide shows is missing, unless --allow-missing.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cmsDir, dataDir } from '../database/paths.ts';
import { GUIDE_PUBLIC_PATH } from '../cms/src/admin/guide/guide-content.ts';
import { buildGuide, MissingScreenshotsError } from './lib/guide/build-guide.ts';
import { readGuides } from './lib/guide/sources.ts';

const { values } = parseArgs({
  options: {
    screenshots: { type: 'string', default: path.join(dataDir, 'screenshots') },
    'allow-missing': { type: 'boolean', default: false },
  },
});

const started = performance.now();
const out = path.join(dataDir, 'guide');
const served = path.join(cmsDir, 'public', GUIDE_PUBLIC_PATH.slice(1));
try {
  const figures = await buildGuide(await readGuides(), {
    screenshots: path.resolve(values.screenshots),
    out,
    allowMissing: values['allow-missing'],
  });
  await rm(served, { recursive: true, force: true });
  await cp(out, served, { recursive: true });
  const sizes = Object.entries(figures.pdfBytes).map(([file, bytes]) => `${file} ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(
    [
      `guide: ${figures.pages} pages, ${figures.steps} steps, ${figures.pictures - figures.missing} of ${figures.pictures} pictures${figures.missing ? ` (${figures.missing} missing, shown as boxes)` : ''}`,
      `guide: ${sizes.join(', ')}`,
      `guide: written to ${path.relative(process.cwd(), out) || '.'} and ${path.relative(process.cwd(), served)} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
} catch (error) {
  if (!(error instanceof MissingScreenshotsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
