import type { SeedCategory, SeedCommune, SeedSiteSettings } from '../../types';

export const communeInfo = {
  slug: 'son-giang',
  name: 'Xã Sơn Giang',
  shortName: 'Sơn Giang',
  code: '18412',
  province: 'Hà Tĩnh',
  primaryDomain: 'songiang.hatinh.gov.vn',
  domainAliases: ['songiang.localhost'],
  themeColor: '#1d4e89',
  address: 'Thôn Tân Hòa, xã Sơn Giang, tỉnh Hà Tĩnh',
  phone: '0239 3875 126',
  fax: '0239 3875 128',
  email: 'ubndxasongiang@hatinh.gov.vn',
  contentResponsible: 'Ông Lê Đình Phúc – Chủ tịch UBND xã, Trưởng Ban biên tập',
  reuseNote: 'Ghi rõ nguồn “Trang thông tin điện tử xã Sơn Giang” khi phát hành lại thông tin từ trang này.',
} satisfies Omit<SeedCommune, 'categories' | 'articles' | 'documents' | 'procedures' | 'officials' | 'contacts' | 'pages' | 'settings'>;

export const categories: SeedCategory[] = [
  {
    slug: 'hoat-dong-dang-uy',
    name: 'Hoạt động của Đảng ủy',
    description: 'Tin về công tác lãnh đạo, xây dựng Đảng, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của Đảng bộ xã.',
  },
  {
    slug: 'hoat-dong-hdnd-ubnd',
    name: 'Hoạt động HĐND – UBND',
    description: 'Kỳ họp HĐND xã, hoạt động chỉ đạo, điều hành của UBND xã và các phòng chuyên môn.',
  },
  {
    slug: 'mat-tran-doan-the',
    name: 'Mặt trận Tổ quốc và các đoàn thể',
    description: 'Hoạt động của Ủy ban MTTQ Việt Nam xã, Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên.',
  },
  {
    slug: 'quan-su-cong-an',
    name: 'Quân sự – Công an',
    description: 'Công tác quốc phòng, quân sự địa phương, bảo đảm an ninh trật tự và an toàn giao thông trên địa bàn xã.',
  },
  {
    slug: 'tin-thon',
    name: 'Tin thôn, khu dân cư',
    description: 'Hoạt động của 15 thôn trên địa bàn xã Sơn Giang.',
  },
  {
    slug: 'thong-tin-tuyen-truyen',
    name: 'Thông tin tuyên truyền',
    description: 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ của địa phương.',
  },
  {
    slug: 'pho-bien-phap-luat',
    name: 'Phổ biến, giáo dục pháp luật',
    description: 'Giới thiệu văn bản pháp luật mới, hướng dẫn người dân thực hiện quyền và nghĩa vụ.',
    parent: 'thong-tin-tuyen-truyen',
  },
  {
    slug: 'khuyen-nong-phat-trien-kinh-te',
    name: 'Khuyến nông – Phát triển kinh tế',
    description: 'Kỹ thuật canh tác cam, bưởi, chăn nuôi, chương trình Mỗi xã một sản phẩm (OCOP) và xây dựng nông thôn mới.',
    parent: 'thong-tin-tuyen-truyen',
  },
  {
    slug: 'cai-cach-hanh-chinh',
    name: 'Cải cách hành chính',
    description: 'Kết quả cải cách hành chính, hoạt động của Bộ phận một cửa và chuyển đổi số của xã.',
  },
  {
    slug: 'dich-vu-cong-truc-tuyen',
    name: 'Dịch vụ công trực tuyến',
    description: 'Hướng dẫn nộp hồ sơ, thanh toán trực tuyến và tra cứu kết quả giải quyết thủ tục hành chính.',
    parent: 'cai-cach-hanh-chinh',
  },
  {
    slug: 'thong-bao',
    name: 'Thông báo',
    description: 'Thông báo, lịch làm việc, lịch tiếp công dân của UBND xã.',
  },
];

