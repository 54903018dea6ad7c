/**
 * The report as a printable page (seed 003's shape): the letterhead of an administrative document
 * (issuer on the left; the national motto and the place and date line on the right), the title
 * with the commune and the period, the figures table, the visits, the province's communes side
 * by side (province scope), the authors for royalties, then "Nơi nhận" and the signature block.
 * A4 in Times New Roman 13 pt, as Decree 30/2020/NĐ-CP lays documents out; the buttons are not
 * printed.
 *
 * A whole HTML document as a string, written into a window of its own by the report panel, so
 * nothing of the admin's frame is printed and the page can be unit-tested without a browser.
 * Every value from the data is escaped: author names are typed by contributors.
 */
import {
  ARTICLE_KINDS,
  FIGURE_LABELS,
  FIGURE_NAMES,
  REPORT_KIND_LABELS,
  REPORT_KINDS,
  VISIT_FIGURE_NAMES,
  vietnameseDate,
  visitLabels,
  type CommuneReport,
  type ReportData,
} from '../../../shared';

/** The id of the page's print button: the panel attaches the click handler (no inline script). */
export const PRINT_BUTTON_ID = 'in-bao-cao';
export const CLOSE_BUTTON_ID = 'dong-bao-cao';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const numberFormat = new Intl.NumberFormat('vi-VN');
/** "1.572.760", as seed 003 writes numbers. */
export const formatCount = (value: number): string => numberFormat.format(value);

/**
 * "Khánh Khê, ngày 06 tháng 12 năm 2026": the place and date line. Days below 10 and the months
 * January and February take a leading zero (Decree 30/2020/NĐ-CP, so "tháng 01" cannot be read
 * as "tháng 11" once a stroke is added); other months do not ("tháng 9").
 */
export function placeAndDate(place: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const monthNumber = Number(month);
  const monthText = monthNumber <= 2 ? String(monthNumber).padStart(2, '0') : String(monthNumber);
  return `${place ? `${place}, ` : ''}ngày ${day} tháng ${monthText} năm ${year}`;
}

/** The commune's place name: its short name, or its name without "Xã", "Phường" or "Thị trấn". */
export function placeName(commune: Pick<CommuneReport['commune'], 'name' | 'shortName'>): string {
  const short = commune.shortName?.trim();
  if (short) return short;
  return commune.name.replace(/^\s*(xã|phường|thị trấn|đặc khu)\s+/iu, '').trim();
}

/** "Năm 2026" for a calendar year, otherwise "Từ ngày 01/01/2026 đến ngày 31/03/2026". */
export function periodText(period: ReportData['period']): string {
  const year = period.from.slice(0, 4);
  if (period.from === `${year}-01-01` && period.to === `${year}-12-31`) return `Năm ${year}`;
  return `Từ ngày ${vietnameseDate(period.from)} đến ngày ${vietnameseDate(period.to)}`;
}

/** Today in Vietnam of an ISO instant (the report's date line is the day it was drawn up). */
const vietnamDay = (instant: string): string => new Date(new Date(instant).getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);

const upper = (text: string): string => text.toLocaleUpperCase('vi');

interface Letterhead {
  /** The issuing body's lines, the last one underlined. */
  issuer: string[];
  place: string;
  title: string;
  signer: string;
  signerNote: string;
}

function letterheadOf(data: ReportData): Letterhead {
  const province = data.communes[0]?.commune.province.trim() ?? '';
  if (data.scope === 'province') {
    // The province's roll-up is filed by whichever department runs the platform: the letterhead
    // names the province, the unit signs under its own title.
    return {
      issuer: ['ỦY BAN NHÂN DÂN', province ? `TỈNH ${upper(province)}` : 'TỈNH'],
      place: province,
      title: `Tổng hợp số liệu các Trang thông tin điện tử xã, phường${province ? ` tỉnh ${province}` : ''}`,
      signer: 'THỦ TRƯỞNG ĐƠN VỊ',
      signerNote: '(Ký, ghi rõ họ tên, đóng dấu)',
    };
  }
  const commune = data.communes[0]?.commune;
  const name = commune?.name ?? '';
  return {
    issuer: ['ỦY BAN NHÂN DÂN', upper(name), 'BAN BIÊN TẬP'],
    place: commune ? placeName(commune) : '',
    // "xã Khánh Khê": the kind of place is lower-case inside a sentence.
    title: `Số liệu Trang thông tin điện tử ${name.replace(/^(Xã|Phường|Thị trấn|Đặc khu)(?=\s)/u, (word) => word.toLocaleLowerCase('vi'))}`,
    signer: 'TRƯỞNG BAN BIÊN TẬP',
    signerNote: '(Ký, ghi rõ họ tên)',
  };
}

