import type { SeedConsultation } from '../../citizen-voice-types';

/** Drafts put to the people of Sơn Giang: one open, one to come, one closed with its report. */
export const consultations: SeedConsultation[] = [
  {
    slug: 'du-thao-ke-hoach-phat-trien-san-pham-ocop-2027-2030',
    phase: 'open',
    title: 'Dự thảo Kế hoạch phát triển sản phẩm OCOP xã Sơn Giang giai đoạn 2027–2030',
    draftingAgency: 'Phòng Kinh tế xã Sơn Giang',
    summary:
      'Dự thảo xác định các sản phẩm chủ lực (cam, bưởi, mật ong, chè xanh), mục tiêu số sản phẩm đạt 3 sao trở lên, các nhiệm vụ ' +
      'về vùng nguyên liệu, bao bì, truy xuất nguồn gốc và tiêu thụ sản phẩm giai đoạn 2027–2030.',
    body: [
      { heading: 'Mục tiêu' },
      {
        list: [
          'Đến năm 2030 có ít nhất 6 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 1 sản phẩm tiềm năng 4 sao.',
          '100% sản phẩm OCOP có mã truy xuất nguồn gốc và được giới thiệu trên sàn thương mại điện tử.',
          'Hình thành ít nhất 2 hợp tác xã đủ năng lực làm chủ thể sản phẩm OCOP.',
        ],
      },
      { heading: 'Nhiệm vụ chủ yếu' },
      'Củng cố vùng nguyên liệu cam, bưởi theo quy trình an toàn tại các thôn Phú Thượng, Kim Lộc, Tân Hòa; hỗ trợ thiết kế bao bì, ' +
        'nhãn hiệu; tổ chức tập huấn kỹ năng bán hàng trực tuyến cho chủ thể sản phẩm.',
      'Người dân, chủ thể sản xuất góp ý trên trang này hoặc gửi văn bản về Phòng Kinh tế xã trong thời hạn lấy ý kiến.',
    ],
    opensInDays: -3,
    closesInDays: 20,
    comments: [
      {
        code: 'WK8E3NC5PY',
        body: 'Đề nghị bổ sung sản phẩm mật ong rừng Khe Mây vào danh mục ưu tiên, nhiều hộ đã nuôi ong theo hướng an toàn.',
        fullName: 'Hồ Thị Dung',
        phone: '0912 345 631',
        address: 'Thôn Khe Mây',
        receivedDaysAgo: 2,
        state: 'approved',
      },
      {
        code: 'GM4XH7T2VQ',
        body: 'Kế hoạch nên có nội dung hỗ trợ kho lạnh bảo quản cam sau thu hoạch, vì giá thường xuống thấp vào chính vụ.',
        fullName: 'Nguyễn Văn Thành',
        email: 'nguyen.thanh@example.vn',
        receivedDaysAgo: 2,
        state: 'approved',
      },
      {
        code: 'A9RZ5KW3HD',
        body: 'Cần làm rõ kinh phí hỗ trợ thiết kế bao bì lấy từ nguồn nào và mỗi chủ thể được hỗ trợ tối đa bao nhiêu.',
        fullName: 'Trần Văn Nam',
        phone: '0912 345 632',
        receivedDaysAgo: 1,
        state: 'pending',
      },
      {
        code: 'N3BV8YF6WC',
        body: 'Đề nghị mở lớp tập huấn bán hàng trực tuyến vào cuối tuần cho thanh niên ở các thôn.',
        fullName: 'Lê Minh Tuấn',
        email: 'le.tuan@example.vn',
        address: 'Thôn Tân Hòa',
        receivedDaysAgo: 0,
        state: 'pending',
      },
    ],
  },
  {
    slug: 'du-thao-phuong-an-dat-ten-duong-khu-trung-tam-xa',
    phase: 'upcoming',
    title: 'Dự thảo Phương án đặt tên đường, tuyến phố khu trung tâm xã Sơn Giang',
    draftingAgency: 'Phòng Văn hóa – Xã hội xã Sơn Giang',
    summary:
      'Dự thảo đề xuất đặt tên cho 7 tuyến đường khu trung tâm xã theo tên danh nhân, địa danh lịch sử của quê hương, kèm bản đồ vị ' +
      'trí và thuyết minh ý nghĩa của từng tên gọi.',
    body: [
      'Việc đặt tên đường giúp người dân, cơ quan, doanh nghiệp xác định địa chỉ thuận lợi, đồng thời giáo dục truyền thống lịch sử, văn ' +
        'hóa của quê hương.',
      {
        list: [
          'Tuyến trục chính từ cầu Sơn Giang đến chợ xã.',
          'Tuyến từ trụ sở UBND xã đến Trường THCS.',
          'Năm tuyến nhánh trong khu dân cư Tân Hòa.',
        ],
      },
    ],
    opensInDays: 12,
    closesInDays: 42,
  },
  {
    slug: 'du-thao-quy-dinh-quan-ly-nha-van-hoa-khu-the-thao-thon',
    phase: 'closed',
    title: 'Dự thảo Quy định quản lý, khai thác và sử dụng nhà văn hóa, khu thể thao thôn trên địa bàn xã Sơn Giang',
    draftingAgency: 'Phòng Văn hóa – Xã hội xã Sơn Giang',
    summary:
      'Dự thảo quy định nguyên tắc quản lý, trách nhiệm của Ban quản lý nhà văn hóa thôn, các hoạt động được tổ chức, việc thu, chi ' +
      'và giữ gìn tài sản tại nhà văn hóa, khu thể thao thôn.',
    body: [
      'Dự thảo gồm 4 chương, 18 điều, áp dụng cho 12 nhà văn hóa và 9 khu thể thao thôn trên địa bàn xã.',
      'Nhân dân góp ý về giờ mở cửa, việc cho thuê tổ chức đám cưới, việc đóng góp tiền điện, nước và trách nhiệm giữ gìn tài sản.',
    ],
    opensInDays: -70,
    closesInDays: -40,
    resultSummary: [
      'UBND xã nhận được 34 ý kiến góp ý (21 ý kiến trên Trang thông tin điện tử, 13 ý kiến tại hội nghị thôn), phần lớn đồng tình ' +
        'với dự thảo.',
      { heading: 'Ý kiến được tiếp thu' },
      {
        list: [
          'Cho phép sử dụng nhà văn hóa tổ chức đám cưới, đám tang khi gia đình không có mặt bằng, không thu tiền thuê (15 ý kiến).',
          'Quy định khu thể thao mở cửa đến 21 giờ 30 trong mùa hè (8 ý kiến).',
        ],
      },
      { heading: 'Ý kiến giải trình' },
      'Đề nghị ngân sách xã chi trả toàn bộ tiền điện của nhà văn hóa (6 ý kiến) chưa được tiếp thu: theo phân cấp, ngân sách xã hỗ ' +
        'trợ một phần, phần còn lại do thôn thỏa thuận đóng góp và công khai hằng quý.',
      'Quy định đã được UBND xã ban hành sau khi tiếp thu các ý kiến trên.',
    ],
    resultPublishedInDays: -30,
    adoptedDocument: '101/QĐ-UBND',
  },
];
