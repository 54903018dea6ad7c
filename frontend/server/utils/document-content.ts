/**
 * Strapi documents → the document page (shared/types/legal-document.ts): the metadata, the
 * legal status on a given day, the files, and the related documents in both directions.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { DocumentDetail, DocumentRef, ProcedureRef, RelatedDocumentEntry, RelatedDocumentGroup } from '#shared/types/legal-document';
import { documentStatusOn, type IncomingRelation } from '#shared/utils/document-status';
import { searchHitPath } from '#shared/utils/search';
import { ATTACHMENT_FIELDS, toAttachments, type RawUploadFile } from './attachment-content';
import type { StrapiQuery } from './strapi-query';
import type { Populated } from '../types/strapi-answer';
import type { DocumentAnswer, DocumentRelatedDocumentComponent, ProcedureAnswer } from '../types/strapi-answers.generated';

export type RawDocumentRef = Pick<DocumentAnswer, 'documentId' | (typeof DOCUMENT_REF_FIELDS)[number]>;

export type RawRelatedDocument = Pick<DocumentRelatedDocumentComponent, 'relationKind' | 'note'> &
  Populated<DocumentRelatedDocumentComponent, 'document', RawDocumentRef>;

export type RawDocumentDetail = RawDocumentRef &
  Pick<DocumentAnswer, 'issuingBody' | 'signer' | 'signerPosition' | 'effectiveDate' | 'expiryDate' | 'field'> &
  Populated<DocumentAnswer, 'files', RawUploadFile> &
  Populated<DocumentAnswer, 'relatedDocuments', RawRelatedDocument>;

/** A document that names this one among its related documents (only the matching entries matter). */
export type RawCitingDocument = RawDocumentRef &
  Pick<DocumentAnswer, 'effectiveDate' | 'expiryDate'> &
  Populated<DocumentAnswer, 'relatedDocuments', RawRelatedDocument>;

export type RawProcedureRef = Pick<ProcedureAnswer, 'documentId' | 'code' | 'name' | 'slug'>;

/** The Strapi `fields` of a document shown as a link. */
export const DOCUMENT_REF_FIELDS = ['number', 'symbol', 'numberSymbol', 'documentType', 'summary', 'issueDate'] as const;

