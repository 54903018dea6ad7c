import type { SeedConsultation } from '../../citizen-voice-types';

/** Drafts put to the people of Quốc Tuấn: one open, one to come, one closed with its report. */
export const consultations: SeedConsultation[] = [
  {
    slug: 'du-thao-quy-dinh-trat-tu-ve-sinh-moi-truong-cho-kinh-dien',
    phase: 'open',
    title: 'Dự thảo Quy định bảo đảm trật tự, vệ sinh môi trường và an toàn thực phẩm tại chợ Kinh Điền',
    draftingAgency: 'Phòng Kinh tế xã Quốc Tuấn',
    summary:
      'Dự thảo quy định việc bố trí ngành hàng, giờ họp chợ, trách nhiệm của Ban quản lý chợ và người kinh doanh trong giữ gìn trật tự, ' +
      'thu gom rác thải, bảo đảm an toàn thực phẩm và phòng cháy, chữa cháy tại chợ Kinh Điền.',
    body: [
      { heading: 'Những điểm mới của dự thảo' },
      {
        list: [
          'Bố trí khu bán thủy sản, gia cầm sống tách riêng, có rãnh thoát nước và điểm rửa.',
          'Người kinh doanh phân loại rác tại quầy; chợ thu gom hai lần mỗi ngày vào 11 giờ và 18 giờ.',
          'Không họp chợ lấn ra đường liên xã; xe máy để đúng bãi trông giữ.',
        ],
      },
      'Tiểu thương, người dân góp ý trên trang này, tại hòm thư góp ý ở chợ hoặc trực tiếp tại Phòng Kinh tế xã.',
    ],
    opensInDays: -5,
    closesInDays: 22,
    comments: [
      {
        code: 'E7PKW2HD9M',
        body: 'Tôi đồng ý tách khu bán gia cầm sống, nhưng đề nghị xã hỗ trợ làm mái che cho khu mới vì hiện ngoài trời.',
        fullName: 'Nguyễn Thị Mận',
        phone: '0912 345 651',
        address: 'Thôn Kinh Điền',
        receivedDaysAgo: 4,
        state: 'approved',
      },
      {
        code: 'Y2CH8RQ5ZW',
        body: 'Giờ thu gom rác buổi chiều nên để 17 giờ 30 vì nhiều người dọn hàng sớm về đón con.',
        fullName: 'Trần Văn Bình',
        email: 'tran.binh@example.vn',
        receivedDaysAgo: 3,
        state: 'approved',
      },
      {
        code: 'M5TW3XN8JB',
        body: 'Cần quy định rõ trách nhiệm của Ban quản lý chợ khi có người bán lấn chiếm lối đi, tránh để tiểu thương tự xử lý với nhau.',
        fullName: 'Vũ Thị Hảo',
        phone: '0912 345 652',
        receivedDaysAgo: 3,
        state: 'approved',
      },
      {
        code: 'B8WQ4GK6RT',
        body: 'Đề nghị bổ sung quy định về bình chữa cháy tại các quầy bán đồ khô, vì khu này nhiều hàng dễ cháy.',
        fullName: 'Phạm Văn Toàn',
        phone: '0912 345 653',
        address: 'Thôn Đông Phù',
        receivedDaysAgo: 1,
        state: 'pending',
      },
      {
        code: 'K3NZ7YV2EA',
        body: 'Bán vé số, đồ cũ giá rẻ, liên hệ số điện thoại trong tin nhắn để được giảm giá.',
        fullName: 'Khách hàng',
        phone: '0912 345 698',
        receivedDaysAgo: 2,
        state: 'rejected',
        rejectReason: 'spam',
      },
    ],
  },
  {
    slug: 'du-thao-ke-hoach-san-xuat-nong-nghiep-vu-xuan-2027',
    phase: 'upcoming',
    title: 'Dự thảo Kế hoạch sản xuất nông nghiệp vụ Xuân năm 2027 trên địa bàn xã Quốc Tuấn',
    draftingAgency: 'Phòng Kinh tế xã Quốc Tuấn',
    summary:
      'Dự thảo xác định cơ cấu giống lúa, lịch gieo cấy, kế hoạch tưới tiêu và các biện pháp phòng trừ sâu bệnh cho vụ Xuân năm 2027, ' +
      'mở rộng diện tích cấy máy và lúa chất lượng cao.',
    body: [
      'Tổng diện tích gieo cấy dự kiến 720 ha, trong đó lúa chất lượng cao chiếm 65%; diện tích cấy máy đạt ít nhất 45%.',
      'Lịch gieo mạ, cấy được bố trí theo lịch lấy nước của công ty thủy nông; các thôn góp ý về cơ cấu giống và khung thời vụ.',
    ],
    opensInDays: 8,
    closesInDays: 28,
  },
  {
    slug: 'du-thao-nghi-quyet-ho-tro-cay-vu-dong-co-gioi-hoa-lang-nghe',
    phase: 'closed',
    title: 'Dự thảo Nghị quyết quy định chính sách hỗ trợ sản xuất cây vụ đông, cơ giới hóa khâu cấy và phát triển làng nghề truyền thống',
    draftingAgency: 'Phòng Kinh tế xã Quốc Tuấn',
    summary:
      'Dự thảo Nghị quyết HĐND xã quy định nội dung, mức hỗ trợ giống cây vụ đông, hỗ trợ dịch vụ cấy máy và hỗ trợ các hộ, cơ sở ' +
      'làng nghề truyền thống đổi mới thiết bị, xây dựng nhãn hiệu.',
    body: [
      'Dự thảo áp dụng cho giai đoạn 2026–2028, với tổng kinh phí dự kiến 2,1 tỷ đồng từ ngân sách xã.',
      'Nhân dân, hợp tác xã và cơ sở làng nghề góp ý về đối tượng, điều kiện, mức hỗ trợ và thủ tục nhận hỗ trợ.',
    ],
    opensInDays: -85,
    closesInDays: -55,
    resultSummary: [
      'Hết thời hạn lấy ý kiến, UBND xã nhận được 41 ý kiến (24 ý kiến trên Trang thông tin điện tử, 17 ý kiến tại hội nghị thôn và ' +
        'của các hợp tác xã).',
      { heading: 'Ý kiến được tiếp thu' },
      {
        list: [
          'Hạ diện tích tối thiểu để được hỗ trợ giống vụ đông từ 1 ha xuống 0,5 ha liền vùng (16 ý kiến).',
          'Đơn giản hóa hồ sơ: hợp tác xã lập danh sách chung thay cho đơn của từng hộ (9 ý kiến).',
        ],
      },
      { heading: 'Ý kiến giải trình' },
      'Đề nghị hỗ trợ 100% giá máy cấy cho hộ cá nhân (5 ý kiến) không được tiếp thu: chính sách ưu tiên hỗ trợ dịch vụ cấy máy qua hợp ' +
        'tác xã để sử dụng máy hiệu quả, phù hợp khả năng ngân sách xã.',
      'Dự thảo sau khi tiếp thu đã được trình và HĐND xã thông qua.',
    ],
    resultPublishedInDays: -45,
    adoptedDocument: '19/NQ-HĐND',
  },
];
