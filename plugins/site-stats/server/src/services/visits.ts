import type { Core } from '@strapi/strapi';
import { countableDays, dayInVietnam, emptyVisitFigures, type VisitFigures, type VisitPoint, type VisitTotals } from '../../../shared';

interface RawResult<Row> {
  rows: Row[];
}

/**
 * Counts in PostgreSQL, so every Strapi process (and every Nuxt process in front of them) adds
 * to the same figures. A batch is one statement: concurrent batches never lose an increment, and
 * a visitor sent by two site processes (or twice by one) is counted once, because the visitor
 * row, keyed by commune, day and hash, decides.
 */
const visits = ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = async <Row>(text: string, bindings: readonly (string | number | Buffer | string[] | number[] | null)[]): Promise<Row[]> =>
    ((await strapi.db.connection.raw(text, bindings)) as RawResult<Row>).rows;

  /**
   * The oldest day whose hashes this process last kept. Hashes are needed only while their day
   * can still be counted (today, and yesterday in the first minutes after midnight); the first
   * batch after that window moves deletes older ones: once per process and day, no timer.
   */
  let keptFrom = '';
  async function forgetPastVisitors(now: Date): Promise<void> {
    const oldest = countableDays(now).at(-1) ?? dayInVietnam(now);
    if (oldest === keptFrom) return;
    await sql('DELETE FROM site_visitors WHERE day < ?::date', [oldest]);
    keptFrom = oldest;
  }

  /**
   * The figures as of the end of `day` (YYYY-MM-DD, Vietnam time) instead of today:
   * today, month and year are those of `day`, and the total stops at `day`. The yearly report
   * asks it for its period's last day, so a past year's report keeps its figures when printed
   * later; no visits exist after today, so a day in the future means "up to today".
   */
  async function figuresOn(
    communeIds: readonly number[] | null,
    period: { from: string; to: string },
    day: string,
  ): Promise<Map<number, VisitFigures>> {
    const ids = communeIds === null ? null : [...communeIds];
    const rows = await sql<{ communeId: number; today: string; month: string; year: string; total: string; period: string }>(
      `SELECT commune_id AS "communeId",
              coalesce(sum(visits) FILTER (WHERE day = ?::date), 0) AS today,
              coalesce(sum(visits) FILTER (WHERE day >= date_trunc('month', ?::date) AND day <= ?::date), 0) AS month,
              coalesce(sum(visits) FILTER (WHERE day >= date_trunc('year', ?::date) AND day <= ?::date), 0) AS year,
              coalesce(sum(visits) FILTER (WHERE day <= ?::date), 0) AS total,
              coalesce(sum(visits) FILTER (WHERE day BETWEEN ?::date AND ?::date), 0) AS period
       FROM site_visits
       WHERE (?::integer[] IS NULL OR commune_id = ANY(?::integer[]))
       GROUP BY commune_id`,
      [day, day, day, day, day, day, period.from, period.to, ids, ids],
    );
    const figures = new Map<number, VisitFigures>((communeIds ?? []).map((id) => [id, emptyVisitFigures()]));
    for (const row of rows) {
      figures.set(row.communeId, {
        today: Number(row.today),
        month: Number(row.month),
        year: Number(row.year),
        total: Number(row.total),
        period: Number(row.period),
      });
    }
    return figures;
  }

  return {
    /** Records a batch of one day's visitors (distinct or not); returns how many were new that day. */
    async record(communeId: number, day: string, visitorHashes: readonly string[], now = new Date()): Promise<number> {
      await forgetPastVisitors(now);
      // Only the visitor rows this statement inserts add to the day's visits.
      const rows = await sql<{ added: string }>(
        `WITH new_visitors AS (
           INSERT INTO site_visitors (commune_id, day, visitor_hash)
           SELECT DISTINCT ?::integer, ?::date, decode(hash, 'hex') FROM unnest(?::text[]) AS hash
           ON CONFLICT DO NOTHING RETURNING 1
         ), added AS (SELECT count(*) AS n FROM new_visitors)
         INSERT INTO site_visits (commune_id, day, visits)
         SELECT ?, ?::date, n FROM added WHERE n > 0
         ON CONFLICT (commune_id, day) DO UPDATE SET visits = site_visits.visits + EXCLUDED.visits
         RETURNING (SELECT n FROM added) AS added`,
        [communeId, day, [...visitorHashes], communeId, day],
      );
      return Number(rows[0]?.added ?? 0);
    },

    async totals(communeId: number, now = new Date()): Promise<VisitTotals> {
      const [row] = await sql<{ today: string; total: string }>(
        `SELECT coalesce(sum(visits) FILTER (WHERE day = ?::date), 0) AS today, coalesce(sum(visits), 0) AS total
         FROM site_visits WHERE commune_id = ?`,
        [dayInVietnam(now), communeId],
      );
      // sum() of integers is a bigint, which pg returns as a string.
      return { today: Number(row?.today ?? 0), total: Number(row?.total ?? 0) };
    },

    /**
     * Each commune's visit figures today (all communes when `communeIds` is null; a commune with
     * no visits is in the map with zeros only if it was asked for by id). One aggregate over the
     * per-day rows: at 55 communes a year is 20,000 rows, read once.
     */
    figures(
      communeIds: readonly number[] | null,
      period: { from: string; to: string },
      now = new Date(),
    ): Promise<Map<number, VisitFigures>> {
      return figuresOn(communeIds, period, dayInVietnam(now));
    },

    figuresOn,

    /** Visits per commune and day (or month) in [from, to]: the points of the dashboard's charts. */
    async series(communeIds: readonly number[] | null, from: string, to: string, grain: 'day' | 'month'): Promise<VisitPoint[]> {
      const ids = communeIds === null ? null : [...communeIds];
      const bucket = grain === 'day' ? `to_char(day, 'YYYY-MM-DD')` : `to_char(day, 'YYYY-MM')`;
      const rows = await sql<{ communeId: number; bucket: string; visits: string }>(
        `SELECT commune_id AS "communeId", ${bucket} AS bucket, sum(visits) AS visits
         FROM site_visits
         WHERE day BETWEEN ?::date AND ?::date AND (?::integer[] IS NULL OR commune_id = ANY(?::integer[]))
         GROUP BY 1, 2 ORDER BY 2, 1`,
        [from, to, ids, ids],
      );
      return rows.map((row) => ({ communeId: row.communeId, bucket: row.bucket, visits: Number(row.visits) }));
    },
  };
};

export type VisitsService = ReturnType<typeof visits>;
export default visits;
