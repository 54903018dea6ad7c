import {
  ALLOWED_KINDS_TEXT,
  bufferSource,
  checkUpload,
  detectFileKind,
  extensionOf,
  FILE_KINDS,
  formatSize,
  tooLargeMessage,
  type FileKindId,
  type RefusalReason,
} from '../file-kind';
import {
  attackHtml,
  attackJavaScript,
  attackSvg,
  compoundFile,
  docx,
  docxWithMacros,
  legacyDoc,
  legacyDocWithMacros,
  legacyPpt,
  legacyXls,
  odp,
  ods,
  odt,
  pdf,
  plainZip,
  pptx,
  windowsInstaller,
  windowsProgram,
  xlsx,
  zip,
} from '../../../../tests/support/sample-files';

const bytes = (...values: number[]): Uint8Array => new Uint8Array([...values, ...new Array<number>(32).fill(0)]);
const text = (value: string): Uint8Array => new Uint8Array(Buffer.from(value, 'utf8'));

/** Only the signatures: the detector reads nothing else of an image. */
const SAMPLES = {
  jpeg: bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46),
  png: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  gif87: text('GIF87a\x01\x00\x01\x00'),
  gif89: text('GIF89a\x01\x00\x01\x00'),
  webp: text('RIFF\x24\x00\x00\x00WEBPVP8 '),
  pdf: pdf(),
  minimalPdf: text('%PDF-1.4\n%%EOF\n'),
  doc: legacyDoc(),
  xls: legacyXls(),
  ppt: legacyPpt(),
  docx: docx(),
  xlsx: xlsx(),
  pptx: pptx(),
  odt: odt(),
  ods: ods(),
  odp: odp(),
};

/** [file name, accepted kind, content]: the allow-list, one line per kind and spelling. */
const ACCEPTED: ReadonlyArray<readonly [string, FileKindId, Uint8Array]> = [
  ['anh-hoi-nghi.jpg', 'jpeg', SAMPLES.jpeg],
  ['ANH-HOI-NGHI.JPEG', 'jpeg', SAMPLES.jpeg],
  ['logo.png', 'png', SAMPLES.png],
  ['bieu-do.gif', 'gif', SAMPLES.gif87],
  ['bieu-do-2.gif', 'gif', SAMPLES.gif89],
  ['anh.webp', 'webp', SAMPLES.webp],
  ['quyet-dinh.pdf', 'pdf', SAMPLES.pdf],
  ['bien-ban.pdf', 'pdf', SAMPLES.minimalPdf],
  ['to-trinh.doc', 'doc', SAMPLES.doc],
  ['du-toan.xls', 'xls', SAMPLES.xls],
  ['trinh-chieu.ppt', 'ppt', SAMPLES.ppt],
  ['mau-don.docx', 'docx', SAMPLES.docx],
  ['bang-ke.xlsx', 'xlsx', SAMPLES.xlsx],
  ['hoi-nghi.pptx', 'pptx', SAMPLES.pptx],
  ['van-ban.odt', 'odt', SAMPLES.odt],
  ['bang-tinh.ods', 'ods', SAMPLES.ods],
  ['trinh-chieu.odp', 'odp', SAMPLES.odp],
  ['Biên bản họp.Docx', 'docx', SAMPLES.docx],
];

