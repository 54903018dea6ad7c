/**
 * The picture addresses a rich-text value makes a reader's browser load: image nodes of Strapi's
 * blocks editor (`{ type: 'image', image: { url } }`, at any depth), and `![…](url)` or `<img src>`
 * in a markdown (richtext) value. Links are not collected: a browser follows them only when the
 * reader clicks.
 *
 * Pure: the document service middleware (extensions/rich-text-images.ts) decides which of them are
 * the commune's own uploads.
 */

/** A picture in a blocks value: its address, and a way to store it in canonical form. */
export interface BlockImage {
  url: string;
  setUrl(url: string): void;
}

export function blockImages(value: unknown, into: BlockImage[] = []): BlockImage[] {
  if (Array.isArray(value)) {
    for (const node of value) blockImages(node, into);
    return into;
  }
  if (typeof value !== 'object' || value === null) return into;
  const node = value as Record<string, unknown>;
  if (node.type === 'image') {
    const image = node.image;
    // An image node without a picture renders nothing; one of any other shape is refused as unknown.
    if (typeof image === 'object' && image !== null) {
      const record = image as Record<string, unknown>;
      into.push({ url: typeof record.url === 'string' ? record.url : '', setUrl: (url) => (record.url = url) });
    } else if (image !== null && image !== undefined) {
      into.push({ url: '', setUrl: () => undefined });
    }
  }
  if (Array.isArray(node.children)) blockImages(node.children, into);
  return into;
}

export const blockImageUrls = (value: unknown): string[] => blockImages(value).map((image) => image.url);

const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;
const HTML_IMAGE_SOURCE =
  /<(?:img|image|source|input|video|audio)\b[^>]*?\s(?:src|srcset|poster|href|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const MARKDOWN_REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;

export function markdownImageUrls(text: string): string[] {
  const urls: string[] = [];
  for (const match of text.matchAll(MARKDOWN_IMAGE)) if (match[1]) urls.push(match[1]);
  for (const match of text.matchAll(HTML_IMAGE_SOURCE)) urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  // `![alt][ref]` takes its address from a reference definition: every definition counts.
  if (/!\[[^\]]*\]\[[^\]]*\]/.test(text)) for (const match of text.matchAll(MARKDOWN_REFERENCE)) if (match[1]) urls.push(match[1]);
  return urls;
}
