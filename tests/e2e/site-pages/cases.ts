/**
 * Every page type of a commune site, on two demo communes, with what a citizen must find on it
 * (from the demo seed). The suite in ../site-pages.test.ts opens each in both browsers and at
 * both widths.
 */

import { DISCLOSURE_CASES } from './disclosure-cases';

export const COMMUNES = {
  khanhKhe: { host: 'khanhkhe.langson.gov.vn', name: 'Xã Khánh Khê' },
  quocTuan: { host: 'quoctuan.haiphong.gov.vn', name: 'Xã Quốc Tuấn' },
} as const;

export type CommuneKey = keyof typeof COMMUNES;

export interface PageOnCommune {
  /** `:document(<number/symbol>)` stands for that document's id, known only once seeded. */
  path: string;
  /** The page's one h1. */
  h1: string | RegExp;
  /** Text the page's main content must contain. */
  facts: string[];
  /** CSS selectors that must each match an element. */
  elements?: string[];
}

export interface PageCase {
  type: string;
  on: Record<CommuneKey, PageOnCommune>;
  /** The language of the page's content; `vi` unless said. */
  lang?: 'vi' | 'en';
  /** 200 unless said. */
  status?: number;
}

export const PAGE_CASES: PageCase[] = [
  {
    type: 'home',
    on: {
      khanhKhe: {
        path: '/',
        h1: 'Xã Khánh Khê',
        facts: [
          'Tin nổi bật',
          'Tin tức mới',
          'Tin hoạt động',
          'Văn bản mới',
          'Hộ tịch – 7 thủ tục',
          'Xem tất cả 12 thủ tục hành chính',
          'Cổng Dịch vụ công quốc gia',
          'Nông Văn Hải',
          '0915 372 618',
          'Liên kết hữu ích',
        ],
        elements: [
          // The commune's logo (seeded for Khánh Khê only) beside the national emblem, and its banner.
          'header img.site-brand__logo[src^="/uploads/"][alt=""]',
          'main img.home-banner[src^="/uploads/"][alt=""]',
          '.home-lead img[src^="/uploads/"]',
          'main a[href="/tin-tuc/chuyen-muc/tin-hoat-dong"]',
          'main a[href="/tin-tuc/chuyen-muc/thong-bao"]',
          'main a[href^="/thu-tuc-hanh-chinh?linh-vuc="]',
          'main a[href="/thu-tuc-hanh-chinh/dang-ky-khai-sinh"]',
          'main a[href="/gioi-thieu/lanh-dao"]',
          'main a[href="tel:0915372618"]',
        ],
      },
      quocTuan: {
        path: '/',
        h1: 'Xã Quốc Tuấn',
        facts: [
          'Tin nổi bật',
          'Hoạt động của Đảng ủy',
          'Xem tất cả 11 thủ tục hành chính',
          'Văn bản mới',
          'Hộ tịch – 6 thủ tục',
          'Vũ Đức Thành',
          'Liên kết hữu ích',
        ],
        elements: [
          'main img.home-banner[src^="/uploads/"][alt=""]',
          'main a[href="/tin-tuc/chuyen-muc/hoat-dong-dang-uy"]',
          'main a[href="/tin-tuc/chuyen-muc/cai-cach-hanh-chinh"]',
          'main a[href="/thu-tuc-hanh-chinh/dang-ky-khai-tu"]',
          'main a[href="/gioi-thieu/lanh-dao"]',
        ],
      },
    },
  },
  {
    type: 'human site map',
    on: {
      khanhKhe: {
        path: '/so-do-trang',
        h1: 'Sơ đồ trang',
        facts: [
          'Trình đơn chính',
          'Giới thiệu xã Khánh Khê',
          'Công khai thông tin',
          'Công khai ngân sách',
          'Chuyên mục tin tức',
          'Tin hoạt động',
        ],
        elements: [
          'main a[href="/gioi-thieu/lanh-dao"]',
          'main a[href="/gioi-thieu/so-do-to-chuc"]',
          'main a[href="/lich-cong-tac"]',
          'footer a[href="/so-do-trang"]',
          'main a[href="/hoi-dap"]',
          'main a[href="/lay-y-kien"]',
          'main a[href="/rss/hoi-dap.xml"]',
          'footer a[href="/bao-ve-du-lieu-ca-nhan"]',
        ],
      },
      quocTuan: {
        path: '/so-do-trang',
        h1: 'Sơ đồ trang',
        facts: ['Trình đơn chính', 'Tiếp cận thông tin', 'Thống kê'],
        elements: ['main a[href="/rss/van-ban.xml"]'],
      },
    },
  },
  {
    type: 'introduction index',
    on: {
      khanhKhe: { path: '/gioi-thieu', h1: 'Giới thiệu xã Khánh Khê', facts: ['Tổng quan về xã Khánh Khê', 'Lãnh đạo xã'] },
      quocTuan: { path: '/gioi-thieu', h1: 'Giới thiệu xã Quốc Tuấn', facts: ['Lãnh đạo xã'] },
    },
  },
  {
    type: 'organisation structure with leaders',
    on: {
      khanhKhe: {
        path: '/gioi-thieu/co-cau-to-chuc',
        h1: 'Cơ cấu tổ chức của hệ thống chính trị xã Khánh Khê',
        facts: ['Lãnh đạo xã và thông tin liên hệ', 'Hoàng Văn Thắng', 'Read this page in English'],
      },
      quocTuan: {
        path: '/gioi-thieu/co-cau-to-chuc',
        h1: 'Cơ cấu tổ chức của hệ thống chính trị xã',
        facts: ['Lãnh đạo xã và thông tin liên hệ', 'Phạm Văn Khải'],
      },
    },
  },
  {
    type: 'boundary map',
    on: {
      khanhKhe: {
        path: '/gioi-thieu/ban-do-dia-gioi',
        h1: 'Bản đồ địa giới hành chính xã Khánh Khê',
        facts: ['Xem bản đồ kích thước đầy đủ', 'Tải dữ liệu ranh giới (GeoJSON)'],
      },
      quocTuan: {
        path: '/gioi-thieu/ban-do-dia-gioi',
        h1: 'Bản đồ địa giới hành chính xã Quốc Tuấn',
        facts: ['Xem bản đồ kích thước đầy đủ'],
      },
    },
  },
  {
    type: 'leaders with contacts',
    on: {
      khanhKhe: {
        path: '/gioi-thieu/lanh-dao',
        h1: 'Lãnh đạo xã Khánh Khê',
        facts: ['Nông Văn Hải', 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã'],
      },
      quocTuan: { path: '/gioi-thieu/lanh-dao', h1: 'Lãnh đạo xã Quốc Tuấn', facts: ['Nguyễn Thị Hồng Nhung'] },
    },
  },
  {
    type: 'leader page (biography, duties)',
    on: {
      khanhKhe: {
        path: '/gioi-thieu/lanh-dao/nong-van-hai',
        h1: 'Nông Văn Hải',
        facts: [
          'Phó Bí thư Đảng ủy, Chủ tịch UBND xã',
          'Ủy ban nhân dân xã Khánh Khê',
          'Tóm tắt tiểu sử',
          'Sinh năm 1978',
          'Nhiệm vụ được phân công',
          'Cập nhật lần cuối',
        ],
        elements: [
          'a[href="tel:0915372618"]',
          'a[href="mailto:nvhai.khanhkhe@langson.gov.vn"]',
          'main nav a[href="/gioi-thieu/so-do-to-chuc"]',
        ],
      },
      quocTuan: {
        path: '/gioi-thieu/lanh-dao/vu-duc-thanh',
        h1: 'Vũ Đức Thành',
        facts: [
          'Phó Bí thư Đảng ủy, Chủ tịch UBND xã',
          'Sinh năm 1976',
          'Trưởng Ban biên tập Trang thông tin điện tử xã',
          'Cập nhật lần cuối',
        ],
      },
    },
  },
  {
    type: 'organisation chart',
    on: {
      khanhKhe: {
        path: '/gioi-thieu/so-do-to-chuc',
        h1: 'Sơ đồ tổ chức xã Khánh Khê',
        facts: [
          'Đảng ủy xã Khánh Khê',
          'Hội đồng nhân dân xã Khánh Khê',
          'Ủy ban nhân dân xã Khánh Khê',
          'Phòng Kinh tế',
          'Ủy ban MTTQ Việt Nam xã Khánh Khê',
          'Hội Liên hiệp Phụ nữ xã Khánh Khê',
          'Cập nhật lần cuối',
        ],
        elements: [
          'main .org-tree a[href="/gioi-thieu/lanh-dao/hoang-van-thang"]',
          'main .org-tree a[href="/gioi-thieu/lanh-dao/nong-van-hai"]',
          // Specialised units under the People's Committee, mass organisations under the Front.
          'main .org-branch--committee ul h3',
          'main .org-branch--front ul a[href="/gioi-thieu/lanh-dao/hoang-thi-thao"]',
        ],
      },
      quocTuan: {
        path: '/gioi-thieu/so-do-to-chuc',
        h1: 'Sơ đồ tổ chức xã Quốc Tuấn',
        facts: [
          'Đảng ủy xã Quốc Tuấn',
          'Ủy ban nhân dân xã Quốc Tuấn',
          'Trung tâm Phục vụ hành chính công xã Quốc Tuấn',
          'Công an xã Quốc Tuấn',
        ],
        elements: ['main .org-tree a[href="/gioi-thieu/lanh-dao/pham-van-khai"]'],
      },
    },
  },
  {
    type: 'English page (organisation and officials)',
    lang: 'en',
    on: {
      khanhKhe: {
        path: '/en',
        h1: 'Khanh Khe Commune',
        facts: ['Secretary of the Commune Party Committee', 'Lang Son Province', 'Khanh Khe Commune Police'],
      },
      quocTuan: {
        path: '/en',
        h1: 'Quoc Tuan Commune',
        facts: ['Hai Phong City', "Spokesperson of the People's Committee of Quoc Tuan Commune"],
      },
    },
  },
  {
    type: 'English content page',
    lang: 'en',
    on: {
      khanhKhe: {
        path: '/en/organisation',
        h1: 'Organisational Structure of Khanh Khe Commune',
        facts: ['Leaders and officials', 'Xem trang này bằng tiếng Việt'],
      },
      quocTuan: {
        path: '/en/organisation',
        h1: 'Organisational Structure of the Commune Political System',
        facts: ['Leaders and officials'],
      },
    },
  },
  {
    type: 'news',
    on: {
      khanhKhe: { path: '/tin-tuc', h1: 'Tin tức – Sự kiện', facts: ['trong tổng số 17 tin bài', 'Chuyên mục', 'Trang sau'] },
      quocTuan: { path: '/tin-tuc', h1: 'Tin tức – Sự kiện', facts: ['trong tổng số 19 tin bài', 'Chuyên mục'] },
    },
  },
  {
    type: 'news by category',
    on: {
      khanhKhe: { path: '/tin-tuc/chuyen-muc/hoat-dong-dang-uy', h1: 'Hoạt động của Đảng ủy', facts: ['Có 2 tin bài.'] },
      quocTuan: {
        path: '/tin-tuc/chuyen-muc/hoat-dong-hdnd-ubnd',
        h1: 'Hoạt động HĐND – UBND',
        facts: ['Có 4 tin bài.', 'Kỳ họp HĐND xã, phiên họp UBND xã'],
      },
    },
  },
  {
    type: 'article',
    on: {
      khanhKhe: {
        path: '/tin-tuc/dang-uy-xa-trien-khai-nhiem-vu-nam-2026',
        h1: /.+/,
        facts: ['Tin cùng chuyên mục', 'Đảng bộ xã Khánh Khê sơ kết một năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I', 'Bản in'],
      },
      quocTuan: { path: '/tin-tuc/ubnd-xa-phien-hop-thuong-ky-thang-10-2026', h1: /.+/, facts: ['Tin cùng chuyên mục', 'Bản in'] },
    },
  },
  {
    type: 'article print view',
    on: {
      khanhKhe: {
        path: '/tin-tuc/dang-uy-xa-trien-khai-nhiem-vu-nam-2026/ban-in',
        h1: /.+/,
        facts: ['Ủy ban nhân dân xã Khánh Khê', 'Địa chỉ bài viết'],
      },
      quocTuan: {
        path: '/tin-tuc/ubnd-xa-phien-hop-thuong-ky-thang-10-2026/ban-in',
        h1: /.+/,
        facts: ['Ủy ban nhân dân xã Quốc Tuấn', 'Địa chỉ bài viết'],
      },
    },
  },
  {
    type: 'documents with search form',
    on: {
      khanhKhe: { path: '/van-ban', h1: 'Văn bản chỉ đạo điều hành', facts: ['Số, ký hiệu'] },
      quocTuan: { path: '/van-ban?q=quyet+dinh', h1: 'Văn bản chỉ đạo điều hành', facts: ['Số, ký hiệu'] },
    },
  },
  {
    type: 'document with metadata, file and a link to read its PDF',
    on: {
      khanhKhe: {
        path: '/van-ban/:document(47/QĐ-UBND)',
        h1: 'Quyết định số 47/QĐ-UBND',
        facts: ['Hết hiệu lực', 'Lương Văn Khiêm', 'Bị thay thế bởi', 'Xem văn bản (PDF, '],
        // No inline preview: the PDF is fetched only when the reader follows the link.
        elements: ['a.pdf-open__link[type="application/pdf"][href^="/uploads/"]', 'a[href^="/uploads/"][download]'],
      },
      quocTuan: {
        path: '/van-ban/:document(45/QĐ-UBND)',
        h1: 'Quyết định số 45/QĐ-UBND',
        facts: ['Hết hiệu lực', 'Vũ Đức Thành', 'Quyết định số 135/QĐ-UBND'],
      },
    },
  },
  {
    type: 'document replaced by another (Decree 42/2022 by Decree 224/2026)',
    on: {
      khanhKhe: {
        path: '/van-ban/:document(42/2022/NĐ-CP)',
        h1: 'Nghị định số 42/2022/NĐ-CP',
        facts: ['Hết hiệu lực', 'Bị thay thế bởi Nghị định số 224/2026/NĐ-CP từ ngày 01/07/2026.', 'Hết hiệu lực từ ngày 01/07/2026'],
        elements: ['.record-notice--expired a[href^="/van-ban/"]'],
      },
      quocTuan: {
        path: '/van-ban/:document(42/2022/NĐ-CP)',
        h1: 'Nghị định số 42/2022/NĐ-CP',
        facts: ['Bị thay thế bởi Nghị định số 224/2026/NĐ-CP từ ngày 01/07/2026.'],
        elements: ['.record-notice--expired a[href^="/van-ban/"]'],
      },
    },
  },
  {
    type: 'document replacing another (Decree 224/2026)',
    on: {
      khanhKhe: {
        path: '/van-ban/:document(224/2026/NĐ-CP)',
        h1: 'Nghị định số 224/2026/NĐ-CP',
        facts: ['Còn hiệu lực', 'Thay thế văn bản', 'Nghị định số 42/2022/NĐ-CP'],
        elements: ['.record-notice--in_force', '.related-list a[href^="/van-ban/"]'],
      },
      quocTuan: {
        path: '/van-ban/:document(224/2026/NĐ-CP)',
        h1: 'Nghị định số 224/2026/NĐ-CP',
        facts: ['Thay thế văn bản', 'Nghị định số 42/2022/NĐ-CP'],
      },
    },
  },
  {
    type: 'procedures by field',
    on: {
      khanhKhe: {
        path: '/thu-tuc-hanh-chinh',
        h1: 'Thủ tục hành chính',
        facts: ['Có 12 thủ tục hành chính thuộc 4 lĩnh vực.', 'Đăng ký khai sinh', 'Mã: 1.001193'],
      },
      quocTuan: {
        path: `/thu-tuc-hanh-chinh?linh-vuc=${encodeURIComponent('Hộ tịch')}&q=ket+hon`,
        h1: 'Thủ tục hành chính',
        facts: ['Tìm thấy 1 trong 11 thủ tục hành chính.', 'Đăng ký kết hôn'],
      },
    },
  },
  {
    type: 'procedure',
    on: {
      khanhKhe: {
        path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
        h1: 'Đăng ký khai sinh',
        facts: ['Mã thủ tục: 1.001193', 'Nộp hồ sơ trực tuyến', 'Quyết định số 185/QĐ-UBND'],
        elements: ['a[href^="https://dichvucong.gov.vn/"][rel~="noopener"]'],
      },
      quocTuan: {
        path: '/thu-tuc-hanh-chinh/dang-ky-giam-ho',
        h1: 'Đăng ký giám hộ',
        facts: ['1.004837', '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.'],
      },
    },
  },
  {
    type: 'plans with kind and status filter',
    on: {
      khanhKhe: {
        path: '/quy-hoach-ke-hoach',
        h1: 'Quy hoạch – Kế hoạch',
        facts: [
          'Có 6 quy hoạch, kế hoạch, chương trình.',
          'Chương trình công tác năm 2026 của Ủy ban nhân dân xã Khánh Khê',
          'Thời kỳ 2021–2030',
        ],
        elements: ['form[method="get"] select[name="loai"]', 'main a[href="/quy-hoach-ke-hoach/chuong-trinh-cong-tac-nam-2026"]'],
      },
      quocTuan: {
        path: '/quy-hoach-ke-hoach?loai=quy-hoach&tinh-trang=dang-thuc-hien',
        h1: 'Quy hoạch – Kế hoạch',
        facts: ['Có 1 mục loại “Quy hoạch”, tình trạng “Đang thực hiện”.', 'Quy hoạch chung xây dựng xã Quốc Tuấn giai đoạn 2021–2030'],
      },
    },
  },
  {
    type: 'plan with approving document, map and implementation reports',
    on: {
      khanhKhe: {
        path: '/quy-hoach-ke-hoach/quy-hoach-chung-xay-dung-xa-2021-2030',
        h1: 'Quy hoạch chung xây dựng xã Khánh Khê giai đoạn 2021–2030',
        facts: ['Kết quả thực hiện', 'Đánh giá kết quả thực hiện giai đoạn 2021–2025', '20/12/2024', 'Cập nhật lần cuối: 18/12/2025'],
        elements: ['main img[src^="/uploads/"][alt^="Bản đồ định hướng quy hoạch"]', 'main a[href^="/uploads/"][download]'],
      },
      quocTuan: {
        path: '/quy-hoach-ke-hoach/ke-hoach-cai-cach-hanh-chinh-chuyen-doi-so-nam-2026',
        h1: 'Kế hoạch cải cách hành chính, chuyển đổi số và nâng cao chất lượng phục vụ năm 2026',
        facts: ['Kế hoạch số 25/KH-UBND', 'Chưa có báo cáo kết quả thực hiện.', 'Cập nhật lần cuối: 05/02/2026'],
        elements: ['main a[href^="/van-ban/"]'],
      },
    },
  },
  {
    type: 'investment projects and bidding notices',
    on: {
      khanhKhe: {
        path: '/dau-tu-dau-thau',
        h1: 'Đầu tư – Đấu thầu – Mua sắm công',
        facts: [
          'Cứng hóa đường giao thông nông thôn tuyến Nà Pàn – Khuổi Slẻ',
          '4.850.000.000 đồng',
          '85%',
          '(ngày 30/09/2026)',
          'Kế hoạch lựa chọn nhà thầu',
          'Thông báo mời thầu',
          'Kết quả lựa chọn nhà thầu',
          'Mua sắm công',
        ],
        elements: [
          'main table caption',
          'main a[href="/dau-tu-dau-thau/du-an/duong-giao-thong-na-pan-khuoi-sle"]',
          'main a[href="/rss/dau-thau.xml"]',
        ],
      },
      quocTuan: {
        path: '/dau-tu-dau-thau',
        h1: 'Đầu tư – Đấu thầu – Mua sắm công',
        facts: ['Ban Quản lý dự án đầu tư xây dựng xã Quốc Tuấn', '6.500.000.000 đồng', 'Có 5 thông tin đấu thầu, mua sắm công.'],
      },
    },
  },
  {
    type: 'investment project with dated progress',
    on: {
      khanhKhe: {
        path: '/dau-tu-dau-thau/du-an/duong-giao-thong-na-pan-khuoi-sle',
        h1: 'Cứng hóa đường giao thông nông thôn tuyến Nà Pàn – Khuổi Slẻ',
        facts: [
          'Ủy ban nhân dân xã Khánh Khê',
          '4.850.000.000 đồng',
          'Khối lượng hoàn thành: 85%',
          'Giá trị giải ngân lũy kế: 3.900.000.000 đồng',
          'Kết quả lựa chọn nhà thầu gói thầu thi công xây dựng tuyến đường Nà Pàn – Khuổi Slẻ',
        ],
        elements: ['progress[value="85"][max="100"]', 'main a[href="/dau-tu-dau-thau/dau-thau/kqlcnt-thi-cong-duong-na-pan-khuoi-sle"]'],
      },
      quocTuan: {
        path: '/dau-tu-dau-thau/du-an/cai-tao-kenh-tieu-dong-gioi-an-trang',
        h1: 'Cải tạo, nâng cấp kênh tiêu nội đồng đoạn qua thôn Đồng Giới và thôn An Tràng',
        facts: ['Nghị quyết số 15/NQ-HĐND', '6.500.000.000 đồng', 'Khối lượng hoàn thành: 8%'],
        elements: ['main a[href^="/van-ban/"]'],
      },
    },
  },
  {
    type: 'bidding result and public procurement',
    on: {
      khanhKhe: {
        path: '/dau-tu-dau-thau/dau-thau/kqlcnt-thi-cong-duong-na-pan-khuoi-sle',
        h1: 'Kết quả lựa chọn nhà thầu gói thầu thi công xây dựng tuyến đường Nà Pàn – Khuổi Slẻ',
        facts: [
          'Công ty TNHH Xây dựng và Thương mại Hoàng Sơn',
          'Giá trúng thầu',
          '4.015.600.000 đồng',
          '4.120.000.000 đồng',
          '20/10/2025',
        ],
        elements: ['main a[href="/dau-tu-dau-thau/du-an/duong-giao-thong-na-pan-khuoi-sle"]', 'main a[href^="/uploads/"][download]'],
      },
      quocTuan: {
        path: '/dau-tu-dau-thau/dau-thau/mua-sam-may-tinh-may-quet-so-hoa-2026',
        h1: /^Mua sắm máy tính và máy quét tài liệu/,
        facts: ['Mua sắm công', '196.000.000 đồng', 'Không thuộc dự án đầu tư'],
      },
    },
  },
  {
    type: 'contacts',
    on: {
      khanhKhe: {
        path: '/lien-he',
        h1: 'Thông tin liên hệ',
        facts: ['Ủy ban nhân dân xã Khánh Khê', '0205 3831 428', 'Công an xã Khánh Khê'],
        elements: ['a[href="tel:02053831426"]', 'a[href="mailto:ubndkhanhkhe@langson.gov.vn"]'],
      },
      quocTuan: { path: '/lien-he', h1: 'Thông tin liên hệ', facts: ['Ủy ban nhân dân xã Quốc Tuấn'] },
    },
  },
  {
    type: 'site-wide search results',
    on: {
      khanhKhe: { path: '/tim-kiem?q=khanh+khe', h1: 'Tìm kiếm', facts: ['Khánh Khê'] },
      quocTuan: { path: '/tim-kiem?q=quoc+tuan', h1: 'Tìm kiếm', facts: ['Quốc Tuấn'] },
    },
  },
  {
    type: 'page not found (404)',
    status: 404,
    on: {
      khanhKhe: { path: '/gioi-thieu/khong-co-trang-nay', h1: 'Không tìm thấy trang', facts: ['Về trang chủ'] },
      quocTuan: { path: '/tin-tuc/khong-co-bai-nay', h1: 'Không tìm thấy trang', facts: ['Về trang chủ'] },
    },
  },
  {
    type: 'plan or bidding notice not found (404)',
    status: 404,
    on: {
      khanhKhe: {
        path: '/quy-hoach-ke-hoach/khong-co-ke-hoach-nay',
        h1: 'Không tìm thấy trang',
        facts: ['Không tìm thấy quy hoạch, kế hoạch này.'],
      },
      quocTuan: {
        path: '/dau-tu-dau-thau/dau-thau/khong-co-goi-thau-nay',
        h1: 'Không tìm thấy trang',
        facts: ['Không tìm thấy thông tin đấu thầu, mua sắm công này.'],
      },
    },
  },
  {
    type: 'document or procedure not found (404)',
    status: 404,
    on: {
      khanhKhe: { path: '/van-ban/khongtontaiaaaaaaaaaaaaa', h1: 'Không tìm thấy trang', facts: ['Không tìm thấy văn bản.'] },
      quocTuan: { path: '/thu-tuc-hanh-chinh/khong-ton-tai', h1: 'Không tìm thấy trang', facts: ['Không tìm thấy thủ tục hành chính.'] },
    },
  },
  ...DISCLOSURE_CASES,
  // Citizens' voice (issue 16): the pages that exist whatever a commune has received or published.
  {
    type: 'questions and answers',
    on: {
      khanhKhe: {
        path: '/hoi-dap',
        h1: 'Hỏi đáp',
        facts: ['Tên người hỏi chỉ hiển thị chữ cái đầu', 'Tra cứu bằng mã tra cứu'],
        elements: ['main a[href="/hoi-dap/gui-cau-hoi"]', 'main select[name="chu-de"]'],
      },
      quocTuan: { path: '/hoi-dap?chu-de=dat-dai-xay-dung', h1: 'Hỏi đáp', facts: ['Lĩnh vực Đất đai, xây dựng'] },
    },
  },
  {
    type: 'question and answer (initials only), with the rating',
    on: {
      khanhKhe: {
        path: '/hoi-dap/dang-ky-khai-sinh-cho-con-sinh-tai-benh-vien-tinh',
        h1: 'Đăng ký khai sinh cho con sinh tại bệnh viện tỉnh, đã quá 60 ngày',
        facts: ['H.V.T.', 'Nội dung câu hỏi', 'Điều 15 Luật Hộ tịch năm 2014', 'Văn bản liên quan', 'Thông tin này có hữu ích không?'],
        elements: [
          'form[method="post"][action="/danh-gia"] input[type="hidden"][name="path"][value="/hoi-dap/dang-ky-khai-sinh-cho-con-sinh-tai-benh-vien-tinh"]',
        ],
      },
      quocTuan: {
        path: '/hoi-dap/dang-ky-khai-tu-va-huong-mai-tang-phi',
        h1: 'Đăng ký khai tử cho bố và hưởng trợ cấp mai táng',
        facts: ['V.V.C.', 'Trả lời'],
      },
    },
  },
  {
    type: 'consultation, open (comment form, approved comments) or closed (report)',
    on: {
      khanhKhe: {
        path: '/lay-y-kien/du-thao-nghi-quyet-ho-tro-phat-trien-vung-hoi-2027-2030',
        h1: /^Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển vùng hồi/,
        facts: ['Đang lấy ý kiến', 'Gửi ý kiến góp ý', 'Ý kiến góp ý đã được công khai', 'H.V.L.'],
        elements: [
          'form[method="post"][action="/lay-y-kien/du-thao-nghi-quyet-ho-tro-phat-trien-vung-hoi-2027-2030"] input[name="formToken"]',
        ],
      },
      quocTuan: {
        path: '/lay-y-kien/du-thao-nghi-quyet-ho-tro-cay-vu-dong-co-gioi-hoa-lang-nghe',
        h1: /^Dự thảo Nghị quyết quy định chính sách hỗ trợ sản xuất cây vụ đông/,
        facts: ['Đã hết thời hạn góp ý', 'Báo cáo tiếp thu, giải trình', 'Ý kiến được tiếp thu', 'Nghị quyết số 19/NQ-HĐND'],
      },
    },
  },
  {
    type: 'question form',
    on: {
      khanhKhe: {
        path: '/hoi-dap/gui-cau-hoi',
        h1: 'Gửi câu hỏi, phản ánh, kiến nghị',
        facts: ['Phản ánh, kiến nghị', 'Nghị định số 13/2023/NĐ-CP', 'ngày làm việc'],
        elements: [
          'form[method="post"][action="/hoi-dap/gui-cau-hoi"]',
          'input[type="hidden"][name="formToken"]',
          '.citizen-form__trap[aria-hidden="true"] input[tabindex="-1"]',
        ],
      },
      quocTuan: {
        path: '/hoi-dap/gui-cau-hoi',
        h1: 'Gửi câu hỏi, phản ánh, kiến nghị',
        facts: ['Thông tin người gửi'],
        elements: ['a[href="/bao-ve-du-lieu-ca-nhan"]'],
      },
    },
  },
  {
    type: 'question status lookup',
    on: {
      khanhKhe: { path: '/hoi-dap/tra-cuu', h1: 'Tra cứu câu hỏi, phản ánh, kiến nghị', facts: ['Mã tra cứu'] },
      quocTuan: { path: '/hoi-dap/tra-cuu', h1: 'Tra cứu câu hỏi, phản ánh, kiến nghị', facts: ['Mã tra cứu'] },
    },
  },
  {
    type: 'question status, unknown code (404)',
    status: 404,
    on: {
      khanhKhe: {
        path: '/hoi-dap/tra-cuu?ma=KHONGCO123',
        h1: 'Tra cứu câu hỏi, phản ánh, kiến nghị',
        facts: ['Không tìm thấy câu hỏi có mã'],
      },
      quocTuan: {
        path: '/hoi-dap/tra-cuu?ma=KHONGCO456',
        h1: 'Tra cứu câu hỏi, phản ánh, kiến nghị',
        facts: ['Không tìm thấy câu hỏi có mã'],
      },
    },
  },
  {
    type: 'consultations on drafts',
    on: {
      khanhKhe: { path: '/lay-y-kien', h1: 'Lấy ý kiến dự thảo', facts: ['báo cáo tiếp thu, giải trình'] },
      quocTuan: { path: '/lay-y-kien', h1: 'Lấy ý kiến dự thảo', facts: ['báo cáo tiếp thu, giải trình'] },
    },
  },
  {
    type: 'privacy notice',
    on: {
      khanhKhe: {
        path: '/bao-ve-du-lieu-ca-nhan',
        h1: 'Thông báo xử lý dữ liệu cá nhân',
        facts: ['Nghị định số 13/2023/NĐ-CP', 'Ủy ban nhân dân xã Khánh Khê', 'Ban biên tập', 'tháng kể từ ngày tiếp nhận', 'chữ cái đầu'],
      },
      quocTuan: {
        path: '/bao-ve-du-lieu-ca-nhan',
        h1: 'Thông báo xử lý dữ liệu cá nhân',
        facts: ['Ủy ban nhân dân xã Quốc Tuấn', 'ngày làm việc'],
      },
    },
  },
];