/** [file name, why refused, what it shows, content]: the attack's files and their cousins. */
const REFUSED: ReadonlyArray<readonly [string, RefusalReason, string, Uint8Array]> = [
  ['trang.html', 'not-allowed', 'an HTML page', attackHtml()],
  ['trang.htm', 'not-allowed', 'an HTML page, short extension', attackHtml()],
  ['logo.svg', 'not-allowed', 'an SVG with a script', attackSvg()],
  ['tai-lieu.js', 'not-allowed', 'JavaScript', attackJavaScript()],
  ['cai-dat.exe', 'not-allowed', 'a Windows program', windowsProgram()],
  ['x.pdf.html', 'not-allowed', 'a double extension ending in .html, even with PDF content', SAMPLES.pdf],
  ['bao-cao', 'not-allowed', 'no extension at all', SAMPLES.pdf],
  ['.pdf', 'not-allowed', 'a dotfile named ".pdf"', SAMPLES.pdf],
  ['du-lieu.zip', 'not-allowed', 'an archive', plainZip()],
  ['tai-lieu.docm', 'not-allowed', 'a macro-enabled Word extension', docxWithMacros()],
  ['ghi-chu.txt', 'not-allowed', 'plain text', text('ghi chú')],
  ['anh.png', 'mismatch', 'HTML bytes named .png', attackHtml()],
  ['quyet-dinh.pdf', 'mismatch', 'a Windows program named .pdf', windowsProgram()],
  ['anh.jpg', 'mismatch', 'an SVG named .jpg', attackSvg()],
  ['anh.png', 'mismatch', 'a JPEG named .png', SAMPLES.jpeg],
  ['mau-don.docx', 'mismatch', 'a spreadsheet named .docx', SAMPLES.xlsx],
  ['mau-don.docx', 'mismatch', 'an ordinary ZIP named .docx', plainZip()],
  ['mau-don.doc', 'mismatch', 'a Windows installer (OLE2 without Office streams) named .doc', windowsInstaller()],
  [
    'mau-don.odt',
    'mismatch',
    'an OpenDocument drawing named .odt',
    zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.graphics' }]),
  ],
  ['bang-ke.xlsx', 'mismatch', 'a legacy .xls named .xlsx', SAMPLES.xls],
  ['rong.pdf', 'mismatch', 'an empty file', new Uint8Array(0)],
  ['trang.pdf', 'mismatch', 'a PDF signature not at the start', text(' %PDF-1.4 but starting with a space')],
  ['to-trinh.doc', 'macros', 'a .doc with a Macros storage', legacyDocWithMacros()],
  ['mau-don.docx', 'macros', 'a .docx holding vbaProject.bin', docxWithMacros()],
];

describe('checkUpload: the allow-list', () => {
  it.each(ACCEPTED)('accepts %s as %s', (fileName, kind, content) => {
    const verdict = checkUpload({ fileName, source: bufferSource(content) });
    expect(verdict).toEqual({ ok: true, kind: FILE_KINDS[kind] });
  });
});

describe('checkUpload: refusals', () => {
  it.each(REFUSED)('refuses %s (%s): %s', (fileName, reason, _what, content) => {
    const verdict = checkUpload({ fileName, source: bufferSource(content) });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toBe(reason);
  });

  it('names the allowed kinds in Vietnamese when the kind is not allowed', () => {
    const verdict = checkUpload({ fileName: 'x.html', source: bufferSource(attackHtml()) });
    expect(verdict).toEqual({
      ok: false,
      reason: 'not-allowed',
      message:
        'Tệp “x.html” không được phép tải lên: chỉ nhận ảnh (JPG, PNG, WebP, GIF), PDF và tài liệu Word, Excel, PowerPoint, OpenDocument.',
    });
  });

  it('says what the content is when it does not match the extension', () => {
    const renamed = checkUpload({ fileName: 'anh.png', source: bufferSource(SAMPLES.jpeg) });
    expect(renamed).toEqual({
      ok: false,
      reason: 'mismatch',
      message:
        'Nội dung tệp “anh.png” là ảnh JPEG, không khớp với phần mở rộng .png. Hãy đặt lại tên tệp với phần mở rộng .jpg rồi tải lên.',
    });
    const program = checkUpload({ fileName: 'quyet-dinh.pdf', source: bufferSource(windowsProgram()) });
    expect(program).toEqual({
      ok: false,
      reason: 'mismatch',
      message: `Nội dung tệp “quyet-dinh.pdf” không phải là tệp PDF như phần mở rộng .pdf cho biết (tệp có thể đã bị đổi tên hoặc bị hỏng), nên không được tải lên. Chỉ nhận ${ALLOWED_KINDS_TEXT}.`,
    });
  });

  it('refuses a replacement of another kind than the stored file, which keeps its extension', () => {
    const verdict = checkUpload({ fileName: 'bien-ban.pdf', source: bufferSource(SAMPLES.pdf), replacing: { extension: '.png' } });
    expect(verdict).toEqual({
      ok: false,
      reason: 'replace-kind',
      message:
        'Không thể thay tệp .png bằng “bien-ban.pdf”: tệp thay thế phải cùng loại với tệp đang có (ảnh PNG). Hãy tải “bien-ban.pdf” lên như một tệp mới.',
    });
    expect(checkUpload({ fileName: 'anh-moi.JPEG', source: bufferSource(SAMPLES.jpeg), replacing: { extension: '.jpg' } }).ok).toBe(true);
  });

  it('checks the content of a replacement like any upload', () => {
    const verdict = checkUpload({ fileName: 'anh.png', source: bufferSource(attackHtml()), replacing: { extension: '.png' } });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toBe('mismatch');
  });
});

