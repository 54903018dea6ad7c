import type { Core } from '@strapi/strapi';
import type { VisitTotals } from '../../../shared';

/** Today's date in Vietnam (UTC+7, no daylight saving): the day a visit belongs to. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

interface RawResult<Row> {
  rows: Row[];
}

/**
 * Counts in PostgreSQL, so every Strapi process (and every Nuxt process in front of them) adds
 * to the same figures. Each count is one statement: concurrent visits never lose an increment.
 */
const visits = ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = async <Row>(text: string, bindings: readonly (string | number | Buffer)[]): Promise<Row[]> =>
    ((await strapi.db.connection.raw(text, bindings)) as RawResult<Row>).rows;
  return {
    /** Records a visitor's page view; true when it is this visitor's first on this day. */
    async record(communeId: number, visitorHash: string, now = new Date()): Promise<boolean> {
      const day = todayInVietnam(now);
      // The visitor row decides: only the statement that inserts it adds one to the day's visits.
      const rows = await sql<{ visits: number }>(
        `WITH new_visitor AS (
           INSERT INTO site_visitors (commune_id, day, visitor_hash) VALUES (?, ?::date, ?)
           ON CONFLICT DO NOTHING RETURNING 1
         )
         INSERT INTO site_visits (commune_id, day, visits)
         SELECT ?, ?::date, 1 FROM new_visitor
         ON CONFLICT (commune_id, day) DO UPDATE SET visits = site_visits.visits + 1
         RETURNING visits`,
        [communeId, day, Buffer.from(visitorHash, 'hex'), communeId, day],
      );
      const [counted] = rows;
      // The first visit of a day on a commune's site deletes every earlier day's visitor hashes:
      // they were only needed to count their own day. Shared by all processes, no timer needed,
      // and it runs a few times a day, not on every view.
      if (counted?.visits === 1) await sql('DELETE FROM site_visitors WHERE day < ?::date', [day]);
      return counted !== undefined;
    },

    async totals(communeId: number, now = new Date()): Promise<VisitTotals> {
      const [row] = await sql<{ today: string; total: string }>(
        `SELECT coalesce(sum(visits) FILTER (WHERE day = ?::date), 0) AS today, coalesce(sum(visits), 0) AS total
         FROM site_visits WHERE commune_id = ?`,
        [todayInVietnam(now), communeId],
      );
      // sum() of integers is a bigint, which pg returns as a string.
      return { today: Number(row?.today ?? 0), total: Number(row?.total ?? 0) };
    },
  };
};

export type VisitsService = ReturnType<typeof visits>;
export default visits;
