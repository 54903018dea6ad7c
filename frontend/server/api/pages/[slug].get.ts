import { z } from 'zod';
import type { IntroPageResponse, PageLocale } from '#shared/types/intro';
import { latestTimestamp } from '#shared/utils/updated-on';
import type { StrapiList } from '../../utils/content';
import { groupOfficialsByUnit, toIntroPage, type RawPage } from '../../utils/intro-content';
import { MEDIA_FIELDS, readIntroPageLinks, readOfficials, requirePageLocale } from '../../utils/intro-queries';

/** A slug, or the documentId that links a page without one (`pagePath`). */
const params = z.object({
  slug: z
    .string()
    .min(1)
    .max(255)
    .regex(/^[A-Za-z0-9\-_.~]+$/),
});

/**
 * One introduction page of this commune (`?locale=vi|en`) by its slug, with the navigation between
 * the pages, the same page in the other language, and the leaders on the organisation section.
 */
export default defineCommuneCachedHandler(
  'intro-page',
  async (event, commune): Promise<IntroPageResponse> => {
    const locale = requirePageLocale(event);
    const parsed = params.safeParse(getRouterParams(event, { decode: true }));
    if (!parsed.success) throw createError({ statusCode: 404, statusMessage: 'Page Not Found' });
    const { slug } = parsed.data;
    const { strapiUrl } = useRuntimeConfig();
    const otherLocale: PageLocale = locale === 'vi' ? 'en' : 'vi';

    const [found, pages, otherPages] = await Promise.all([
      strapiGet<StrapiList<RawPage>>(event, '/api/pages', {
        filters: { ...communeFilter(commune.slug), $or: [{ slug: { $eq: slug } }, { documentId: { $eq: slug } }] },
        locale,
        fields: ['title', 'slug', 'section', 'summary', 'body', 'order', 'locale', 'mapGeoJson', 'updatedAt'],
        populate: { map: { fields: MEDIA_FIELDS } },
        pagination: { page: 1, pageSize: 2 },
      }),
      readIntroPageLinks(event, commune, locale),
      readIntroPageLinks(event, commune, otherLocale),
    ]);
    // A slug wins over another page's documentId.
    const raw = found.data.find((candidate) => candidate.slug === slug) ?? found.data[0];
    const page = raw ? toIntroPage(raw, locale, strapiUrl) : null;
    if (!page) throw createError({ statusCode: 404, statusMessage: 'Page Not Found' });

    const other = otherPages.find((candidate) => candidate.documentId === page.documentId);
    const leaders = page.section === 'organisation' ? await readOfficials(event, commune) : [];
    return {
      page,
      pages,
      alternate: other ? { locale: otherLocale, path: other.path } : null,
      officials: groupOfficialsByUnit(leaders),
      lastUpdated: latestTimestamp([page.updatedAt, ...leaders.map((official) => official.updatedAt)]),
    };
  },
  {
    keyParts: (event) => [getRouterParam(event, 'slug', { decode: true }) ?? '', String(getQuery(event).locale ?? 'vi')],
  },
);
