/**
 * The commune as the pages receive it (`GET /api/site`).
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { PublicCommune } from '../../../plugins/commune-tenancy/shared';
import { publicMediaUrl } from './content';

/**
 * The logo and banner on this site's own `/uploads/…` route, like every other picture: the
 * browser never talks to Strapi, even if its upload provider answers with absolute URLs.
 */
export function toSiteCommune(commune: PublicCommune, strapiUrl: string): PublicCommune {
  return {
    ...commune,
    logoUrl: commune.logoUrl ? publicMediaUrl(commune.logoUrl, strapiUrl) : null,
    bannerUrl: commune.bannerUrl ? publicMediaUrl(commune.bannerUrl, strapiUrl) : null,
  };
}
