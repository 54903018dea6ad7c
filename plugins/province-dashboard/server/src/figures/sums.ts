/**
 * Empty figures and the province's sum of its communes' figures: visits, publications and the
 * queue add up; the documents' median is taken over every document of the province (not a
 * median of medians), and the compliance score is the communes' mean.
 */
import { PUBLISHED_KINDS, type Figures, type PublishedCounts } from '../../../shared';
import { timelinessOf, type PublishedDocument } from './timeliness';

export const emptyCounts = (): PublishedCounts => ({ tin: 0, bai: 0, document: 0, other: 0, total: 0 });

export const emptyFigures = (): Figures => ({
  visits: { today: 0, month: 0, year: 0, total: 0 },
  published: { month: emptyCounts(), year: emptyCounts() },
  waiting: { count: 0, oldestSince: null },
  documents: { count: 0, medianDays: null, withinDeadline: 0, withinShare: null },
  compliance: { score: 0, ok: 0, stale: 0, empty: 0 },
  lastPublishedAt: null,
});

function addCounts(target: PublishedCounts, source: PublishedCounts): void {
  for (const kind of PUBLISHED_KINDS) target[kind] += source[kind];
  target.total += source.total;
}

export const earliest = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
export const latest = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

/** The province's figures from its communes' and every document of the year. */
export function provinceFigures(all: readonly Figures[], documents: readonly PublishedDocument[]): Figures {
  const sum = emptyFigures();
  for (const figures of all) {
    sum.visits.today += figures.visits.today;
    sum.visits.month += figures.visits.month;
    sum.visits.year += figures.visits.year;
    sum.visits.total += figures.visits.total;
    addCounts(sum.published.month, figures.published.month);
    addCounts(sum.published.year, figures.published.year);
    sum.waiting.count += figures.waiting.count;
    sum.waiting.oldestSince = earliest(sum.waiting.oldestSince, figures.waiting.oldestSince);
    sum.compliance.ok += figures.compliance.ok;
    sum.compliance.stale += figures.compliance.stale;
    sum.compliance.empty += figures.compliance.empty;
    sum.lastPublishedAt = latest(sum.lastPublishedAt, figures.lastPublishedAt);
  }
  sum.compliance.score =
    all.length === 0 ? 0 : Math.round(all.reduce((total, figures) => total + figures.compliance.score, 0) / all.length);
  const { count, medianDays, withinDeadline, withinShare } = timelinessOf(documents);
  sum.documents = { count, medianDays, withinDeadline, withinShare };
  return sum;
}
