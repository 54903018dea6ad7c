import { boundaryOutline, boundaryRings } from '../boundary-outline';

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [106.5, 21.8],
      [106.6, 21.8],
      [106.6, 21.9],
      [106.5, 21.9],
      [106.5, 21.8],
    ],
  ],
};

describe('boundaryRings', () => {
  it('reads polygons from a geometry, a Feature, a FeatureCollection and a GeometryCollection', () => {
    expect(boundaryRings(square)).toHaveLength(1);
    expect(boundaryRings({ type: 'Feature', properties: {}, geometry: square })).toHaveLength(1);
    expect(boundaryRings({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square }] })).toHaveLength(1);
    expect(boundaryRings({ type: 'GeometryCollection', geometries: [square, square] })).toHaveLength(2);
  });

  it('reads every ring of a MultiPolygon, holes included, without the repeated closing position', () => {
    const rings = boundaryRings({ type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] });
    expect(rings).toHaveLength(2);
    expect(rings[0]).toHaveLength(4);
  });

  it('drops rings with invalid positions and ignores what is not a polygon', () => {
    expect(
      boundaryRings({
        type: 'Polygon',
        coordinates: [
          [
            [200, 21],
            [106, 21],
            [106, 22],
          ],
        ],
      }),
    ).toEqual([]);
    expect(
      boundaryRings({
        type: 'Polygon',
        coordinates: [
          [
            ['106', 21],
            [106, 21],
            [106, 22],
          ],
        ],
      }),
    ).toEqual([]);
    expect(
      boundaryRings({
        type: 'Polygon',
        coordinates: [
          [
            [106, 21],
            [106.1, 21],
          ],
        ],
      }),
    ).toEqual([]);
    expect(boundaryRings({ type: 'Point', coordinates: [106, 21] })).toEqual([]);
    expect(boundaryRings(null)).toEqual([]);
    expect(boundaryRings('{"type":"Polygon"}')).toEqual([]);
  });
});

describe('boundaryOutline', () => {
  it('draws north up inside a padded viewBox whose longer side is 1000 units', () => {
    const outline = boundaryOutline(square);
    expect(outline).not.toBeNull();
    const [, , width, height] = (outline?.viewBox ?? '').split(' ').map(Number);
    // At 21.85° N a degree of longitude is cos(21.85°) ≈ 0.93 of a degree of latitude: taller than wide.
    expect(height).toBe(1000);
    expect(width).toBeGreaterThan(920);
    expect(width).toBeLessThan(940);
    // The first corner (west, south) is at the bottom left: x at the padding, y at the bottom.
    expect(outline?.d.startsWith('M10 990L')).toBe(true);
    expect(outline?.d.endsWith('Z')).toBe(true);
    expect(outline?.d.match(/L/g)).toHaveLength(3);
  });

  it('keeps the number of points under the limit for a detailed boundary', () => {
    const ring = Array.from({ length: 10_001 }, (_unused, index) => {
      const angle = (2 * Math.PI * index) / 10_000;
      return [106.5 + 0.05 * Math.cos(angle), 21.9 + 0.05 * Math.sin(angle)];
    });
    const outline = boundaryOutline({ type: 'Polygon', coordinates: [ring] }, 500);
    const points = (outline?.d.match(/[ML]/g) ?? []).length;
    expect(points).toBeGreaterThan(250);
    expect(points).toBeLessThanOrEqual(500);
  });

  it('is null for a file without a usable polygon or with no extent', () => {
    expect(boundaryOutline({})).toBeNull();
    expect(
      boundaryOutline({
        type: 'Polygon',
        coordinates: [
          [
            [106, 21],
            [106, 21],
            [106, 21],
            [106, 21],
          ],
        ],
      }),
    ).toBeNull();
  });
});
