/**
 * How the pages describe a downloadable file: its type in words and its size in KB/MB, the
 * way Vietnamese sites write them ("PDF, 35,2 KB").
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { Attachment } from '../types/attachment';

const sizeNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** `36045` → `35,2 KB`, `1468006` → `1,4 MB`; '' when unknown. Kilobytes of 1024 bytes, as Strapi counts. */
export function formatFileSize(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '';
  const kilobytes = bytes / 1024;
  if (kilobytes < 1024) return `${sizeNumber.format(Math.max(kilobytes, 0.1))} KB`;
  return `${sizeNumber.format(kilobytes / 1024)} MB`;
}

/** File kinds citizens recognise, by extension. */
const KIND_BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  doc: 'Word',
  docx: 'Word',
  odt: 'OpenDocument',
  rtf: 'RTF',
  xls: 'Excel',
  xlsx: 'Excel',
  ods: 'OpenDocument',
  ppt: 'PowerPoint',
  pptx: 'PowerPoint',
  zip: 'Tệp nén',
  rar: 'Tệp nén',
  '7z': 'Tệp nén',
  jpg: 'Ảnh',
  jpeg: 'Ảnh',
  png: 'Ảnh',
  gif: 'Ảnh',
  webp: 'Ảnh',
  txt: 'Văn bản thuần',
};

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return match?.[1]?.toLowerCase() ?? '';
}

/** `quyet-dinh.docx` → `Word (DOCX)`, `a.pdf` → `PDF`; the extension alone for unknown kinds. */
export function fileTypeLabel(file: Pick<Attachment, 'name' | 'mime'>): string {
  const extension = extensionOf(file.name) || (file.mime === 'application/pdf' ? 'pdf' : '');
  const kind = KIND_BY_EXTENSION[extension];
  if (!kind) return extension ? extension.toUpperCase() : 'Tệp';
  return kind === extension.toUpperCase() ? kind : `${kind} (${extension.toUpperCase()})`;
}

export function isPdfAttachment(file: Pick<Attachment, 'name' | 'mime'>): boolean {
  return file.mime === 'application/pdf' || extensionOf(file.name) === 'pdf';
}

/**
 * The first PDF that this site serves itself (`/uploads/…`), which a page may show inline:
 * the preview must never make the browser fetch from another origin.
 */
export function previewablePdf(files: readonly Attachment[]): Attachment | null {
  return files.find((file) => isPdfAttachment(file) && file.url.startsWith('/uploads/')) ?? null;
}
