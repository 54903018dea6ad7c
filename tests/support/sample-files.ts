/**
 * Small but real sample files for the upload tests, built in memory: a PDF with one page, Office
 * Open XML and OpenDocument files (stored ZIPs), legacy Office files (OLE2 compound files with the
 * streams Word, Excel and PowerPoint write), and the attack's files (an HTML page, an SVG with a
 * script, a Windows program). Images come from sharp where a decodable picture is needed
 * (`imageSamples`); the pure builders here need nothing but Node.
 */
import { crc32 } from 'node:zlib';

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(text, 'utf8'));

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

class Writer {
  private readonly bytes: number[] = [];
  u16(value: number): this {
    this.bytes.push(value & 0xff, (value >>> 8) & 0xff);
    return this;
  }
  u32(value: number): this {
    return this.u16(value & 0xffff).u16((value >>> 16) & 0xffff);
  }
  raw(data: Uint8Array): this {
    for (const byte of data) this.bytes.push(byte);
    return this;
  }
  get length(): number {
    return this.bytes.length;
  }
  done(): Uint8Array<ArrayBuffer> {
    return new Uint8Array(this.bytes);
  }
}

// ---------------------------------------------------------------------------------------------
// ZIP (stored, no compression): enough for Office Open XML and OpenDocument readers.

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
}

export function zip(entries: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const body = new Writer();
  const central = new Writer();
  for (const entry of entries) {
    const name = utf8(entry.name);
    const data = typeof entry.data === 'string' ? utf8(entry.data) : entry.data;
    const crc = crc32(data);
    const offset = body.length;
    body
      .u32(0x04034b50)
      .u16(20)
      .u16(0x0800)
      .u16(0)
      .u16(0)
      .u16(0x21)
      .u32(crc)
      .u32(data.length)
      .u32(data.length)
      .u16(name.length)
      .u16(0)
      .raw(name)
      .raw(data);
    central
      .u32(0x02014b50)
      .u16(20)
      .u16(20)
      .u16(0x0800)
      .u16(0)
      .u16(0)
      .u16(0x21)
      .u32(crc)
      .u32(data.length)
      .u32(data.length)
      .u16(name.length)
      .u16(0)
      .u16(0)
      .u16(0)
      .u16(0)
      .u32(0)
      .u32(offset)
      .raw(name);
  }
  const directory = central.done();
  const end = new Writer()
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(entries.length)
    .u16(entries.length)
    .u32(directory.length)
    .u32(body.length)
    .u16(0)
    .done();
  return concat([body.done(), directory, end]);
}

const CONTENT_TYPES = (main: string, mainType: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${mainType}"/></Types>`;
const ROOT_RELS = (main: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;

export function docx(text = 'Biên bản họp Ban biên tập'): Uint8Array<ArrayBuffer> {
  const main = 'word/document.xml';
  return zip([
    {
      name: '[Content_Types].xml',
      data: CONTENT_TYPES(main, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
    },
    { name: '_rels/.rels', data: ROOT_RELS(main) },
    {
      name: main,
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    },
  ]);
}

/** A .docm's content: a Word document with a VBA project part. */
export function docxWithMacros(): Uint8Array<ArrayBuffer> {
  const main = 'word/document.xml';
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES(main, 'application/vnd.ms-word.document.macroEnabled.main+xml') },
    { name: '_rels/.rels', data: ROOT_RELS(main) },
    {
      name: main,
      data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    },
    { name: 'word/vbaProject.bin', data: new Uint8Array(64) },
  ]);
}

