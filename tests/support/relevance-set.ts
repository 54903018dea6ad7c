/**
 * The judged relevance set (issue 18): queries as citizens type them on the demo communes Khánh
 * Khê and Sơn Giang, each with the items a citizen expects and how high. The judgments are what a
 * citizen would expect, not what an engine returns: a query the engines miss today stays here as
 * a miss, and `tests/integration/search-relevance.test.ts` prints it.
 *
 * An item is named by a key that survives a new seed: `document:<number and symbol>` for
 * documents (they have no slug), `<search type>:<slug>` for everything else (a procedure's slug,
 * not its code, so that a code query is judged by what it finds, not by how it is stored).
 */
import type { SearchType } from '../../plugins/portal-search/shared';

export type RelevanceCommune = 'khanh-khe' | 'son-giang';

/**
 * Where the citizen types the query: the site's search box (`/tim-kiem`, the default), or the
 * document search tool's words (`/van-ban?q=`) or number field (`/van-ban?so=`).
 */
export type RelevanceVia = 'site' | 'document-words' | 'document-number';

/** What makes the query hard; the report counts misses by kind. */
export type RelevanceKind =
  | 'issue' // an example from issue 18, verbatim
  | 'no-accents'
  | 'accents'
  | 'typo'
  | 'extra-words'
  | 'question'
  | 'number' // a document's number alone
  | 'type-number' // a document type (full or abbreviated) and a number
  | 'code' // a procedure's code, with or without its dots
  | 'place'
  | 'person'
  | 'month';

export type ItemKey = `${SearchType}:${string}`;

export interface RelevanceCase {
  commune: RelevanceCommune;
  query: string;
  via: RelevanceVia;
  kinds: readonly RelevanceKind[];
  /** Each wanted item and the rank it must reach (1 = first); ranks are on the first page of 10. */
  wanted: Readonly<Record<ItemKey, number>>;
}

/** A query whose right answer is nothing: no item of the commune is what the citizen means. */
export interface AbsentCase {
  commune: RelevanceCommune;
  query: string;
  via: RelevanceVia;
  why: string;
}

/** The number of results the site shows on a page: a wanted item further down is a miss. */
export const RELEVANCE_PAGE_SIZE = 10;

type Row = [query: string, kinds: readonly RelevanceKind[], wanted: Readonly<Record<ItemKey, number>>, via?: RelevanceVia];

const rows = (commune: RelevanceCommune, list: readonly Row[]): RelevanceCase[] =>
  list.map(([query, kinds, wanted, via = 'site']) => ({ commune, query, via, kinds, wanted }));