/** Strapi documentIds are 24 lower-case letters and digits; anything else cannot be one. */
export function isDocumentId(value: string): boolean {
  return /^[a-z0-9]{10,64}$/.test(value);
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function toDocumentRef(raw: RawDocumentRef): DocumentRef {
  const composed = [text(raw.number), text(raw.symbol)].filter((part) => part !== null).join('/');
  return {
    documentId: raw.documentId,
    numberSymbol: text(raw.numberSymbol) ?? composed,
    documentType: text(raw.documentType) ?? 'Văn bản',
    summary: text(raw.summary) ?? '',
    issueDate: text(raw.issueDate),
  };
}

/**
 * Headings of related documents. The relation is stored on the newer document ("this one
 * replaces 47/QĐ-UBND"); the older one shows it the other way round ("replaced by …"),
 * which is what a citizen reading an old decision most needs to know.
 */
const OUTGOING_LABELS: Readonly<Record<string, string>> = {
  'Thay thế': 'Thay thế văn bản',
  'Sửa đổi, bổ sung': 'Sửa đổi, bổ sung văn bản',
  'Bãi bỏ': 'Bãi bỏ văn bản',
  'Bãi bỏ một phần': 'Bãi bỏ một phần văn bản',
  'Hướng dẫn': 'Hướng dẫn thực hiện văn bản',
  'Căn cứ': 'Căn cứ ban hành',
};
const INCOMING_LABELS: Readonly<Record<string, string>> = {
  'Thay thế': 'Bị thay thế bởi',
  'Sửa đổi, bổ sung': 'Được sửa đổi, bổ sung bởi',
  'Bãi bỏ': 'Bị bãi bỏ bởi',
  'Bãi bỏ một phần': 'Bị bãi bỏ một phần bởi',
  'Hướng dẫn': 'Được hướng dẫn bởi',
  'Căn cứ': 'Được dùng làm căn cứ ban hành',
};
const OTHER_LABEL = 'Văn bản liên quan';

/** Headings in this order, whatever the order of the entries: what changes the document first. */
const LABEL_ORDER: readonly string[] = [
  INCOMING_LABELS['Thay thế'],
  INCOMING_LABELS['Bãi bỏ'],
  INCOMING_LABELS['Bãi bỏ một phần'],
  INCOMING_LABELS['Sửa đổi, bổ sung'],
  INCOMING_LABELS['Hướng dẫn'],
  OUTGOING_LABELS['Thay thế'],
  OUTGOING_LABELS['Bãi bỏ'],
  OUTGOING_LABELS['Bãi bỏ một phần'],
  OUTGOING_LABELS['Sửa đổi, bổ sung'],
  OUTGOING_LABELS['Hướng dẫn'],
  OUTGOING_LABELS['Căn cứ'],
  INCOMING_LABELS['Căn cứ'],
  OTHER_LABEL,
].filter((label): label is string => label !== undefined);

export function relatedDocumentGroups(
  documentId: string,
  outgoing: readonly RawRelatedDocument[],
  incoming: readonly RawCitingDocument[],
): RelatedDocumentGroup[] {
  const groups = new Map<string, RelatedDocumentEntry[]>();
  const add = (label: string, raw: RawDocumentRef, note: string | null | undefined): void => {
    // A document never relates to itself on its own page.
    if (raw.documentId === documentId) return;
    const entries = groups.get(label) ?? [];
    if (entries.some((entry) => entry.document.documentId === raw.documentId)) return;
    entries.push({ document: toDocumentRef(raw), note: text(note) });
    groups.set(label, entries);
  };
  for (const relation of outgoing) {
    // An unpublished or deleted target comes back as null: nothing to link to.
    if (!relation.document) continue;
    add(OUTGOING_LABELS[relation.relationKind ?? ''] ?? OTHER_LABEL, relation.document, relation.note);
  }
  for (const citing of incoming) {
    for (const relation of citing.relatedDocuments ?? []) {
      if (relation.document?.documentId !== documentId) continue;
      add(INCOMING_LABELS[relation.relationKind ?? ''] ?? OTHER_LABEL, citing, relation.note);
    }
  }
  return LABEL_ORDER.flatMap((label) => {
    const entries = groups.get(label);
    return entries ? [{ label, entries }] : [];
  });
}

/**
 * The citing documents' relations to `documentId`, as the status module reads them: each with
 * the citing document's dates (its effective date says from when the change applies).
 */
export function incomingRelations(documentId: string, citing: readonly RawCitingDocument[]): IncomingRelation<DocumentRef>[] {
  return citing.flatMap((raw) =>
    (raw.relatedDocuments ?? [])
      .filter((relation) => relation.document?.documentId === documentId && raw.documentId !== documentId)
      .map((relation) => ({
        relationKind: relation.relationKind ?? '',
        dates: { issueDate: text(raw.issueDate), effectiveDate: text(raw.effectiveDate), expiryDate: text(raw.expiryDate) },
        document: toDocumentRef(raw),
      })),
  );
}

export function toProcedureRef(raw: RawProcedureRef): ProcedureRef | null {
  const name = text(raw.name);
  if (!name) return null;
  return {
    code: text(raw.code) ?? '',
    name,
    path: searchHitPath({ type: 'procedure', documentId: raw.documentId, slug: text(raw.slug), locale: 'vi' }),
  };
}

export function toDocumentDetail(
  raw: RawDocumentDetail,
  linked: { citing: readonly RawCitingDocument[]; procedures: readonly RawProcedureRef[] },
  strapiUrl: string,
  today: string,
): DocumentDetail {
  const ref = toDocumentRef(raw);
  const effectiveDate = text(raw.effectiveDate);
  const expiryDate = text(raw.expiryDate);
  return {
    ...ref,
    issuingBody: text(raw.issuingBody) ?? '',
    signer: text(raw.signer),
    signerPosition: text(raw.signerPosition),
    effectiveDate,
    expiryDate,
    field: text(raw.field),
    status: documentStatusOn(
      { issueDate: ref.issueDate, effectiveDate, expiryDate },
      incomingRelations(raw.documentId, linked.citing),
      today,
    ),
    files: toAttachments(raw.files, strapiUrl),
    related: relatedDocumentGroups(raw.documentId, raw.relatedDocuments ?? [], linked.citing),
    procedures: linked.procedures.map(toProcedureRef).filter((procedure) => procedure !== null),
  };
}

/* ---------- Strapi queries ---------- */

/** One published document of the commune with everything its page shows. */
export function documentDetailQuery(documentId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, documentId: { $eq: documentId } },
    fields: [...DOCUMENT_REF_FIELDS, 'issuingBody', 'signer', 'signerPosition', 'effectiveDate', 'expiryDate', 'field'],
    populate: {
      files: { fields: [...ATTACHMENT_FIELDS] },
      relatedDocuments: { populate: { document: { fields: [...DOCUMENT_REF_FIELDS] } } },
    },
    pagination: { page: 1, pageSize: 1 },
  };
}

/** The commune's documents that name this one among their related documents. */
export function citingDocumentsQuery(documentId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, relatedDocuments: { document: { documentId: { $eq: documentId } } } },
    // The dates say from when a replacement or amendment applies (the status module).
    fields: [...DOCUMENT_REF_FIELDS, 'effectiveDate', 'expiryDate'],
    populate: { relatedDocuments: { populate: { document: { fields: ['documentId'] } } } },
    sort: ['issueDate:desc', 'id:desc'],
    pagination: { page: 1, pageSize: 50 },
  };
}

/**
 * The commune's documents that name any of `documentIds` among their related documents: the
 * document list computes each row's status from them. Larger than a page of results can need.
 */
export function citingAnyQuery(documentIds: readonly string[], commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, relatedDocuments: { document: { documentId: { $in: [...documentIds] } } } },
    fields: [...DOCUMENT_REF_FIELDS, 'effectiveDate', 'expiryDate'],
    populate: { relatedDocuments: { populate: { document: { fields: ['documentId'] } } } },
    pagination: { page: 1, pageSize: 100 },
  };
}

/** The commune's procedures whose legal basis includes this document. */
export function citingProceduresQuery(documentId: string, commune: StrapiQuery): StrapiQuery {
  return {
    filters: { ...commune, legalBasisDocuments: { documentId: { $eq: documentId } } },
    fields: ['code', 'name', 'slug'],
    sort: ['name:asc'],
    pagination: { page: 1, pageSize: 50 },
  };
}
