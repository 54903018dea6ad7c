import type { SeedCategory, SeedCommune, SeedSiteSettings } from '../../types';

export const communeInfo = {
  slug: 'khanh-khe',
  name: 'Xã Khánh Khê',
  shortName: 'Khánh Khê',
  code: '06235',
  province: 'Lạng Sơn',
  primaryDomain: 'khanhkhe.langson.gov.vn',
  domainAliases: ['khanhkhe.localhost'],
  themeColor: '#a51d24',
  address: 'Thôn Nà Pàn, xã Khánh Khê, tỉnh Lạng Sơn',
  phone: '0205 3831 426',
  fax: '0205 3831 428',
  email: 'ubndkhanhkhe@langson.gov.vn',
  contentResponsible: 'Ông Nông Văn Hải – Chủ tịch UBND xã, Trưởng Ban biên tập',
  reuseNote: 'Ghi rõ nguồn “Trang thông tin điện tử xã Khánh Khê” khi phát hành lại thông tin từ trang này.',
  logoAlt: 'Biểu trưng xã Khánh Khê',
} satisfies Omit<SeedCommune, 'categories' | 'articles' | 'documents' | 'procedures' | 'officials' | 'contacts' | 'pages' | 'settings'>;

export const categories: SeedCategory[] = [
  {
    slug: 'tin-hoat-dong',
    name: 'Tin hoạt động',
    description: 'Tin tức về hoạt động của hệ thống chính trị và đời sống Nhân dân trên địa bàn xã Khánh Khê.',
  },
  {
    slug: 'hoat-dong-dang-uy',
    name: 'Hoạt động của Đảng ủy',
    description: 'Hội nghị, sự kiện, công tác xây dựng Đảng của Đảng bộ xã Khánh Khê.',
    parent: 'tin-hoat-dong',
  },
  {
    slug: 'hoat-dong-hdnd-ubnd',
    name: 'Hoạt động HĐND – UBND',
    description: 'Kỳ họp HĐND xã, hội nghị và công tác chỉ đạo, điều hành của UBND xã.',
    parent: 'tin-hoat-dong',
  },
  {
    slug: 'mat-tran-va-doan-the',
    name: 'Mặt trận Tổ quốc và các đoàn thể',
    description: 'Hoạt động của Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị – xã hội.',
    parent: 'tin-hoat-dong',
  },
  {
    slug: 'quan-su-cong-an',
    name: 'Quân sự – Công an',
    description: 'Công tác quốc phòng, quân sự địa phương và bảo đảm an ninh, trật tự trên địa bàn.',
    parent: 'tin-hoat-dong',
  },
  {
    slug: 'tin-thon-ban',
    name: 'Tin thôn, bản',
    description: 'Đời sống, sản xuất, văn hóa của các thôn, bản trong xã.',
    parent: 'tin-hoat-dong',
  },
  {
    slug: 'thong-tin-tuyen-truyen',
    name: 'Thông tin tuyên truyền',
    description: 'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
  },
  {
    slug: 'pho-bien-phap-luat',
    name: 'Phổ biến, giáo dục pháp luật',
    description: 'Giới thiệu văn bản pháp luật mới, hướng dẫn người dân thực hiện quyền và nghĩa vụ.',
    parent: 'thong-tin-tuyen-truyen',
  },
  {
    slug: 'cai-cach-hanh-chinh',
    name: 'Cải cách hành chính',
    description: 'Kết quả cải cách hành chính, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.',
  },
  {
    slug: 'chuyen-doi-so',
    name: 'Chuyển đổi số',
    description: 'Dịch vụ công trực tuyến, Tổ công nghệ số cộng đồng và các ứng dụng số phục vụ người dân.',
    parent: 'cai-cach-hanh-chinh',
  },
  {
    slug: 'thong-bao',
    name: 'Thông báo',
    description: 'Thông báo của Đảng ủy, HĐND, UBND xã gửi tới cơ quan, đơn vị và Nhân dân.',
  },
];

export const settings: SeedSiteSettings = {
  siteTitle: 'Trang thông tin điện tử xã Khánh Khê',
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
        { label: 'Tin hoạt động', url: '/tin-tuc/chuyen-muc/tin-hoat-dong' },
        { label: 'Hoạt động của Đảng ủy', url: '/tin-tuc/chuyen-muc/hoat-dong-dang-uy' },
        { label: 'Hoạt động HĐND – UBND', url: '/tin-tuc/chuyen-muc/hoat-dong-hdnd-ubnd' },
        { label: 'Mặt trận Tổ quốc và các đoàn thể', url: '/tin-tuc/chuyen-muc/mat-tran-va-doan-the' },
        { label: 'Quân sự – Công an', url: '/tin-tuc/chuyen-muc/quan-su-cong-an' },
        { label: 'Tin thôn, bản', url: '/tin-tuc/chuyen-muc/tin-thon-ban' },
        { label: 'Thông tin tuyên truyền', url: '/tin-tuc/chuyen-muc/thong-tin-tuyen-truyen' },
        { label: 'Phổ biến, giáo dục pháp luật', url: '/tin-tuc/chuyen-muc/pho-bien-phap-luat' },
        { label: 'Cải cách hành chính', url: '/tin-tuc/chuyen-muc/cai-cach-hanh-chinh' },
        { label: 'Chuyển đổi số', url: '/tin-tuc/chuyen-muc/chuyen-doi-so' },
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
      description: 'Nộp hồ sơ, tra cứu thủ tục hành chính và thanh toán trực tuyến.',
    },
    {
      label: 'Cổng thông tin điện tử tỉnh Lạng Sơn',
      url: 'https://langson.gov.vn',
      description: 'Thông tin chỉ đạo, điều hành của Tỉnh ủy, HĐND, UBND tỉnh Lạng Sơn.',
    },
    {
      label: 'Cổng thông tin điện tử Chính phủ',
      url: 'https://chinhphu.vn',
      description: 'Thông tin chính thống của Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
    },
  ],
  footerText:
    'Trang thông tin điện tử xã Khánh Khê, tỉnh Lạng Sơn. Cơ quan chủ quản: Ủy ban nhân dân xã Khánh Khê. Địa chỉ: Thôn Nà Pàn, xã Khánh Khê, tỉnh Lạng Sơn. Điện thoại: 0205 3831 426 – Fax: 0205 3831 428 – Thư điện tử: ubndkhanhkhe@langson.gov.vn. Chịu trách nhiệm nội dung: Ông Nông Văn Hải – Chủ tịch UBND xã, Trưởng Ban biên tập. Ghi rõ nguồn “Trang thông tin điện tử xã Khánh Khê” khi phát hành lại thông tin từ trang này.',
};