const KHANH_KHE: readonly Row[] = [
  // The examples, verbatim.
  ['giay khai sinh cho con', ['issue', 'extra-words'], { 'procedure:dang-ky-khai-sinh': 3 }],
  ['thu tuc hanh chin', ['issue', 'typo'], { 'article:ket-qua-giai-quyet-thu-tuc-hanh-chinh-6-thang-dau-nam-2026': 3 }],
  ['quyet dinh 312', ['issue', 'type-number'], { 'document:312/QĐ-UBND': 1 }],
  ['ke hoach 120', ['issue', 'type-number'], { 'document:120/KH-UBND': 1 }],
  ['120', ['issue', 'number'], { 'document:120/KH-UBND': 1 }],
  ['120', ['issue', 'number'], { 'document:120/KH-UBND': 1 }, 'document-number'],
  ['1001193', ['issue', 'code'], { 'procedure:dang-ky-khai-sinh': 1 }],
  ['thong tu 22', ['issue', 'type-number'], { 'document:22/2023/TT-BTTTT': 1 }],
  ['nghi dinh 42', ['issue', 'type-number'], { 'document:42/2022/NĐ-CP': 1 }],
  ['tiep cong dan thang 8', ['issue', 'month'], { 'article:thong-bao-lich-tiep-cong-dan-thang-8-2026': 1 }],
  // Documents as citizens name them.
  ['qd 312', ['type-number'], { 'document:312/QĐ-UBND': 1 }],
  ['Quyết định 312', ['type-number', 'accents'], { 'document:312/QĐ-UBND': 1 }],
  ['312/qd-ubnd', ['type-number'], { 'document:312/QĐ-UBND': 1 }],
  ['312', ['number'], { 'document:312/QĐ-UBND': 1 }, 'document-number'],
  ['kh 120', ['type-number'], { 'document:120/KH-UBND': 1 }],
  ['ke hoach 120', ['type-number'], { 'document:120/KH-UBND': 1 }, 'document-words'],
  ['nghi quyet 12 hdnd', ['type-number'], { 'document:12/NQ-HĐND': 1 }],
  ['bao cao so 201', ['type-number', 'extra-words'], { 'document:201/BC-UBND': 1 }],
  ['cong van 215', ['type-number'], { 'document:215/UBND-VP': 1 }],
  ['to trinh 95', ['type-number'], { 'document:95/TTr-UBND': 1 }],
  ['chi thi 02', ['type-number'], { 'document:02/CT-UBND': 1 }],
  ['giay moi 118', ['type-number'], { 'document:118/GM-UBND': 1 }],
  ['quyet dinh so 47 thanh lap to cong nghe so', ['type-number', 'extra-words'], { 'document:47/QĐ-UBND': 1 }],
  ['nghi dinh 224', ['type-number'], { 'document:224/2026/NĐ-CP': 1 }],
  // Procedures: codes, names, the words citizens use for them.
  ['1.000894', ['code'], { 'procedure:dang-ky-ket-hon': 1 }],
  ['2000815', ['code'], { 'procedure:chung-thuc-ban-sao-tu-ban-chinh': 1 }],
  ['dang ky ket hon o dau', ['extra-words', 'question'], { 'procedure:dang-ky-ket-hon': 3 }],
  ['dang ki ket hon', ['typo'], { 'procedure:dang-ky-ket-hon': 3 }],
  ['dang ky ket hom', ['typo'], { 'procedure:dang-ky-ket-hon': 3 }],
  // 'sin' has eleven near words one typo away; 'sinh' is the one 'khai' stands beside in titles.
  ['dang ky khai sin', ['typo'], { 'procedure:dang-ky-khai-sinh': 3 }],
  ['lam giay khai tu cho bo', ['extra-words'], { 'procedure:dang-ky-khai-tu': 3 }],
  ['chung thuc ban sau', ['typo'], { 'procedure:chung-thuc-ban-sao-tu-ban-chinh': 3 }],
  ['lam the nao de chung thuc chu ky', ['question', 'extra-words'], { 'procedure:chung-thuc-chu-ky': 3 }],
  ['trich luc ho tich', ['no-accents'], { 'procedure:cap-ban-sao-trich-luc-ho-tich': 1 }],
  ['giay xac nhan khuyet tat', ['no-accents'], { 'procedure:xac-dinh-muc-do-khuyet-tat': 3 }],
  ['hoa giai tranh chap dat dai', ['no-accents'], { 'procedure:hoa-giai-tranh-chap-dat-dai': 1 }],
  ['nguoi 76 tuoi co duoc tro cap khong', ['question', 'extra-words'], { 'question:tro-cap-huu-tri-xa-hoi-cho-nguoi-76-tuoi': 3 }],
  ['the bao hiem y te cua tre het han khi nao', ['question', 'extra-words'], { 'question:the-bao-hiem-y-te-cua-tre-sap-du-6-tuoi': 3 }],
  ['lam so do dat khong co giay to', ['question', 'extra-words'], { 'question:cap-giay-chung-nhan-lan-dau-dat-o-khong-co-giay-to': 3 }],
  // Places, people, events.
  ['le hoi long tong na pan', ['place'], { 'article:le-hoi-long-tong-na-pan-xuan-binh-ngo': 1 }],
  ['det tho cam', ['no-accents'], { 'article:hoi-phu-nu-ra-mat-mo-hinh-giu-nghe-det-tho-cam': 1 }],
  ['sat lo duong khuoi sle', ['place'], { 'question:sat-lo-taluy-duong-be-tong-thon-khuoi-sle': 1 }],
  [
    'khuoi sle',
    ['place'],
    { 'article:nong-dan-khuoi-sle-vao-vu-thu-hoach-hoi-mua': 5, 'investment:duong-giao-thong-na-pan-khuoi-sle': 10 },
  ],
  ['nha dai doan ket khuoi cap', ['place'], { 'article:trao-nha-dai-doan-ket-thon-khuoi-cap': 1 }],
  ['rac thai ven suoi ban chu', ['place'], { 'question:rac-thai-do-tu-phat-ven-suoi-thon-ban-chu': 1 }],
  ['hat karaoke on ao', ['no-accents'], { 'question:hat-karaoke-gay-on-sau-22-gio-thon-na-pan': 1 }],
  ['dien tap thien tai na lung', ['place'], { 'article:dien-tap-phong-chong-thien-tai-tim-kiem-cuu-nan-2026': 1 }],
  ['thu hoach hoi thang 8', ['month'], { 'article:nong-dan-khuoi-sle-vao-vu-thu-hoach-hoi-mua': 3 }],
  ['vu duc dam', ['person'], { 'document:42/2022/NĐ-CP': 1 }],
  // A signer's name: the documents they signed, all on the first page.
  ['vi van doan', ['person'], { 'document:07/PA-UBND': 10, 'document:34/KH-UBND': 10 }],
  ['ong loc van quyet chu tich hdnd', ['person', 'extra-words'], { 'article:ky-hop-thu-nhat-hdnd-xa-nhiem-ky-2026-2031': 3 }],
  ['lich tiep dan cua chu tich xa', ['extra-words'], { 'document:03/TB-UBND': 3, 'article:thong-bao-lich-tiep-cong-dan-thang-8-2026': 3 }],
  [
    'phong chay chua chay rung',
    ['no-accents'],
    { 'article:chu-dong-phong-chay-chua-chay-rung-hoi-rung-thong': 3, 'document:02/CT-UBND': 3 },
  ],
  ['he thong truyen thanh', ['no-accents'], { 'document:312/QĐ-UBND': 1 }],
  ['thong bao moi thau duong na pan', ['place'], { 'bidding:tbmt-thi-cong-duong-na-pan-khuoi-sle': 1 }],
  ['mua may tinh may in', ['no-accents'], { 'bidding:mua-sam-thiet-bi-tin-hoc-nam-2026': 1 }],
  ['truong tieu hoc khanh khe', ['place'], { 'investment:nha-lop-hoc-truong-tieu-hoc-khanh-khe': 1 }],
  ['cong khai ngan sach 9 thang', ['no-accents'], { 'budget:thuc-hien-ngan-sach-9-thang-nam-2025': 1 }],
  ['dan so cac thon', ['no-accents'], { 'statistic:dan-so-va-lao-dong-theo-thon-nam-2025': 1 }],
  ['gop y du thao quy che nha van hoa', ['extra-words'], { 'consultation:du-thao-quy-che-quan-ly-nha-van-hoa-thon': 1 }],
  ['lich su xa khanh khe', ['place'], { 'page:lich-su': 3 }],
  ['ban do dia gioi', ['no-accents'], { 'page:ban-do-dia-gioi': 1 }],
];

