import type { SeedConsultation } from '../../citizen-voice-types';

/** Drafts put to the people of Khánh Khê: one open, one to come, one closed with its report. */
export const consultations: SeedConsultation[] = [
  {
    slug: 'du-thao-nghi-quyet-ho-tro-phat-trien-vung-hoi-2027-2030',
    phase: 'open',
    title: 'Dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển vùng hồi tập trung trên địa bàn xã Khánh Khê giai đoạn 2027–2030',
    draftingAgency: 'Phòng Kinh tế xã Khánh Khê',
    summary:
      'Dự thảo quy định mức hỗ trợ cây giống hồi ghép, hỗ trợ cấp chứng nhận VietGAP và liên kết tiêu thụ sản phẩm hồi cho hộ gia ' +
      'đình, tổ hợp tác, hợp tác xã trên địa bàn xã, trình HĐND xã tại kỳ họp cuối năm.',
    body: [
      { heading: 'Phạm vi và đối tượng' },
      'Nghị quyết áp dụng đối với hộ gia đình, cá nhân, tổ hợp tác, hợp tác xã có diện tích hồi trong vùng quy hoạch phát triển hồi ' +
        'tập trung của xã, thực hiện trồng mới, trồng thay thế hoặc chứng nhận sản xuất an toàn trong giai đoạn 2027–2030.',
      { heading: 'Nội dung hỗ trợ chính' },
      {
        list: [
          'Hỗ trợ 50% giá cây giống hồi ghép khi trồng thay thế diện tích hồi già cỗi, tối đa 1 ha mỗi hộ.',
          'Hỗ trợ một lần chi phí cấp giấy chứng nhận VietGAP cho tổ hợp tác, hợp tác xã có từ 10 ha trở lên.',
          'Hỗ trợ chi phí tham gia hội chợ, quảng bá sản phẩm hồi Khánh Khê gắn với chương trình OCOP.',
        ],
      },
      { heading: 'Cách góp ý' },
      'Người dân góp ý trực tiếp bằng biểu mẫu trên trang này, gửi văn bản đến Phòng Kinh tế xã hoặc góp ý tại hội nghị ở các thôn. ' +
        'Ý kiến được tổng hợp, tiếp thu, giải trình và công khai trên Trang thông tin điện tử sau khi hết thời hạn lấy ý kiến.',
    ],
    opensInDays: -4,
    closesInDays: 21,
    comments: [
      {
        code: 'DVZ3HMJ8T5',
        body: 'Đề nghị nâng mức hỗ trợ cây giống lên 70% cho hộ nghèo, hộ cận nghèo vì cây hồi ghép giá cao, nhiều năm mới cho thu hoạch.',
        fullName: 'Hoàng Văn Lợi',
        phone: '0912 345 611',
        address: 'Thôn Bản Chu',
        receivedDaysAgo: 3,
        state: 'approved',
      },
      {
        code: 'WX7K2PQ9RB',
        body: 'Nên bổ sung hỗ trợ lò sấy hồi quy mô hộ gia đình để giảm hao hụt khi trời mưa, giữ được giá bán.',
        fullName: 'Nông Thị Thu',
        email: 'nong.thu@example.vn',
        receivedDaysAgo: 2,
        state: 'approved',
      },
      {
        code: 'QH4W8N3ZEC',
        body: 'Giới hạn 1 ha mỗi hộ là hợp lý, nhưng cần quy định rõ hộ đã nhận hỗ trợ theo kế hoạch năm 2024 có được nhận tiếp không.',
        fullName: 'Lý Văn Cường',
        phone: '0912 345 612',
        receivedDaysAgo: 2,
        state: 'approved',
      },
      {
        code: 'T6JY9AB2MU',
        body: 'Đề nghị xã tổ chức hội nghị lấy ý kiến ở thôn Khuổi Slẻ vào buổi tối vì ban ngày bà con đi rừng.',
        fullName: 'Vi Thị Nhung',
        phone: '0912 345 613',
        address: 'Thôn Khuổi Slẻ',
        receivedDaysAgo: 1,
        state: 'pending',
      },
      {
        code: 'RB5CN7XK4P',
        body: 'Hỗ trợ chứng nhận VietGAP nên áp dụng cả cho nhóm hộ từ 5 ha, vì nhiều thôn không đủ 10 ha liền vùng.',
        fullName: 'Triệu Văn Hải',
        email: 'trieu.hai@example.vn',
        receivedDaysAgo: 0,
        state: 'pending',
      },
    ],
  },
  {
    slug: 'du-thao-quy-che-quan-ly-nha-van-hoa-thon',
    phase: 'upcoming',
    title: 'Dự thảo Quy chế quản lý, sử dụng nhà văn hóa và khu thể thao các thôn trên địa bàn xã Khánh Khê',
    draftingAgency: 'Phòng Văn hóa – Xã hội xã Khánh Khê',
    summary:
      'Dự thảo quy định trách nhiệm của Ban quản lý nhà văn hóa thôn, việc sử dụng nhà văn hóa cho sinh hoạt cộng đồng, việc đóng góp ' +
      'kinh phí điện, nước và giữ gìn vệ sinh, an ninh trật tự tại nhà văn hóa.',
    body: [
      'Sau khi sắp xếp đơn vị hành chính, xã có 17 nhà văn hóa thôn với điều kiện rất khác nhau. Quy chế thống nhất cách quản lý, bảo ' +
        'đảm nhà văn hóa được sử dụng thường xuyên cho họp thôn, sinh hoạt văn nghệ, thể thao và các lớp tập huấn.',
      {
        list: [
          'Ban quản lý nhà văn hóa do hội nghị thôn bầu, trưởng thôn làm trưởng ban.',
          'Việc cho thuê, cho mượn nhà văn hóa phải được hội nghị thôn thống nhất, công khai thu chi.',
          'Không tổ chức hát karaoke, hoạt động gây ồn sau 22 giờ.',
        ],
      },
    ],
    opensInDays: 9,
    closesInDays: 39,
  },
  {
    slug: 'du-thao-ke-hoach-dau-tu-cong-nam-2027',
    phase: 'closed',
    title: 'Dự thảo Kế hoạch đầu tư công năm 2027 của xã Khánh Khê',
    draftingAgency: 'Văn phòng HĐND và UBND xã Khánh Khê',
    summary:
      'Danh mục công trình giao thông nông thôn, thủy lợi, trường học và nhà văn hóa dự kiến đầu tư năm 2027 bằng nguồn vốn ngân sách ' +
      'xã, vốn chương trình mục tiêu quốc gia và đóng góp của nhân dân.',
    body: [
      'Dự thảo gồm 9 công trình với tổng mức vốn dự kiến 14,6 tỷ đồng, trong đó ưu tiên kiên cố hóa đường liên thôn, gia cố các điểm ' +
        'sạt lở trên tuyến Khuổi Slẻ – trung tâm xã và sửa chữa phòng học điểm trường Nà Lùng.',
      'Nhân dân góp ý về thứ tự ưu tiên, quy mô công trình và phương án huy động đóng góp.',
    ],
    opensInDays: -75,
    closesInDays: -45,
    resultSummary: [
      'Hết thời hạn lấy ý kiến, UBND xã nhận được 27 ý kiến góp ý: 19 ý kiến qua Trang thông tin điện tử, 8 ý kiến tại hội nghị ở các ' +
        'thôn. Các ý kiến cơ bản đồng tình với danh mục công trình dự kiến.',
      { heading: 'Ý kiến được tiếp thu' },
      {
        list: [
          'Đưa công trình gia cố taluy tuyến Khuổi Slẻ – trung tâm xã lên thứ tự ưu tiên số 1 (12 ý kiến).',
          'Bổ sung rãnh thoát nước dọc tuyến đường thôn Bản Chu vào hạng mục của công trình đường liên thôn (5 ý kiến).',
        ],
      },
      { heading: 'Ý kiến giải trình' },
      'Đề nghị xây mới nhà văn hóa thôn Kéo Coọng (3 ý kiến) chưa được đưa vào kế hoạch năm 2027 do vượt khả năng cân đối vốn; UBND ' +
        'xã ghi nhận, xem xét trong kế hoạch đầu tư công trung hạn 2026–2030 khi có nguồn.',
      'Kế hoạch sau khi tiếp thu đã được UBND xã trình HĐND xã xem xét, quyết định.',
    ],
    resultPublishedInDays: -32,
    adoptedDocument: '95/TTr-UBND',
  },
];