const cell = (value: number): string => `<td class="so">${formatCount(value)}</td>`;

function table(caption: string, head: string[], rows: string[], foot?: string, className?: string): string {
  return [
    className ? `<table class="${className}">` : '<table>',
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    foot ? `<tfoot>${foot}</tfoot>` : '',
    '</table>',
  ].join('');
}

function figuresSection(data: ReportData): string {
  const { total } = data;
  const receivedArticles = ARTICLE_KINDS.reduce((sum, kind) => sum + total.byKind[kind].received, 0);
  const publishedArticles = ARTICLE_KINDS.reduce((sum, kind) => sum + total.byKind[kind].published, 0);
  const rejectedArticles = ARTICLE_KINDS.reduce((sum, kind) => sum + total.byKind[kind].rejected, 0);
  // Seed 003's sentence, with this period's figures (the province's are its communes' boards').
  const board = data.scope === 'province' ? 'Ban Biên tập các xã, phường' : 'Ban Biên tập';
  const sentence =
    `Trong kỳ báo cáo, ${board} đã tiếp nhận ${formatCount(receivedArticles)} tin, bài. Sau khi Ban Biên tập kiểm duyệt nội dung, ` +
    `đã đăng tải được ${formatCount(publishedArticles)} tin, bài (${formatCount(total.byKind.tin.published)} tin, ${formatCount(total.byKind.bai.published)} bài); ` +
    `${formatCount(total.articlePhotos)} ảnh; ${formatCount(rejectedArticles)} tin, bài bị từ chối, không đăng. ` +
    `Ngoài ra đăng tải ${formatCount(total.documentsPosted)} văn bản chỉ đạo điều hành.`;
  const rows = REPORT_KINDS.map(
    (kind) =>
      `<tr><th scope="row">${escapeHtml(REPORT_KIND_LABELS[kind])}</th>${FIGURE_NAMES.map((name) => cell(total.byKind[kind][name])).join('')}</tr>`,
  );
  const foot = `<tr><th scope="row">Tổng cộng</th>${FIGURE_NAMES.map((name) => cell(total.total[name])).join('')}</tr>`;
  return [
    '<section aria-labelledby="muc-tin-bai">',
    '<h2 id="muc-tin-bai">I. Tin, bài, ảnh và văn bản đã đăng</h2>',
    `<p>${escapeHtml(sentence)}</p>`,
    table('Bảng 1. Số liệu theo loại tin, bài', ['Loại', ...FIGURE_NAMES.map((name) => FIGURE_LABELS[name])], rows, foot),
    '</section>',
  ].join('');
}

function visitsSection(data: ReportData): string {
  const labels = visitLabels(data);
  const visits = data.totalVisits;
  const asOf = vietnameseDate(data.visitsAsOf);
  const sentence =
    `Tổng số lượt truy cập tính từ đầu năm ${data.period.to.slice(0, 4)} đến ngày ${asOf} là ${formatCount(visits.year)} lượt. ` +
    `Nâng tổng số lên ${formatCount(visits.total)} lượt. Trong kỳ báo cáo có ${formatCount(visits.period)} lượt truy cập.`;
  const rows = VISIT_FIGURE_NAMES.map((name) => `<tr><th scope="row">${escapeHtml(labels[name])}</th>${cell(visits[name])}</tr>`);
  return [
    '<section aria-labelledby="muc-truy-cap">',
    '<h2 id="muc-truy-cap">II. Lượt truy cập</h2>',
    `<p>${escapeHtml(sentence)}</p>`,
    '<p class="ghi-chu">Mỗi người xem trang trong một ngày được tính là một lượt truy cập.</p>',
    table(`Bảng 2. Lượt truy cập${data.scope === 'province' ? ' toàn tỉnh' : ''}`, ['Chỉ tiêu', 'Số lượt'], rows),
    '</section>',
  ].join('');
}

