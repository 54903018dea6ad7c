/**
 * Keeps the index in step with what is live: an item is (re)indexed when it is published,
 * removed when it is unpublished or deleted (events of the editorial board), and `reindex`
 * rebuilds one commune or all of them from the published rows.
 */
import type { Core, UID } from '@strapi/strapi';
import type { SearchType } from '../../../shared';
import { entryOf, INDEXED_TYPES, pdfFilesOf, POPULATE, UID_OF, type MediaFile } from '../indexing/entries';
import { createPdfReader } from '../indexing/pdf-text';
import { documentsEndedBy, earlierDate, endedByOthersOn } from '../indexing/replacements';
import type { SearchEntry } from '../engine/types';
import type { EngineService } from './engine';

const BATCH = 100;

type Row = Record<string, unknown> & { id: number; documentId: string; commune?: { id: number } | null };

export interface ReindexProgress {
  type: SearchType;
  done: number;
  total: number;
}

const indexer = ({ strapi }: { strapi: Core.Strapi }) => {
  const engine = () => (strapi.plugin('portal-search').service('engine') as EngineService).get();
  const readPdf = createPdfReader(strapi.dirs.static.public, strapi.log);

  async function attachmentText(type: SearchType, row: Row): Promise<string | null> {
    if (type !== 'document') return null;
    const texts: string[] = [];
    for (const file of pdfFilesOf(row)) {
      const text = await readPdf(file as MediaFile);
      if (text) texts.push(text);
    }
    return texts.length > 0 ? texts.join('\n') : null;
  }

  /**
   * The entries of rows of one type; a document's end date also counts the documents that replace
   * or repeal it (indexing/replacements.ts), read for the whole batch at once.
   */
  async function entriesFor(type: SearchType, rows: Row[]): Promise<SearchEntry[]> {
    const ends =
      type === 'document'
        ? await endedByOthersOn(
            strapi,
            rows.map((row) => row.documentId),
          )
        : new Map<string, string>();
    const entries: SearchEntry[] = [];
    for (const row of rows) {
      const entry = entryOf(type, row, await attachmentText(type, row));
      if (entry) entries.push({ ...entry, expiryDate: earlierDate(entry.expiryDate, ends.get(row.documentId) ?? null) });
    }
    return entries;
  }

  /** Re-reads the live version of one item into the index, or removes it when nothing is live. */
  async function refresh(uid: string, type: SearchType, documentId: string, locale: string, communeId: number): Promise<void> {
    const row = (await strapi.db.query(uid as UID.Schema).findOne({
      where: { documentId, publishedAt: { $notNull: true }, ...(locale !== '' ? { locale } : {}) },
      populate: POPULATE[type],
    })) as Row | null;
    const [entry] = row ? await entriesFor(type, [row]) : [];
    if (entry) await engine().upsert([entry]);
    else await engine().remove(communeId, [{ type, documentId, ...(locale !== '' ? { locale } : {}) }]);
  }

  /** A document published or unpublished changes the end date of the documents it replaces or repeals. */
  async function refreshEndedBy(uid: string, documentId: string, communeId: number): Promise<void> {
    if (INDEXED_TYPES[uid] !== 'document') return;
    for (const target of await documentsEndedBy(strapi, documentId)) await refresh(uid, 'document', target, '', communeId);
  }

  return {
    typeOf(uid: string): SearchType | null {
      return INDEXED_TYPES[uid] ?? null;
    },

    /** Indexes the live version of one item (one locale), or removes it when nothing is live. */
    async indexOne(uid: string, documentId: string, locale: string, communeId: number): Promise<void> {
      const type = INDEXED_TYPES[uid];
      if (!type) return;
      await refresh(uid, type, documentId, locale, communeId);
      await refreshEndedBy(uid, documentId, communeId);
    },

    async removeOne(uid: string, documentId: string, locale: string | undefined, communeId: number): Promise<void> {
      const type = INDEXED_TYPES[uid];
      if (!type) return;
      await engine().remove(communeId, [{ type, documentId, ...(locale ? { locale } : {}) }]);
      await refreshEndedBy(uid, documentId, communeId);
    },

    /** Rebuilds the index of one commune (or all) from the published rows. Returns the number indexed. */
    async reindex(communeId: number | undefined, onProgress: (progress: ReindexProgress) => void = () => undefined): Promise<number> {
      await engine().clear(communeId);
      let indexed = 0;
      for (const type of Object.keys(UID_OF) as SearchType[]) {
        const uid = UID_OF[type] as UID.Schema;
        const where = { publishedAt: { $notNull: true }, ...(communeId !== undefined ? { commune: { id: communeId } } : {}) };
        const total = await strapi.db.query(uid).count({ where });
        let done = 0;
        let lastId = 0;
        onProgress({ type, done, total });
        for (;;) {
          const rows = (await strapi.db.query(uid).findMany({
            where: { ...where, id: { $gt: lastId } },
            orderBy: { id: 'asc' },
            limit: BATCH,
            populate: POPULATE[type],
          })) as Row[];
          if (rows.length === 0) break;
          const entries = await entriesFor(type, rows);
          await engine().upsert(entries);
          indexed += entries.length;
          done += rows.length;
          lastId = rows[rows.length - 1]?.id ?? lastId;
          onProgress({ type, done, total });
        }
      }
      await engine().settle();
      return indexed;
    },
  };
};

export default indexer;
export type IndexerService = ReturnType<typeof indexer>;
