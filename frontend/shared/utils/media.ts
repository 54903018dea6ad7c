import type { ImageFormatName, MediaImage } from '../types/content';

export interface ImageRendition {
  src: string;
  width: number | undefined;
  height: number | undefined;
}

/**
 * The first of `preferred` renditions Strapi generated, else the original. Width and height
 * are always given when known so the browser reserves the space (no layout shift).
 */
export function pickRendition(image: MediaImage, preferred: readonly ImageFormatName[]): ImageRendition {
  for (const name of preferred) {
    const format = image.formats[name];
    if (format) return { src: format.url, width: format.width, height: format.height };
  }
  return { src: image.url, width: image.width ?? undefined, height: image.height ?? undefined };
}
