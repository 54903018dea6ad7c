/**
 * For other plugins' content API routes: the commune of the public site asking, resolved once per
 * request by the tenancy actor (trusted header, active communes only, the short per-process cache).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { resolveActor } from '../guard/actor';
import { scopedUids } from '../guard/commune-key';

const site = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The id of the active commune the site's server names; missing, unknown or suspended is 404. */
  async communeId(): Promise<number> {
    const actor = await resolveActor(strapi);
    if (actor.kind !== 'site') throw new errors.NotFoundError('Không tìm thấy trang của xã, phường.');
    return actor.communeId;
  },

  /** The content types that belong to a commune (and so make up its public site). */
  scopedContentTypes(): string[] {
    return scopedUids(strapi);
  },
});

export default site;
export type SiteService = ReturnType<typeof site>;
