/**
 * Server code against the change log: a separate Strapi process (like a script or a job) with no
 * request — the system — changes a leader through the document service (allowed, and logged as the
 * system's), then tries to rewrite and erase the change log through the database layer (refused:
 * the log is append-only).
 *
 * Usage: node tests/support/server-code-change-log.ts <officialDocumentId> <phone>
 * Prints one line `SERVER_CODE_RESULT {json}`: for each attempt, whether it was refused and why.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import { cmsDir } from '../../database/paths.ts';

// Strapi's ES module build cannot be imported by Node directly; its CommonJS build can.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;

type Attempt = { name: string; refused: boolean; message: string };
type Query = ReturnType<StrapiModule.Core.Strapi['db']['query']>;

const [officialId, phone] = process.argv.slice(2);
if (!officialId || !phone) throw new Error('usage: server-code-change-log.ts <officialDocumentId> <phone>');

const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
strapi.log.level = 'error';
const attempts: Attempt[] = [];

async function attempt(name: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
    attempts.push({ name, refused: false, message: '' });
  } catch (error) {
    attempts.push({ name, refused: true, message: error instanceof Error ? error.message : String(error) });
  }
}

try {
  const documents = strapi.documents('api::official.official' as Parameters<typeof strapi.documents>[0]) as unknown as { update(params: Record<string, unknown>): Promise<unknown> };
  await attempt('system update of a leader', () => documents.update({ documentId: officialId, data: { phone } }));
  const log = strapi.db.query('plugin::editorial-board.change' as Parameters<typeof strapi.db.query>[0]) as Query;
  await attempt('db.query update of an entry', () => log.update({ where: { targetDocumentId: officialId }, data: { actorEmail: 'ai-do@khac.vn' } }));
  await attempt('db.query updateMany of the log', () => log.updateMany({ where: {}, data: { outcome: 'done' } }));
  await attempt('db.query delete of an entry', () => log.delete({ where: { targetDocumentId: officialId } }));
  await attempt('db.query deleteMany of the log', () => log.deleteMany({ where: {} }));
  console.log(`SERVER_CODE_RESULT ${JSON.stringify(attempts)}`);
} finally {
  await strapi.destroy();
}
process.exit(0);
