/**
 * Server code trying to publish without the board: a separate Strapi process (like a plugin, a
 * cron job or a script would be) loads the app and calls the document service and the database
 * directly, with no request and no script authority. Every attempt must be refused.
 *
 * Usage: node tests/support/server-code-publish.ts <uid> <draftDocumentId> <liveDocumentId> <communeDocumentId>
 * Prints one line `SERVER_CODE_RESULT {json}`: for each attempt, whether it was refused and why.
 */
import { loadStrapi, runAttempts } from './server-code.ts';

interface LooseDocuments {
  create(params: Record<string, unknown>): Promise<unknown>;
  update(params: Record<string, unknown>): Promise<unknown>;
  publish(params: Record<string, unknown>): Promise<unknown>;
  unpublish(params: Record<string, unknown>): Promise<unknown>;
  delete(params: Record<string, unknown>): Promise<unknown>;
}

const [uid, draftId, liveId, communeId] = process.argv.slice(2);
if (!uid || !draftId || !liveId || !communeId)
  throw new Error('usage: server-code-publish.ts <uid> <draftId> <liveId> <communeDocumentId>');

const strapi = await loadStrapi();
const documents = strapi.documents(uid as Parameters<typeof strapi.documents>[0]) as unknown as LooseDocuments;

await runAttempts(strapi, async (attempt) => {
  await attempt('documents.update with status published', () =>
    documents.update({ documentId: draftId, data: { title: 'Máy tự đăng' }, status: 'published' }),
  );
  await attempt('documents.create with status published', () =>
    documents.create({ data: { title: 'Tin tự đăng của máy', kind: 'tin', featured: false, commune: communeId }, status: 'published' }),
  );
  await attempt('documents.publish', () => documents.publish({ documentId: draftId }));
  await attempt('documents.unpublish', () => documents.unpublish({ documentId: liveId }));
  await attempt('documents.delete of live content', () => documents.delete({ documentId: liveId }));
  await attempt('db.query create of a published row', () =>
    strapi.db.query(uid as Parameters<typeof strapi.db.query>[0]).create({
      data: { documentId: 'maytudangxxxxxxxxxxxxxxx', title: 'Hàng đăng thẳng', kind: 'tin', featured: false, publishedAt: new Date() },
    }),
  );
  await attempt('db.query update setting publishedAt', () =>
    strapi.db
      .query(uid as Parameters<typeof strapi.db.query>[0])
      .updateMany({ where: { documentId: draftId }, data: { publishedAt: new Date() } }),
  );
  await attempt('db.query delete of the live row', () =>
    strapi.db
      .query(uid as Parameters<typeof strapi.db.query>[0])
      .deleteMany({ where: { documentId: liveId, publishedAt: { $notNull: true } } }),
  );
});
