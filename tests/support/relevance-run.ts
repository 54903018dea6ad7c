/**
 * Runs the judged relevance set (tests/support/relevance-set.ts) through a commune's search API,
 * as the public site calls it, and scores the answers: hits@1 and hits@3 (a wanted item first,
 * or in the first three), the zero-result rate, the mean reciprocal rank of the first wanted
 * item, and the share of queries whose every wanted item reaches its stated rank.
 */
import type { DocumentSearchResponse, SearchHit, SearchResponse } from '../../plugins/portal-search/shared';
import type { ContentClient } from './http';
import { caseId, RELEVANCE_PAGE_SIZE, type AbsentCase, type ItemKey, type RelevanceCase, type RelevanceVia } from './relevance-set';

/** The key the set names an item by: documents by number and symbol, the rest by type and slug. */
export function itemKey(hit: Pick<SearchHit, 'type' | 'slug' | 'numberSymbol' | 'documentId'>): ItemKey {
  if (hit.type === 'document') return `document:${hit.numberSymbol ?? hit.documentId}`;
  return `${hit.type}:${hit.slug ?? hit.documentId}`;
}

/** The request the site's BFF makes for a query typed in that box. */
export function searchPath(via: RelevanceVia, query: string): string {
  const size = `pageSize=${RELEVANCE_PAGE_SIZE}`;
  const text = encodeURIComponent(query);
  if (via === 'document-words') return `/portal-search/documents?q=${text}&${size}`;
  if (via === 'document-number') return `/portal-search/documents?number=${text}&${size}`;
  return `/portal-search/search?q=${text}&${size}`;
}

export interface Answer {
  status: number;
  hits: SearchHit[];
  /** The query the engine answered instead, when it corrected the one typed. */
  corrected: string | null;
}

export async function ask(site: ContentClient, entry: { commune: string; via: RelevanceVia; query: string }): Promise<Answer> {
  const response = await site.as(entry.commune).get<SearchResponse | DocumentSearchResponse>(searchPath(entry.via, entry.query));
  if (response.status !== 200) return { status: response.status, hits: [], corrected: null };
  const { data, meta } = response.body;
  return { status: 200, hits: data, corrected: meta.corrected ? meta.didYouMean : null };
}

export interface CaseResult {
  entry: RelevanceCase;
  answer: Answer;
  /** Each wanted item's rank on the first page (1-based), or null when it is not there. */
  ranks: Record<ItemKey, number | null>;
  /** The best rank of any wanted item (what hits@k and the reciprocal rank count). */
  firstRank: number | null;
  /** Every wanted item at or above its stated rank. */
  met: boolean;
}

export function scoreCase(entry: RelevanceCase, answer: Answer): CaseResult {
  const keys = answer.hits.map(itemKey);
  const ranks = {} as Record<ItemKey, number | null>;
  let firstRank: number | null = null;
  let met = true;
  for (const [key, within] of Object.entries(entry.wanted) as [ItemKey, number][]) {
    const index = keys.indexOf(key);
    const rank = index < 0 ? null : index + 1;
    ranks[key] = rank;
    if (rank !== null && (firstRank === null || rank < firstRank)) firstRank = rank;
    if (rank === null || rank > within) met = false;
  }
  return { entry, answer, ranks, firstRank, met };
}

export interface RelevanceFigures {
  queries: number;
  hitsAt1: number;
  hitsAt3: number;
  zeroResultRate: number;
  meanReciprocalRank: number;
  /** Share of queries whose every wanted item reached its stated rank. */
  metRate: number;
}

export function figuresOf(results: readonly CaseResult[]): RelevanceFigures {
  const share = (test: (result: CaseResult) => boolean): number => results.filter(test).length / results.length;
  return {
    queries: results.length,
    hitsAt1: share((result) => result.firstRank === 1),
    hitsAt3: share((result) => result.firstRank !== null && result.firstRank <= 3),
    zeroResultRate: share((result) => result.answer.hits.length === 0),
    meanReciprocalRank: results.reduce((sum, result) => sum + (result.firstRank ? 1 / result.firstRank : 0), 0) / results.length,
    metRate: share((result) => result.met),
  };
}

