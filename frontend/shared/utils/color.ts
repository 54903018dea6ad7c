/**
 * The commune's accent colour, with a text colour that keeps WCAG AA contrast on it.
 */

export const DEFAULT_ACCENT = '#a31d1d';

export interface AccentColors {
  accent: string;
  /** `#ffffff` or `#000000`, whichever contrasts more; one of them always reaches 4.5:1. */
  onAccent: string;
}

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

/** Accepts `#rgb` or `#rrggbb` (any case); anything else falls back to the default accent. */
export function accentColors(themeColor: string | null | undefined): AccentColors {
  let accent = themeColor?.trim().toLowerCase() ?? '';
  accent = accent.replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3');
  if (!/^#[0-9a-f]{6}$/.test(accent)) accent = DEFAULT_ACCENT;
  const onAccent = contrastRatio(accent, '#ffffff') >= contrastRatio(accent, '#000000') ? '#ffffff' : '#000000';
  return { accent, onAccent };
}
