import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { dayInVietnam, SEARCH_RETENTION_DAYS, type SearchCount, type SearchInsight } from '../../../shared';

interface RawResult<Row> {
  rows: Row[];
}

/** The most rows `insight` lists in `top` and in `notFound`. */
export const INSIGHT_LIMIT_MAX = 200;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (value: string): boolean => ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** `day` minus `days` calendar days. */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

interface InsightRow {
  total: string;
  empty: string;
  top: Array<{ query: string; searches: number; empty: number }> | null;
  not_found: Array<{ query: string; searches: number; lastDay: string }> | null;
}

/**
 * Search insight's figures, in PostgreSQL (table search_queries, migration 0012): one row per
 * commune, day and query with its searches and how many found nothing. Every Strapi process adds
 * to the same rows, one statement per batch.
 */
const searches = ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = async <Row>(text: string, bindings: readonly (string | number | string[] | number[])[]): Promise<Row[]> =>
    ((await strapi.db.connection.raw(text, bindings)) as RawResult<Row>).rows;

  /**
   * The first day this process has kept rows from. Rows older than SEARCH_RETENTION_DAYS go
   * with the first batch of each day (once per process and day, no timer), after the batch is
   * answered: the delete scans the table, and the site waits for the answer.
   */
  let keptFrom = '';
  function forgetOldSearches(now: Date): void {
    const oldest = daysBefore(dayInVietnam(now), SEARCH_RETENTION_DAYS);
    if (oldest === keptFrom) return;
    keptFrom = oldest;
    sql('DELETE FROM search_queries WHERE day < ?::date', [oldest]).catch((error: unknown) => {
      keptFrom = '';
      strapi.log.error(`[site-stats] old searches not deleted: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  return {
    /**
     * Adds a batch of one commune's day (queries already normalised and distinct) in one
     * statement; returns the searches added. The rows are written in query order, so two
     * processes' batches with the same queries wait for each other instead of deadlocking.
     */
    async record(communeId: number, day: string, counts: readonly SearchCount[], now = new Date()): Promise<number> {
      const sorted = [...counts].sort((a, b) => (a.query < b.query ? -1 : a.query > b.query ? 1 : 0));
      await sql(
        `INSERT INTO search_queries (commune_id, day, query, searches, empty)
         SELECT ?::integer, ?::date, batch.query, batch.searches, batch.empty
         FROM unnest(?::text[], ?::integer[], ?::integer[]) WITH ORDINALITY AS batch(query, searches, empty, n)
         ORDER BY batch.n
         ON CONFLICT (commune_id, day, query) DO UPDATE SET
           -- Saturates rather than overflow: a figure that large is already "very many".
           searches = least(search_queries.searches::bigint + EXCLUDED.searches, 2147483647)::integer,
           empty = least(search_queries.empty::bigint + EXCLUDED.empty, 2147483647)::integer`,
        [communeId, day, sorted.map((count) => count.query), sorted.map((count) => count.searches), sorted.map((count) => count.empty)],
      );
      forgetOldSearches(now);
      return counts.reduce((sum, count) => sum + count.searches, 0);
    },

    /**
     * What citizens searched on a commune's site from `from` to `to` (YYYY-MM-DD, inclusive,
     * Vietnam days): totals, the `limit` most searched queries, and the `limit` most searched
     * of those that found nothing every time in the period. One statement.
     */
    async insight(communeId: number, from: string, to: string, limit = 20): Promise<SearchInsight> {
      if (!Number.isInteger(communeId) || communeId < 1) throw new errors.ValidationError('Invalid commune id');
      if (!isCalendarDay(from) || !isCalendarDay(to))
        throw new errors.ValidationError('Ngày không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-01-31).');
      if (from > to) throw new errors.ValidationError('“Từ ngày” phải trước “đến ngày”.');
      if (!Number.isInteger(limit) || limit < 1 || limit > INSIGHT_LIMIT_MAX)
        throw new errors.ValidationError(`Limit must be an integer from 1 to ${INSIGHT_LIMIT_MAX}`);
      // The tie-break orders by the bytes of the query (COLLATE "C"): the same on every server.
      const [row] = await sql<InsightRow>(
        `WITH period AS (
           SELECT query, sum(searches) AS searches, sum(empty) AS empty, max(day) AS last_day
           FROM search_queries WHERE commune_id = ? AND day BETWEEN ?::date AND ?::date
           GROUP BY query
         )
         SELECT
           (SELECT coalesce(sum(searches), 0) FROM period) AS total,
           (SELECT coalesce(sum(empty), 0) FROM period) AS empty,
           (SELECT json_agg(json_build_object('query', query, 'searches', searches, 'empty', empty) ORDER BY searches DESC, query COLLATE "C")
              FROM (SELECT * FROM period ORDER BY searches DESC, query COLLATE "C" LIMIT ?) AS top) AS top,
           (SELECT json_agg(json_build_object('query', query, 'searches', searches, 'lastDay', to_char(last_day, 'YYYY-MM-DD')) ORDER BY searches DESC, query COLLATE "C")
              FROM (SELECT * FROM period WHERE empty = searches ORDER BY searches DESC, query COLLATE "C" LIMIT ?) AS not_found) AS not_found`,
        [communeId, from, to, limit, limit],
      );
      // sum() of integers is a bigint, which pg returns as a string; json numbers come as numbers.
      return {
        period: { from, to },
        totalSearches: Number(row?.total ?? 0),
        emptySearches: Number(row?.empty ?? 0),
        top: row?.top ?? [],
        notFound: row?.not_found ?? [],
      };
    },
  };
};

export type SearchesService = ReturnType<typeof searches>;
export default searches;
