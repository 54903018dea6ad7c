import type { OrganisationChartResponse } from '#shared/types/intro';
import { latestTimestamp } from '#shared/utils/updated-on';
import { readIntroPageLinks, readOfficials } from '../utils/intro-queries';
import { organisationChart } from '../utils/organisation-chart';

/** The organisation chart (`/gioi-thieu/so-do-to-chuc`), drawn from the leaders and their units. */
export default defineCommuneCachedHandler('organisation-chart', async (event, commune): Promise<OrganisationChartResponse> => {
  const [officials, pages] = await Promise.all([readOfficials(event, commune), readIntroPageLinks(event, commune, 'vi')]);
  return {
    branches: organisationChart(officials),
    pages,
    lastUpdated: latestTimestamp(officials.map((official) => official.updatedAt)),
  };
});