const SON_GIANG: readonly Row[] = [
  // The examples on the other commune.
  ['giay khai sinh cho con', ['issue', 'extra-words'], { 'procedure:dang-ky-khai-sinh': 3 }],
  ['1001193', ['issue', 'code'], { 'procedure:dang-ky-khai-sinh': 1 }],
  ['thong tu 22', ['issue', 'type-number'], { 'document:22/2023/TT-BTTTT': 1 }],
  ['nghi dinh 42', ['issue', 'type-number'], { 'document:42/2022/NĐ-CP': 1 }],
  // Documents as citizens name them.
  ['huong dan 22', ['type-number'], { 'document:22/HD-UBND': 1 }],
  ['22', ['number'], { 'document:22/HD-UBND': 2, 'document:22/2023/TT-BTTTT': 2 }, 'document-number'],
  ['quyet dinh 101', ['type-number'], { 'document:101/QĐ-UBND': 1 }],
  ['101', ['number'], { 'document:101/QĐ-UBND': 1 }],
  ['101', ['number'], { 'document:101/QĐ-UBND': 1 }, 'document-number'],
  ['qd 87', ['type-number'], { 'document:87/QĐ-UBND': 1 }],
  ['nghi quyet 07', ['type-number'], { 'document:07/NQ-HĐND': 1 }],
  ['nq 15', ['type-number'], { 'document:15/NQ-HĐND': 1 }],
  ['ke hoach 28', ['type-number'], { 'document:28/KH-UBND': 1 }],
  ['kh 45', ['type-number'], { 'document:45/KH-UBND': 1 }],
  ['tờ trình 96', ['type-number', 'accents'], { 'document:96/TTr-UBND': 1 }],
  ['thong bao so 35', ['type-number', 'extra-words'], { 'document:35/TB-UBND': 1 }],
  ['bao cao 142', ['type-number'], { 'document:142/BC-UBND': 1 }],
  ['118', ['number'], { 'document:118/BC-UBND': 1 }],
  ['05-ct/du', ['type-number'], { 'document:05-CT/ĐU': 1 }],
  ['chi thi 01 phong chay rung', ['type-number', 'extra-words'], { 'document:01/CT-UBND': 1 }],
  ['giay moi 48', ['type-number'], { 'document:48/GM-UBND': 1 }],
  ['nghi dinh 42', ['type-number'], { 'document:42/2022/NĐ-CP': 1 }, 'document-words'],
  // Procedures.
  ['lam lai giay khai sinh', ['extra-words'], { 'procedure:dang-ky-lai-khai-sinh': 1 }],
  ['1.004884', ['code'], { 'procedure:dang-ky-lai-khai-sinh': 1 }],
  ['2000884', ['code'], { 'procedure:chung-thuc-chu-ky': 1 }],
  ['dang ki khai tu', ['typo'], { 'procedure:dang-ky-khai-tu': 3 }],
  ['chung thuc chu ki', ['typo'], { 'procedure:chung-thuc-chu-ky': 3 }],
  [
    'xin giay xac nhan doc than de vay von',
    ['question', 'extra-words'],
    { 'question:xac-nhan-tinh-trang-hon-nhan-de-vay-von': 3, 'procedure:cap-giay-xac-nhan-tinh-trang-hon-nhan': 5 },
  ],
  ['co phai dong hoc phi khong', ['question', 'extra-words'], { 'question:mien-hoc-phi-nam-hoc-2025-2026': 3 }],
  ['chuyen dat vuon sang dat o', ['no-accents'], { 'question:chuyen-muc-dich-dat-vuon-sang-dat-o': 1 }],
  ['dang ky ho tich truc tuyen', ['no-accents'], { 'article:nhung-dieu-can-biet-khi-dang-ky-ho-tich-truc-tuyen': 1 }],
  ['nop ho so sang thu bay', ['no-accents'], { 'article:thong-bao-tiep-nhan-ho-so-sang-thu-bay': 1 }],
  ['tiep nhan ho so thang 7', ['month'], { 'article:thong-bao-tiep-nhan-ho-so-sang-thu-bay': 3 }],
  ['lich tiep cong dan chu tich xa', ['no-accents'], { 'question:lich-tiep-cong-dan-cua-chu-tich-ubnd-xa': 3, 'document:35/TB-UBND': 3 }],
  // Places, people, events.
  ['mua buoi ngan pho', ['place'], { 'article:mua-buoi-ngot-ben-dong-ngan-pho': 1 }],
  ['cham soc buoi ra hoa', ['no-accents'], { 'article:ky-thuat-cham-soc-buoi-giai-doan-ra-hoa-dau-qua': 1 }],
  ['ho tro trong cam buoi ocop', ['extra-words'], { 'question:ho-tro-san-xuat-cam-buoi-an-toan-ocop': 3, 'document:07/NQ-HĐND': 5 }],
  ['camera an ninh phu thuong', ['place'], { 'article:cong-an-xa-ra-mat-mo-hinh-camera-an-ninh-thon-phu-thuong': 1 }],
  ['nha van hoa thon giang ha', ['place'], { 'article:thon-giang-ha-khanh-thanh-nha-van-hoa': 1 }],
  ['ngap nuoc duong giang ha', ['place', 'extra-words'], { 'question:ngap-ung-duong-qua-thon-giang-ha-mua-mua': 1 }],
  ['lich thu gom rac khe may', ['place'], { 'question:phan-loai-rac-tai-nguon-va-lich-thu-gom': 1 }],
  [
    'duong tan hoa khe may',
    ['place'],
    { 'investment:duong-lien-thon-tan-hoa-khe-may': 3, 'bidding:tbmt-thi-cong-duong-tan-hoa-khe-may': 3 },
  ],
  ['kenh tuoi bau sen', ['place'], { 'investment:kien-co-hoa-kenh-tuoi-bau-sen-giang-ha': 3 }],
  ['truong mam non son giang', ['place'], { 'investment:nha-lop-hoc-truong-mam-non-son-giang': 1 }],
  ['thanh nien nhap ngu 2026', ['no-accents'], { 'article:thanh-nien-son-giang-len-duong-nhap-ngu-2026': 1 }],
  ['qua tet cho ho ngheo', ['extra-words'], { 'article:trao-qua-tet-binh-ngo-cho-ho-ngheo-gia-dinh-chinh-sach': 1 }],
  ['thuong binh liet si thang 7', ['month'], { 'article:dang-huong-tuong-niem-nhan-ngay-thuong-binh-liet-si': 1 }],
  ['mua lu can lam gi', ['question'], { 'article:chu-dong-ung-pho-mua-lu-nhung-viec-moi-gia-dinh-can-lam': 1 }],
  ['dat ten duong', ['no-accents'], { 'consultation:du-thao-phuong-an-dat-ten-duong-khu-trung-tam-xa': 1 }],
  ['nguyen thi thanh ha', ['person'], { 'document:07/NQ-HĐND': 10, 'document:09/NQ-HĐND': 10, 'document:15/NQ-HĐND': 10 }],
  ['ho sy tuan', ['person'], { 'document:22/HD-UBND': 10, 'document:28/KH-UBND': 10 }],
  ['bi thu tran quoc hung', ['person', 'extra-words'], { 'document:05-CT/ĐU': 10, 'document:08-NQ/ĐU': 10 }],
  ['chuong trinh giam sat hdnd 2027', ['no-accents'], { 'document:09/NQ-HĐND': 1 }],
  ['vietgap', ['no-accents'], { 'document:45/KH-UBND': 3, 'plan:ke-hoach-vung-cam-buoi-vietgap-2023-2025': 3 }],
  ['du toan ngan sach 2026', ['no-accents'], { 'budget:du-toan-ngan-sach-nam-2026': 3 }],
];

/** Every judged query, Khánh Khê's then Sơn Giang's. */
export const RELEVANCE_SET: readonly RelevanceCase[] = [...rows('khanh-khe', KHANH_KHE), ...rows('son-giang', SON_GIANG)];

/**
 * Queries that must find nothing. Issue 18 names `917` among the numbers citizens type, but no
 * item of either demo commune carries it (only an official's phone number, 0917 835 026, which
 * is not searchable): the honest judgment is an empty answer, not a document invented by relaxed
 * matching.
 */
export const ABSENT_SET: readonly AbsentCase[] = [
  { commune: 'khanh-khe', query: '917', via: 'site', why: 'no document or procedure of Khánh Khê carries the number 917' },
  { commune: 'khanh-khe', query: '917', via: 'document-number', why: 'no document of Khánh Khê is numbered 917' },
  { commune: 'son-giang', query: '917', via: 'site', why: 'no document or procedure of Sơn Giang carries the number 917' },
];

/** The same query twice on one commune and tool would count one judgment twice. */
export const caseId = (entry: { commune: string; via: RelevanceVia; query: string }): string =>
  `${entry.commune} ${entry.via} “${entry.query}”`;
