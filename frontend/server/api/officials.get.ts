import type { OfficialsResponse } from '#shared/types/intro';
import { latestTimestamp } from '#shared/utils/updated-on';
import { groupOfficialsByUnit } from '../utils/intro-content';
import { readIntroPageLinks, readOfficials } from '../utils/intro-queries';

/** The leaders page (`/gioi-thieu/lanh-dao`): leaders grouped by unit, and the section's pages. */
export default defineCommuneCachedHandler('officials', async (event, commune): Promise<OfficialsResponse> => {
  const [officials, pages] = await Promise.all([readOfficials(event, commune), readIntroPageLinks(event, commune, 'vi')]);
  return { groups: groupOfficialsByUnit(officials), pages, lastUpdated: latestTimestamp(officials.map((official) => official.updatedAt)) };
});
