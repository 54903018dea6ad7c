/**
 * Text of PDF attachments (most commune documents are PDFs). Local uploads are read from disk,
 * others (S3) fetched by URL. An unreadable, oversized or scanned PDF yields no text: it is
 * logged and skipped, never fatal to indexing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import type { MediaFile } from './entries';

const MAX_BYTES = 30 * 1024 * 1024;
/** Enough for any commune document; keeps one huge annex from bloating the index. */
const MAX_CHARS = 200_000;

export interface PdfReader {
  (file: MediaFile): Promise<string | null>;
}

export function createPdfReader(publicDir: string, log: { warn(message: string): void }): PdfReader {
  async function bytesOf(file: MediaFile): Promise<Uint8Array> {
    if (/^https?:\/\//.test(file.url)) {
      const response = await fetch(file.url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }
    const local = path.resolve(publicDir, `.${decodeURIComponent(file.url.split('?')[0] ?? '')}`);
    // Never read outside the public folder, whatever the URL says.
    if (!local.startsWith(path.resolve(publicDir) + path.sep)) throw new Error('path outside the public folder');
    return new Uint8Array(await readFile(local));
  }

  return async (file) => {
    if ((file.size ?? 0) * 1024 > MAX_BYTES) {
      log.warn(`[portal-search] skipped ${file.name ?? file.url}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
      return null;
    }
    try {
      const pdf = await getDocumentProxy(await bytesOf(file));
      const { text } = await extractText(pdf, { mergePages: true });
      const cleaned = text.replace(/\s+/g, ' ').trim();
      return cleaned === '' ? null : cleaned.slice(0, MAX_CHARS);
    } catch (error) {
      log.warn(
        `[portal-search] could not read the text of ${file.name ?? file.url}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  };
}
