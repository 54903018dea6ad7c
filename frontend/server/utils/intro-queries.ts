/**
 * Strapi reads of the introduction section, shared by its BFF routes (server/api/pages,
 * officials, english). Always with the commune filter; the mapping is in intro-content.ts.
 */
import type { H3Event } from 'h3';
import type { PublicCommune } from '#commune-tenancy';
import type { IntroPageLink, Official, PageLocale } from '#shared/types/intro';
import type { StrapiList } from './content';
import {
  OFFICIAL_FIELDS,
  OFFICIAL_SORT,
  PAGE_LINK_FIELDS,
  PAGE_SORT,
  toIntroPageLinks,
  toOfficials,
  toPageLocale,
  type RawOfficial,
  type RawPage,
} from './intro-content';

/** More than a commune's introduction pages or leaders; each list is read in one request. */
const LIST_LIMIT = 100;

/** What a page of the site needs of an image; Strapi's other fields (hash, provider…) stay out. */
export const MEDIA_FIELDS = ['url', 'width', 'height', 'alternativeText', 'formats'] as const;

/** The commune's published introduction pages in one language, in the editors' order. */
export async function readIntroPageLinks(event: H3Event, commune: PublicCommune, locale: PageLocale): Promise<IntroPageLink[]> {
  const list = await strapiGet<StrapiList<RawPage>>(event, '/api/pages', {
    filters: communeFilter(commune.slug),
    locale,
    fields: PAGE_LINK_FIELDS,
    sort: PAGE_SORT,
    pagination: { page: 1, pageSize: LIST_LIMIT },
  });
  return toIntroPageLinks(list.data, locale);
}

/** The commune's leaders and officials in the editors' order. */
export async function readOfficials(event: H3Event, commune: PublicCommune): Promise<Official[]> {
  const { strapiUrl } = useRuntimeConfig();
  const list = await strapiGet<StrapiList<RawOfficial>>(event, '/api/officials', {
    filters: communeFilter(commune.slug),
    fields: OFFICIAL_FIELDS,
    populate: { photo: { fields: MEDIA_FIELDS } },
    sort: OFFICIAL_SORT,
    pagination: { page: 1, pageSize: LIST_LIMIT },
  });
  return toOfficials(list.data, strapiUrl);
}

/** `?locale=` of the introduction routes: absent is Vietnamese, anything else but `en` a 400. */
export function requirePageLocale(event: H3Event): PageLocale {
  const value: unknown = getQuery(event).locale;
  if (value === undefined) return 'vi';
  const locale = toPageLocale(value);
  if (locale) return locale;
  throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'locale must be vi or en' });
}
