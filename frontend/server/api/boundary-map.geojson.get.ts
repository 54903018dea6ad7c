import { hasGeoJson, type RawPage } from '../utils/intro-content';
import { readCommuneList } from '../utils/public-content';

/**
 * The commune's administrative boundary as GeoJSON (the boundary map page's `mapGeoJson`), for
 * download: a file, so it is served as `application/geo+json` (RFC 7946) with a file name. 404
 * when the commune has not published one.
 */
export default defineEventHandler(async (event) => {
  const commune = await requireCommune(event);
  const list = await readCommuneList<RawPage>(event, commune, '/api/pages', {
    filters: { section: { $eq: 'boundary_map' } },
    fields: ['mapGeoJson'],
    sort: ['id:asc'],
    pagination: { page: 1, pageSize: 1 },
  });
  const geoJson = list.data[0]?.mapGeoJson;
  if (!hasGeoJson(geoJson)) throw createError({ statusCode: 404, statusMessage: 'Boundary Not Found' });
  setResponseHeaders(event, {
    'content-type': 'application/geo+json; charset=utf-8',
    'content-disposition': `attachment; filename="dia-gioi-${commune.slug}.geojson"`,
    'cache-control': 'public, max-age=300',
    'x-content-type-options': 'nosniff',
    vary: 'host',
  });
  return JSON.stringify(geoJson);
});
