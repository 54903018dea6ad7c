import type { Core } from '@strapi/strapi';
import { countableDays, dayInVietnam, type VisitTotals } from '../../../shared';

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
  const sql = async <Row>(text: string, bindings: readonly (string | number | Buffer | string[])[]): Promise<Row[]> =>
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
  };
};

export type VisitsService = ReturnType<typeof visits>;
export default visits;
