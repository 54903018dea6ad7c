/**
 * The dashboard's reads from PostgreSQL: a handful of aggregate queries whatever the number of
 * communes (one per required-information source, one for publications, one for the queue, one
 * for documents, one for the snapshots), each over an index or a small table, so the overview of
 * 55 communes with a year of data is one round of parallel queries (see tests/bench/dashboard.ts).
 * Visits come from plugin site-stats, which owns its table.
 *
 * `communeId` null means every commune. Periods arrive as instants (figures/calendar.ts).
 */
import type { Core } from '@strapi/strapi';
import { COLLECTION_UIDS, REQUIRED_INFORMATION, type RequiredInformationRow, type SectionTally } from '../../../shared';
import { vietnamToday } from '../figures/calendar';
import type { PublishedDocument } from '../figures/timeliness';

interface RawResult<Row> {
  rows: Row[];
}

type Binding = string | number | Date | null | number[] | string[];

/** First publications, counted as the board's report counts them (plugins/editorial-board reports). */
const FIRST_PUBLICATION = `action IN ('publish', 'force_publish') AND first_time IS TRUE`;

/** The board's queue: sent to the board and not yet published, returned or rejected. */
const WAITING_STATES = ['submitted', 'editing', 'in_review', 'approved'];

/**
 * Documents of the central level (laws, decrees, circulars) are posted for reference long after
 * they were issued, by someone else: the 5-working-day rule is about the commune's own documents.
 */
const REFERENCE_TYPES = ['Luật', 'Nghị định', 'Thông tư'];

export interface PublicationRow {
  communeId: number;
  kind: string | null;
  /** First publications in each month of the chart, then in [yearStart, now). */
  months: number[];
  year: number;
}

export interface WaitingRow {
  communeId: number;
  title: string | null;
  kind: string | null;
  state: string;
  since: string | null;
}

export interface SnapshotMonth {
  communeId: number;
  month: string;
  score: number;
}

