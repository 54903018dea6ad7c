/**
 * The BFF handler of a page that shows one published entry of the commune, addressed by its slug
 * or documentId (`/thu-tuc-hanh-chinh/[slug]`, `/quy-hoach-ke-hoach/[slug]`, …): the address is
 * checked before Strapi is asked, the entry is looked up in this commune only, and anything else
 * is a 404. Cached per commune and address like every BFF answer (bff.ts).
 */
import type { H3Event } from 'h3';
import type { StrapiList } from './content';
import type { StrapiQuery } from './strapi-query';

/** A slug or a documentId: lower-case letters, digits and single hyphens, at most 120 characters. */
export function isEntryKey(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 120;
}

function slugParam(event: H3Event): string {
  return getRouterParam(event, 'slug', { decode: true }) ?? '';
}

interface DetailHandler<Raw, Detail> {
  /** Name of the cached handler. */
  name: string;
  /** `/api/<collection>` of the content API. */
  strapiPath: string;
  /** The 404's status text, in English (`Plan Not Found`); the page says it in Vietnamese. */
  notFound: string;
  /** The Strapi query for the entry with this address, within the commune's filter. */
  query: (key: string, commune: StrapiQuery) => StrapiQuery;
  /** The page's shape of the entry (may read more, e.g. a project's notices). */
  toDetail: (raw: Raw, context: { event: H3Event; strapiUrl: string; commune: StrapiQuery }) => Detail | Promise<Detail>;
}

export function defineDetailHandler<Raw, Detail>(spec: DetailHandler<Raw, Detail>) {
  return defineCommuneCachedHandler(
    spec.name,
    async (event, commune): Promise<Detail> => {
      const key = slugParam(event);
      if (!isEntryKey(key)) throw createError({ statusCode: 404, statusMessage: spec.notFound });
      const scope = communeFilter(commune.slug);
      const found = await strapiGet<StrapiList<Raw>>(event, spec.strapiPath, spec.query(key, scope));
      const entry = found.data[0];
      if (!entry) throw createError({ statusCode: 404, statusMessage: spec.notFound });
      return spec.toDetail(entry, { event, strapiUrl: useRuntimeConfig().strapiUrl, commune: scope });
    },
    { keyParts: (event) => [slugParam(event)] },
  );
}
