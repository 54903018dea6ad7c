/**
 * The commune's accent colour, with a text colour that keeps WCAG AA contrast on it and a
 * variant that keeps it where the accent itself stands on the page's light background.
 */

export const DEFAULT_ACCENT = '#a31d1d';

export interface AccentColors {
  accent: string;
  /** `#ffffff` or `#000000`, whichever contrasts more; one of them always reaches 4.5:1. */
  onAccent: string;
  /**
   * The accent where it stands on the page's light surfaces: text, the border of a control, a
   * line that carries meaning. The accent itself when it already reaches 4.5:1 on them, else the
   * accent darkened just enough (a yellow or white commune colour would vanish on white).
   */
  accentOnLight: string;
}

/** The light surfaces the accent may stand on: `--surface` and `--surface-alt` (main.css). */
export const LIGHT_SURFACES = ['#ffffff', '#f3f4f6'] as const;

/** Text needs 4.5:1 (WCAG 1.4.3); borders and graphics need 3:1 (1.4.11), so text's bar covers both. */
const ON_LIGHT_CONTRAST = 4.5;

function channel(hex: string): number {
  const value = Number.parseInt(hex, 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(color: string): number {
  return 0.2126 * channel(color.slice(1, 3)) + 0.7152 * channel(color.slice(3, 5)) + 0.0722 * channel(color.slice(5, 7));
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const hex2 = (value: number): string => Math.round(value).toString(16).padStart(2, '0');

/** `color` with every channel scaled by `factor` (0…1): the same hue, darker. */
function darken(color: string, factor: number): string {
  const channels = [1, 3, 5].map((start) => Number.parseInt(color.slice(start, start + 2), 16) * factor);
  return `#${channels.map(hex2).join('')}`;
}

function readableOnLight(color: string): boolean {
  return LIGHT_SURFACES.every((surface) => contrastRatio(color, surface) >= ON_LIGHT_CONTRAST);
}

/**
 * The lightest darkening of `accent` that reaches 4.5:1 on every light surface. Darkening by
 * scaling the channels keeps the hue, so the commune's colour stays recognisable.
 */
export function accentOnLight(accent: string): string {
  if (readableOnLight(accent)) return accent;
  // Black reaches 4.5:1 on both surfaces, so the search always ends on a readable colour.
  let dark = 0;
  let light = 1;
  for (let step = 0; step < 16; step += 1) {
    const middle = (dark + light) / 2;
    if (readableOnLight(darken(accent, middle))) dark = middle;
    else light = middle;
  }
  return darken(accent, dark);
}

/** Accepts `#rgb` or `#rrggbb` (any case); anything else falls back to the default accent. */
export function accentColors(themeColor: string | null | undefined): AccentColors {
  let accent = themeColor?.trim().toLowerCase() ?? '';
  accent = accent.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3');
  if (!/^#[0-9a-f]{6}$/.test(accent)) accent = DEFAULT_ACCENT;
  const onAccent = contrastRatio(accent, '#ffffff') >= contrastRatio(accent, '#000000') ? '#ffffff' : '#000000';
  return { accent, onAccent, accentOnLight: accentOnLight(accent) };
}

/**
 * The stylesheet of a commune's colours, served at `/theme/<rrggbb>.css` (server/routes/theme).
 * A stylesheet rather than a `style` attribute, so the pages' CSP can forbid inline styles; its
 * address names the colour, so it never changes and may be cached for good.
 */
export function themeStylesheetPath(colors: AccentColors): string {
  return `/theme/${colors.accent.slice(1)}.css`;
}

/** `a51d24.css` → that colour's stylesheet; null for anything that is not six hex digits. */
export function themeStylesheet(file: string): string | null {
  const match = /^([0-9a-f]{6})\.css$/.exec(file);
  if (!match) return null;
  const colors = accentColors(`#${match[1]}`);
  return `.site{--accent:${colors.accent};--on-accent:${colors.onAccent};--accent-on-light:${colors.accentOnLight}}\n`;
}