export const settings: SeedSiteSettings = {
  siteTitle: 'Trang thông tin điện tử xã Sơn Giang',
  menu: [
    { label: 'Trang chủ', url: '/' },
    {
      label: 'Giới thiệu',
      url: '/gioi-thieu/tong-quan',
      children: [
        { label: 'Tổng quan', url: '/gioi-thieu/tong-quan' },
        { label: 'Lịch sử', url: '/gioi-thieu/lich-su' },
        { label: 'Điều kiện tự nhiên', url: '/gioi-thieu/dieu-kien-tu-nhien' },
        { label: 'Văn hóa', url: '/gioi-thieu/van-hoa' },
        { label: 'Cơ cấu tổ chức', url: '/gioi-thieu/co-cau-to-chuc' },
        { label: 'Bản đồ địa giới', url: '/gioi-thieu/ban-do-dia-gioi' },
      ],
    },
    {
      label: 'Tin tức – Sự kiện',
      url: '/tin-tuc',
      children: [
        { label: 'Hoạt động của Đảng ủy', url: '/tin-tuc/chuyen-muc/hoat-dong-dang-uy' },
        { label: 'Hoạt động HĐND – UBND', url: '/tin-tuc/chuyen-muc/hoat-dong-hdnd-ubnd' },
        { label: 'Mặt trận Tổ quốc và các đoàn thể', url: '/tin-tuc/chuyen-muc/mat-tran-doan-the' },
        { label: 'Quân sự – Công an', url: '/tin-tuc/chuyen-muc/quan-su-cong-an' },
        { label: 'Tin thôn, khu dân cư', url: '/tin-tuc/chuyen-muc/tin-thon' },
        { label: 'Thông tin tuyên truyền', url: '/tin-tuc/chuyen-muc/thong-tin-tuyen-truyen' },
        { label: 'Phổ biến, giáo dục pháp luật', url: '/tin-tuc/chuyen-muc/pho-bien-phap-luat' },
        { label: 'Khuyến nông – Phát triển kinh tế', url: '/tin-tuc/chuyen-muc/khuyen-nong-phat-trien-kinh-te' },
        { label: 'Cải cách hành chính', url: '/tin-tuc/chuyen-muc/cai-cach-hanh-chinh' },
        { label: 'Dịch vụ công trực tuyến', url: '/tin-tuc/chuyen-muc/dich-vu-cong-truc-tuyen' },
        { label: 'Thông báo', url: '/tin-tuc/chuyen-muc/thong-bao' },
      ],
    },
    { label: 'Văn bản', url: '/van-ban' },
    { label: 'Thủ tục hành chính', url: '/thu-tuc-hanh-chinh' },
    { label: 'Liên hệ', url: '/lien-he' },
    { label: 'English', url: '/en' },
  ],
  featuredLinks: [
    {
      label: 'Cổng Dịch vụ công quốc gia',
      url: 'https://dichvucong.gov.vn',
      description: 'Nộp hồ sơ, thanh toán lệ phí và tra cứu kết quả giải quyết thủ tục hành chính trực tuyến.',
    },
    {
      label: 'Cổng thông tin điện tử tỉnh Hà Tĩnh',
      url: 'https://hatinh.gov.vn',
      description: 'Thông tin chỉ đạo, điều hành của Tỉnh ủy, HĐND, UBND tỉnh Hà Tĩnh.',
    },
    {
      label: 'Cổng thông tin điện tử Chính phủ',
      url: 'https://chinhphu.vn',
      description: 'Thông tin chính thống về hoạt động của Chính phủ và hệ thống văn bản quy phạm pháp luật.',
    },
  ],
  footerText:
    'Trang thông tin điện tử xã Sơn Giang – Cơ quan chủ quản: Ủy ban nhân dân xã Sơn Giang, tỉnh Hà Tĩnh. Địa chỉ: Thôn Tân Hòa, xã Sơn Giang, tỉnh Hà Tĩnh. Điện thoại: 0239 3875 126 – Fax: 0239 3875 128 – Thư điện tử: ubndxasongiang@hatinh.gov.vn. Chịu trách nhiệm nội dung: Ông Lê Đình Phúc – Chủ tịch UBND xã, Trưởng Ban biên tập. Ghi rõ nguồn “Trang thông tin điện tử xã Sơn Giang” khi phát hành lại thông tin từ trang này.',
};
