import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { PublicCommuneList, ResolvedCommune } from '../../../shared';
import { getService } from '../utils/get-service';

type Context = Parameters<Core.MiddlewareHandler>[0];

const commune = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Active communes, for the public site's development fallback and the provincial portal. */
  async find(ctx: Context): Promise<void> {
    const body: PublicCommuneList = { data: await getService(strapi, 'communes').listActive() };
    ctx.body = body;
  },

  /** The commune that owns `?host=`; 404 when none does or it is suspended. */
  async resolve(ctx: Context): Promise<void> {
    const host = ctx.query.host;
    if (typeof host !== 'string' || host.trim() === '') {
      throw new errors.ValidationError('Query parameter "host" is required');
    }
    const found = await getService(strapi, 'communes').findActiveByHost(host);
    if (!found) {
      throw new errors.NotFoundError(`No active commune serves host ${host}`);
    }
    const body: ResolvedCommune = { data: found };
    ctx.body = body;
  },
});

export default commune;
