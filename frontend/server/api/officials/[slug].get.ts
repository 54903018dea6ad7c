import type { OfficialResponse } from '#shared/types/intro';
import type { StrapiList } from '../../utils/content';
import { OFFICIAL_DETAIL_FIELDS, toOfficialDetail, type RawOfficial } from '../../utils/intro-content';
import { MEDIA_FIELDS, readIntroPageLinks } from '../../utils/intro-queries';

function slugParam(event: Parameters<typeof getRouterParam>[0]): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

/**
 * One leader's own page (`/gioi-thieu/lanh-dao/:slug`): the card's facts, the short biography and
 * the assigned duties; 404 when this commune has no leader with that slug.
 */
export default defineCommuneCachedHandler(
  'official',
  async (event, commune): Promise<OfficialResponse> => {
    const slug = slugParam(event);
    // The CMS only stores slugs of this shape (cms/src/extensions/commune-slugs.ts).
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) {
      throw createError({ statusCode: 404, statusMessage: 'Official Not Found' });
    }
    const { strapiUrl } = useRuntimeConfig();
    const [found, pages] = await Promise.all([
      strapiGet<StrapiList<RawOfficial>>(event, '/api/officials', {
        filters: { ...communeFilter(commune.slug), slug: { $eq: slug } },
        fields: OFFICIAL_DETAIL_FIELDS,
        populate: { photo: { fields: MEDIA_FIELDS } },
        pagination: { page: 1, pageSize: 1 },
      }),
      readIntroPageLinks(event, commune, 'vi'),
    ]);
    const raw = found.data[0];
    const official = raw ? toOfficialDetail(raw, strapiUrl) : null;
    if (!official) throw createError({ statusCode: 404, statusMessage: 'Official Not Found' });
    return { official, pages };
  },
  { keyParts: (event) => [slugParam(event)] },
);
