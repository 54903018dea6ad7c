/**
 * A document's legal status on a given day, from its own dates and from the documents that point
 * at it (the inverse of `relatedDocuments`): a decree replaced by a newer one from 1 July is
 * "Hết hiệu lực" from that day even when nobody typed an expiry date on the old one.
 *
 * The relation is stored on the newer document ("this one replaces 42/2022/NĐ-CP"), so the old
 * document's status needs the documents that cite it. Only published documents reach the site,
 * so a draft replacement changes nothing until it is published.
 *
 * Pure, no Nuxt auto-imports: Jest imports this module directly.
 */

export type DocumentStatusKind = 'in_force' | 'partly_in_force' | 'expired' | 'not_yet_in_force';

export const DOCUMENT_STATUS_LABELS: Readonly<Record<DocumentStatusKind, string>> = {
  in_force: 'Còn hiệu lực',
  partly_in_force: 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực',
  not_yet_in_force: 'Chưa có hiệu lực',
};

/** What ends a document, what ends part of it, in the words of `document.related-document`. */
const ENDING_KINDS: Readonly<Record<string, ChangeKind>> = { 'Thay thế': 'replaced', 'Bãi bỏ': 'repealed' };
const PARTIAL_KINDS: Readonly<Record<string, ChangeKind>> = { 'Sửa đổi, bổ sung': 'amended', 'Bãi bỏ một phần': 'partly_repealed' };

export type ChangeKind = 'replaced' | 'repealed' | 'amended' | 'partly_repealed';

/** How the site says it, before the changing document's name: "Bị thay thế bởi Nghị định số …". */
export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  replaced: 'Bị thay thế bởi',
  repealed: 'Bị bãi bỏ bởi',
  amended: 'Được sửa đổi, bổ sung bởi',
  partly_repealed: 'Bị bãi bỏ một phần bởi',
};

/** The dates a status is computed from; ISO `YYYY-MM-DD` or null. */
export interface StatusDates {
  issueDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
}

/** A published document that names this one in its related documents, with the kind of relation. */
export interface IncomingRelation<Ref> {
  relationKind: string;
  /** The citing document: its own dates say from when its change applies. */
  dates: StatusDates;
  document: Ref;
}

/** A change made by another document, and the day it applies from (that document's effective date). */
export interface DocumentChange<Ref> {
  kind: ChangeKind;
  label: string;
  /** ISO date; null when the changing document has no date at all. */
  from: string | null;
  document: Ref;
}

export interface DocumentStatus<Ref> {
  kind: DocumentStatusKind;
  label: string;
  /** The day the status applies from (ISO); null when the document carries no date to tell. */
  since: string | null;
  /** Why it ended (or partly ended): the change that decided it; null for dates alone. */
  cause: DocumentChange<Ref> | null;
  /** Every change by another published document, in date order, past and announced (future). */
  changes: DocumentChange<Ref>[];
}

/** The day a document applies from: its effective date, else its issue date. */
export function documentStartDate(dates: StatusDates): string | null {
  return dates.effectiveDate ?? dates.issueDate;
}

function changeOf<Ref>(relation: IncomingRelation<Ref>): DocumentChange<Ref> | null {
  const kind = ENDING_KINDS[relation.relationKind] ?? PARTIAL_KINDS[relation.relationKind];
  if (!kind) return null;
  return { kind, label: CHANGE_LABELS[kind], from: documentStartDate(relation.dates), document: relation.document };
}

/** Earlier first; an undated change last (it cannot be placed, but it is still shown). */
function byDate<Ref>(a: DocumentChange<Ref>, b: DocumentChange<Ref>): number {
  if (a.from === b.from) return 0;
  if (a.from === null) return 1;
  if (b.from === null) return -1;
  return a.from < b.from ? -1 : 1;
}

/** Applies on `today`: dated on or before it. An undated change is taken as applying (it was published). */
function applies(from: string | null, today: string): boolean {
  return from === null || from <= today;
}

function isEnding(kind: ChangeKind): boolean {
  return kind === 'replaced' || kind === 'repealed';
}

/**
 * The status on `today` (ISO date in Việt Nam). In order: ended (by its expiry date or by a
 * replacement or repeal already in effect, whichever came first), not yet in force (its start is
 * in the future), partly ended (an amendment or partial repeal in effect), else in force.
 */
export function documentStatusOn<Ref>(dates: StatusDates, incoming: readonly IncomingRelation<Ref>[], today: string): DocumentStatus<Ref> {
  const changes = incoming
    .map(changeOf)
    .filter((change) => change !== null)
    .sort(byDate);
  const status = (kind: DocumentStatusKind, since: string | null, cause: DocumentChange<Ref> | null): DocumentStatus<Ref> => ({
    kind,
    label: DOCUMENT_STATUS_LABELS[kind],
    since,
    cause,
    changes,
  });

  const ending = changes.find((change) => isEnding(change.kind) && applies(change.from, today)) ?? null;
  const expired = dates.expiryDate !== null && dates.expiryDate <= today ? dates.expiryDate : null;
  if (ending && (expired === null || ending.from === null || ending.from <= expired)) return status('expired', ending.from, ending);
  if (expired !== null) return status('expired', expired, null);

  const start = documentStartDate(dates);
  if (start !== null && start > today) return status('not_yet_in_force', start, null);

  const partial = changes.find((change) => !isEnding(change.kind) && applies(change.from, today)) ?? null;
  if (partial) return status('partly_in_force', partial.from, partial);
  return status('in_force', start, null);
}

/** The status words with their date, as the page prints them: "Hết hiệu lực từ ngày 01/07/2026". */
export function statusSentence(status: { kind: DocumentStatusKind; since: string | null }, formatDate: (iso: string) => string): string {
  const label = DOCUMENT_STATUS_LABELS[status.kind];
  if (!status.since) return label;
  if (status.kind === 'not_yet_in_force') return `${label} (có hiệu lực từ ngày ${formatDate(status.since)})`;
  return `${label} từ ngày ${formatDate(status.since)}`;
}
