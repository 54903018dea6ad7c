/**
 * How long documents take to reach the site: from the issue date to the first publication, in
 * days, and whether it took at most 5 working days (Law 104/2016 Art. 18(4)). Working days are
 * Monday to Friday; public holidays are not subtracted, so a document is at worst judged late a
 * few days early around Tết, never let off.
 */
import { workingDaysBetween } from '@commune/citizen-voice/shared';
import { daysBetween, PUBLICATION_DEADLINE_WORKING_DAYS, type LateDocument } from '../../../shared';

export interface PublishedDocument {
  communeId: number;
  documentId: string;
  title: string;
  number: string | null;
  /** YYYY-MM-DD. */
  issueDate: string;
  /** The day of the first publication in Vietnam, YYYY-MM-DD. */
  publishedOn: string;
}

export interface Timeliness {
  count: number;
  medianDays: number | null;
  withinDeadline: number;
  withinShare: number | null;
  late: LateDocument[];
}

/** The median of numbers (the mean of the middle two for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** One commune's (or the province's) documents judged; `late` the latest publication first. */
export function timelinessOf(documents: readonly PublishedDocument[]): Timeliness {
  const late: LateDocument[] = [];
  const days: number[] = [];
  for (const document of documents) {
    // A document posted before its issue date (a typing slip) counts as on time, 0 days.
    days.push(Math.max(0, daysBetween(document.issueDate, document.publishedOn)));
    const workingDays = Math.max(0, workingDaysBetween(document.issueDate, document.publishedOn));
    if (workingDays > PUBLICATION_DEADLINE_WORKING_DAYS) {
      late.push({
        documentId: document.documentId,
        title: document.title,
        number: document.number,
        issueDate: document.issueDate,
        publishedOn: document.publishedOn,
        workingDays,
      });
    }
  }
  late.sort((a, b) => (a.publishedOn < b.publishedOn ? 1 : a.publishedOn > b.publishedOn ? -1 : a.title.localeCompare(b.title, 'vi')));
  const count = documents.length;
  const withinDeadline = count - late.length;
  return { count, medianDays: median(days), withinDeadline, withinShare: count === 0 ? null : withinDeadline / count, late };
}
