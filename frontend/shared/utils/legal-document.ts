/**
 * How documents are named on the pages.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { DocumentRef } from '../types/legal-document';

/** `Quyết định số 47/QĐ-UBND`: how a document is named in a sentence or a title. */
export function legalDocumentTitle(document: Pick<DocumentRef, 'documentType' | 'numberSymbol'>): string {
  return document.numberSymbol ? `${document.documentType} số ${document.numberSymbol}` : document.documentType;
}
