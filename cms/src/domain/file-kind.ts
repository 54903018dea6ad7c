/**
 * What a commune may put in its media library, decided by the file's CONTENT (its first bytes and,
 * for containers, its table of contents), never by the name or the browser's MIME type alone.
 *
 * Pure and dependency-free: the bytes come through a ByteSource, so the same rules run on an upload's
 * temporary file in Strapi and on in-memory samples in unit tests.
 *
 * Accepted kinds and how each is recognised:
 *
 *   kind   extensions    signature
 *   jpeg   .jpg .jpeg    FF D8 FF at 0
 *   png    .png          89 50 4E 47 0D 0A 1A 0A at 0
 *   gif    .gif          "GIF87a" or "GIF89a" at 0
 *   webp   .webp         "RIFF" at 0 and "WEBP" at 8
 *   pdf    .pdf          "%PDF-" at 0
 *   doc    .doc          OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1) holding a "WordDocument" stream
 *   xls    .xls          OLE2 compound file holding a "Workbook" (or "Book") stream
 *   ppt    .ppt          OLE2 compound file holding a "PowerPoint Document" stream
 *   docx   .docx         ZIP ("PK\3\4") whose central directory lists [Content_Types].xml and word/document.xml
 *   xlsx   .xlsx         ZIP … [Content_Types].xml and xl/workbook.xml
 *   pptx   .pptx         ZIP … [Content_Types].xml and ppt/presentation.xml
 *   odt    .odt          ZIP whose first entry is an uncompressed "mimetype" reading application/vnd.oasis.opendocument.text
 *   ods    .ods          … application/vnd.oasis.opendocument.spreadsheet
 *   odp    .odp          … application/vnd.oasis.opendocument.presentation
 *
 * Refused on purpose:
 *   - SVG, HTML, XML, JavaScript and every other text format: a browser runs script in them when
 *     they are opened directly. Sanitising SVG is a parser arms race; a commune's pictures are
 *     photos and scans, and its logo can be a PNG.
 *   - Office files carrying macros (an OLE2 "Macros"/"VBA"/"_VBA_PROJECT_CUR" storage, or a
 *     vbaProject.bin part in a ZIP): code that runs on the citizen's computer.
 *   - Archives (zip, rar, 7z): their content cannot be checked, and forms are published as
 *     Word/Excel/PDF. Audio and video: the sites have no player and the 50 MB limit would not hold
 *     them anyway. Executables, obviously.
 *   - Password-protected Office files (an OLE2 "EncryptedPackage"): their content cannot be checked.
 *   - A file whose content is an accepted kind but not the one its extension names (a JPEG named
 *     .png, a Windows program named .pdf, HTML named .png): the extension decides how every later
 *     reader opens the file, so it must tell the truth.
 */

export type FileKindId = 'jpeg' | 'png' | 'gif' | 'webp' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp';

export interface FileKind {
  id: FileKindId;
  /** The type stored with the file and sent when it is served. */
  mime: string;
  /** Lower-case, without the dot; the first is the usual one. */
  extensions: readonly string[];
  /** How an editor calls it, in Vietnamese, for the refusal messages. */
  label: string;
  /** Shown inline by browsers (an <img>): only raster images. */
  image: boolean;
}

