/**
 * Administrative procedures (thủ tục hành chính) as the procedure pages receive them.
 */
import type { Block } from './blocks';
import type { Attachment } from './attachment';
import type { DocumentRef } from './legal-document';

/** How much of the procedure can be done online (dịch vụ công trực tuyến). */
export type OnlineLevel = 'Toàn trình' | 'Một phần' | 'Trực tiếp';

export interface ProcedureSummary {
  documentId: string;
  /** National procedure code (mã TTHC), e.g. `1.001193`. */
  code: string;
  name: string;
  field: string;
  onlineLevel: OnlineLevel;
  /** This site's address of the procedure page. */
  path: string;
}

export interface ProcedureGroup {
  field: string;
  procedures: ProcedureSummary[];
}

export interface ProcedureFieldOption {
  name: string;
  count: number;
}

/** `GET /api/procedures?field=&q=`. */
export interface ProcedureListResponse {
  /** Every field of the commune's procedures (not only the matching ones), for the filter's select. */
  fields: ProcedureFieldOption[];
  /** The matching procedures, grouped by field, fields and names in Vietnamese alphabetical order. */
  groups: ProcedureGroup[];
  /** How many procedures the commune publishes. */
  total: number;
  /** How many of them match the filter. */
  matched: number;
}

/** `GET /api/procedures/:slug`. */
export interface ProcedureDetail extends ProcedureSummary {
  agency: string | null;
  howToFile: Block[];
  steps: Block[];
  dossier: Block[];
  processingTime: string | null;
  fees: string | null;
  applicants: string | null;
  result: string | null;
  legalBasisDocuments: DocumentRef[];
  legalBasisText: string | null;
  forms: Attachment[];
  /** The online public service portal's page of this procedure; only http(s) addresses. */
  onlineServiceUrl: string | null;
}
