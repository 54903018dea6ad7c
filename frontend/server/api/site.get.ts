import type { SiteResponse } from '#shared/types/api';
import { toSiteSettings, type RawSiteSettings, type StrapiList } from '../utils/content';
import { toSiteCommune } from '../utils/site-commune';
import { emblemPath, loadedNationalEmblem } from '../utils/national-emblem';

/** The commune serving this host and its site settings (menu, featured links, footer). */
export default defineCommuneCachedHandler('site', async (event, commune): Promise<SiteResponse> => {
  const { strapiUrl, nationalEmblemFile } = useRuntimeConfig();
  const response = await strapiGet<StrapiList<RawSiteSettings>>(event, '/api/site-settings', {
    filters: communeFilter(commune.slug),
    populate: { menu: { populate: 'children' }, featuredLinks: true },
    pagination: { pageSize: 1 },
  });
  const settings = response.data[0];
  return {
    commune: toSiteCommune(commune, strapiUrl),
    settings: settings ? toSiteSettings(settings) : null,
    emblemUrl: emblemPath(loadedNationalEmblem(nationalEmblemFile)),
  };
});
