/**
 * The guide shows the e2e walks' own screenshots, so it cannot drift from the product: every
 * picture a guide names must exist in the screenshots folder, else the build says which are
 * missing and where each is used.
 */
import { open, readdir } from 'node:fs/promises';
import { picturesOf } from '../../../cms/src/admin/guide/guide-content.ts';
import type { RoleGuide } from './sources.ts';

export interface PictureUse {
  role: string;
  name: string;
  caption: string;
}

export function picturesUsed(guides: RoleGuide[]): PictureUse[] {
  return guides.flatMap((guide) => picturesOf(guide.blocks).map((picture) => ({ role: guide.role.slug, ...picture })));
}

/** Names (without `.png`) of the screenshots in a folder; none when the folder does not exist. */
export async function screenshotsIn(dir: string): Promise<Set<string>> {
  try {
    const files = await readdir(dir);
    return new Set(files.filter((file) => file.endsWith('.png')).map((file) => file.slice(0, -'.png'.length)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
}

/** The uses whose screenshot is not there, each picture once per role. */
export function missingPictures(uses: PictureUse[], available: ReadonlySet<string>): PictureUse[] {
  const seen = new Set<string>();
  return uses.filter((use) => {
    const key = `${use.role}/${use.name}`;
    if (available.has(use.name) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One line per missing picture, then how to produce them or build anyway. */
export function missingReport(missing: PictureUse[], dir: string): string {
  const names = new Set(missing.map((use) => use.name));
  const lines = missing.map((use) => `  ${use.name}.png  (docs/guide/${use.role}.vi.md: “${use.caption}”)`);
  return [
    `${names.size} screenshot${names.size === 1 ? '' : 's'} the guide shows ${names.size === 1 ? 'is' : 'are'} missing from ${dir}:`,
    ...lines,
    'Run the e2e tests with E2E_SCREENSHOTS set to that folder (npm test does), fix the name in the guide, or pass --allow-missing.',
  ].join('\n');
}

/** Width and height of a PNG from its header (IHDR, bytes 16 to 23), without decoding it; null if not a PNG. */
export async function pngSize(file: string): Promise<{ width: number; height: number } | null> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(24), 0, 24, 0);
    if (bytesRead < 24 || buffer.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
  } finally {
    await handle.close();
  }
}

export async function pictureSizes(files: string[]): Promise<Map<string, { width: number; height: number } | null>> {
  return new Map(await Promise.all(files.map(async (file) => [file, await pngSize(file)] as const)));
}