export const FILE_KINDS: Readonly<Record<FileKindId, FileKind>> = {
  jpeg: { id: 'jpeg', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG', image: true },
  png: { id: 'png', mime: 'image/png', extensions: ['png'], label: 'ảnh PNG', image: true },
  gif: { id: 'gif', mime: 'image/gif', extensions: ['gif'], label: 'ảnh GIF', image: true },
  webp: { id: 'webp', mime: 'image/webp', extensions: ['webp'], label: 'ảnh WebP', image: true },
  pdf: { id: 'pdf', mime: 'application/pdf', extensions: ['pdf'], label: 'tệp PDF', image: false },
  doc: { id: 'doc', mime: 'application/msword', extensions: ['doc'], label: 'tài liệu Word (.doc)', image: false },
  xls: { id: 'xls', mime: 'application/vnd.ms-excel', extensions: ['xls'], label: 'bảng tính Excel (.xls)', image: false },
  ppt: { id: 'ppt', mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'], label: 'bản trình chiếu PowerPoint (.ppt)', image: false },
  docx: {
    id: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'tài liệu Word (.docx)',
    image: false,
  },
  xlsx: {
    id: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'bảng tính Excel (.xlsx)',
    image: false,
  },
  pptx: {
    id: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'bản trình chiếu PowerPoint (.pptx)',
    image: false,
  },
  odt: {
    id: 'odt',
    mime: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    label: 'văn bản OpenDocument (.odt)',
    image: false,
  },
  ods: {
    id: 'ods',
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    label: 'bảng tính OpenDocument (.ods)',
    image: false,
  },
  odp: {
    id: 'odp',
    mime: 'application/vnd.oasis.opendocument.presentation',
    extensions: ['odp'],
    label: 'bản trình chiếu OpenDocument (.odp)',
    image: false,
  },
};

const KIND_BY_EXTENSION: ReadonlyMap<string, FileKind> = new Map(
  Object.values(FILE_KINDS).flatMap((kind) => kind.extensions.map((extension) => [extension, kind] as const)),
);

/** The raster image extensions, served inline; everything else is a download. */
export const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(
  Object.values(FILE_KINDS).flatMap((kind) => (kind.image ? kind.extensions : [])),
);

/** Named in every refusal, so that the editor knows what to send instead. */
export const ALLOWED_KINDS_TEXT = 'ảnh (JPG, PNG, WebP, GIF), PDF và tài liệu Word, Excel, PowerPoint, OpenDocument';

/** Random access to a file's bytes; `read` returns fewer bytes at the end of the file. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Uint8Array;
}

export function bufferSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)) };
}

export interface Detection {
  /** The accepted kinds the content is (usually one; empty when none). */
  kinds: FileKindId[];
  /** An Office file with a macro project. */
  macros: boolean;
}

const NOTHING: Detection = { kinds: [], macros: false };

// ---------------------------------------------------------------------------------------------
// Byte helpers

const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
const u16 = (bytes: Uint8Array, at: number): number => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number): number => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

// ---------------------------------------------------------------------------------------------
// OLE2 compound files (MS-CFB): the directory's stream names say which program wrote the file.

const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers above this are markers (DIFAT, FAT, end of chain, free), not sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
/** More than any real Office file has; a bound against crafted loops and huge directories. */
const MAX_DIRECTORY_SECTORS = 1024;
const MAX_DIFAT_SECTORS = 4096;

