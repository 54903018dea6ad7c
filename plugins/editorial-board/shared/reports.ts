/**
 * Report figures (seed 003): per commune and period, computed from the board's event log.
 * Owned by the reports feature; the shapes below are filled in with it.
 */
export interface ReportRequest {
  /** ISO date (inclusive), Vietnam time. */
  from: string;
  /** ISO date (inclusive), Vietnam time. */
  to: string;
  /** A commune's documentId; province IT may leave it out for the whole province. */
  commune?: string;
}