export function xlsx(): Uint8Array<ArrayBuffer> {
  const main = 'xl/workbook.xml';
  return zip([
    {
      name: '[Content_Types].xml',
      data: CONTENT_TYPES(main, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
    },
    { name: '_rels/.rels', data: ROOT_RELS(main) },
    {
      name: main,
      data: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
    },
  ]);
}

export function pptx(): Uint8Array<ArrayBuffer> {
  const main = 'ppt/presentation.xml';
  return zip([
    {
      name: '[Content_Types].xml',
      data: CONTENT_TYPES(main, 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'),
    },
    { name: '_rels/.rels', data: ROOT_RELS(main) },
    { name: main, data: '<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>' },
  ]);
}

function openDocument(type: 'text' | 'spreadsheet' | 'presentation'): Uint8Array<ArrayBuffer> {
  return zip([
    // OpenDocument 1.2, section 3.3: the first entry, stored, names the type.
    { name: 'mimetype', data: `application/vnd.oasis.opendocument.${type}` },
    {
      name: 'META-INF/manifest.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.${type}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: 'content.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"><office:body/></office:document-content>',
    },
  ]);
}

export const odt = (): Uint8Array<ArrayBuffer> => openDocument('text');
export const ods = (): Uint8Array<ArrayBuffer> => openDocument('spreadsheet');
export const odp = (): Uint8Array<ArrayBuffer> => openDocument('presentation');

/** A ZIP archive of ordinary files: not an Office document. */
export const plainZip = (): Uint8Array<ArrayBuffer> => zip([{ name: 'bao-cao.txt', data: 'Báo cáo' }]);

// ---------------------------------------------------------------------------------------------
// OLE2 compound files (MS-CFB version 3, 512-byte sectors), the container of .doc, .xls, .ppt
// and also of Windows installers (.msi).

const SECTOR = 512;
const NO_STREAM = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const FREE = 0xffffffff;
/** Streams are padded to the mini-stream cutoff so they live in regular sectors. */
const STREAM_SIZE = 4096;

export interface CompoundEntry {
  name: string;
  kind: 'stream' | 'storage';
}

export function compoundFile(entries: CompoundEntry[]): Uint8Array<ArrayBuffer> {
  const all: Array<CompoundEntry | { name: 'Root Entry'; kind: 'root' }> = [{ name: 'Root Entry', kind: 'root' }, ...entries];
  const directorySectors = Math.ceil(all.length / (SECTOR / 128));
  const streams = entries.filter((entry) => entry.kind === 'stream');
  const sectorsPerStream = STREAM_SIZE / SECTOR;
  const fat: number[] = [FAT_SECTOR];
  for (let index = 0; index < directorySectors; index += 1) fat.push(index === directorySectors - 1 ? END_OF_CHAIN : fat.length + 1);
  const streamStart = new Map<string, number>();
  for (const stream of streams) {
    streamStart.set(stream.name, fat.length);
    for (let index = 0; index < sectorsPerStream; index += 1) fat.push(index === sectorsPerStream - 1 ? END_OF_CHAIN : fat.length + 1);
  }
  if (fat.length > SECTOR / 4) throw new Error('sample compound file too large for one FAT sector');
  while (fat.length < SECTOR / 4) fat.push(FREE);

  const header = new Writer()
    .raw(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    .raw(new Uint8Array(16))
    .u16(0x003e)
    .u16(0x0003)
    .u16(0xfffe)
    .u16(9)
    .u16(6)
    .raw(new Uint8Array(6))
    .u32(0)
    .u32(1) // FAT sectors
    .u32(1) // first directory sector
    .u32(0)
    .u32(STREAM_SIZE)
    .u32(END_OF_CHAIN) // no mini FAT
    .u32(0)
    .u32(END_OF_CHAIN) // no DIFAT chain
    .u32(0)
    .u32(0); // DIFAT[0]: the FAT is sector 0
  for (let index = 1; index < 109; index += 1) header.u32(FREE);

  const fatSector = new Writer();
  for (const entry of fat) fatSector.u32(entry);

  const directory = new Writer();
  all.forEach((entry, index) => {
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    const type = entry.kind === 'root' ? 5 : entry.kind === 'storage' ? 1 : 2;
    directory
      .raw(new Uint8Array(name))
      .raw(new Uint8Array(64 - name.length))
      .u16(name.length)
      .raw(new Uint8Array([type, 1]))
      .u32(NO_STREAM) // left sibling
      .u32(index > 0 && index < all.length - 1 ? index + 1 : NO_STREAM) // right sibling: a simple chain
      .u32(entry.kind === 'root' && all.length > 1 ? 1 : NO_STREAM) // child
      .raw(new Uint8Array(16 + 4 + 16))
      .u32(entry.kind === 'stream' ? (streamStart.get(entry.name) ?? END_OF_CHAIN) : END_OF_CHAIN)
      .u32(entry.kind === 'stream' ? STREAM_SIZE : 0)
      .u32(0);
  });
  const unused = directorySectors * SECTOR - directory.length;
  for (let at = 0; at < unused; at += 128)
    directory
      .raw(new Uint8Array(0x42))
      .raw(new Uint8Array([0, 0]))
      .u32(NO_STREAM)
      .u32(NO_STREAM)
      .u32(NO_STREAM)
      .raw(new Uint8Array(128 - 0x50));

  const data = streams.map(() => new Uint8Array(STREAM_SIZE).fill(0x20));
  return concat([header.done(), fatSector.done(), directory.done(), ...data]);
}

export const legacyDoc = (): Uint8Array<ArrayBuffer> =>
  compoundFile([
    { name: 'WordDocument', kind: 'stream' },
    { name: '1Table', kind: 'stream' },
  ]);
export const legacyXls = (): Uint8Array<ArrayBuffer> => compoundFile([{ name: 'Workbook', kind: 'stream' }]);
export const legacyPpt = (): Uint8Array<ArrayBuffer> =>
  compoundFile([
    { name: 'PowerPoint Document', kind: 'stream' },
    { name: 'Current User', kind: 'stream' },
  ]);
export const legacyDocWithMacros = (): Uint8Array<ArrayBuffer> =>
  compoundFile([
    { name: 'WordDocument', kind: 'stream' },
    { name: 'Macros', kind: 'storage' },
  ]);
/** A Windows Installer package is an OLE2 file too, without any Office stream. */
export const windowsInstaller = (): Uint8Array<ArrayBuffer> =>
  compoundFile([
    { name: '\u4840\u3f3f\u4577', kind: 'stream' },
    { name: '\u0005SummaryInformation', kind: 'stream' },
  ]);

// ---------------------------------------------------------------------------------------------

/** A one-page PDF Chrome's viewer shows ("Bien ban so 12"), with a correct cross-reference table. */
export function pdf(text = 'Bien ban so 12'): Uint8Array<ArrayBuffer> {
  const stream = `BT /F1 18 Tf 30 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8(body);
}

/** The start of a Windows program: the MZ header pointing at a PE header. */
export function windowsProgram(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(1024);
  bytes.set([0x4d, 0x5a], 0); // MZ
  bytes.set([0x80, 0, 0, 0], 0x3c); // e_lfanew
  bytes.set([0x50, 0x45, 0, 0, 0x4c, 0x01], 0x80); // PE\0\0, i386
  bytes.set(utf8('This program cannot be run in DOS mode.'), 0x4e);
  return bytes;
}

/** What the attacker's page does when it runs: ask for an admin token with the refresh cookie. */
export const ATTACK_SCRIPT = `document.title = 'PWNED';
fetch('/admin/access-token', { method: 'POST', credentials: 'include' })
  .then((response) => response.text())
  .then((text) => { document.title = 'TOKEN ' + text.slice(0, 40); window.name = 'TOKEN ' + text; })
  .catch(() => {});`;

export const attackHtml = (): Uint8Array<ArrayBuffer> =>
  utf8(`<!doctype html><html><head><title>Biên bản</title></head><body><p>Biên bản họp</p><script>${ATTACK_SCRIPT}</script></body></html>`);
export const attackSvg = (): Uint8Array<ArrayBuffer> =>
  utf8(
    `<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><title>Logo</title><rect width="120" height="60" fill="#a51d24"/><script>${ATTACK_SCRIPT}</script></svg>`,
  );
export const attackJavaScript = (): Uint8Array<ArrayBuffer> => utf8(ATTACK_SCRIPT);
