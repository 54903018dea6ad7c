import type { Core } from '@strapi/strapi';
import { COMMUNE_UID } from '@commune/commune-tenancy/shared';

const FILE_UID = 'plugin::upload.file';

interface SiteService {
  scopedContentTypes(): string[];
}

export interface TriggerTarget {
  table: string;
  /** The column holding the commune's id. */
  keyColumn: 'commune_key' | 'id' | 'commune_id';
  /** Draft-and-publish: only published rows are on the site. */
  publishedOnly: boolean;
  /** The changes that can change a page. */
  events: 'INSERT OR UPDATE OR DELETE' | 'UPDATE OR DELETE';
}

/**
 * Attaches the `site_content_changed` trigger (migration 0006) to the table of every content
 * type a commune's site shows, to the communes table (name, theme, contacts in the footer), and to
 * the media library's files: the head may replace or rename a file that published content shows,
 * at the address it had (editorial-board, guard/live-files.ts). A new file is on no page yet.
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
        events: 'INSERT OR UPDATE OR DELETE',
      }),
    );
    return [
      ...scoped,
      { table: strapi.db.metadata.get(COMMUNE_UID).tableName, keyColumn: 'id', publishedOnly: false, events: 'INSERT OR UPDATE OR DELETE' },
      // The tenancy plugin's `communeId` on every file (commune-tenancy, guard/query-guard.ts).
      { table: strapi.db.metadata.get(FILE_UID).tableName, keyColumn: 'commune_id', publishedOnly: false, events: 'UPDATE OR DELETE' },
    ];
  };

  return {
    targets,

    async install(): Promise<void> {
      const knex = strapi.db.connection;
      for (const { table, keyColumn, publishedOnly, events } of targets()) {
        // Trigger arguments and events are literals, not bindings; all come from the closed sets above.
        await knex.raw(
          `CREATE OR REPLACE TRIGGER site_content_changed AFTER ${events} ON ??
           FOR EACH ROW EXECUTE FUNCTION site_content_changed('${keyColumn}', '${publishedOnly ? 'published' : 'all'}')`,
          [table],
        );
      }
    },
  };
};

export type TriggersService = ReturnType<typeof triggers>;
export default triggers;
