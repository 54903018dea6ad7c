/**
 * The overview and the commune dashboard, assembled from the sources (services/sources.ts) and
 * the visit counter (plugin site-stats). Both run the same gathering, for every commune or one,
 * so a commune's row in the overview and its own dashboard always show the same figures. Each
 * computation also records the day's scorecard (compliance over time); the plugin's hourly job
 * does so on days nobody looks.
 */
import type { Core } from '@strapi/strapi';
import { STATE_LABELS, REPORT_KIND_LABELS, type WorkflowState, type ReportKind } from '@commune/editorial-board/shared';
import type { SearchInsight, VisitFigures, VisitPoint } from '@commune/site-stats/shared';
import {
  COLLECTION_UIDS,
  COMPLIANCE_STATE_LABELS,
  PUBLISHED_KINDS,
  REQUIRED_INFORMATION,
  complianceScore,
  freshnessLabel,
  scorecard,
  type CommuneDashboardData,
  type CommuneFigures,
  type Figures,
  type MonthlyCharts,
  type OverviewData,
  type PublishedKind,
  type ScorecardRow,
  type SectionTally,
  type SectionVerdict,
  type WaitingItem,
} from '../../../shared';
import { addDays, lastDays, lastTwelveMonths, monthBounds, vietnamMidnight, vietnamToday } from '../figures/calendar';
import { emptyFigures, earliest, provinceFigures } from '../figures/sums';
import { timelinessOf, type PublishedDocument, type Timeliness } from '../figures/timeliness';
import { COMMUNE_FIELDS, type CommuneRow } from './access';
import type { PublicationRow, SourcesService, WaitingRow } from './sources';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

interface VisitsService {
  figures(communeIds: readonly number[] | null, period: { from: string; to: string }, now?: Date): Promise<Map<number, VisitFigures>>;
  series(communeIds: readonly number[] | null, from: string, to: string, grain: 'day' | 'month'): Promise<VisitPoint[]>;
}

interface SearchesService {
  insight(communeId: number, from: string, to: string, limit?: number): Promise<SearchInsight>;
}

/** How many days of searches the commune dashboard shows. */
const SEARCH_DAYS = 90;
const WAITING_LIST_MAX = 50;

const kindOf = (kind: string | null): PublishedKind => (kind === 'tin' || kind === 'bai' || kind === 'document' ? kind : 'other');

/** Everything gathered for a set of communes on one day. */
interface Gathered {
  today: string;
  months: string[];
  tallies: Map<number, Map<string, SectionTally>>;
  lastPublished: Map<number, string>;
  publications: PublicationRow[];
  waiting: WaitingRow[];
  documents: PublishedDocument[];
  /** The same rows by commune: each commune's figures are then a lookup, not a scan (3,300 communes). */
  byCommune: Map<number, { publications: PublicationRow[]; waiting: WaitingRow[]; documents: PublishedDocument[] }>;
  visits: Map<number, VisitFigures>;
  visitMonths: VisitPoint[];
}

/** Each commune's mean recorded score per month (YYYY-MM). */
type Snapshots = Map<number, Map<string, number>>;