describe('detectFileKind on damaged and hostile containers', () => {
  it('finds nothing in a compound file whose directory chain loops', () => {
    const file = compoundFile([{ name: 'WordDocument', kind: 'stream' }]);
    // The FAT entry of the directory sector (sector 1) points back at itself.
    file.set([1, 0, 0, 0], 512 + 4);
    expect(detectFileKind(bufferSource(file))).toEqual({ kinds: [], macros: false });
  });

  it('finds nothing in a truncated compound file', () => {
    expect(detectFileKind(bufferSource(legacyDoc().subarray(0, 700))).kinds).toEqual([]);
  });

  it('finds nothing in a ZIP whose central directory is cut off', () => {
    const file = docx();
    expect(detectFileKind(bufferSource(file.subarray(0, file.length - 30))).kinds).toEqual([]);
  });

  it('recognises a password-protected Office file as nothing it can check', () => {
    expect(
      detectFileKind(
        bufferSource(
          compoundFile([
            { name: 'EncryptedPackage', kind: 'stream' },
            { name: 'EncryptionInfo', kind: 'stream' },
          ]),
        ),
      ).kinds,
    ).toEqual([]);
  });

  it('sees a macro project in OpenDocument Basic libraries, not in the empty default ones', () => {
    const withMacro = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'Basic/script-lc.xml', data: '<x/>' },
      { name: 'Basic/Standard/script-lb.xml', data: '<x/>' },
      { name: 'Basic/Standard/Module1.xml', data: '<x/>' },
    ]);
    expect(detectFileKind(bufferSource(withMacro))).toEqual({ kinds: ['odt'], macros: true });
    const emptyLibrary = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'Basic/Standard/script-lb.xml', data: '<x/>' },
    ]);
    expect(detectFileKind(bufferSource(emptyLibrary))).toEqual({ kinds: ['odt'], macros: false });
  });
});

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['x.pdf.html', 'html'],
    ['bao-cao', ''],
    ['.pdf', ''],
    ['thu-muc/anh.JPG', 'jpg'],
    ['C:\\Users\\a\\anh.png', 'png'],
  ])('%s → "%s"', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});

describe('sizes in messages', () => {
  it.each([
    [500, '1 KB'],
    [300 * 1024, '300 KB'],
    [50 * 1024 * 1024, '50 MB'],
    [60.5 * 1024 * 1024, '60,5 MB'],
  ])('%d bytes read %s', (size, shown) => {
    expect(formatSize(size)).toBe(shown);
  });

  it('tells the editor the limit', () => {
    expect(tooLargeMessage('phim.pdf', 60 * 1024 * 1024, 50 * 1024 * 1024)).toBe(
      'Tệp “phim.pdf” quá lớn (60 MB): chỉ nhận tệp đến 50 MB. Hãy giảm dung lượng tệp (ví dụ nén ảnh, hoặc chia văn bản thành nhiều tệp) rồi tải lên lại.',
    );
  });
});
