/**
 * The sections of every commune site at their fixed addresses, as the human site map
 * (`/so-do-trang`) lists them beside the commune's own menu. The law's sections come from the
 * list the default menu reads too (commune-tenancy/shared/law-sections.ts).
 */
import { CITIZEN_VOICE_SECTIONS, DISCLOSURE_SECTIONS, WORK_SCHEDULE_SECTION } from '#commune-tenancy';

export interface SiteSectionLink {
  label: string;
  url: string;
}

export interface SiteSectionGroup {
  /** The group's heading id, so `/so-do-trang#cong-khai` reaches it. */
  id: string;
  heading: string;
  links: SiteSectionLink[];
}

export const SITE_SECTION_GROUPS: readonly SiteSectionGroup[] = [
  {
    id: 'tin-tuc-van-ban',
    heading: 'Tin tức, văn bản và thủ tục',
    links: [
      { label: 'Tin tức – Sự kiện', url: '/tin-tuc' },
      { label: 'Văn bản chỉ đạo điều hành', url: '/van-ban' },
      { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh' },
      WORK_SCHEDULE_SECTION,
    ],
  },
  {
    id: 'cong-khai',
    heading: 'Công khai thông tin',
    links: [...DISCLOSURE_SECTIONS],
  },
  {
    id: 'y-kien-nguoi-dan',
    heading: 'Ý kiến người dân',
    links: [
      ...CITIZEN_VOICE_SECTIONS,
      { label: 'Gửi câu hỏi, phản ánh, kiến nghị', url: '/hoi-dap/gui-cau-hoi' },
      { label: 'Tra cứu câu hỏi đã gửi', url: '/hoi-dap/tra-cuu' },
      { label: 'Thông báo xử lý dữ liệu cá nhân', url: '/bao-ve-du-lieu-ca-nhan' },
    ],
  },
  {
    id: 'lien-he-tra-cuu',
    heading: 'Liên hệ và tra cứu',
    links: [
      { label: 'Thông tin liên hệ', url: '/lien-he' },
      { label: 'Tìm kiếm', url: '/tim-kiem' },
      { label: 'Sơ đồ trang', url: '/so-do-trang' },
    ],
  },
];

/** For feed readers and the provincial portal; plain links, opened as files. */
export const SITE_FEEDS: readonly SiteSectionLink[] = [
  { label: 'Tin tức mới (RSS)', url: '/rss/tin-tuc.xml' },
  { label: 'Văn bản mới (RSS)', url: '/rss/van-ban.xml' },
  { label: 'Câu trả lời mới (RSS)', url: '/rss/hoi-dap.xml' },
  { label: 'Dự thảo lấy ý kiến (RSS)', url: '/rss/lay-y-kien.xml' },
  { label: 'Sơ đồ trang cho máy tìm kiếm (XML)', url: '/sitemap.xml' },
];