const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  const sources = () => strapi.plugin('province-dashboard').service('sources') as SourcesService;
  const visits = () => strapi.plugin('site-stats').service('visits') as VisitsService;

  async function gather(only: number | null, now: Date): Promise<Gathered> {
    const today = vietnamToday(now);
    const months = lastTwelveMonths(today);
    const firstDay = `${months[0]}-01`;
    const yearStart = vietnamMidnight(`${today.slice(0, 4)}-01-01`);
    const ids = only === null ? null : [only];
    const [tallies, publications, waiting, documents, visitFigures, visitMonths] = await Promise.all([
      sources().tallies(only),
      sources().publications(monthBounds(months), yearStart, only),
      sources().waiting(only),
      sources().documents(yearStart, only),
      visits().figures(ids, { from: today, to: today }, now),
      visits().series(ids, firstDay, today, 'month'),
    ]);
    const byCommune: Gathered['byCommune'] = new Map();
    const of = (communeId: number) => {
      let rows = byCommune.get(communeId);
      if (!rows) byCommune.set(communeId, (rows = { publications: [], waiting: [], documents: [] }));
      return rows;
    };
    for (const row of publications) of(row.communeId).publications.push(row);
    for (const row of waiting) of(row.communeId).waiting.push(row);
    for (const row of documents) of(row.communeId).documents.push(row);
    return {
      today,
      months,
      tallies: tallies.sections,
      lastPublished: tallies.lastPublished,
      publications,
      waiting,
      documents,
      byCommune,
      visits: visitFigures,
      visitMonths,
    };
  }

  /**
   * Records the day's scorecards, then reads the months' recorded scores: read after the
   * record, this month's point includes the score just computed.
   */
  async function recordAndRead(
    data: Gathered,
    rows: ReadonlyArray<{ commune: CommuneRow; figures: Figures }>,
    only: number | null,
  ): Promise<Snapshots> {
    await sources().recordSnapshots(
      data.today,
      rows.map(({ commune, figures }) => ({ communeId: commune.id, ...figures.compliance })),
    );
    const snapshots: Snapshots = new Map();
    for (const row of await sources().snapshotMonths(`${data.months[0]}-01`, only)) {
      let months = snapshots.get(row.communeId);
      if (!months) snapshots.set(row.communeId, (months = new Map()));
      months.set(row.month, row.score);
    }
    return snapshots;
  }

  /** One commune's figures from what was gathered, with its scorecard and its documents' timeliness. */
  function figuresOf(commune: CommuneRow, data: Gathered): { figures: CommuneFigures; verdicts: SectionVerdict[]; timeliness: Timeliness } {
    const figures: Figures = emptyFigures();
    const visit = data.visits.get(commune.id);
    if (visit) figures.visits = { today: visit.today, month: visit.month, year: visit.year, total: visit.total };
    const own = data.byCommune.get(commune.id) ?? { publications: [], waiting: [], documents: [] };
    for (const row of own.publications) {
      const kind = kindOf(row.kind);
      const month = row.months.at(-1) ?? 0;
      figures.published.month[kind] += month;
      figures.published.month.total += month;
      figures.published.year[kind] += row.year;
      figures.published.year.total += row.year;
    }
    for (const row of own.waiting) {
      figures.waiting.count += 1;
      figures.waiting.oldestSince = earliest(figures.waiting.oldestSince, row.since);
    }
    const timeliness = timelinessOf(own.documents);
    figures.documents = {
      count: timeliness.count,
      medianDays: timeliness.medianDays,
      withinDeadline: timeliness.withinDeadline,
      withinShare: timeliness.withinShare,
    };
    const verdicts = scorecard(data.tallies.get(commune.id) ?? new Map(), data.today);
    figures.compliance = {
      score: complianceScore(verdicts),
      ok: verdicts.filter((verdict) => verdict.state === 'ok').length,
      stale: verdicts.filter((verdict) => verdict.state === 'stale').length,
      empty: verdicts.filter((verdict) => verdict.state === 'empty').length,
    };
    figures.lastPublishedAt = data.lastPublished.get(commune.id) ?? null;
    const { id: _id, ...publicCommune } = commune;
    return { figures: { commune: publicCommune, ...figures }, verdicts, timeliness };
  }

  /** The monthly charts of some communes (all of `communeIds`), summed. */
  function monthlyCharts(data: Gathered, snapshots: Snapshots, communeIds: ReadonlySet<number>): MonthlyCharts {
    const index = new Map(data.months.map((month, position) => [month, position]));
    const visits = data.months.map(() => 0);
    for (const point of data.visitMonths) {
      const position = index.get(point.bucket);
      if (position !== undefined && communeIds.has(point.communeId)) visits[position] = (visits[position] ?? 0) + point.visits;
    }
    const publications = Object.fromEntries(PUBLISHED_KINDS.map((kind) => [kind, data.months.map(() => 0)])) as Record<
      PublishedKind,
      number[]
    >;
    for (const row of data.publications) {
      if (!communeIds.has(row.communeId)) continue;
      const series = publications[kindOf(row.kind)];
      row.months.forEach((count, position) => (series[position] = (series[position] ?? 0) + count));
    }
    const compliance = data.months.map((month) => {
      const scores = [...communeIds].flatMap((id) => {
        const score = snapshots.get(id)?.get(month);
        return score === undefined ? [] : [score];
      });
      return scores.length === 0 ? null : Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length);
    });
    return { months: data.months, visits, publications, compliance };
  }

  async function allCommunes(): Promise<CommuneRow[]> {
    const rows = (await strapi.db.query(COMMUNE_UID).findMany({ select: COMMUNE_FIELDS })) as CommuneRow[];
    const collator = new Intl.Collator('vi');
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  }

  function waitingItem(row: WaitingRow): WaitingItem {
    const kind = row.kind ?? '';
    const kindLabel =
      kind in REPORT_KIND_LABELS
        ? REPORT_KIND_LABELS[kind as ReportKind]
        : ((
            strapi.getModel(`api::${kind}.${kind}` as Parameters<typeof strapi.getModel>[0]) as
              | { info?: { displayName?: string } }
              | undefined
          )?.info?.displayName ?? kind);
    return {
      title: row.title ?? '(chưa có tiêu đề)',
      kind: kindLabel,
      state: STATE_LABELS[row.state as WorkflowState] ?? row.state,
      since: row.since,
    };
  }

  function scorecardRows(verdicts: readonly SectionVerdict[], tallies: Map<string, SectionTally>): ScorecardRow[] {
    return REQUIRED_INFORMATION.map((row, position) => {
      const verdict = verdicts[position] as SectionVerdict;
      const uid = COLLECTION_UIDS[row.source.collection];
      const filter = 'section' in row.source ? `?filters[$and][0][section][$eq]=${encodeURIComponent(row.source.section)}` : '';
      const tally = tallies.get(row.key);
      return {
        key: row.key,
        item: row.item,
        legalBasis: row.legalBasis,
        sectionName: row.sectionName,
        path: row.path,
        rule: freshnessLabel(row.freshness),
        state: verdict.state,
        stateLabel: COMPLIANCE_STATE_LABELS[verdict.state],
        note: verdict.note,
        count: tally?.count ?? 0,
        lastUpdated: tally?.lastUpdated ?? null,
        adminPath: `/content-manager/collection-types/${uid}${filter}`,
      };
    });
  }

  async function searchesOf(communeId: number, today: string): Promise<SearchInsight | null> {
    const searches = strapi.plugin('site-stats').service('searches') as SearchesService;
    const insight = await searches.insight(communeId, addDays(today, 1 - SEARCH_DAYS), today);
    if (insight.totalSearches === 0) return null;
    return { ...insight, notFound: insight.notFound.filter((row) => row.searches >= 2) };
  }

  return {
    /** Every commune as a row, the province's sum and the charts (the caller has checked access). */
    async overview(now = new Date()): Promise<OverviewData> {
      const [communes, data] = await Promise.all([allCommunes(), gather(null, now)]);
      const rows = communes.map((commune) => ({ commune, ...figuresOf(commune, data) }));
      const snapshots = await recordAndRead(data, rows, null);
      // One pass over the visits' points, not one chart per commune (3,300 communes).
      const position = new Map(data.months.map((month, index) => [month, index]));
      const series = new Map(communes.map((commune) => [commune.id, data.months.map(() => 0)]));
      for (const point of data.visitMonths) {
        const values = series.get(point.communeId);
        const index = position.get(point.bucket);
        if (values && index !== undefined) values[index] = (values[index] ?? 0) + point.visits;
      }
      const visitsByCommune = Object.fromEntries(communes.map((commune) => [commune.documentId, series.get(commune.id) ?? []]));
      return {
        generatedAt: now.toISOString(),
        today: data.today,
        communes: rows.map((row) => row.figures),
        province: provinceFigures(
          rows.map((row) => row.figures),
          data.documents,
        ),
        charts: { ...monthlyCharts(data, snapshots, new Set(communes.map((commune) => commune.id))), visitsByCommune },
      };
    },

    /** One commune's dashboard with the lists behind its figures (the caller has checked access). */
    async commune(commune: CommuneRow, now = new Date()): Promise<CommuneDashboardData> {
      const data = await gather(commune.id, now);
      const { figures, verdicts, timeliness } = figuresOf(commune, data);
      const days = lastDays(data.today, 30);
      const [dailyPoints, searches, snapshots] = await Promise.all([
        visits().series([commune.id], days[0] as string, data.today, 'day'),
        searchesOf(commune.id, data.today),
        recordAndRead(data, [{ commune, figures }], commune.id),
      ]);
      const daily = new Map(dailyPoints.map((point) => [point.bucket, point.visits]));
      const waitingItems = data.waiting
        .map(waitingItem)
        .sort((a, b) => (a.since ?? '9').localeCompare(b.since ?? '9'))
        .slice(0, WAITING_LIST_MAX);
      return {
        generatedAt: now.toISOString(),
        today: data.today,
        figures,
        charts: { ...monthlyCharts(data, snapshots, new Set([commune.id])), days, dailyVisits: days.map((day) => daily.get(day) ?? 0) },
        scorecard: scorecardRows(verdicts, data.tallies.get(commune.id) ?? new Map()),
        lateDocuments: timeliness.late,
        waitingItems,
        searches,
      };
    },

    /** Records today's scorecard of every commune (the hourly job). */
    async recordToday(now = new Date()): Promise<number> {
      const [communes, data] = await Promise.all([allCommunes(), gather(null, now)]);
      await sources().recordSnapshots(
        data.today,
        communes.map((commune) => ({ communeId: commune.id, ...figuresOf(commune, data).figures.compliance })),
      );
      return communes.length;
    },
  };
};

export default dashboard;
export type DashboardService = ReturnType<typeof dashboard>;
