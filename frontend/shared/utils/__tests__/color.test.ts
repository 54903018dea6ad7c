import {
  accentColors,
  accentOnLight,
  contrastRatio,
  LIGHT_SURFACES,
  relativeLuminance,
  themeStylesheet,
  themeStylesheetPath,
} from '../color';

/** Light and dark commune colours: a yellow, the demo red, a blue, and white. */
const ACCENTS = ['#ffd200', '#a51d24', '#0b4f9c', '#ffffff'] as const;

/** HSV hue in degrees of a `#rrggbb` colour. */
const hue = (color: string): number => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => Number.parseInt(color.slice(start, start + 2), 16));
  const max = Math.max(r, g, b);
  const range = max - Math.min(r, g, b);
  if (range === 0) return 0;
  if (max === r) return (((((g - b) / range) % 6) + 6) % 6) * 60;
  if (max === g) return ((b - r) / range + 2) * 60;
  return ((r - g) / range + 4) * 60;
};

describe('accentOnLight', () => {
  it.each(ACCENTS)('keeps text contrast (4.5:1, so also the 3:1 of a control border) on the light surfaces for %s', (color) => {
    const onLight = accentColors(color).accentOnLight;
    for (const surface of LIGHT_SURFACES) {
      expect(contrastRatio(onLight, surface)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves an accent that is already dark enough as it is', () => {
    expect(accentOnLight('#a51d24')).toBe('#a51d24');
    expect(accentOnLight('#0b4f9c')).toBe('#0b4f9c');
  });

  it('darkens a light accent only as far as needed and keeps its hue', () => {
    const onLight = accentOnLight('#ffd200');
    expect(onLight).not.toBe('#ffd200');
    expect(Math.abs(hue(onLight) - hue('#ffd200'))).toBeLessThan(2);
    // Just past the bar: not needlessly close to black.
    expect(contrastRatio(onLight, '#f3f4f6')).toBeLessThan(4.7);
    expect(relativeLuminance(onLight)).toBeGreaterThan(0.1);
  });

  it('turns a white accent into a grey that reads on white', () => {
    const onLight = accentOnLight('#ffffff');
    expect(onLight).toMatch(/^#([0-9a-f]{2})\1\1$/);
    expect(contrastRatio(onLight, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('is part of the accent colours, also for the default accent', () => {
    expect(accentColors('#FFD200').accentOnLight).toBe(accentOnLight('#ffd200'));
    expect(accentColors(null).accentOnLight).toBe('#a31d1d');
  });
});

describe('the theme stylesheet', () => {
  it("is addressed by the accent, so a commune's colours need no inline style", () => {
    expect(themeStylesheetPath(accentColors('#A51D24'))).toBe('/theme/a51d24.css');
    expect(themeStylesheetPath(accentColors(null))).toBe('/theme/a31d1d.css');
  });

  it('holds the same three colours the layout used', () => {
    const colors = accentColors('#ffd200');
    expect(themeStylesheet('ffd200.css')).toBe(
      `.site{--accent:#ffd200;--on-accent:${colors.onAccent};--accent-on-light:${colors.accentOnLight}}\n`,
    );
  });

  it.each(['a51d24', 'A51D24.css', 'a51d2.css', 'a51d24.css.map', '../x.css', 'a51d24;}body{x.css', ''])('refuses %j', (file) => {
    expect(themeStylesheet(file)).toBeNull();
  });
});
