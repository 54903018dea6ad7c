/**
 * The list of information a commune must publish on its site (Law 104/2016/QH13 on Access to
 * Information, Art. 17 and 19(1); Decree 13/2018/NĐ-CP, Art. 11), each row with where it lives
 * on this site, which content type holds it and how fresh it must be. One table, read by the
 * site's access-to-information page (which counts the commune's items per row), the province
 * dashboard's compliance scorecard (shared/compliance.ts) and the scorecard's tests.
 *
 * Pure data, no runtime dependency: the site (frontend/shared/utils re-exports it), the plugin's
 * server and Jest import this module directly.
 */

/** A content collection of the site, as Strapi's content API names it (`/api/<collection>`). */
export type RequiredInformationSource =
  | {
      collection:
        | 'documents'
        | 'procedures'
        | 'plans'
        | 'investment-projects'
        | 'bidding-notices'
        | 'budget-reports'
        | 'statistics'
        | 'work-schedules'
        | 'officials'
        | 'contacts'
        | 'articles'
        | 'consultations'
        | 'question-answers';
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
  /** How recent the section must be for the scorecard to count it as kept up to date. */
  freshness: Freshness;
}

/**
 * How the scorecard judges that a section is kept up to date (Decree 224/2026 Art. 9(3): keep
 * information current). The periods are the platform's reading, stated in `freshnessLabel`:
 * - present: having published content is enough (questions, consultations happen when they do);
 * - published-within: the newest item was published (or, for reference data without drafts,
 *   saved) at most `days` days ago: a save by the head confirms leaders and contacts;
 * - this-week: a work schedule for the current week (its Monday) or a later one;
 * - budget-estimate: this year's budget estimate (Dự toán) is on the site once its deadline
 *   (day and month) has passed; before that, last year's estimate still counts.
 */
export type Freshness =
  | { kind: 'present' }
  | { kind: 'published-within'; days: number }
  | { kind: 'this-week' }
  | { kind: 'budget-estimate'; dueMonth: number; dueDay: number };

/** Law 104/2016 Art. 18(4): publication within 5 working days unless a law sets another time. */
export const DEFAULT_PUBLICATION_DEADLINE =
  'Chậm nhất 05 ngày làm việc kể từ ngày tạo ra thông tin (Điều 18 khoản 4 Luật Tiếp cận thông tin)';

