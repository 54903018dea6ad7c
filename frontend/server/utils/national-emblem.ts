/**
 * The national emblem (Quốc huy) in every commune site's header. The project draws none: the
 * official artwork is the State's, and a home-made likeness is worse than none. Province IT puts
 * the official file on the site servers once and names it in NUXT_NATIONAL_EMBLEM_FILE; every
 * commune's header then shows it from `/quoc-huy` (server/routes/quoc-huy.get.ts). Unset, the
 * header shows the agency's name alone.
 *
 * Fail closed: a file that is named but missing, too large, or not a PNG or a plain SVG stops
 * the start (server/plugins/00.fail-closed.ts) instead of silently showing no emblem or a
 * file that could carry script. An SVG may not hold script, event handlers, foreign objects or
 * references to anything outside itself.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The official files are a few hundred kilobytes at most; anything larger is a mistake. */
export const MAX_EMBLEM_BYTES = 1_000_000;

export interface NationalEmblem {
  bytes: Buffer;
  contentType: 'image/png' | 'image/svg+xml';
  /** The first 12 hex digits of its SHA-256: the header's link changes when the file does. */
  version: string;
}

export type EmblemReading = { ok: true; emblem: NationalEmblem | null } | { ok: false; problem: string };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What an SVG used as a picture has no business holding. */
const SVG_FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
  [/<script/i, 'a <script> element'],
  [/<foreignObject/i, 'a <foreignObject> element'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute'],
  [/(?:href|src)\s*=\s*["']\s*(?!#|data:image\/)/i, 'a reference to another file or site'],
  [/url\(\s*["']?\s*(?!#|data:image\/)/i, 'a reference to another file or site'],
  [/<!ENTITY/i, 'an XML entity declaration'],
];

/** Checks the bytes of a candidate emblem file; `name` is for the messages only. */
export function checkEmblemBytes(bytes: Buffer, name: string): { ok: true; emblem: NationalEmblem } | { ok: false; problem: string } {
  if (bytes.length === 0) return { ok: false, problem: `${name} is empty` };
  if (bytes.length > MAX_EMBLEM_BYTES)
    return { ok: false, problem: `${name} is ${bytes.length} bytes; at most ${MAX_EMBLEM_BYTES} are accepted` };
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  if (bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE))
    return { ok: true, emblem: { bytes, contentType: 'image/png', version } };
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) {
    return { ok: false, problem: `${name} is neither a PNG nor an SVG image` };
  }
  for (const [pattern, what] of SVG_FORBIDDEN) {
    if (pattern.test(text)) return { ok: false, problem: `${name} is an SVG holding ${what}; export a plain SVG or a PNG` };
  }
  return { ok: true, emblem: { bytes, contentType: 'image/svg+xml', version } };
}

/** Reads NUXT_NATIONAL_EMBLEM_FILE: empty means no emblem (not a problem), anything else must be a good file. */
export function readNationalEmblem(setting: unknown): EmblemReading {
  const path = setting === undefined || setting === null ? '' : String(setting).trim();
  if (path === '') return { ok: true, emblem: null };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { ok: false, problem: `NUXT_NATIONAL_EMBLEM_FILE ${path} cannot be read (${code})` };
  }
  return checkEmblemBytes(bytes, `NUXT_NATIONAL_EMBLEM_FILE ${path}`);
}

/** The header's link to the emblem, or null when none is set. */
export function emblemPath(emblem: NationalEmblem | null): string | null {
  return emblem ? `/quoc-huy?v=${emblem.version}` : null;
}

let loaded: { setting: unknown; reading: EmblemReading } | null = null;

/** The emblem file, read once per process (the start has already refused a bad one). */
export function loadedNationalEmblem(setting: unknown): NationalEmblem | null {
  if (!loaded || loaded.setting !== setting) loaded = { setting, reading: readNationalEmblem(setting) };
  return loaded.reading.ok ? loaded.reading.emblem : null;
}
