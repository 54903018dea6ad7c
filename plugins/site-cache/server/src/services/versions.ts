import type { Core } from '@strapi/strapi';

const COMMUNE_UID = 'plugin::commune-tenancy.commune';

interface RawResult<Row> {
  rows: Row[];
}

export interface CommuneVersion {
  slug: string;
  version: number;
}

const versions = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The content version of every active commune (0 for one that never changed). */
  async ofActiveCommunes(): Promise<CommuneVersion[]> {
    const communes = strapi.db.metadata.get(COMMUNE_UID).tableName;
    const knex = strapi.db.connection;
    const result = (await knex.raw(
      `SELECT c.slug, coalesce(v.version, 0) AS version
       FROM ?? AS c LEFT JOIN site_content_versions AS v ON v.commune_id = c.id
       WHERE c.site_status = 'active'`,
      [communes],
    )) as RawResult<{ slug: string; version: string }>;
    // bigint arrives as a string; a version will not pass 2^53 in this platform's lifetime.
    return result.rows.map((row) => ({ slug: row.slug, version: Number(row.version) }));
  },
});

export type VersionsService = ReturnType<typeof versions>;
export default versions;
