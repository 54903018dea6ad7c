/**
 * `npm run search:reindex [-- --commune <slug>]`: rebuilds the search index of one commune, or
 * of all, from the published content (PDF attachments included), with a progress bar.
 * Compiled by Strapi's build to dist/scripts/reindex.js. Prints `REINDEX_RESULT {json}`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createStrapi } from '@strapi/strapi';

interface Indexer {
  reindex(communeId: number | undefined, onProgress: (progress: { type: string; done: number; total: number }) => void): Promise<number>;
}

const TYPE_LABELS: Record<string, string> = { article: 'Tin bài', document: 'Văn bản', procedure: 'Thủ tục', page: 'Giới thiệu' };

/** One line, redrawn in place on a terminal, printed once per type otherwise (CI logs). */
function progressBar(): (progress: { type: string; done: number; total: number }) => void {
  const tty = process.stderr.isTTY === true;
  return ({ type, done, total }) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const line = `${(TYPE_LABELS[type] ?? type).padEnd(11)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total) process.stderr.write(`${line}\n`);
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { commune: { type: 'string' } }, allowPositionals: false });
  // Compiled location: cms/dist/scripts/reindex.js
  const distDir = path.resolve(__dirname, '..');
  const strapi = await createStrapi({ appDir: path.resolve(distDir, '..'), distDir }).load();
  strapi.log.level = 'warn';
  const started = Date.now();
  try {
    let communeId: number | undefined;
    if (values.commune) {
      const commune = (await strapi.db
        .query('plugin::commune-tenancy.commune')
        .findOne({ where: { slug: values.commune }, select: ['id'] })) as { id: number } | null;
      if (!commune) {
        console.error(`✗ Không có xã, phường “${values.commune}”.`);
        return 2;
      }
      communeId = commune.id;
    }
    const indexer = strapi.plugin('portal-search').service('indexer') as Indexer;
    const indexed = await indexer.reindex(communeId, progressBar());
    console.log(`REINDEX_RESULT ${JSON.stringify({ indexed, seconds: (Date.now() - started) / 1000 })}`);
    return 0;
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
