import type { InfoAccessResponse } from '#shared/types/info-access';
import { REQUIRED_INFORMATION } from '#shared/utils/required-information';
import type { StrapiList } from '../utils/content';
import {
  infoAccessQuery,
  requiredInformationStatus,
  sectionTallyQuery,
  toInfoAccess,
  type RawInfoAccess,
} from '../utils/info-access-content';

/**
 * The access-to-information section: the commune's entry and the list of information it must
 * publish, with how many items each section of this site holds and when it last changed.
 */
export default defineCommuneCachedHandler('info-access', async (event, commune): Promise<InfoAccessResponse> => {
  const { strapiUrl } = useRuntimeConfig();
  const scope = communeFilter(commune.slug);
  const [entry, ...tallies] = await Promise.all([
    strapiGet<StrapiList<RawInfoAccess>>(event, '/api/info-accesses', infoAccessQuery(scope)),
    ...REQUIRED_INFORMATION.map((row) =>
      strapiGet<StrapiList<{ updatedAt?: string | null }>>(event, `/api/${row.source.collection}`, sectionTallyQuery(row, scope)),
    ),
  ]);
  const required = REQUIRED_INFORMATION.map((row, index) => {
    const tally = tallies[index];
    return requiredInformationStatus(row, { count: tally?.meta.pagination.total ?? 0, lastUpdated: tally?.data[0]?.updatedAt ?? null });
  });
  return toInfoAccess(entry.data[0] ?? null, commune, required, strapiUrl);
});
