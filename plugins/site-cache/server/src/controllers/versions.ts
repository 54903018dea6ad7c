import type { Core } from '@strapi/strapi';
import type { SiteContentVersions } from '../../../shared';
import { versionsEtag, type VersionsService } from '../services/versions';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Every site process asks about once a second, so the usual answer is a bodiless 304: the ETag
 * (versionsEtag) changes whenever any version grows or a commune comes online or goes offline.
 */
const versions = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/site-cache/versions */
  async list(ctx: Context): Promise<void> {
    const rows = await (strapi.plugin('site-cache').service('versions') as VersionsService).ofActiveCommunes();
    const etag = versionsEtag(rows);
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'no-cache');
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      return;
    }
    const answer: SiteContentVersions = { data: Object.fromEntries(rows.map((row) => [row.slug, row.version])) };
    ctx.body = answer;
  },
});

export default versions;