export const REQUIRED_INFORMATION: readonly RequiredInformationRow[] = [
  {
    key: 'documents',
    item: 'Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm a Luật Tiếp cận thông tin',
    path: '/van-ban',
    sectionName: 'Văn bản',
    source: { collection: 'documents' },
    freshness: { kind: 'published-within', days: 90 },
  },
  {
    key: 'procedures',
    item: 'Thủ tục hành chính, quy trình giải quyết công việc',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm a Luật Tiếp cận thông tin',
    path: '/thu-tuc-hanh-chinh',
    sectionName: 'Thủ tục hành chính',
    source: { collection: 'procedures' },
    freshness: { kind: 'published-within', days: 365 },
  },
  {
    key: 'news',
    item: 'Thông tin phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách',
    legalBasis: 'Điều 19 khoản 1 điểm b Luật Tiếp cận thông tin',
    path: '/tin-tuc',
    sectionName: 'Tin tức',
    source: { collection: 'articles' },
    freshness: { kind: 'published-within', days: 30 },
  },
  {
    key: 'plans',
    item: 'Chiến lược, chương trình, đề án, kế hoạch, quy hoạch; chương trình công tác năm',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm c Luật Tiếp cận thông tin',
    path: '/quy-hoach-ke-hoach',
    sectionName: 'Quy hoạch – Kế hoạch',
    source: { collection: 'plans' },
    freshness: { kind: 'published-within', days: 365 },
  },
  {
    key: 'consultations',
    item: 'Dự thảo văn bản, chính sách lấy ý kiến nhân dân; kết quả tiếp thu, giải trình ý kiến',
    legalBasis: 'Điều 17 khoản 1 điểm c Luật Tiếp cận thông tin',
    path: '/lay-y-kien',
    sectionName: 'Lấy ý kiến dự thảo',
    source: { collection: 'consultations' },
    freshness: { kind: 'present' },
  },
  {
    key: 'questions',
    item: 'Hỏi đáp, trả lời phản ánh, kiến nghị của người dân',
    legalBasis: 'Điều 10 khoản 3 Nghị định 224/2026/NĐ-CP',
    path: '/hoi-dap',
    sectionName: 'Hỏi đáp',
    source: { collection: 'question-answers' },
    freshness: { kind: 'present' },
  },
  {
    key: 'investment',
    item: 'Danh mục dự án, chương trình đầu tư công và kết quả thực hiện',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm d Luật Tiếp cận thông tin',
    path: '/dau-tu-dau-thau',
    sectionName: 'Đầu tư – Đấu thầu – Mua sắm công',
    source: { collection: 'investment-projects' },
    freshness: { kind: 'published-within', days: 365 },
  },
  {
    key: 'bidding',
    item: 'Thông tin về đấu thầu, mua sắm công',
    legalBasis: 'Điều 17 khoản 1; Điều 19 khoản 1 điểm d Luật Tiếp cận thông tin',
    path: '/dau-tu-dau-thau',
    sectionName: 'Đầu tư – Đấu thầu – Mua sắm công',
    source: { collection: 'bidding-notices' },
    freshness: { kind: 'published-within', days: 365 },
  },
  {
    key: 'budget',
    item: 'Dự toán, tình hình thực hiện, quyết toán ngân sách; báo cáo tài chính năm',
    legalBasis: 'Điều 17 khoản 1 điểm đ; Điều 19 khoản 1 điểm e Luật Tiếp cận thông tin',
    path: '/cong-khai-ngan-sach',
    sectionName: 'Công khai ngân sách',
    source: { collection: 'budget-reports' },
    freshness: { kind: 'budget-estimate', dueMonth: 1, dueDay: 30 },
  },
  {
    key: 'statistics',
    item: 'Thông tin thống kê trên địa bàn xã',
    legalBasis: 'Điều 19 khoản 1 điểm e Luật Tiếp cận thông tin',
    path: '/thong-ke',
    sectionName: 'Thống kê',
    source: { collection: 'statistics' },
    freshness: { kind: 'published-within', days: 365 },
  },
  {
    key: 'organisation',
    item: 'Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn; sơ đồ tổ chức',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin',
    path: '/gioi-thieu/co-cau-to-chuc',
    sectionName: 'Giới thiệu – Cơ cấu tổ chức',
    source: { collection: 'pages', section: 'organisation' },
    freshness: { kind: 'published-within', days: 365 },
  },
  {
    key: 'leaders',
    item: 'Lãnh đạo xã: tiểu sử tóm tắt, nhiệm vụ được phân công',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin',
    path: '/gioi-thieu/lanh-dao',
    sectionName: 'Giới thiệu – Lãnh đạo xã',
    source: { collection: 'officials' },
    freshness: { kind: 'published-within', days: 183 },
  },
  {
    key: 'contacts',
    item: 'Thông tin liên hệ của cán bộ, công chức có thẩm quyền',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin',
    path: '/lien-he',
    sectionName: 'Liên hệ',
    source: { collection: 'contacts' },
    freshness: { kind: 'published-within', days: 183 },
  },
  {
    key: 'work-schedule',
    item: 'Lịch công tác của lãnh đạo xã',
    legalBasis: 'Điều 19 khoản 1 điểm đ Luật Tiếp cận thông tin (tổ chức, hoạt động của cơ quan)',
    path: '/lich-cong-tac',
    sectionName: 'Lịch công tác',
    source: { collection: 'work-schedules' },
    freshness: { kind: 'this-week' },
  },
];

/** The scorecard's words for a freshness rule, e.g. “Cập nhật trong 6 tháng”. */
export function freshnessLabel(freshness: Freshness): string {
  switch (freshness.kind) {
    case 'present':
      return 'Có nội dung';
    case 'published-within':
      if (freshness.days % 365 === 0) return `Cập nhật trong ${freshness.days / 365} năm`;
      if (freshness.days >= 28) return `Cập nhật trong ${Math.round(freshness.days / 30.5)} tháng`;
      return `Cập nhật trong ${freshness.days} ngày`;
    case 'this-week':
      return 'Có lịch của tuần này';
    case 'budget-estimate':
      return `Dự toán năm nay công khai chậm nhất ${String(freshness.dueDay).padStart(2, '0')}/${String(freshness.dueMonth).padStart(2, '0')}`;
  }
}

/** The admin's content type of each collection (the scorecard links to its list to fix a row). */
export const COLLECTION_UIDS: Record<RequiredInformationSource['collection'], string> = {
  documents: 'api::document.document',
  procedures: 'api::procedure.procedure',
  plans: 'api::plan.plan',
  'investment-projects': 'api::investment-project.investment-project',
  'bidding-notices': 'api::bidding-notice.bidding-notice',
  'budget-reports': 'api::budget-report.budget-report',
  statistics: 'api::statistic.statistic',
  'work-schedules': 'api::work-schedule.work-schedule',
  officials: 'api::official.official',
  contacts: 'api::contact.contact',
  articles: 'api::article.article',
  consultations: 'api::consultation.consultation',
  'question-answers': 'api::question-answer.question-answer',
  pages: 'api::page.page',
};