export interface AbsentResult {
  entry: AbsentCase;
  answer: Answer;
}

export async function runRelevanceSet(
  site: ContentClient,
  set: readonly RelevanceCase[],
  absent: readonly AbsentCase[],
): Promise<{ results: CaseResult[]; absentResults: AbsentResult[] }> {
  // One at a time, as citizens arrive: the engine's queue must not shape the answers.
  const results: CaseResult[] = [];
  for (const entry of set) results.push(scoreCase(entry, await ask(site, entry)));
  const absentResults: AbsentResult[] = [];
  for (const entry of absent) absentResults.push({ entry, answer: await ask(site, entry) });
  return { results, absentResults };
}

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

function describeFirst(answer: Answer): string {
  if (answer.status !== 200) return `answered ${answer.status}`;
  const [first] = answer.hits;
  if (!first) return 'nothing';
  const title = first.title.length > 60 ? `${first.title.slice(0, 59)}…` : first.title;
  return `${itemKey(first)} (${title})`;
}

/** The figures per commune and together, every miss, and what the must-find-nothing queries found. */
export function relevanceReport(engine: string, results: readonly CaseResult[], absentResults: readonly AbsentResult[]): string {
  const lines: string[] = [];
  for (const commune of [...new Set(results.map((result) => result.entry.commune))]) {
    const figures = figuresOf(results.filter((result) => result.entry.commune === commune));
    lines.push(
      `  ${commune.padEnd(10)} ${String(figures.queries).padStart(3)} queries  hits@1 ${percent(figures.hitsAt1).padStart(6)}  hits@3 ${percent(figures.hitsAt3).padStart(6)}  zero ${percent(figures.zeroResultRate).padStart(6)}  MRR ${figures.meanReciprocalRank.toFixed(3)}  all wanted in place ${percent(figures.metRate).padStart(6)}`,
    );
  }
  const all = figuresOf(results);
  lines.push(
    `  ${'both'.padEnd(10)} ${String(all.queries).padStart(3)} queries  hits@1 ${percent(all.hitsAt1).padStart(6)}  hits@3 ${percent(all.hitsAt3).padStart(6)}  zero ${percent(all.zeroResultRate).padStart(6)}  MRR ${all.meanReciprocalRank.toFixed(3)}  all wanted in place ${percent(all.metRate).padStart(6)}`,
  );
  const misses = results.filter((result) => !result.met);
  const kinds = [...new Set(results.flatMap((result) => result.entry.kinds))];
  const byKind = kinds.map((kind) => {
    const ofKind = results.filter((result) => result.entry.kinds.includes(kind));
    return `${kind} ${ofKind.filter((result) => !result.met).length}/${ofKind.length}`;
  });
  lines.push('', `  Misses by kind: ${byKind.join(', ')}`);
  lines.push('', `  Misses (${misses.length}): query — wanted ≤rank (found at) — first answer`);
  for (const miss of misses) {
    const wanted = (Object.entries(miss.entry.wanted) as [ItemKey, number][])
      .map(([key, within]) => `${key} ≤${within} (${miss.ranks[key] ?? '–'})`)
      .join(', ');
    const corrected = miss.answer.corrected ? ` [corrected to “${miss.answer.corrected}”]` : '';
    lines.push(`  - ${caseId(miss.entry)} [${miss.entry.kinds.join(', ')}] — ${wanted} — ${describeFirst(miss.answer)}${corrected}`);
  }
  const answered = absentResults.filter((result) => result.answer.hits.length > 0);
  lines.push('', `  Queries that must find nothing: ${absentResults.length - answered.length}/${absentResults.length} found nothing`);
  for (const result of answered)
    lines.push(`  - ${caseId(result.entry)} — ${result.answer.hits.length} hits, first ${describeFirst(result.answer)}`);
  return `Relevance set, ${engine} engine:\n${lines.join('\n')}`;
}
