import type { AuthorFigures, ReportData, ReportFigures } from '../../../../shared';
import { escapeHtml, formatCount, periodText, placeAndDate, placeName, printableReport } from '../print-report';

const kind = (received: number, published: number, rejected: number, photos: number) => ({
  received,
  published,
  returnedItems: 0,
  returns: 0,
  rejected,
  photos,
});
const none = kind(0, 0, 0, 0);

/** Seed 003's year: 283 received, 208 published (193 tin, 15 bài), 726 photos, 34 documents. */
const seedYear: ReportFigures = {
  byKind: { tin: kind(260, 193, 40, 700), bai: kind(23, 15, 2, 26), document: kind(34, 34, 0, 0), procedure: none, page: none },
  total: { received: 317, published: 242, returnedItems: 0, returns: 0, rejected: 42, photos: 726 },
  articlePhotos: 726,
  documentsPosted: 34,
};

const author = (authorName: string, tin: number, photos: number): AuthorFigures => ({
  authorName,
  published: { tin, bai: 0, document: 0, procedure: 0, page: 0 },
  publishedTotal: tin,
  photos,
});

const commune: ReportData = {
  scope: 'commune',
  period: { from: '2026-01-01', to: '2026-12-31' },
  // 1 June 2026, 20:00 UTC is 2 June in Vietnam: the date line says so.
  generatedAt: '2026-06-01T20:00:00.000Z',
  communes: [
    {
      commune: { documentId: 'a', name: 'Xã Khánh Khê', slug: 'khanh-khe', code: '06235', shortName: 'Khánh Khê', province: 'Lạng Sơn' },
      figures: seedYear,
      visits: { period: 60000, year: 178817, total: 1572760 },
      authors: [author('Nguyễn Thị <b>Hoa</b> & "Lan"', 3, 4), author('', 1, 0)],
    },
  ],
  total: seedYear,
  visitsAsOf: '2026-06-02',
  totalVisits: { period: 60000, year: 178817, total: 1572760 },
};

/** The text of the page without its tags, spaces folded: what a reader sees. */
const textOf = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** Each row of a table as its cells' texts, by the table's caption. */
function rowsOf(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  if (start < 0) throw new Error(`no table ${caption}`);
  const table = html.slice(start, html.indexOf('</table>', start));
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1] ?? ''),
  );
}

