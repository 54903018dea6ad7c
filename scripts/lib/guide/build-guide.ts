/**
 * Builds the guide into a folder: the HTML pages, the screenshots they show, both PDFs and the
 * list of pictures found (read by the admin's "Hướng dẫn" page). Returns figures for the summary.
 */
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DECK_PDF, GUIDE_MANIFEST, GUIDE_PDF, stepsOf } from '../../../cms/src/admin/guide/guide-content.ts';
import { printToPdf } from './pdf.ts';
import { missingPictures, missingReport, pictureSizes, picturesUsed, screenshotsIn } from './pictures.ts';
import { deckDocument, indexPage, printDocument, rolePage } from './render-html.ts';
import type { RoleGuide } from './sources.ts';

export interface BuildOptions {
  screenshots: string;
  out: string;
  allowMissing: boolean;
}

export interface BuildFigures {
  pages: number;
  steps: number;
  pictures: number;
  missing: number;
  pdfBytes: Record<string, number>;
}

export class MissingScreenshotsError extends Error {}

function builtOnToday(): string {
  // The province's calendar day, whatever the machine's time zone.
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: 'numeric', month: 'numeric', year: 'numeric' }).format(
    new Date(),
  );
}

export async function buildGuide(guides: RoleGuide[], options: BuildOptions): Promise<BuildFigures> {
  const uses = picturesUsed(guides);
  const available = await screenshotsIn(options.screenshots);
  const missing = missingPictures(uses, available);
  if (missing.length > 0 && !options.allowMissing) throw new MissingScreenshotsError(missingReport(missing, options.screenshots));

  await rm(options.out, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  const shown = [...new Set(uses.map((use) => use.name))].filter((name) => available.has(name));
  await Promise.all(shown.map((name) => copyFile(path.join(options.screenshots, `${name}.png`), path.join(options.out, `${name}.png`))));
  await writeFile(path.join(options.out, GUIDE_MANIFEST), `${JSON.stringify({ pictures: shown.sort() })}\n`);

  const builtOn = builtOnToday();
  const nextToPage = (name: string) => (available.has(name) ? `${name}.png` : null);
  await writeFile(path.join(options.out, 'index.html'), indexPage(guides, builtOn));
  for (const guide of guides) await writeFile(path.join(options.out, `${guide.role.slug}.html`), rolePage(guides, guide, nextToPage));

  // The print documents are not part of the output: they live in a temporary folder and point at
  // the copied screenshots by absolute file URL.
  const work = await mkdtemp(path.join(tmpdir(), 'guide-print-'));
  try {
    const byFileUrl = (name: string) => (available.has(name) ? pathToFileURL(path.join(options.out, `${name}.png`)).href : null);
    const printHtml = path.join(work, 'in.html');
    const deckHtml = path.join(work, 'tap-huan.html');
    await writeFile(printHtml, printDocument(guides, byFileUrl, builtOn));
    const sizes = await pictureSizes(shown.map((name) => path.join(options.out, `${name}.png`)));
    const isTall = (name: string) => {
      const size = sizes.get(path.join(options.out, `${name}.png`));
      return size !== undefined && size !== null && size.height > size.width;
    };
    await writeFile(deckHtml, deckDocument(guides, byFileUrl, builtOn, isTall));
    await printToPdf([
      { html: printHtml, pdf: path.join(options.out, GUIDE_PDF) },
      { html: deckHtml, pdf: path.join(options.out, DECK_PDF) },
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const pdfBytes: Record<string, number> = {};
  for (const pdf of [GUIDE_PDF, DECK_PDF]) pdfBytes[pdf] = (await stat(path.join(options.out, pdf))).size;
  return {
    pages: guides.length + 1,
    steps: guides.reduce((sum, guide) => sum + stepsOf(guide.blocks).length, 0),
    pictures: uses.length,
    missing: missing.length,
    pdfBytes,
  };
}
