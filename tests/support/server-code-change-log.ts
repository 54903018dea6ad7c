/**
 * Server code against the change log: a separate Strapi process (like a script or a job) with no
 * request — the system — changes a leader through the document service (allowed, and logged as the
 * system's), then tries to rewrite and erase the change log through the database layer (refused:
 * the log is append-only).
 *
 * Usage: node tests/support/server-code-change-log.ts <officialDocumentId> <phone>
 * Prints one line `SERVER_CODE_RESULT {json}`: for each attempt, whether it was refused and why.
 */
import { loadStrapi, runAttempts, type ServerStrapi } from './server-code.ts';

type Query = ReturnType<ServerStrapi['db']['query']>;

const [officialId, phone] = process.argv.slice(2);
if (!officialId || !phone) throw new Error('usage: server-code-change-log.ts <officialDocumentId> <phone>');

const strapi = await loadStrapi();

await runAttempts(strapi, async (attempt) => {
  const documents = strapi.documents('api::official.official' as Parameters<typeof strapi.documents>[0]) as unknown as {
    update(params: Record<string, unknown>): Promise<unknown>;
  };
  await attempt('system update of a leader', () => documents.update({ documentId: officialId, data: { phone } }));
  const log = strapi.db.query('plugin::editorial-board.change' as Parameters<typeof strapi.db.query>[0]) as Query;
  await attempt('db.query update of an entry', () =>
    log.update({ where: { targetDocumentId: officialId }, data: { actorEmail: 'ai-do@khac.vn' } }),
  );
  await attempt('db.query updateMany of the log', () => log.updateMany({ where: {}, data: { outcome: 'done' } }));
  await attempt('db.query delete of an entry', () => log.delete({ where: { targetDocumentId: officialId } }));
  await attempt('db.query deleteMany of the log', () => log.deleteMany({ where: {} }));
});
