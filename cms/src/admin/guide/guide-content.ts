/**
 * The user guide's shape, shared by `npm run guide` (HTML and PDF) and the admin's "Hướng dẫn"
 * page: which roles it has, in which order, and how a parsed guide file reads as numbered steps
 * with their pictures. Only types come from the parser, so the build script can load this file
 * without a bundler.
 */
import type { Block, Inline } from '../security-rules/parse-rules';

export interface GuideRole {
  /** File name in docs/guide without `.vi.md`; also the HTML page's name. */
  slug: string;
  /** Short name for a tab or a link. */
  label: string;
}

/** In the order the work flows: the writer first, the province last. */
export const GUIDE_ROLES: readonly GuideRole[] = [
  { slug: 'cong-tac-vien', label: 'Cộng tác viên' },
  { slug: 'uy-vien', label: 'Ủy viên Ban biên tập' },
  { slug: 'truong-ban', label: 'Trưởng ban biên tập' },
  { slug: 'quan-tri-xa', label: 'Quản trị xã' },
  { slug: 'cntt-tinh', label: 'CNTT tỉnh' },
];

/** Where Strapi serves the built guide (cms/public/huong-dan), and the files the admin links to. */
export const GUIDE_PUBLIC_PATH = '/huong-dan';
export const GUIDE_PDF = 'huong-dan-su-dung.pdf';
export const DECK_PDF = 'tap-huan.pdf';
/** Lists the pictures the build found: the admin shows those and a note for the rest. */
export const GUIDE_MANIFEST = 'anh.json';

export interface Picture {
  /** Screenshot file name without `.png`. */
  name: string;
  caption: string;
}

export interface GuideStep {
  /** The heading the step is under (empty before the first heading). */
  section: string;
  number: number;
  /** The step's words, without its pictures. */
  text: Inline[];
  pictures: Picture[];
}

function isPicture(part: Inline): part is Extract<Inline, { kind: 'image' }> {
  return part.kind === 'image';
}

/** Splits a paragraph's or a step's runs into words and pictures. */
export function splitPictures(parts: Inline[]): { text: Inline[]; pictures: Picture[] } {
  return {
    text: parts.filter((part) => !isPicture(part)),
    pictures: parts.filter(isPicture).map((part) => ({ name: part.name, caption: part.text })),
  };
}

/** The guide's title: its first `# ` line. */
export function titleOf(blocks: Block[], fallback: string): string {
  const title = blocks.find((block) => block.kind === 'title');
  return title?.kind === 'title' ? title.text : fallback;
}

/** Every numbered step, under the heading it belongs to, numbered as the reader sees it. */
export function stepsOf(blocks: Block[]): GuideStep[] {
  const steps: GuideStep[] = [];
  let section = '';
  for (const block of blocks) {
    if (block.kind === 'heading') section = block.text;
    if (block.kind !== 'list' || !block.ordered) continue;
    block.items.forEach((item, index) => steps.push({ section, number: index + 1, ...splitPictures(item) }));
  }
  return steps;
}

/** Every picture the guide shows, wherever it is (steps, plain lists or paragraphs), in reading order. */
export function picturesOf(blocks: Block[]): Picture[] {
  const pictures: Picture[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') pictures.push(...splitPictures(block.content).pictures);
    if (block.kind === 'list') for (const item of block.items) pictures.push(...splitPictures(item).pictures);
  }
  return pictures;
}

/** Plain words of some runs (for a slide's title, a page's alt text or a search). */
export function plainText(parts: Inline[]): string {
  return parts
    .filter((part) => !isPicture(part))
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