const sources = ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = async <Row>(text: string, bindings: readonly Binding[] = []): Promise<Row[]> =>
    ((await strapi.db.connection.raw(text, bindings as Binding[])) as RawResult<Row>).rows;
  const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
  const communeFilter = (column: string, communeId: number | null): { clause: string; bindings: Binding[] } =>
    communeId === null ? { clause: '', bindings: [] } : { clause: ` AND ${column} = ?`, bindings: [communeId] };

  /** The table, and whether it has drafts, of a required-information row's content type. */
  function tableOf(row: RequiredInformationRow): { table: string; drafts: boolean } {
    const uid = COLLECTION_UIDS[row.source.collection];
    const model = strapi.getModel(uid as Parameters<typeof strapi.getModel>[0]) as
      | { collectionName: string; options?: { draftAndPublish?: boolean } }
      | undefined;
    if (!model) throw new Error(`province-dashboard: no content type ${uid}`);
    return { table: model.collectionName, drafts: model.options?.draftAndPublish === true };
  }

  return {
    /**
     * What every commune's site holds for each row of the required-information table: published
     * items (distinct documents, so translations count once) and when the newest was published;
     * for reference data without drafts, saved items and when the newest was saved.
     */
    async tallies(
      communeId: number | null,
    ): Promise<{ sections: Map<number, Map<string, SectionTally>>; lastPublished: Map<number, string> }> {
      const byCommune = new Map<number, Map<string, SectionTally>>();
      // The newest publication of any section with drafts (reference data is saved, not published).
      const lastPublished = new Map<number, string>();
      await Promise.all(
        REQUIRED_INFORMATION.map(async (row) => {
          const { table, drafts } = tableOf(row);
          const when = drafts ? 'published_at' : 'updated_at';
          const extra: string[] = [];
          if (row.freshness.kind === 'this-week') extra.push(`to_char(max(week_start), 'YYYY-MM-DD') AS "latestWeek"`);
          if (row.freshness.kind === 'budget-estimate')
            extra.push(`array_remove(array_agg(DISTINCT year) FILTER (WHERE report_kind = 'Dự toán'), NULL) AS "estimateYears"`);
          const where: string[] = ['commune_key IS NOT NULL'];
          const bindings: Binding[] = [];
          if (drafts) where.push('published_at IS NOT NULL');
          if ('section' in row.source) {
            where.push('section = ?');
            bindings.push(row.source.section);
          }
          if (communeId !== null) {
            where.push('commune_key = ?');
            bindings.push(communeId);
          }
          // Table and column names come from the content types' models, never from a request.
          const rows = await sql<{
            communeId: number;
            count: string;
            last: Date | null;
            latestWeek?: string | null;
            estimateYears?: number[] | null;
          }>(
            `SELECT commune_key AS "communeId", count(DISTINCT document_id) AS count, max(${when}) AS last${extra.map((column) => `, ${column}`).join('')}
             FROM "${table}" WHERE ${where.join(' AND ')} GROUP BY commune_key`,
            bindings,
          );
          for (const found of rows) {
            let tallies = byCommune.get(found.communeId);
            if (!tallies) byCommune.set(found.communeId, (tallies = new Map()));
            const last = iso(found.last);
            const previous = lastPublished.get(found.communeId);
            if (drafts && last !== null && (previous === undefined || last > previous)) lastPublished.set(found.communeId, last);
            tallies.set(row.key, {
              count: Number(found.count),
              lastUpdated: last,
              ...(found.latestWeek !== undefined ? { latestWeek: found.latestWeek } : {}),
              ...(found.estimateYears !== undefined ? { estimateYears: (found.estimateYears ?? []).map(Number) } : {}),
            });
          }
        }),
      );
      return { sections: byCommune, lastPublished };
    },

    /** First publications per commune and kind in each month (bounds from calendar.monthBounds) and since `yearStart`. */
    async publications(bounds: readonly Date[], yearStart: Date, communeId: number | null): Promise<PublicationRow[]> {
      const first = bounds[0];
      if (first === undefined) return [];
      const monthColumns = bounds.slice(0, -1).map((_, index) => `count(*) FILTER (WHERE created_at >= ? AND created_at < ?) AS m${index}`);
      const monthBindings = bounds.slice(0, -1).flatMap((start, index) => [start, bounds[index + 1] as Date]);
      const { clause, bindings } = communeFilter('commune_id', communeId);
      const since = first < yearStart ? first : yearStart;
      const rows = await sql<Record<string, string | number | null>>(
        `SELECT commune_id AS "communeId", kind, ${monthColumns.join(', ')}, count(*) FILTER (WHERE created_at >= ?) AS year
         FROM editorial_events WHERE ${FIRST_PUBLICATION} AND created_at >= ?${clause}
         GROUP BY commune_id, kind`,
        [...monthBindings, yearStart, since, ...bindings],
      );
      return rows.map((row) => ({
        communeId: Number(row.communeId),
        kind: row.kind === null ? null : String(row.kind),
        months: monthColumns.map((_, index) => Number(row[`m${index}`] ?? 0)),
        year: Number(row.year ?? 0),
      }));
    },

    /**
     * Items in the board's queue and since when each has waited: its latest submission (a
     * resubmission after a return restarts the wait). Approved items with a publication time
     * set are not waiting for the board but for their hour, and are left out.
     */
    async waiting(communeId: number | null): Promise<WaitingRow[]> {
      const { clause, bindings } = communeFilter('w.commune_id', communeId);
      const rows = await sql<{ communeId: number; title: string | null; kind: string | null; state: string; since: Date | null }>(
        // One join over the queue's events rather than a subquery per item: at worst one scan of
        // the events, whatever the planner guesses of workflow_id.
        `WITH waiting AS (
           SELECT w.id, w.commune_id, w.title, w.kind, w.state FROM editorial_workflows w
           WHERE w.state IN (${WAITING_STATES.map(() => '?').join(', ')}) AND NOT (w.state = 'approved' AND w.scheduled_at IS NOT NULL)${clause}
         ), submitted AS (
           SELECT e.workflow_id, max(e.created_at) AS since FROM editorial_events e JOIN waiting ON e.workflow_id = waiting.id
           WHERE e.action IN ('submit', 'receive') GROUP BY e.workflow_id
         )
         SELECT waiting.commune_id AS "communeId", waiting.title, waiting.kind, waiting.state, submitted.since
         FROM waiting LEFT JOIN submitted ON submitted.workflow_id = waiting.id`,
        [...WAITING_STATES, ...bindings],
      );
      return rows.map((row) => ({ ...row, since: iso(row.since) }));
    },

    /**
     * The commune's own documents first published since `yearStart`: the first publication is the
     * earlier of the board's first publication and the live row's publication (an import keeps
     * the date the content had before it came to the platform).
     */
    async documents(yearStart: Date, communeId: number | null): Promise<PublishedDocument[]> {
      const { clause, bindings } = communeFilter('d.commune_key', communeId);
      const rows = await sql<{
        communeId: number;
        documentId: string;
        title: string;
        number: string | null;
        issueDate: string;
        firstPublished: Date;
      }>(
        `SELECT * FROM (
           SELECT d.commune_key AS "communeId", d.document_id AS "documentId", d.summary AS title, COALESCE(d.number_symbol, d.number || '/' || d.symbol) AS number,
                  to_char(d.issue_date, 'YYYY-MM-DD') AS "issueDate",
                  LEAST(d.published_at, w.first_published_at) AS "firstPublished"
           FROM documents d
           LEFT JOIN editorial_workflows w ON w.target_uid = 'api::document.document' AND w.target_document_id = d.document_id
           WHERE d.published_at IS NOT NULL AND d.commune_key IS NOT NULL AND d.issue_date IS NOT NULL
             AND d.document_type NOT IN (${REFERENCE_TYPES.map(() => '?').join(', ')})${clause}
         ) AS published WHERE "firstPublished" >= ?`,
        [...REFERENCE_TYPES, ...bindings, yearStart],
      );
      return rows.map((row) => ({ ...row, publishedOn: vietnamToday(new Date(row.firstPublished)) }));
    },

    /** The mean recorded score per commune and month since `fromDay` (YYYY-MM-DD). */
    async snapshotMonths(fromDay: string, communeId: number | null): Promise<SnapshotMonth[]> {
      const { clause, bindings } = communeFilter('commune_id', communeId);
      const rows = await sql<{ communeId: number; month: string; score: string }>(
        `SELECT commune_id AS "communeId", to_char(day, 'YYYY-MM') AS month, avg(score) AS score
         FROM compliance_snapshots WHERE day >= ?::date${clause} GROUP BY 1, 2`,
        [fromDay, ...bindings],
      );
      return rows.map((row) => ({ communeId: row.communeId, month: row.month, score: Number(row.score) }));
    },

    /** Records each commune's scorecard of `day`; a later computation the same day replaces it. */
    async recordSnapshots(
      day: string,
      scores: ReadonlyArray<{ communeId: number; score: number; ok: number; stale: number; empty: number }>,
    ): Promise<void> {
      if (scores.length === 0) return;
      await sql(
        `INSERT INTO compliance_snapshots (commune_id, day, score, ok, stale, empty)
         SELECT * FROM unnest(?::integer[], ?::date[], ?::smallint[], ?::smallint[], ?::smallint[], ?::smallint[])
         ON CONFLICT (commune_id, day) DO UPDATE SET score = EXCLUDED.score, ok = EXCLUDED.ok, stale = EXCLUDED.stale, empty = EXCLUDED.empty`,
        [
          scores.map((row) => row.communeId),
          scores.map(() => day),
          scores.map((row) => row.score),
          scores.map((row) => row.ok),
          scores.map((row) => row.stale),
          scores.map((row) => row.empty),
        ],
      );
    },
  };
};

export default sources;
export type SourcesService = ReturnType<typeof sources>;