function communesSection(data: ReportData, number: string): string {
  const labels = visitLabels(data);
  const head = [
    'Xã, phường',
    'Tiếp nhận',
    'Đã đăng: tin',
    'Đã đăng: bài',
    'Ảnh kèm tin, bài',
    'Văn bản đã đăng',
    'Bị từ chối',
    ...VISIT_FIGURE_NAMES.map((name) => labels[name]),
  ];
  const values = (report: Pick<CommuneReport, 'figures' | 'visits'>): number[] => [
    report.figures.total.received,
    report.figures.byKind.tin.published,
    report.figures.byKind.bai.published,
    report.figures.articlePhotos,
    report.figures.documentsPosted,
    report.figures.total.rejected,
    ...VISIT_FIGURE_NAMES.map((name) => report.visits[name]),
  ];
  const rows = data.communes.map(
    (report) => `<tr><th scope="row">${escapeHtml(report.commune.name)}</th>${values(report).map(cell).join('')}</tr>`,
  );
  const foot = `<tr><th scope="row">Toàn tỉnh</th>${values({ figures: data.total, visits: data.totalVisits }).map(cell).join('')}</tr>`;
  return [
    '<section aria-labelledby="muc-xa-phuong">',
    `<h2 id="muc-xa-phuong">${number}. Số liệu theo xã, phường</h2>`,
    table('Bảng 3. Số liệu và lượt truy cập của từng xã, phường', head, rows, foot, 'bang-rong'),
    '</section>',
  ].join('');
}

function authorsSection(data: ReportData, number: string): string {
  const province = data.scope === 'province';
  const otherKinds = REPORT_KINDS.filter((kind) => !ARTICLE_KINDS.includes(kind));
  const people = data.communes.flatMap((report) => report.authors.map((author) => ({ commune: report.commune.name, author })));
  const heading = `<h2 id="muc-tac-gia">${number}. Tin, bài đã đăng theo tác giả (tính nhuận bút)</h2>`;
  if (people.length === 0)
    return `<section aria-labelledby="muc-tac-gia">${heading}<p>Chưa có tin, bài nào được đăng trong kỳ báo cáo.</p></section>`;
  const head = [
    ...(province ? ['Xã, phường'] : []),
    'Tác giả',
    ...ARTICLE_KINDS.map((kind) => REPORT_KIND_LABELS[kind]),
    'Văn bản, thủ tục, trang',
    'Ảnh',
  ];
  const rows = people.map(({ commune, author }) => {
    const name = `<th scope="row">${escapeHtml(author.authorName || '(không rõ tác giả)')}</th>`;
    const others = otherKinds.reduce((sum, kind) => sum + author.published[kind], 0);
    return `<tr>${province ? `<td>${escapeHtml(commune)}</td>` : ''}${name}${ARTICLE_KINDS.map((kind) => cell(author.published[kind])).join('')}${cell(others)}${cell(author.photos)}</tr>`;
  });
  return [
    `<section aria-labelledby="muc-tac-gia">`,
    heading,
    table(`Bảng ${province ? 4 : 3}. Tin, bài đã đăng theo tác giả`, head, rows),
    '</section>',
  ].join('');
}