describe('the printable report', () => {
  const html = printableReport(commune);
  const text = textOf(html);

  it('is a Vietnamese A4 page whose buttons are not printed', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi">/);
    expect(html).toContain('@page { size: A4;');
    const print = html.slice(html.indexOf('@media print {'));
    expect(print).toContain('.thao-tac { display: none; }');
    expect(html).toContain('<title>Báo cáo Số liệu Trang thông tin điện tử xã Khánh Khê — Năm 2026</title>');
    expect(html).not.toContain('<script');
  });

  it('has the letterhead, the place and date line and the title of seed 003’s report', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ KHÁNH KHÊ BAN BIÊN TẬP');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Khánh Khê, ngày 02 tháng 6 năm 2026');
    expect(html).toMatch(/<h1>BÁO CÁO<span>Số liệu Trang thông tin điện tử xã Khánh Khê<\/span><span class="ky">Năm 2026<\/span><\/h1>/);
  });

  it('says the figures in seed 003’s words, numbers written the Vietnamese way', () => {
    expect(text).toContain(
      'Ban Biên tập đã tiếp nhận 283 tin, bài. Sau khi Ban Biên tập kiểm duyệt nội dung, đã đăng tải được 208 tin, bài (193 tin, 15 bài); 726 ảnh; 42 tin, bài bị từ chối, không đăng. Ngoài ra đăng tải 34 văn bản chỉ đạo điều hành.',
    );
    expect(text).toContain(
      'Tổng số lượt truy cập tính từ đầu năm 2026 đến ngày 02/06/2026 là 178.817 lượt. Nâng tổng số lên 1.572.760 lượt. Trong kỳ báo cáo có 60.000 lượt truy cập.',
    );
  });

  it('has tables with captions and column and row headers', () => {
    expect(rowsOf(html, 'Bảng 1. Số liệu theo loại tin, bài')).toEqual([
      ['Loại', 'Tiếp nhận', 'Đã đăng', 'Bị trả lại (số tin, bài)', 'Số lần trả lại', 'Bị từ chối', 'Ảnh đã đăng'],
      ['Tin', '260', '193', '0', '0', '40', '700'],
      ['Bài', '23', '15', '0', '0', '2', '26'],
      ['Văn bản chỉ đạo điều hành', '34', '34', '0', '0', '0', '0'],
      ['Thủ tục hành chính', '0', '0', '0', '0', '0', '0'],
      ['Trang giới thiệu', '0', '0', '0', '0', '0', '0'],
      ['Tổng cộng', '317', '242', '0', '0', '42', '726'],
    ]);
    expect(rowsOf(html, 'Bảng 2. Lượt truy cập')).toEqual([
      ['Chỉ tiêu', 'Số lượt'],
      ['Lượt truy cập trong kỳ', '60.000'],
      ['Lượt truy cập từ đầu năm 2026 đến ngày 02/06/2026', '178.817'],
      ['Tổng số lượt truy cập đến ngày 02/06/2026', '1.572.760'],
    ]);
    const headers = [...html.matchAll(/<th( scope="(col|row)")?>/g)];
    expect(headers.length).toBeGreaterThan(20);
    expect(headers.every((header) => header[1] !== undefined)).toBe(true);
    expect(html).not.toContain('Số liệu theo xã, phường');
  });

  it('lists the authors for royalties, escaping what contributors typed', () => {
    expect(rowsOf(html, 'Bảng 3. Tin, bài đã đăng theo tác giả')).toEqual([
      ['Tác giả', 'Tin', 'Bài', 'Văn bản, thủ tục, trang', 'Ảnh'],
      ['Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt; &amp; &quot;Lan&quot;', '3', '0', '0', '4'],
      ['(không rõ tác giả)', '1', '0', '0', '0'],
    ]);
    expect(html).not.toContain('<b>Hoa</b>');
  });

  it('ends with the recipients and the two signatures', () => {
    expect(text).toContain('Nơi nhận: - ……………………; - Lưu: VT. NGƯỜI LẬP BIỂU (Ký, ghi rõ họ tên) TRƯỞNG BAN BIÊN TẬP (Ký, ghi rõ họ tên)');
  });

  it('rolls the province up: every commune a row with its visits, and the province total', () => {
    const second = {
      commune: { documentId: 'b', name: 'Phường Đông Kinh', slug: 'dong-kinh', code: '06241', shortName: null, province: 'Lạng Sơn' },
      figures: seedYear,
      visits: { period: 5, year: 7, total: 11 },
      authors: [author('Hoàng Văn Nam', 2, 1)],
    };
    const province: ReportData = {
      ...commune,
      scope: 'province',
      period: { from: '2026-01-01', to: '2026-03-31' },
      communes: [...commune.communes, second],
      totalVisits: { period: 60005, year: 178824, total: 1572771 },
    };
    const page = printableReport(province);
    expect(textOf(page)).toContain('ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN');
    expect(textOf(page)).toContain('Lạng Sơn, ngày 02 tháng 6 năm 2026');
    expect(textOf(page)).toContain('Trong kỳ báo cáo, Ban Biên tập các xã, phường đã tiếp nhận 283 tin, bài.');
    expect(page).toContain(
      '<span>Tổng hợp số liệu các Trang thông tin điện tử xã, phường tỉnh Lạng Sơn</span><span class="ky">Từ ngày 01/01/2026 đến ngày 31/03/2026</span>',
    );
    const rows = rowsOf(page, 'Bảng 3. Số liệu và lượt truy cập của từng xã, phường');
    expect(rows[0]?.slice(-3)).toEqual([
      'Lượt truy cập trong kỳ',
      'Lượt truy cập từ đầu năm 2026 đến ngày 02/06/2026',
      'Tổng số lượt truy cập đến ngày 02/06/2026',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Xã Khánh Khê', '317', '193', '15', '726', '34', '42', '60.000', '178.817', '1.572.760'],
      ['Phường Đông Kinh', '317', '193', '15', '726', '34', '42', '5', '7', '11'],
      ['Toàn tỉnh', '317', '193', '15', '726', '34', '42', '60.005', '178.824', '1.572.771'],
    ]);
    expect(rowsOf(page, 'Bảng 4. Tin, bài đã đăng theo tác giả').map((row) => row.slice(0, 2))).toEqual([
      ['Xã, phường', 'Tác giả'],
      ['Xã Khánh Khê', 'Nguyễn Thị &lt;b&gt;Hoa&lt;/b&gt; &amp; &quot;Lan&quot;'],
      ['Xã Khánh Khê', '(không rõ tác giả)'],
      ['Phường Đông Kinh', 'Hoàng Văn Nam'],
    ]);
    expect(textOf(page)).toContain('THỦ TRƯỞNG ĐƠN VỊ (Ký, ghi rõ họ tên, đóng dấu)');
  });

  it('says so when nothing was published', () => {
    const empty = printableReport({ ...commune, communes: commune.communes.map((entry) => ({ ...entry, authors: [] })) });
    expect(textOf(empty)).toContain('III. Tin, bài đã đăng theo tác giả (tính nhuận bút) Chưa có tin, bài nào được đăng trong kỳ báo cáo.');
  });
});

describe('the printable report’s wording', () => {
  it('writes the date line as administrative documents do', () => {
    expect(placeAndDate('Tiểu Cần', '2017-09-28')).toBe('Tiểu Cần, ngày 28 tháng 9 năm 2017');
    expect(placeAndDate('Khánh Khê', '2026-01-05')).toBe('Khánh Khê, ngày 05 tháng 01 năm 2026');
    expect(placeAndDate('Khánh Khê', '2026-02-10')).toBe('Khánh Khê, ngày 10 tháng 02 năm 2026');
    expect(placeAndDate('', '2026-12-06')).toBe('ngày 06 tháng 12 năm 2026');
  });

  it('names the place by the short name, or the name without its kind', () => {
    expect(placeName({ name: 'Xã Khánh Khê', shortName: 'Khánh Khê' })).toBe('Khánh Khê');
    expect(placeName({ name: 'Phường Đông Kinh', shortName: null })).toBe('Đông Kinh');
    expect(placeName({ name: 'Thị trấn Na Sầm', shortName: '  ' })).toBe('Na Sầm');
  });

  it('names a calendar year by the year, any other period by its dates', () => {
    expect(periodText({ from: '2026-01-01', to: '2026-12-31' })).toBe('Năm 2026');
    expect(periodText({ from: '2026-01-01', to: '2026-06-30' })).toBe('Từ ngày 01/01/2026 đến ngày 30/06/2026');
  });

  it('escapes markup and writes thousands with dots', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(formatCount(1572760)).toBe('1.572.760');
  });
});
