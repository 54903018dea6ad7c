/**
 * The sections the law asks every commune site to publish (Law 104/2016/QH13 Art. 17 and 19(1),
 * Decree 224/2026/NĐ-CP Art. 9), at the public site's fixed addresses: the one list that the
 * default menu (cms/scripts/provision/menu.ts) and the human site map (the site's `/so-do-trang`)
 * both read. Keep this file free of runtime dependencies: the CMS scripts and the site import it.
 */
export interface SectionLink {
  label: string;
  url: string;
}

/** The "Công khai" group: what the commune discloses, each a section of its own. */
export const DISCLOSURE_SECTIONS: readonly SectionLink[] = [
  { label: 'Quy hoạch – Kế hoạch', url: '/quy-hoach-ke-hoach' },
  { label: 'Đầu tư – Đấu thầu – Mua sắm công', url: '/dau-tu-dau-thau' },
  { label: 'Công khai ngân sách', url: '/cong-khai-ngan-sach' },
  { label: 'Thống kê', url: '/thong-ke' },
  { label: 'Tiếp cận thông tin', url: '/tiep-can-thong-tin' },
];

/** The leaders' weekly work schedule. */
export const WORK_SCHEDULE_SECTION: SectionLink = { label: 'Lịch công tác', url: '/lich-cong-tac' };

/**
 * The citizens' voice (Law 104/2016/QH13 Art. 17(1)(c), Decree 224/2026/NĐ-CP Art. 10): questions,
 * feedback and petitions with the commune's published answers, and drafts put to the citizens.
 */
export const CITIZEN_VOICE_SECTIONS: readonly SectionLink[] = [
  { label: 'Hỏi đáp', url: '/hoi-dap' },
  { label: 'Lấy ý kiến dự thảo', url: '/lay-y-kien' },
];
