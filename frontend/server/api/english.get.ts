import type { EnglishHomeResponse } from '#shared/types/intro';
import type { StrapiList } from '../utils/content';
import type { RawContact } from '../utils/contact-content';
import { englishCommuneName, englishProvinceName, toEnglishContact } from '../utils/intro-content';
import { readIntroPageLinks, readOfficials } from '../utils/intro-queries';

/**
 * `/en`: the English pages, the officials with their English positions and the units' contacts,
 * which Decree 42/2022/NĐ-CP asked every commune to publish in English (replaced by Decree
 * 224/2026/NĐ-CP from 1 July 2026; the site keeps the English version).
 */
export default defineCommuneCachedHandler('english', async (event, commune): Promise<EnglishHomeResponse> => {
  const [pages, officials, contacts] = await Promise.all([
    readIntroPageLinks(event, commune, 'en'),
    readOfficials(event, commune),
    strapiGet<StrapiList<RawContact>>(event, '/api/contacts', {
      filters: communeFilter(commune.slug),
      fields: ['unitName', 'unitNameEn', 'personName', 'address', 'phone', 'email', 'officeHours', 'order'],
      sort: ['order:asc', 'unitName:asc'],
      pagination: { page: 1, pageSize: 100 },
    }),
  ]);
  return {
    communeName: englishCommuneName(commune.name),
    provinceName: englishProvinceName(commune.province),
    pages,
    officials,
    contacts: contacts.data.map(toEnglishContact).filter((contact) => contact !== null),
  };
});
