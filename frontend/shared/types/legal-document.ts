/**
 * A directive or administrative document (văn bản chỉ đạo điều hành) as its page receives it:
 * the Decree 30/2020 metadata, its files, and the documents and procedures linked to it.
 */
import type { DocumentStatus } from '../utils/document-status';
import type { Attachment } from './attachment';

/** Another document, as a link: enough to name it (`Quyết định số 47/QĐ-UBND`) and say what it is about. */
export interface DocumentRef {
  documentId: string;
  /** `239/BC-UBND`. */
  numberSymbol: string;
  documentType: string;
  /** Trích yếu. */
  summary: string;
  /** ISO date `YYYY-MM-DD`, or null. */
  issueDate: string | null;
}

export interface RelatedDocumentEntry {
  document: DocumentRef;
  /** The editor's note on the relation (which articles are amended…), if any. */
  note: string | null;
}

/** Related documents under one heading: "Căn cứ ban hành", "Bị thay thế bởi", … */
export interface RelatedDocumentGroup {
  label: string;
  entries: RelatedDocumentEntry[];
}

/** A procedure that cites the document as its legal basis. */
export interface ProcedureRef {
  code: string;
  name: string;
  path: string;
}

/** `GET /api/documents/:documentId`. */
export interface DocumentDetail extends DocumentRef {
  issuingBody: string;
  signer: string | null;
  signerPosition: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  field: string | null;
  /**
   * On the day of the request, in Việt Nam: from its dates and from the published documents
   * that replace, repeal or amend it (shared/utils/document-status.ts).
   */
  status: DocumentStatus<DocumentRef>;
  files: Attachment[];
  related: RelatedDocumentGroup[];
  procedures: ProcedureRef[];
}
