/**
 * GeoJSON of the Sơn Giang boundary (WGS 84, longitude then latitude).
 * Illustrative only, like the map picture: a made-up outline inside the commune's published
 * coordinates, for the site's boundary outline and GeoJSON download. Not a legal boundary.
 */
export const boundaryGeoJson = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Xã Sơn Giang', note: 'Ranh giới minh họa, không có giá trị pháp lý' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.48216, 18.52],
            [105.48218, 18.52623],
            [105.47768, 18.53185],
            [105.47162, 18.53669],
            [105.46426, 18.54056],
            [105.45508, 18.54252],
            [105.44655, 18.54398],
            [105.43922, 18.54782],
            [105.43, 18.55251],
            [105.41895, 18.55333],
            [105.40943, 18.5498],
            [105.40177, 18.54535],
            [105.3948, 18.54112],
            [105.38972, 18.53615],
            [105.38634, 18.53085],
            [105.38234, 18.52569],
            [105.37972, 18.52],
            [105.38239, 18.51432],
            [105.38754, 18.50945],
            [105.38992, 18.50393],
            [105.39183, 18.4971],
            [105.39855, 18.49176],
            [105.40922, 18.4899],
            [105.42005, 18.49],
            [105.43, 18.49105],
            [105.4388, 18.49346],
            [105.44676, 18.49572],
            [105.45635, 18.49633],
            [105.46723, 18.49766],
            [105.47432, 18.50223],
            [105.47648, 18.50845],
            [105.47871, 18.51419],
            [105.48216, 18.52],
          ],
        ],
      },
    },
  ],
};
