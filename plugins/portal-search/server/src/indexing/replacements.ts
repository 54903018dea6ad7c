/**
 * A document stops being in force when another published document replaces or repeals it
 * ("Thay thế", "Bãi bỏ" in the newer one's related documents), from the newer one's effective
 * date — even when nobody typed an expiry date on the old one. The index keeps one end date per
 * document (`expiry_date`), so the status filter ("Còn hiệu lực") and the facets follow the law's
 * changes: the indexed end is the earlier of the document's own expiry and that date. The site's
 * pages compute the same from the same relations (frontend/shared/utils/document-status.ts).
 */
import type { Core, UID } from '@strapi/strapi';

const DOCUMENT_UID = 'api::document.document' as UID.Schema;

/** The relation kinds that end a document (amendments and partial repeals leave it in force). */
export const ENDING_KINDS = ['Thay thế', 'Bãi bỏ'] as const;

interface DatedRow {
  issueDate?: string | null;
  effectiveDate?: string | null;
}

const startOf = (row: DatedRow): string | null => (row.effectiveDate ?? row.issueDate ?? null)?.slice(0, 10) ?? null;

/** The earlier of two ISO dates, either possibly missing. */
export function earlierDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

interface CitingRow extends DatedRow {
  relatedDocuments?: Array<{ relationKind?: string; document?: { documentId?: string } | null }>;
}

/**
 * For each of `documentIds`, the day the first published document replacing or repealing it
 * starts to apply; documents nobody ends are absent. One query for a whole batch of the reindex.
 */
export async function endedByOthersOn(strapi: Core.Strapi, documentIds: readonly string[]): Promise<Map<string, string>> {
  const ends = new Map<string, string>();
  if (documentIds.length === 0) return ends;
  const wanted = new Set(documentIds);
  const rows = (await strapi.db.query(DOCUMENT_UID).findMany({
    where: {
      publishedAt: { $notNull: true },
      relatedDocuments: { relationKind: { $in: [...ENDING_KINDS] }, document: { documentId: { $in: [...wanted] } } },
    },
    select: ['issueDate', 'effectiveDate'],
    populate: { relatedDocuments: { populate: { document: { select: ['documentId'] } } } },
  })) as CitingRow[];
  for (const row of rows) {
    const start = startOf(row);
    if (start === null) continue;
    for (const related of row.relatedDocuments ?? []) {
      const target = related.document?.documentId;
      if (!target || !wanted.has(target) || !(ENDING_KINDS as readonly string[]).includes(related.relationKind ?? '')) continue;
      ends.set(target, earlierDate(ends.get(target) ?? null, start) ?? start);
    }
  }
  return ends;
}

/**
 * The documents that `documentId` replaces or repeals, in any version (draft or published): when
 * it is published or unpublished, their end date in the index changes.
 */
export async function documentsEndedBy(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const rows = (await strapi.db.query(DOCUMENT_UID).findMany({
    where: { documentId },
    populate: { relatedDocuments: { populate: { document: { select: ['documentId'] } } } },
  })) as Array<{ relatedDocuments?: Array<{ relationKind?: string; document?: { documentId?: string } | null }> }>;
  const targets = rows.flatMap((row) =>
    (row.relatedDocuments ?? [])
      .filter((related) => (ENDING_KINDS as readonly string[]).includes(related.relationKind ?? ''))
      .map((related) => related.document?.documentId),
  );
  return [...new Set(targets.filter((target): target is string => typeof target === 'string' && target !== documentId))];
}
