import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { userIdOf, type Context } from './request';

/**
 * The change log of leaders, contacts, categories, site settings and the commune record:
 * `GET /editorial-board/changes?uid=&documentId=&commune=&page=&pageSize=`. The service decides
 * who may read which commune's entries.
 */
const changes = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context): Promise<void> {
    ctx.body = await getService(strapi, 'change-log').list(userIdOf(ctx), {
      uid: ctx.query.uid,
      documentId: ctx.query.documentId,
      commune: ctx.query.commune,
      page: ctx.query.page,
      pageSize: ctx.query.pageSize,
    });
    // Entries are added with every change: never serve a cached copy.
    ctx.set('Cache-Control', 'no-store');
  },
});

export default changes;
