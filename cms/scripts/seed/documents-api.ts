/**
 * A thin, typed layer over the document service for the seed: the seed knows its content types
 * only by UID string, so it works with plain records.
 */
import type { Core, UID } from '@strapi/strapi';
import { hasDraftAndPublish } from '../../src/extensions/write-context';

export type Row = Record<string, unknown> & { id: number; documentId: string };
export type Data = Record<string, unknown>;

interface FindParams {
  filters?: Data;
  fields?: string[];
  status?: 'draft' | 'published';
  locale?: string;
  limit?: number;
  populate?: unknown;
}

/** The document service as the seed and provisioning scripts use it. */
export interface LooseDocuments {
  findFirst(params: FindParams): Promise<Row | null>;
  findMany(params: FindParams): Promise<Row[]>;
  create(params: { data: Data; status?: 'published'; locale?: string }): Promise<Row>;
  update(params: { documentId: string; data: Data; status?: 'published'; locale?: string }): Promise<Row | null>;
  count(params: { filters?: Data; status?: 'draft' | 'published' }): Promise<number>;
}

export function docs(strapi: Core.Strapi, uid: string): LooseDocuments {
  return strapi.documents(uid as UID.ContentType) as unknown as LooseDocuments;
}

/** The draft of a document with draft & publish (what editors edit), or the only row otherwise. */
export async function findExisting(strapi: Core.Strapi, uid: string, filters: Data, locale?: string): Promise<Row | null> {
  const status = hasDraftAndPublish(strapi, uid) ? 'draft' : undefined;
  return docs(strapi, uid).findFirst({ filters, ...(status ? { status } : {}), ...(locale ? { locale } : {}) });
}

/**
 * Strapi stamps "now" on publication; demo content should look as if published over the year.
 * Sets both rows of the document (draft and published) to the given moment.
 */
export async function backdate(strapi: Core.Strapi, uid: string, documentId: string, when: Date): Promise<void> {
  const query = strapi.db.query(uid as UID.ContentType);
  await query.updateMany({ where: { documentId }, data: { createdAt: when, updatedAt: when } });
  if (hasDraftAndPublish(strapi, uid)) {
    await query.updateMany({ where: { documentId, publishedAt: { $notNull: true } }, data: { publishedAt: when } });
  }
}