function compoundFileNames(source: ByteSource): string[] | null {
  const header = source.read(0, 512);
  if (header.length < 512) return null;
  const sectorShift = u16(header, 0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const entriesPerSector = sectorSize / 4;
  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const firstDifatSector = u32(header, 0x44);

  /** The FAT sector number at position `index` of the DIFAT (109 in the header, the rest chained). */
  const difat = (index: number): number | null => {
    if (index < 109) return u32(header, 0x4c + index * 4);
    let remaining = index - 109;
    let sector = firstDifatSector;
    for (let hops = 0; hops < MAX_DIFAT_SECTORS; hops += 1) {
      if (sector > MAX_REGULAR_SECTOR) return null;
      if (remaining < entriesPerSector - 1) return u32(source.read(sectorOffset(sector) + remaining * 4, 4), 0);
      remaining -= entriesPerSector - 1;
      sector = u32(source.read(sectorOffset(sector) + (entriesPerSector - 1) * 4, 4), 0);
    }
    return null;
  };
  const next = (sector: number): number | null => {
    const fatSector = difat(Math.floor(sector / entriesPerSector));
    if (fatSector === null || fatSector > MAX_REGULAR_SECTOR) return null;
    const entry = source.read(sectorOffset(fatSector) + (sector % entriesPerSector) * 4, 4);
    return entry.length === 4 ? u32(entry, 0) : null;
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = u32(header, 0x30);
  while (sector !== END_OF_CHAIN) {
    if (seen.has(sector) || seen.size >= MAX_DIRECTORY_SECTORS || sector > MAX_REGULAR_SECTOR) return null;
    seen.add(sector);
    const data = source.read(sectorOffset(sector), sectorSize);
    if (data.length < sectorSize) return null;
    for (let entry = 0; entry < sectorSize; entry += 128) {
      const type = data[entry + 0x42];
      const nameBytes = u16(data, entry + 0x40);
      // 1 storage, 2 stream, 5 root; 0 an unused slot.
      if ((type !== 1 && type !== 2 && type !== 5) || nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let at = 0; at < nameBytes - 2; at += 2) name += String.fromCharCode(u16(data, entry + at));
      names.push(name);
    }
    const following = next(sector);
    if (following === null) return null;
    sector = following;
  }
  return names;
}

const OLE2_MACRO_STORAGES = new Set(['Macros', '_VBA_PROJECT_CUR', '_VBA_PROJECT', 'VBA']);

function detectCompoundFile(source: ByteSource): Detection {
  const names = compoundFileNames(source);
  if (!names) return NOTHING;
  const has = (name: string): boolean => names.includes(name);
  // A password-protected .docx/.xlsx is an OLE2 file around an EncryptedPackage: nothing to check.
  if (has('EncryptedPackage')) return NOTHING;
  const kinds: FileKindId[] = [];
  if (has('WordDocument')) kinds.push('doc');
  if (has('Workbook') || has('Book')) kinds.push('xls');
  if (has('PowerPoint Document')) kinds.push('ppt');
  return { kinds, macros: kinds.length > 0 && names.some((name) => OLE2_MACRO_STORAGES.has(name)) };
}

// ---------------------------------------------------------------------------------------------
// ZIP containers: OpenDocument by its leading "mimetype" entry, Office Open XML by its parts.

const ODF_KINDS: Readonly<Record<string, FileKindId>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

function openDocumentKind(source: ByteSource): FileKindId | null {
  const local = source.read(0, 30 + 8 + 64);
  const nameLength = u16(local, 26);
  const extraLength = u16(local, 28);
  const method = u16(local, 8);
  const storedSize = u32(local, 18);
  if (nameLength !== 8 || method !== 0 || storedSize > 100 || ascii(local.subarray(30, 38)) !== 'mimetype') return null;
  const value = ascii(source.read(30 + nameLength + extraLength, storedSize));
  return ODF_KINDS[value] ?? null;
}

/** Central directories larger than this are not Office documents a commune publishes. */
const MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 20000;
const EOCD_SEARCH = 22 + 0xffff;

function zipEntryNames(source: ByteSource): string[] | null {
  const tailStart = Math.max(0, source.size - EOCD_SEARCH);
  const tail = source.read(tailStart, source.size - tailStart);
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at -= 1) {
    if (tail[at] === 0x50 && tail[at + 1] === 0x4b && tail[at + 2] === 0x05 && tail[at + 3] === 0x06) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const directorySize = u32(tail, eocd + 12);
  const directoryOffset = u32(tail, eocd + 16);
  // ZIP64 (0xFFFFFFFF) and anything that does not fit the file are not our documents.
  if (directorySize > MAX_CENTRAL_DIRECTORY || directoryOffset + directorySize > tailStart + eocd) return null;
  const directory = source.read(directoryOffset, directorySize);
  const names: string[] = [];
  let at = 0;
  while (at + 46 <= directory.length && names.length < MAX_ZIP_ENTRIES) {
    if (u32(directory, at) !== 0x02014b50) return null;
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    names.push(new TextDecoder('utf-8').decode(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function detectZip(source: ByteSource): Detection {
  const odf = openDocumentKind(source);
  const names = zipEntryNames(source);
  if (!names) return odf ? { kinds: [odf], macros: false } : NOTHING;
  const has = (name: string): boolean => names.includes(name);
  const kinds: FileKindId[] = odf ? [odf] : [];
  if (has('[Content_Types].xml')) {
    if (has('word/document.xml')) kinds.push('docx');
    if (has('xl/workbook.xml')) kinds.push('xlsx');
    if (has('ppt/presentation.xml')) kinds.push('pptx');
  }
  // OpenDocument keeps Basic macros under Basic/ (not only its empty default library dialogs).
  const macros = names.some(
    (name) =>
      /(^|\/)vbaProject\.bin$/i.test(name) ||
      (odf !== null && /^Basic\/[^/]+\/[^/]+\.xml$/.test(name) && !/\/(script-lb|dialog-lb)\.xml$/.test(name)),
  );
  return { kinds, macros };
}

// ---------------------------------------------------------------------------------------------

/** The accepted kinds the content is, from its bytes only. */
export function detectFileKind(source: ByteSource): Detection {
  const head = source.read(0, 16);
  if (startsWith(head, JPEG)) return { kinds: ['jpeg'], macros: false };
  if (startsWith(head, PNG)) return { kinds: ['png'], macros: false };
  const text = ascii(head);
  if (text.startsWith('GIF87a') || text.startsWith('GIF89a')) return { kinds: ['gif'], macros: false };
  if (text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP') return { kinds: ['webp'], macros: false };
  if (text.startsWith('%PDF-')) return { kinds: ['pdf'], macros: false };
  if (startsWith(head, OLE2)) return detectCompoundFile(source);
  if (startsWith(head, ZIP_LOCAL)) return detectZip(source);
  return NOTHING;
}

/** The extension as the stored file will have it: lower case, without the dot; '' when none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function kindForExtension(extension: string): FileKind | null {
  return KIND_BY_EXTENSION.get(extension.replace(/^\./, '').toLowerCase()) ?? null;
}

// ---------------------------------------------------------------------------------------------
// The verdict on one upload, with the editor's message.

export type RefusalReason = 'not-allowed' | 'mismatch' | 'macros' | 'replace-kind';

export type UploadVerdict = { ok: true; kind: FileKind } | { ok: false; reason: RefusalReason; message: string };

export interface UploadCandidate {
  /** The name the file arrived with: its extension becomes the stored file's. */
  fileName: string;
  source: ByteSource;
  /** For a replacement: the extension the stored file keeps (Strapi keeps the URL). */
  replacing?: { extension: string };
}

export function notAllowedMessage(fileName: string): string {
  return `Tệp “${fileName}” không được phép tải lên: chỉ nhận ${ALLOWED_KINDS_TEXT}.`;
}

export function checkUpload({ fileName, source, replacing }: UploadCandidate): UploadVerdict {
  const extension = extensionOf(fileName);
  const named = kindForExtension(extension);
  if (!named) return { ok: false, reason: 'not-allowed', message: notAllowedMessage(fileName) };

  const detection = detectFileKind(source);
  if (!detection.kinds.includes(named.id)) {
    const actual = detection.kinds[0];
    const message = actual
      ? `Nội dung tệp “${fileName}” là ${FILE_KINDS[actual].label}, không khớp với phần mở rộng .${extension}. Hãy đặt lại tên tệp với phần mở rộng .${FILE_KINDS[actual].extensions[0]} rồi tải lên.`
      : `Nội dung tệp “${fileName}” không phải là ${named.label} như phần mở rộng .${extension} cho biết (tệp có thể đã bị đổi tên hoặc bị hỏng), nên không được tải lên. Chỉ nhận ${ALLOWED_KINDS_TEXT}.`;
    return { ok: false, reason: 'mismatch', message };
  }
  if (detection.macros) {
    return {
      ok: false,
      reason: 'macros',
      message: `Tệp “${fileName}” chứa macro (mã lệnh tự chạy trên máy người đọc) nên không được tải lên. Hãy lưu lại thành tài liệu không có macro rồi tải lên.`,
    };
  }
  if (replacing) {
    const stored = kindForExtension(replacing.extension);
    if (!stored || stored.id !== named.id) {
      const storedExtension = replacing.extension.replace(/^\./, '').toLowerCase();
      return {
        ok: false,
        reason: 'replace-kind',
        message: `Không thể thay tệp .${storedExtension} bằng “${fileName}”: tệp thay thế phải cùng loại với tệp đang có${stored ? ` (${stored.label})` : ''}. Hãy tải “${fileName}” lên như một tệp mới.`,
      };
    }
  }
  return { ok: true, kind: named };
}

/**
 * "50 MB", "60,5 MB": sizes as editors see them in their file manager (Windows counts 1 MB as
 * 1,048,576 bytes), with the Vietnamese decimal comma.
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(megabytes).replace('.', ',')} MB`;
}

export function tooLargeMessage(fileName: string, sizeBytes: number, limitBytes: number): string {
  return `Tệp “${fileName}” quá lớn (${formatSize(sizeBytes)}): chỉ nhận tệp đến ${formatSize(limitBytes)}. Hãy giảm dung lượng tệp (ví dụ nén ảnh, hoặc chia văn bản thành nhiều tệp) rồi tải lên lại.`;
}
