import type { Core } from '@strapi/strapi';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

interface SiteService {
  scopedContentTypes(): string[];
}

export interface TriggerTarget {
  table: string;
  /** The column holding the commune's id. */
  keyColumn: 'commune_key' | 'id';
  /** Draft-and-publish: only published rows are on the site. */
  publishedOnly: boolean;
}

/**
 * Attaches the `site_content_changed` trigger (migration 0006) to the table of every content
 * type a commune's site shows, and to the communes table (name, theme, contacts in the footer).
 * In the database rather than in Strapi's lifecycles so that every path that changes a site
 * bumps its version — the editorial board's publish, the seed, a script, SQL — and only when
 * the change commits. Idempotent: runs at every start.
 */
const triggers = ({ strapi }: { strapi: Core.Strapi }) => {
  const targets = (): TriggerTarget[] => {
    const site = strapi.plugin('commune-tenancy').service('site') as SiteService;
    const scoped = site.scopedContentTypes().map(
      (uid): TriggerTarget => ({
        table: strapi.db.metadata.get(uid).tableName,
        keyColumn: 'commune_key',
        publishedOnly: strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.options?.draftAndPublish === true,
      }),
    );
    return [...scoped, { table: strapi.db.metadata.get(COMMUNE_UID).tableName, keyColumn: 'id', publishedOnly: false }];
  };

  return {
    targets,

    async install(): Promise<void> {
      const knex = strapi.db.connection;
      for (const { table, keyColumn, publishedOnly } of targets()) {
        // Trigger arguments are literals, not bindings; both come from the two closed sets above.
        await knex.raw(
          `CREATE OR REPLACE TRIGGER site_content_changed AFTER INSERT OR UPDATE OR DELETE ON ??
           FOR EACH ROW EXECUTE FUNCTION site_content_changed('${keyColumn}', '${publishedOnly ? 'published' : 'all'}')`,
          [table],
        );
      }
    },
  };
};

export type TriggersService = ReturnType<typeof triggers>;
export default triggers;
