import type { ContactListResponse } from '#shared/types/contact';
import { contactListQuery, toContactCards, type RawContact } from '../utils/contact-content';
import type { StrapiList } from '../utils/content';
import { latestTimestamp } from '#shared/utils/updated-on';

/** The units and people of the commune serving this host, in the editors' order. */
export default defineCommuneCachedHandler('contacts', async (event, commune): Promise<ContactListResponse> => {
  const list = await strapiGet<StrapiList<RawContact>>(event, '/api/contacts', contactListQuery(communeFilter(commune.slug)));
  return { contacts: toContactCards(list.data), lastUpdated: latestTimestamp(list.data.map((contact) => contact.updatedAt)) };
});
