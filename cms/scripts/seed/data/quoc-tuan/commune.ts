import type { SeedCategory, SeedCommune, SeedSiteSettings } from '../../types';

export const communeInfo = {
  slug: 'quoc-tuan',
  name: 'Xã Quốc Tuấn',
  shortName: 'Quốc Tuấn',
  code: '11641',
  province: 'Hải Phòng',
  primaryDomain: 'quoctuan.haiphong.gov.vn',
  domainAliases: ['quoctuan.localhost'],
  themeColor: '#1e6b3a',
  address: 'Trụ sở HĐND – UBND xã Quốc Tuấn, thôn Kinh Điền, xã Quốc Tuấn, thành phố Hải Phòng',
  phone: '0225 3871 246',
  fax: '0225 3871 247',
  email: 'ubnd.quoctuan@haiphong.gov.vn',
  contentResponsible: 'Ông Vũ Đức Thành – Chủ tịch UBND xã, Trưởng Ban biên tập',
  reuseNote: 'Ghi rõ nguồn “Trang thông tin điện tử xã Quốc Tuấn” khi phát hành lại thông tin từ trang này.',
} satisfies Omit<SeedCommune, 'categories' | 'articles' | 'documents' | 'procedures' | 'officials' | 'contacts' | 'pages' | 'settings'>;

export const categories: SeedCategory[] = [
  {
    slug: 'hoat-dong-dang-uy',
    name: 'Hoạt động của Đảng ủy',
    description: 'Tin về lãnh đạo, chỉ đạo của Đảng ủy xã, các chi bộ và công tác xây dựng Đảng.',
  },
  {
    slug: 'xay-dung-dang',
    name: 'Công tác xây dựng Đảng',
    description: 'Học tập, quán triệt nghị quyết; công tác tổ chức, kiểm tra, giám sát và dân vận của Đảng bộ xã.',
    parent: 'hoat-dong-dang-uy',
  },
  {
    slug: 'hoat-dong-hdnd-ubnd',
    name: 'Hoạt động HĐND – UBND',
    description: 'Kỳ họp HĐND xã, phiên họp UBND xã, chỉ đạo điều hành phát triển kinh tế – xã hội.',
  },
  {
    slug: 'mat-tran-doan-the',
    name: 'Mặt trận Tổ quốc và các đoàn thể',
    description: 'Hoạt động của Ủy ban MTTQ Việt Nam xã, Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên.',
  },
  {
    slug: 'quan-su-cong-an',
    name: 'Quân sự – Công an',
    description: 'Công tác quốc phòng, quân sự địa phương, bảo đảm an ninh chính trị và trật tự, an toàn xã hội.',
  },
  {
    slug: 'tin-thon-khu-dan-cu',
    name: 'Tin thôn, khu dân cư',
    description: 'Hoạt động của 12 thôn trên địa bàn xã.',
  },
  {
    slug: 'thong-tin-tuyen-truyen',
    name: 'Thông tin tuyên truyền',
    description: 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước và kiến thức phục vụ đời sống.',
  },
  {
    slug: 'tuyen-truyen-phap-luat',
    name: 'Phổ biến, giáo dục pháp luật',
    description: 'Giới thiệu văn bản pháp luật mới, hướng dẫn thực hiện chính sách tại cơ sở.',
    parent: 'thong-tin-tuyen-truyen',
  },
  {
    slug: 'khuyen-nong-san-xuat',
    name: 'Khuyến nông – Sản xuất',
    description: 'Lịch thời vụ, kỹ thuật canh tác lúa, rau màu vụ đông và phát triển làng nghề.',
    parent: 'thong-tin-tuyen-truyen',
  },
  {
    slug: 'cai-cach-hanh-chinh',
    name: 'Cải cách hành chính',
    description: 'Kết quả giải quyết thủ tục hành chính, dịch vụ công trực tuyến, chuyển đổi số.',
  },
  {
    slug: 'thong-bao',
    name: 'Thông báo',
    description: 'Thông báo của HĐND, UBND xã và các cơ quan, đơn vị gửi tới nhân dân.',
  },
];

export const settings: SeedSiteSettings = {
  siteTitle: 'Trang thông tin điện tử xã Quốc Tuấn',
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
        { label: 'Công tác xây dựng Đảng', url: '/tin-tuc/chuyen-muc/xay-dung-dang' },
        { label: 'Hoạt động HĐND – UBND', url: '/tin-tuc/chuyen-muc/hoat-dong-hdnd-ubnd' },
        { label: 'Mặt trận Tổ quốc và các đoàn thể', url: '/tin-tuc/chuyen-muc/mat-tran-doan-the' },
        { label: 'Quân sự – Công an', url: '/tin-tuc/chuyen-muc/quan-su-cong-an' },
        { label: 'Tin thôn, khu dân cư', url: '/tin-tuc/chuyen-muc/tin-thon-khu-dan-cu' },
        { label: 'Thông tin tuyên truyền', url: '/tin-tuc/chuyen-muc/thong-tin-tuyen-truyen' },
        { label: 'Phổ biến, giáo dục pháp luật', url: '/tin-tuc/chuyen-muc/tuyen-truyen-phap-luat' },
        { label: 'Khuyến nông – Sản xuất', url: '/tin-tuc/chuyen-muc/khuyen-nong-san-xuat' },
        { label: 'Cải cách hành chính', url: '/tin-tuc/chuyen-muc/cai-cach-hanh-chinh' },
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
      description: 'Nộp hồ sơ, tra cứu và thanh toán trực tuyến thủ tục hành chính.',
    },
    {
      label: 'Cổng thông tin điện tử thành phố Hải Phòng',
      url: 'https://haiphong.gov.vn',
      description: 'Tin tức, văn bản chỉ đạo điều hành của Thành ủy, HĐND, UBND thành phố.',
    },
    {
      label: 'Cổng thông tin điện tử Chính phủ',
      url: 'https://chinhphu.vn',
      description: 'Thông tin chính thống về hoạt động của Chính phủ, văn bản quy phạm pháp luật.',
    },
  ],
  footerText:
    'Trang thông tin điện tử xã Quốc Tuấn – Cơ quan chủ quản: Ủy ban nhân dân xã Quốc Tuấn, thành phố Hải Phòng. ' +
    'Địa chỉ: thôn Kinh Điền, xã Quốc Tuấn, thành phố Hải Phòng. Điện thoại: 0225 3871 246 – Fax: 0225 3871 247 – ' +
    'Thư điện tử: ubnd.quoctuan@haiphong.gov.vn. Chịu trách nhiệm nội dung: Ông Vũ Đức Thành – Chủ tịch UBND xã, Trưởng Ban biên tập. ' +
    'Ghi rõ nguồn “Trang thông tin điện tử xã Quốc Tuấn” khi phát hành lại thông tin từ trang này.',
};
