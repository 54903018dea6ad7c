import { toAttachment, toAttachments } from '../attachment-content';
import { fileTypeLabel, formatFileSize, isPdfAttachment, previewablePdf } from '#shared/utils/attachment';
import { mailtoHref, phoneLinks } from '#shared/utils/contact-links';
import { legalDocumentTitle } from '#shared/utils/legal-document';
import { communeInSentence } from '#shared/utils/commune-name';
import { truncateForMeta } from '#shared/utils/page-text';

const STRAPI = 'http://127.0.0.1:1337';

describe('attachments', () => {
  it('serves Strapi’s files from this site and converts Strapi’s kilobytes to bytes', () => {
    expect(toAttachment({ name: 'a.pdf', url: `${STRAPI}/uploads/x_a.pdf`, mime: 'application/pdf', size: 1.5 }, STRAPI)).toEqual({
      name: 'a.pdf',
      url: '/uploads/x_a.pdf',
      caption: null,
      mime: 'application/pdf',
      bytes: 1536,
    });
  });

  it('names a file without a name after its URL, and drops files without a URL', () => {
    expect(toAttachment({ url: '/uploads/t%E1%BB%9D-khai.pdf?v=1' }, STRAPI)?.name).toBe('tờ-khai.pdf');
    expect(toAttachment({ url: '/uploads/%E0%A4%A.pdf' }, STRAPI)?.name).toBe('%E0%A4%A.pdf');
    expect(toAttachments([{ url: '' }, null, { url: '/uploads/b.docx' }], STRAPI).map((file) => file.url)).toEqual(['/uploads/b.docx']);
  });

  it('writes sizes as Vietnamese pages do', () => {
    expect(formatFileSize(36045)).toBe('35,2 KB');
    expect(formatFileSize(20)).toBe('0,1 KB');
    expect(formatFileSize(1468006)).toBe('1,4 MB');
    expect(formatFileSize(null)).toBe('');
  });

  it('says what kind of file it is', () => {
    expect(fileTypeLabel({ name: 'a.PDF', mime: null })).toBe('PDF');
    expect(fileTypeLabel({ name: 'to-khai.docx', mime: null })).toBe('Word (DOCX)');
    expect(fileTypeLabel({ name: 'bang.xlsx', mime: null })).toBe('Excel (XLSX)');
    expect(fileTypeLabel({ name: 'ban-do.dwg', mime: null })).toBe('DWG');
    expect(fileTypeLabel({ name: 'khong-duoi', mime: 'application/pdf' })).toBe('PDF');
    expect(fileTypeLabel({ name: 'khong-duoi', mime: null })).toBe('Tệp');
  });

  it('previews only a PDF this site serves itself', () => {
    const word = { name: 'a.docx', url: '/uploads/a.docx', caption: null, mime: null, bytes: 1 };
    const external = { name: 'b.pdf', url: 'https://s3.example.vn/b.pdf', caption: null, mime: 'application/pdf', bytes: 1 };
    const local = { name: 'c.pdf', url: '/uploads/c.pdf', caption: null, mime: 'application/pdf', bytes: 1 };
    expect(isPdfAttachment(local)).toBe(true);
    expect(previewablePdf([word, external, local])).toBe(local);
    expect(previewablePdf([word, external])).toBeNull();
  });
});

describe('contact links', () => {
  it('makes one tel: link per number, keeping what the editor wrote as the text', () => {
    expect(phoneLinks('0205 3831 426')).toEqual([{ label: '0205 3831 426', href: 'tel:02053831426' }]);
    expect(phoneLinks('0205.3831.426 (máy lẻ 12) / +84 912 486 203')).toEqual([
      { label: '0205.3831.426 (máy lẻ 12)', href: 'tel:02053831426' },
      { label: '+84 912 486 203', href: 'tel:+84912486203' },
    ]);
    expect(phoneLinks('0912 486 203 hoặc 0983 215 774')).toHaveLength(2);
    expect(phoneLinks('Liên hệ văn phòng')).toEqual([{ label: 'Liên hệ văn phòng', href: null }]);
    expect(phoneLinks(null)).toEqual([]);
  });

  it('makes a mailto: link only from one plain address', () => {
    expect(mailtoHref(' ubndkhanhkhe@langson.gov.vn ')).toBe('mailto:ubndkhanhkhe@langson.gov.vn');
    // Nothing an editor types can add headers (cc, bcc, subject) to the citizen's message.
    expect(mailtoHref('a@b.vn?bcc=c@d.vn')).toBeNull();
    expect(mailtoHref('a@b.vn?subject=x')).toBeNull();
    expect(mailtoHref('a@b.vn, c@d.vn')).toBeNull();
    expect(mailtoHref('không có')).toBeNull();
  });
});

describe('titles and descriptions', () => {
  it('names a document as Vietnamese pages do', () => {
    expect(legalDocumentTitle({ documentType: 'Quyết định', numberSymbol: '47/QĐ-UBND' })).toBe('Quyết định số 47/QĐ-UBND');
    expect(legalDocumentTitle({ documentType: 'Công văn', numberSymbol: '' })).toBe('Công văn');
  });

  it('cuts long text at a word, with an ellipsis', () => {
    expect(truncateForMeta('Ngắn gọn.', 20)).toBe('Ngắn gọn.');
    const cut = truncateForMeta('Kế hoạch phát triển vùng nguyên liệu hồi và trồng thay thế diện tích hồi già cỗi', 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe('Kế hoạch phát triển vùng nguyên liệu…');
  });

  it('writes the commune’s name as inside a sentence', () => {
    expect(communeInSentence('Xã Quốc Tuấn')).toBe('xã Quốc Tuấn');
    expect(communeInSentence('Phường Đông Kinh')).toBe('phường Đông Kinh');
    expect(communeInSentence('Xãxa')).toBe('Xãxa');
  });
});
