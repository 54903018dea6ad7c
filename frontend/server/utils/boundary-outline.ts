/**
 * Draws a commune's administrative boundary, given by the editors as GeoJSON (`page.mapGeoJson`),
 * as a small SVG outline on the server: no map library, no tiles, nothing fetched from elsewhere,
 * and a few kilobytes of path data in the page instead of the whole file.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { BoundaryOutline } from '#shared/types/intro';

type Position = readonly [number, number];
type Ring = Position[];

/** The longer side of the viewBox; the other follows the boundary's proportions. */
const VIEW_SIZE = 1000;
const PADDING = 10;
/** A boundary traced by surveyors has tens of thousands of points; this many draw the same outline on a phone. */
export const MAX_OUTLINE_POINTS = 2000;
/** Rings are dropped, not drawn wrongly, when a file is too large to be a commune's boundary. */
const MAX_INPUT_POINTS = 500_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toPosition(value: unknown): Position | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
  return [lon, lat];
}

/** A linear ring: at least three distinct corners, every position valid, or nothing. */
function toRing(value: unknown): Ring | null {
  if (!Array.isArray(value)) return null;
  const ring: Ring = [];
  for (const item of value) {
    const position = toPosition(item);
    if (!position) return null;
    ring.push(position);
  }
  const first = ring[0];
  const last = ring.at(-1);
  // GeoJSON repeats the first position at the end; the SVG `Z` closes the path instead.
  if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
  return ring.length >= 3 ? ring : null;
}

function polygonRings(coordinates: unknown): Ring[] {
  if (!Array.isArray(coordinates)) return [];
  return coordinates.map(toRing).filter((ring) => ring !== null);
}

/** The polygon rings of any GeoJSON object: geometry, Feature, FeatureCollection, GeometryCollection. */
export function boundaryRings(geoJson: unknown, depth = 0): Ring[] {
  if (!isRecord(geoJson) || depth > 4) return [];
  switch (geoJson.type) {
    case 'Polygon':
      return polygonRings(geoJson.coordinates);
    case 'MultiPolygon':
      return Array.isArray(geoJson.coordinates) ? geoJson.coordinates.flatMap(polygonRings) : [];
    case 'Feature':
      return boundaryRings(geoJson.geometry, depth + 1);
    case 'FeatureCollection':
      return Array.isArray(geoJson.features) ? geoJson.features.flatMap((feature) => boundaryRings(feature, depth + 1)) : [];
    case 'GeometryCollection':
      return Array.isArray(geoJson.geometries) ? geoJson.geometries.flatMap((geometry) => boundaryRings(geometry, depth + 1)) : [];
    default:
      return [];
  }
}

/** Keeps every n-th corner of each ring so the total stays under the limit; a ring keeps at least three. */
function thin(rings: Ring[], maxPoints: number): Ring[] {
  const total = rings.reduce((sum, ring) => sum + ring.length, 0);
  if (total <= maxPoints) return rings;
  const step = Math.ceil(total / maxPoints);
  return rings.map((ring) => {
    const kept = ring.filter((_position, index) => index % step === 0);
    return kept.length >= 3 ? kept : ring.slice(0, 3);
  });
}

function round(value: number): string {
  // One decimal of a 1000-unit box is far below a pixel; `-0` would print as `0` anyway.
  return String(Math.round(value * 10) / 10);
}

/**
 * The outline of a GeoJSON boundary in an SVG viewBox whose longer side is `VIEW_SIZE`, north up. Longitudes are
 * scaled by the cosine of the middle latitude (an equirectangular projection): at a commune's size
 * the shape is true to the eye. Null when the file holds no polygon.
 */
export function boundaryOutline(geoJson: unknown, maxPoints = MAX_OUTLINE_POINTS): BoundaryOutline | null {
  const all = boundaryRings(geoJson);
  const inputPoints = all.reduce((sum, ring) => sum + ring.length, 0);
  if (all.length === 0 || inputPoints > MAX_INPUT_POINTS) return null;
  const rings = thin(all, maxPoints);

  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      minLon = Math.min(minLon, lon);
      maxLon = Math.max(maxLon, lon);
      minLat = Math.min(minLat, lat);
      maxLat = Math.max(maxLat, lat);
    }
  }
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * xScale;
  const spanY = maxLat - minLat;
  if (!(spanX > 0) || !(spanY > 0)) return null;

  const inner = VIEW_SIZE - 2 * PADDING;
  const scale = inner / Math.max(spanX, spanY);
  const height = Math.round(spanY * scale + 2 * PADDING);
  const width = Math.round(spanX * scale + 2 * PADDING);
  const point = ([lon, lat]: Position): string =>
    `${round(PADDING + (lon - minLon) * xScale * scale)} ${round(PADDING + (maxLat - lat) * scale)}`;

  const d = rings.map((ring) => `M${ring.map(point).join('L')}Z`).join('');
  return { viewBox: `0 0 ${width} ${height}`, d };
}