const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
html { background: #e8e8e8; }
body { margin: 0; font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; }
main { width: 210mm; min-height: 297mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; background: #fff; }
.thao-tac { display: flex; gap: 8px; justify-content: flex-end; margin-bottom: 12px; font-family: Arial, sans-serif; }
.thao-tac button { font: inherit; font-size: 11pt; padding: 6px 14px; border: 1px solid #4945ff; border-radius: 4px; background: #4945ff; color: #fff; cursor: pointer; }
.thao-tac button.phu { background: #fff; color: #32324d; border-color: #8e8ea9; }
.thao-tac button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
.tieu-de-van-ban { display: flex; justify-content: space-between; gap: 4mm; }
.tieu-de-van-ban p { margin: 0; text-align: center; text-indent: 0; }
.co-quan { flex: 0 0 38%; font-size: 12pt; }
.quoc-hieu { flex: 1; font-size: 12pt; }
.quoc-hieu p { white-space: nowrap; }
.quoc-hieu .ngay-thang { font-size: 13pt; }
.dam { font-weight: bold; }
.gach-duoi { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
.ngay-thang { margin-top: 6mm !important; font-style: italic; }
h1 { margin: 10mm 0 6mm; text-align: center; font-size: 14pt; line-height: 1.3; }
h1 span { display: block; font-size: 14pt; }
h1 .ky { font-weight: normal; font-style: italic; font-size: 13pt; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; }
p { margin: 0 0 2mm; text-align: justify; text-indent: 10mm; }
.ghi-chu { font-style: italic; font-size: 12pt; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 11pt; }
caption { text-align: left; font-style: italic; padding-bottom: 1mm; }
th, td { border: 1px solid #000; padding: 1mm 1.5mm; vertical-align: top; }
thead th { text-align: center; font-weight: bold; }
tbody th, tfoot th { text-align: left; font-weight: normal; }
tfoot th, tfoot td { font-weight: bold; }
td.so { text-align: right; white-space: nowrap; }
/* The province's roll-up has ten columns: smaller type keeps it on a portrait A4 page. */
table.bang-rong { font-size: 9.5pt; }
table.bang-rong th, table.bang-rong td { padding: 0.8mm 1mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.ky-ten { display: flex; justify-content: space-between; gap: 6mm; margin-top: 8mm; break-inside: avoid; }
.noi-nhan { flex: 0 0 28%; font-size: 11pt; }
.chu-ky { flex: 1; }
.chu-ky .dam { white-space: nowrap; }
.noi-nhan p, .chu-ky p { text-indent: 0; text-align: left; margin: 0; }
.noi-nhan ul { margin: 0; padding: 0; list-style: none; }
.chu-ky { text-align: center; }
.chu-ky p { text-align: center; }
.chu-ky .cho-ky { height: 25mm; }
@media print {
  html { background: none; }
  main { width: auto; min-height: 0; margin: 0; padding: 0; }
  .thao-tac { display: none; }
}
`;

/** The printable page of a report, a whole HTML document (Vietnamese). */
export function printableReport(data: ReportData): string {
  const head = letterheadOf(data);
  const period = periodText(data.period);
  const province = data.scope === 'province';
  const documentTitle = `Báo cáo ${head.title} — ${period}`;
  const sections = [
    figuresSection(data),
    visitsSection(data),
    ...(province ? [communesSection(data, 'III'), authorsSection(data, 'IV')] : [authorsSection(data, 'III')]),
  ];
  const issued = placeAndDate(head.place, vietnamDay(data.generatedAt));
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(documentTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="thao-tac">
<button type="button" id="${PRINT_BUTTON_ID}">In báo cáo</button>
<button type="button" class="phu" id="${CLOSE_BUTTON_ID}">Đóng</button>
</div>
<div class="tieu-de-van-ban">
<div class="co-quan">${head.issuer.map((line, index) => (index < head.issuer.length - 1 ? `<p>${escapeHtml(line)}</p>` : `<p class="dam"><span class="gach-duoi">${escapeHtml(line)}</span></p>`)).join('')}</div>
<div class="quoc-hieu"><p class="dam">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p class="dam"><span class="gach-duoi">Độc lập - Tự do - Hạnh phúc</span></p><p class="ngay-thang">${escapeHtml(issued)}</p></div>
</div>
<h1>BÁO CÁO<span>${escapeHtml(head.title)}</span><span class="ky">${escapeHtml(period)}</span></h1>
${sections.join('\n')}
<div class="ky-ten">
<div class="noi-nhan"><p class="dam"><em>Nơi nhận:</em></p><ul><li>- ……………………;</li><li>- Lưu: VT.</li></ul></div>
<div class="chu-ky"><p class="dam">NGƯỜI LẬP BIỂU</p><p><em>(Ký, ghi rõ họ tên)</em></p><div class="cho-ky"></div></div>
<div class="chu-ky"><p class="dam">${escapeHtml(head.signer)}</p><p><em>${escapeHtml(head.signerNote)}</em></p><div class="cho-ky"></div></div>
</div>
</main>
</body>
</html>
`;
}
