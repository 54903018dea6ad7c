/**
 * The list of information a commune must publish on its site (Law 104/2016/QH13 on Access to
 * Information, Art. 17 and 19(1); Decree 13/2018/NĐ-CP, Art. 11), each row with where it lives
 * on this site and which content type holds it. The access-to-information page counts the
 * commune's items per row; the province dashboard reuses the same rows for every commune.
 *
 * Pure data, no Nuxt auto-imports: Jest and the province side import this module directly.
 */

/** A content collection of the site, as Strapi's content API names it (`/api/<collection>`). */
export type RequiredInformationSource =
  | {
      collection:
        | 'documents' | 'procedures' | 'plans' | 'investment-projects' | 'bidding-notices' | 'budget-reports' | 'statistics' | 'work-schedules' | 'officials'
        | 'contacts' | 'articles' | 'consultations' | 'question-answers';
    }
  | { collection: 'pages'; section: string };

export interface RequiredInformationRow {
  /** Stable key, for the province dashboard's columns. */
  key: string;
  /** What the information is, as the law words it. */
  item: string;
  /** The provisions that require it. */
  legalBasis: string;
  /** This site's section that holds it. */
  path: string;
  /** The section's name as the menu shows it. */
  sectionName: string;
  /** What is counted for "how many items" and "last updated". */
  source: RequiredInformationSource;
}

/** Law 104/2016 Art. 18(4): publication within 5 working days unless a law sets another time. */
export const DEFAULT_PUBLICATION_DEADLINE = 'Chậm nhất 05 ngày làm việc kể từ ngày tạo ra thông tin (Điều 18 khoản 4 Luật Tiếp cận thông tin)';

export const REQUIRED_INFORMATION: readonly RequiredInformationRow[] = [
  {
    key: 'documents',
    item: 'Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm a Luật Tiếp cận thông tin',
    path: '/van-ban',
    sectionName: 'Văn bản',
    source: { collection: 'documents' },
  },
  {
    key: 'procedures',
    item: 'Thủ tục hành chính, quy trình giải quyết công việc',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm a Luật Tiếp cận thông tin',
    path: '/thu-tuc-hanh-chinh',
    sectionName: 'Thủ tục hành chính',
    source: { collection: 'procedures' },
  },
  {
    key: 'news',
    item: 'Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách',
    legalBasis: 'Điều 19 khoản 1 điểm b Luật Tiếp cận thông tin',
    path: '/tin-tuc',
    sectionName: 'Tin tức',
    source: { collection: 'articles' },
  },
  {
    key: 'plans',
    item: 'Chiến lược, chương trình, đề án, kế hoạch, quy hoạch; chương trình công tác năm',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm c Luật Tiếp cận thông tin',
    path: '/quy-hoach-ke-hoach',
    sectionName: 'Quy hoạch – Kế hoạch',
    source: { collection: 'plans' },
  },
  {
    key: 'consultations',
    item: 'Dự thảo văn bản, chính sách lấy ý kiến nhân dân; kết quả tiếp thu, giải trình ý kiến',
    legalBasis: 'Điều 17 khoản 1 điểm c Luật Tiếp cận thông tin',
    path: '/lay-y-kien',
    sectionName: 'Lấy ý kiến dự thảo',
    source: { collection: 'consultations' },
  },
  {
    key: 'questions',
    item: 'Hỏi đáp, trả lời phản ánh, kiến nghị của người dân',
    legalBasis: 'Điều 10 khoản 3 Nghị định 224/2026/NĐ-CP',
    path: '/hoi-dap',
    sectionName: 'Hỏi đáp',
    source: { collection: 'question-answers' },
  },
  {
    key: 'investment',
    item: 'Danh mục dự án, chương trình đầu tư công và kết quả thực hiện',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm d Luật Tiếp cận thông tin',
    path: '/dau-tu-dau-thau',
    sectionName: 'Đầu tư – Đấu thầu – Mua sắm công',
    source: { collection: 'investment-projects' },
  },
  {
    key: 'bidding',
    item: 'Thông tin về đấu thầu, mua sắm công',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm d Luật Tiếp cận thông tin',
    path: '/dau-tu-dau-thau',
    sectionName: 'Đầu tư – Đấu thầu – Mua sắm công',
    source: { collection: 'bidding-notices' },
  },
  {
    key: 'budget',
    item: 'Dự toán, tình hình thực hiện, quyết toán ngân sách; báo cáo tài chính năm',
    legalBasis: 'Điều 17 khoản 1 điểm đ; Điều 19 khoản 1 điểm e Luật Tiếp cận thông tin',
    path: '/cong-khai-ngan-sach',
    sectionName: 'Công khai ngân sách',
    source: { collection: 'budget-reports' },
  },
  {
    key: 'statistics',
    item: 'Thông tin thống kê trên địa bàn xã',
    legalBasis: 'Điều 19 khoản 1 điểm e Luật Tiếp cận thông tin',
    path: '/thong-ke',
    sectionName: 'Thống kê',
    source: { collection: 'statistics' },
  },
  {
    key: 'organisation',
    item: 'Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn; sơ đồ tổ chức',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin',
    path: '/gioi-thieu/co-cau-to-chuc',
    sectionName: 'Giới thiệu – Cơ cấu tổ chức',
    source: { collection: 'pages', section: 'organisation' },
  },
  {
    key: 'leaders',
    item: 'Lãnh đạo xã: tiểu sử tóm tắt, nhiệm vụ được phân công',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin',
    path: '/gioi-thieu/lanh-dao',
    sectionName: 'Giới thiệu – Lãnh đạo xã',
    source: { collection: 'officials' },
  },
  {
    key: 'contacts',
    item: 'Thông tin liên hệ của cán bộ, công chức có thẩm quyền',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin',
    path: '/lien-he',
    sectionName: 'Liên hệ',
    source: { collection: 'contacts' },
  },
  {
    key: 'work-schedule',
    item: 'Lịch công tác của lãnh đạo xã',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin (tổ chức, hoạt động của cơ quan)',
    path: '/lich-cong-tac',
    sectionName: 'Lịch công tác',
    source: { collection: 'work-schedules' },
  },
];
