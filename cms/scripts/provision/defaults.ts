/**
 * What every new commune site starts with: the standard news sections, the six introduction
 * pages (drafts that tell the editors what to write), and the site settings with the menu.
 */
import { inSentence, provinceInSentence, type CommuneSpec } from './spec';
import { withRequiredSections } from './menu';

export interface DefaultCategory {
  slug: string;
  name: string;
  description: string;
}

export const DEFAULT_CATEGORIES: DefaultCategory[] = [
  { slug: 'hoat-dong-dang-uy', name: 'Hoạt động của Đảng ủy', description: 'Hội nghị, sự kiện, công tác xây dựng Đảng của Đảng bộ xã.' },
  {
    slug: 'hoat-dong-hdnd-ubnd',
    name: 'Hoạt động HĐND – UBND',
    description: 'Kỳ họp HĐND, hội nghị và công tác chỉ đạo, điều hành của UBND.',
  },
  {
    slug: 'mat-tran-va-doan-the',
    name: 'Mặt trận Tổ quốc và các đoàn thể',
    description: 'Hoạt động của Ủy ban MTTQ Việt Nam và các tổ chức chính trị – xã hội.',
  },
  {
    slug: 'quan-su-cong-an',
    name: 'Quân sự – Công an',
    description: 'Công tác quốc phòng, quân sự địa phương và bảo đảm an ninh, trật tự trên địa bàn.',
  },
  { slug: 'tin-thon-ban', name: 'Tin thôn, bản', description: 'Đời sống, sản xuất, văn hóa của các thôn, bản, tổ dân phố.' },
  {
    slug: 'thong-tin-tuyen-truyen',
    name: 'Thông tin tuyên truyền',
    description: 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  },
  {
    slug: 'cai-cach-hanh-chinh',
    name: 'Cải cách hành chính',
    description: 'Kết quả cải cách hành chính, giải quyết thủ tục hành chính cho người dân và doanh nghiệp.',
  },
  { slug: 'thong-bao', name: 'Thông báo', description: 'Thông báo của Đảng ủy, HĐND, UBND gửi tới cơ quan, đơn vị và Nhân dân.' },
];

export type PageSection = 'overview' | 'history' | 'natural_conditions' | 'culture' | 'organisation' | 'boundary_map';

export interface DefaultPage {
  section: PageSection;
  slug: string;
  /** Title with the commune's name in a sentence ("xã Khánh Khê"). */
  title: (commune: string) => string;
  /** Menu label. */
  label: string;
  order: number;
  /** What the editors should write on this page. */
  guidance: string[];
}

export const INTRO_PAGES: DefaultPage[] = [
  {
    section: 'overview',
    slug: 'tong-quan',
    label: 'Tổng quan',
    title: (commune) => `Tổng quan về ${commune}`,
    order: 1,
    guidance: [
      'Vị trí địa lý, các đơn vị hành chính giáp ranh.',
      'Diện tích tự nhiên, dân số, các dân tộc, số thôn, bản, tổ dân phố.',
      'Tiềm năng, thế mạnh và định hướng phát triển kinh tế – xã hội.',
    ],
  },
  {
    section: 'history',
    slug: 'lich-su',
    label: 'Lịch sử',
    title: (commune) => `Lịch sử hình thành và phát triển ${commune}`,
    order: 2,
    guidance: [
      'Quá trình hình thành, các lần chia tách, sáp nhập và văn bản quy định.',
      'Truyền thống cách mạng, danh hiệu được Nhà nước trao tặng.',
      'Những mốc phát triển quan trọng.',
    ],
  },
  {
    section: 'natural_conditions',
    slug: 'dieu-kien-tu-nhien',
    label: 'Điều kiện tự nhiên',
    title: () => 'Điều kiện tự nhiên',
    order: 3,
    guidance: ['Địa hình, khí hậu, sông suối, đất đai.', 'Tài nguyên rừng, khoáng sản, nguồn nước.', 'Giao thông, hạ tầng chính.'],
  },
  {
    section: 'culture',
    slug: 'van-hoa',
    label: 'Văn hóa',
    title: () => 'Văn hóa, lễ hội và di tích',
    order: 4,
    guidance: [
      'Phong tục, tập quán, trang phục, làng nghề của các dân tộc.',
      'Lễ hội truyền thống và thời gian tổ chức.',
      'Di tích lịch sử – văn hóa, danh lam thắng cảnh.',
    ],
  },
  {
    section: 'organisation',
    slug: 'co-cau-to-chuc',
    label: 'Cơ cấu tổ chức',
    title: (commune) => `Cơ cấu tổ chức của ${commune}`,
    order: 5,
    guidance: [
      'Đảng ủy, HĐND, UBND, Ủy ban MTTQ và các đoàn thể: lãnh đạo, chức năng, nhiệm vụ.',
      'Các phòng, ban chuyên môn và Trung tâm Phục vụ hành chính công.',
      'Nên có thêm bản tiếng Anh của mục này (Nghị định 42/2022/NĐ-CP trước đây yêu cầu; Nghị định 224/2026/NĐ-CP thay thế từ 01/7/2026).',
    ],
  },
  {
    section: 'boundary_map',
    slug: 'ban-do-dia-gioi',
    label: 'Bản đồ địa giới',
    title: (commune) => `Bản đồ địa giới hành chính ${commune}`,
    order: 6,
    guidance: [
      'Tải lên ảnh bản đồ địa giới hành chính (trường “Bản đồ”) kèm mô tả.',
      'Ghi các đơn vị hành chính giáp ranh và diện tích từng thôn, bản nếu có.',
    ],
  },
];

interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
}
type Block =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'list'; format: 'unordered'; children: Array<{ type: 'list-item'; children: TextNode[] }> };

/** The placeholder body of an introduction page, as Strapi "blocks". */
export function placeholderBody(page: DefaultPage, commune: string): Block[] {
  return [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Nội dung mẫu – Ban biên tập hãy thay bằng nội dung chính thức trước khi đăng. ', bold: true },
        { type: 'text', text: `Trang “${page.label}” của ${commune} nên có:` },
      ],
    },
    {
      type: 'list',
      format: 'unordered',
      children: page.guidance.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
    },
  ];
}

export function pageSummary(page: DefaultPage, commune: string): string {
  return `Trang “${page.label}” của ${commune} (đang soạn).`;
}

export interface MenuItem {
  label: string;
  url: string;
  children: Array<{ label: string; url: string }>;
}

/**
 * A commune's default menu: its introduction pages and news categories, and every section the
 * law asks for (menu.ts). New communes get it with DEFAULT_CATEGORIES; the demo seed with each
 * demo commune's own categories.
 */
export function defaultMenu(categories: ReadonlyArray<{ slug: string; name: string }>): MenuItem[] {
  return withRequiredSections([
    { label: 'Trang chủ', url: '/', children: [] },
    {
      label: 'Giới thiệu',
      url: '/gioi-thieu/tong-quan',
      children: INTRO_PAGES.map((page) => ({ label: page.label, url: `/gioi-thieu/${page.slug}` })),
    },
    {
      label: 'Tin tức – Sự kiện',
      url: '/tin-tuc',
      children: categories.map((category) => ({ label: category.name, url: `/tin-tuc/chuyen-muc/${category.slug}` })),
    },
    { label: 'Văn bản', url: '/van-ban', children: [] },
    { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh', children: [] },
    { label: 'Liên hệ', url: '/lien-he', children: [] },
  ]).menu;
}

export function siteSettings(spec: CommuneSpec): {
  siteTitle: string;
  menu: MenuItem[];
  featuredLinks: Array<{ label: string; url: string; description: string }>;
  footerText: string;
} {
  const commune = inSentence(spec.name);
  const province = provinceInSentence(spec.province);
  return {
    siteTitle: `Trang thông tin điện tử ${commune}`,
    menu: defaultMenu(DEFAULT_CATEGORIES),
    featuredLinks: [
      {
        label: 'Cổng Dịch vụ công quốc gia',
        url: 'https://dichvucong.gov.vn',
        description: 'Nộp hồ sơ, tra cứu thủ tục hành chính và thanh toán trực tuyến.',
      },
      {
        label: 'Cổng thông tin điện tử Chính phủ',
        url: 'https://chinhphu.vn',
        description: 'Thông tin chính thống của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
      },
    ],
    footerText: `Trang thông tin điện tử ${commune}, ${province}. Cơ quan chủ quản: Ủy ban nhân dân ${commune}.`,
  };
}
