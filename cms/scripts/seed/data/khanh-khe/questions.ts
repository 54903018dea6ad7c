import type { SeedInboxQuestion, SeedPageRating, SeedQuestionAnswer } from '../../citizen-voice-types';

/** Published questions and answers of Khánh Khê (Lạng Sơn): names reduced to initials. */
export const questions: SeedQuestionAnswer[] = [
  {
    slug: 'dang-ky-khai-sinh-cho-con-sinh-tai-benh-vien-tinh',
    title: 'Đăng ký khai sinh cho con sinh tại bệnh viện tỉnh, đã quá 60 ngày',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    question:
      'Vợ tôi sinh cháu tại Bệnh viện Đa khoa tỉnh Lạng Sơn, đến nay cháu được hơn 3 tháng nhưng gia đình đi làm ăn xa nên chưa ' +
      'đăng ký khai sinh. Xin hỏi bây giờ tôi đăng ký ở đâu, cần giấy tờ gì và có bị phạt không? Có làm được thẻ bảo hiểm y tế ' +
      'cho cháu cùng lúc không?',
    askerInitials: 'H.V.T.',
    askedOn: '2026-03-09',
    answer: [
      'Theo Điều 15 Luật Hộ tịch năm 2014, trong thời hạn 60 ngày kể từ ngày sinh con, cha hoặc mẹ có trách nhiệm đăng ký khai sinh ' +
        'cho con. Quá thời hạn này, gia đình vẫn đăng ký khai sinh cho cháu tại UBND xã nơi cha hoặc mẹ cư trú, theo trình tự như ' +
        'đăng ký khai sinh thông thường.',
      'Hồ sơ gồm: tờ khai đăng ký khai sinh theo mẫu; giấy chứng sinh do Bệnh viện cấp; giấy tờ chứng minh nhân thân của người đi ' +
        'đăng ký (căn cước hoặc tài khoản định danh điện tử mức độ 2). Nếu cha mẹ đã đăng ký kết hôn thì xuất trình giấy chứng nhận ' +
        'kết hôn.',
      'Gia đình có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia theo nhóm thủ tục liên thông “đăng ký khai sinh – đăng ký ' +
        'thường trú – cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi” quy định tại Nghị định số 63/2024/NĐ-CP; khi đó cháu được cấp ' +
        'thẻ bảo hiểm y tế cùng lúc mà không phải nộp thêm hồ sơ.',
      'Trường hợp cần hướng dẫn, anh liên hệ Trung tâm Phục vụ hành chính công xã (quầy tư pháp – hộ tịch) trong giờ hành chính.',
    ],
    answeredOn: '2026-03-16',
    answeredBy: 'UBND xã Khánh Khê',
    relatedDocuments: ['185/QĐ-UBND'],
  },
  {
    slug: 'cap-giay-chung-nhan-lan-dau-dat-o-khong-co-giay-to',
    title: 'Cấp giấy chứng nhận lần đầu cho đất ở sử dụng từ năm 1995, không có giấy tờ',
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    question:
      'Gia đình tôi ở thôn Bản Chu, làm nhà trên mảnh đất ông bà để lại từ năm 1995, không tranh chấp với ai nhưng chưa có giấy tờ gì. ' +
      'Nay tôi muốn làm sổ đỏ thì thủ tục thế nào, nộp ở đâu?',
    askerInitials: 'L.T.M.',
    askedOn: '2025-10-20',
    answer: [
      'Theo Điều 138 Luật Đất đai năm 2024, hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử dụng đất, không vi phạm ' +
        'pháp luật về đất đai, nay được UBND xã xác nhận không có tranh chấp, phù hợp với quy hoạch thì được xem xét công nhận quyền ' +
        'sử dụng đất và cấp Giấy chứng nhận. Đất sử dụng ổn định từ trước ngày 01/7/2004 được xem xét công nhận theo hạn mức đất ở ' +
        'do UBND tỉnh quy định.',
      'Từ ngày 01/7/2025, hồ sơ đăng ký, cấp Giấy chứng nhận lần đầu của cá nhân, hộ gia đình nộp tại Trung tâm Phục vụ hành chính ' +
        'công xã; UBND xã kiểm tra hiện trạng, niêm yết công khai và giải quyết theo Nghị định số 101/2024/NĐ-CP và Nghị định số ' +
        '151/2025/NĐ-CP của Chính phủ.',
      'Hồ sơ gồm đơn đăng ký, cấp Giấy chứng nhận theo mẫu và các giấy tờ về nguồn gốc sử dụng đất nếu có (giấy tờ nộp thuế, biên ' +
        'lai, xác nhận của người sử dụng đất liền kề). Cán bộ địa chính xã sẽ hướng dẫn gia đình đo đạc, xác định ranh giới thửa đất.',
    ],
    answeredOn: '2025-11-05',
    answeredBy: 'UBND xã Khánh Khê',
    relatedDocuments: ['185/QĐ-UBND'],
  },
  {
    slug: 'sat-lo-taluy-duong-be-tong-thon-khuoi-sle',
    title: 'Sạt lở taluy đường bê tông thôn Khuổi Slẻ sau mưa lớn',
    kind: 'feedback',
    topic: 'Giao thông, hạ tầng',
    question:
      'Sau trận mưa lớn đêm 14/6, taluy dương đoạn đường bê tông từ thôn Khuổi Slẻ ra trung tâm xã bị sạt, đất đá lấp một nửa mặt ' +
      'đường, học sinh đi học và xe chở hồi đi lại rất nguy hiểm. Đề nghị xã sớm cho dọn và cắm biển cảnh báo.',
    askerInitials: 'N.V.S.',
    askedOn: '2026-06-15',
    answer: [
      'Tiếp nhận phản ánh, ngay trong ngày 15/6/2026 UBND xã đã cử công chức phụ trách giao thông, xây dựng cùng Ban Chỉ huy phòng thủ ' +
        'dân sự xã kiểm tra hiện trường, cắm biển cảnh báo và căng dây phân luồng tại hai đầu đoạn sạt lở.',
      'Ngày 16 và 17/6/2026, xã huy động lực lượng dân quân, đoàn viên thanh niên và nhân dân thôn Khuổi Slẻ dọn khoảng 40 m³ đất đá, ' +
        'thông tuyến cho xe máy và ô tô tải nhẹ. Đoạn taluy có nguy cơ sạt tiếp được theo dõi theo Phương án ứng phó thiên tai năm ' +
        '2026 của xã.',
      'Việc gia cố taluy bằng rọ đá và rãnh thoát nước đã được đưa vào danh mục đề xuất kế hoạch đầu tư công năm 2027. UBND xã cảm ơn ' +
        'ông đã kịp thời phản ánh.',
    ],
    answeredOn: '2026-06-19',
    answeredBy: 'UBND xã Khánh Khê',
    relatedDocuments: ['07/PA-UBND', '95/TTr-UBND'],
  },
  {
    slug: 'tro-cap-huu-tri-xa-hoi-cho-nguoi-76-tuoi',
    title: 'Người 76 tuổi không có lương hưu có được trợ cấp hằng tháng không?',
    kind: 'question',
    topic: 'Lao động, an sinh xã hội',
    question:
      'Mẹ tôi năm nay 76 tuổi, trước đây làm ruộng, không có lương hưu hay trợ cấp bảo hiểm xã hội. Tôi nghe nói từ năm 2025 người ' +
      'từ 75 tuổi được nhận trợ cấp, xin hỏi mức bao nhiêu và làm hồ sơ ở đâu?',
    askerInitials: 'V.T.L.',
    askedOn: '2025-09-08',
    answer: [
      'Theo Luật Bảo hiểm xã hội số 41/2024/QH15 (có hiệu lực từ ngày 01/7/2025), công dân Việt Nam từ đủ 75 tuổi trở lên không hưởng ' +
        'lương hưu hoặc trợ cấp bảo hiểm xã hội hằng tháng thì được hưởng trợ cấp hưu trí xã hội; người từ đủ 70 đến dưới 75 tuổi ' +
        'thuộc hộ nghèo, hộ cận nghèo cũng được hưởng.',
      'Mức trợ cấp hưu trí xã hội hiện nay là 500.000 đồng/tháng theo Nghị định số 176/2025/NĐ-CP; người hưởng còn được ngân sách nhà ' +
        'nước đóng bảo hiểm y tế và được hỗ trợ chi phí mai táng khi qua đời.',
      'Gia đình lập tờ khai theo mẫu, nộp tại Trung tâm Phục vụ hành chính công xã hoặc trực tuyến trên Cổng Dịch vụ công quốc gia. ' +
        'Chủ tịch UBND xã xem xét, quyết định trong thời hạn quy định; trợ cấp được chi trả từ tháng bà đủ điều kiện.',
    ],
    answeredOn: '2025-09-19',
    answeredBy: 'UBND xã Khánh Khê',
    relatedDocuments: ['185/QĐ-UBND'],
  },
  {
    slug: 'the-bao-hiem-y-te-cua-tre-sap-du-6-tuoi',
    title: 'Thẻ bảo hiểm y tế của trẻ sắp đủ 6 tuổi có giá trị đến khi nào?',
    kind: 'question',
    topic: 'Y tế, giáo dục',
    question:
      'Con tôi sinh tháng 11/2020, thẻ bảo hiểm y tế trẻ em ghi hạn đến tháng 11/2026. Cháu đang học lớp 1 ở điểm trường Nà Lùng. ' +
      'Hết hạn thẻ thì cháu có phải mua bảo hiểm không, mua ở đâu?',
    askerInitials: 'Đ.T.H.',
    askedOn: '2026-10-12',
    answer: [
      'Theo Luật Bảo hiểm y tế, trẻ em dưới 6 tuổi được ngân sách nhà nước đóng bảo hiểm y tế; thẻ có giá trị đến ngày trẻ đủ 72 tháng ' +
        'tuổi. Trẻ đủ 72 tháng tuổi mà chưa đến kỳ nhập học thì thẻ có giá trị đến ngày 30 tháng 9 của năm đó.',
      'Cháu đã vào lớp 1 nên từ khi thẻ trẻ em hết hạn, cháu tham gia bảo hiểm y tế học sinh tại trường; học sinh được ngân sách nhà ' +
        'nước hỗ trợ một phần mức đóng, học sinh thuộc hộ nghèo, hộ cận nghèo, dân tộc thiểu số ở vùng có điều kiện kinh tế – xã hội ' +
        'đặc biệt khó khăn được hỗ trợ theo quy định riêng.',
      'Chị liên hệ giáo viên chủ nhiệm hoặc nhân viên y tế trường để được hướng dẫn; Trạm Y tế xã sẵn sàng giải đáp thêm.',
    ],
    answeredOn: '2026-10-21',
    answeredBy: 'UBND xã Khánh Khê',
  },
  {
    slug: 'rac-thai-do-tu-phat-ven-suoi-thon-ban-chu',
    title: 'Rác thải đổ tự phát ven suối đầu thôn Bản Chu',
    kind: 'feedback',
    topic: 'Tài nguyên, môi trường',
    question:
      'Khu vực ven suối đầu thôn Bản Chu, gần cầu tràn, nhiều người đổ rác sinh hoạt và vỏ bao thuốc bảo vệ thực vật, bốc mùi, ' +
      'mùa mưa trôi xuống ruộng. Đề nghị xã cho thu dọn và có biện pháp xử lý.',
    askerInitials: 'H.T.N.',
    askedOn: '2026-04-06',
    answer: [
      'UBND xã đã chỉ đạo thôn Bản Chu phối hợp Hội Phụ nữ, Đoàn Thanh niên tổ chức tổng vệ sinh, thu dọn điểm rác tự phát ven suối ' +
        'vào ngày 12/4/2026; vỏ bao bì thuốc bảo vệ thực vật được thu riêng vào bể chứa tại đầu mỗi cánh đồng.',
      'Theo Luật Bảo vệ môi trường năm 2020, hộ gia đình, cá nhân có trách nhiệm phân loại và chuyển giao chất thải rắn sinh hoạt đúng ' +
        'nơi quy định; hành vi đổ rác không đúng nơi quy định bị xử phạt vi phạm hành chính. Xã đã lắp biển cấm đổ rác và giao Tổ tự ' +
        'quản thôn theo dõi.',
      'Xe thu gom rác đi qua thôn Bản Chu vào sáng thứ Ba và thứ Sáu hằng tuần; đề nghị bà con để rác đã phân loại tại điểm tập kết ' +
        'cạnh nhà văn hóa thôn.',
    ],
    answeredOn: '2026-04-14',
    answeredBy: 'UBND xã Khánh Khê',
  },
  {
    slug: 'ho-tro-trong-thay-the-hoi-gia-coi',
    title: 'Hỗ trợ trồng thay thế diện tích hồi già cỗi',
    kind: 'question',
    topic: 'Nông nghiệp',
    question:
      'Nhà tôi có khoảng 1 ha hồi trồng từ những năm 1980, nay cho quả ít, nhiều cây chết. Xã có chính sách hỗ trợ cây giống để trồng ' +
      'thay thế không, đăng ký ở đâu?',
    askerInitials: 'M.V.Đ.',
    askedOn: '2025-11-10',
    answer: [
      'Thực hiện Nghị quyết chuyên đề của Đảng ủy xã về phát triển vùng hồi tập trung giai đoạn 2025–2030, hằng năm UBND xã lập kế ' +
        'hoạch trồng thay thế hồi già cỗi và hỗ trợ cây giống hồi ghép cho các hộ có diện tích trong vùng quy hoạch.',
      'Hộ gia đình đăng ký với trưởng thôn trước ngày 31/12 để được tổng hợp vào kế hoạch năm sau; cán bộ khuyến nông xã sẽ kiểm tra ' +
        'diện tích và hướng dẫn kỹ thuật trồng, chăm sóc. Ông có thể tham khảo kết quả thực hiện kế hoạch năm 2024 kèm theo.',
    ],
    answeredOn: '2025-11-24',
    answeredBy: 'UBND xã Khánh Khê',
    relatedDocuments: ['08-NQ/ĐU', '34/KH-UBND'],
    trackingCode: 'PDGY4F68QW',
  },
  {
    slug: 'hat-karaoke-gay-on-sau-22-gio-thon-na-pan',
    title: 'Hát karaoke gây ồn sau 22 giờ tại thôn Nà Pàn',
    kind: 'feedback',
    topic: 'An ninh, trật tự',
    question:
      'Một số hộ ở thôn Nà Pàn thường xuyên hát karaoke bằng loa kéo công suất lớn đến 23–24 giờ, ảnh hưởng người già và trẻ nhỏ. ' +
      'Đề nghị chính quyền nhắc nhở, xử lý.',
    askerInitials: 'T.T.B.',
    askedOn: '2026-08-03',
    answer: [
      'Công an xã đã phối hợp Ban Công tác Mặt trận và trưởng thôn Nà Pàn xác minh, mời các hộ liên quan đến làm việc, nhắc nhở và ' +
        'yêu cầu ký cam kết không sử dụng loa công suất lớn gây ồn trong khoảng thời gian từ 22 giờ đến 6 giờ sáng hôm sau.',
      'Hành vi gây tiếng động lớn, làm ồn ào, huyên náo tại khu dân cư trong khoảng thời gian này bị xử phạt vi phạm hành chính theo ' +
        'quy định về an ninh, trật tự, an toàn xã hội. Nếu tái diễn, đề nghị bà con báo ngay cho Công an xã qua số điện thoại trực ' +
        'ban đăng trên trang Liên hệ.',
    ],
    answeredOn: '2026-08-10',
    answeredBy: 'Công an xã Khánh Khê',
  },
];

/** The board's inbox: fictional citizens, phone numbers and e-mail addresses (example.vn). */
export const inbox: SeedInboxQuestion[] = [
  {
    code: 'MNX5QC8F2U',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    body:
      'Tôi muốn trích lục bản sao giấy khai sinh của tôi đăng ký năm 1988 tại xã cũ trước khi sáp nhập. Nay xin ở đâu, có ' +
      'làm trực tuyến được không?',
    fullName: 'Hoàng Văn Phúc',
    phone: '0912 345 601',
    address: 'Thôn Nà Pàn',
    receivedWorkingDaysAgo: 1,
    state: 'received',
  },
  {
    code: 'ZBQHEJEDXD',
    kind: 'feedback',
    topic: 'Giao thông, hạ tầng',
    body: 'Đèn chiếu sáng công cộng đoạn từ trạm y tế đến chợ xã bị hỏng 4 bóng đã hơn hai tuần, buổi tối rất tối, đề nghị xã cho sửa.',
    fullName: 'Lương Thị Hạnh',
    email: 'luong.hanh@example.vn',
    receivedWorkingDaysAgo: 4,
    state: 'received',
  },
  {
    code: 'CQ8TB842H9',
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    body:
      'Tôi làm nhà cấp 4 trên đất ở của gia đình tại thôn Khuổi Cáp thì có phải xin giấy phép xây dựng không? Đất đã có ' +
      'giấy chứng nhận.',
    fullName: 'Nông Văn Khải',
    phone: '0912 345 602',
    address: 'Thôn Khuổi Cáp',
    receivedWorkingDaysAgo: 13,
    state: 'received',
  },
  {
    code: '93XZ42KQ2M',
    kind: 'feedback',
    topic: 'Tài nguyên, môi trường',
    body: 'Một cơ sở chế biến gỗ bóc ở thôn Bản Nầng xả mùn cưa xuống khe nước, nước suối đục, cá chết. Đề nghị xã kiểm tra.',
    fullName: 'Vi Văn Thắng',
    phone: '0912 345 603',
    address: 'Thôn Bản Nầng',
    receivedWorkingDaysAgo: 18,
    state: 'received',
  },
  {
    code: 'SKDVCCRAVK',
    kind: 'question',
    topic: 'Lao động, an sinh xã hội',
    body:
      'Con tôi bị khuyết tật vận động từ nhỏ, đã được xác định mức độ khuyết tật nặng. Gia đình được hưởng những chế độ ' +
      'gì và nộp hồ sơ thế nào?',
    fullName: 'Chu Thị Mai',
    phone: '0912 345 604',
    email: 'chu.mai@example.vn',
    address: 'Thôn Nà Lùng',
    receivedWorkingDaysAgo: 14,
    state: 'assigned',
  },
  {
    code: 'DBWH7MRMU2',
    kind: 'feedback',
    topic: 'Nông nghiệp',
    body: 'Trâu bò thả rông từ thôn bên vào phá lúa mới cấy ở cánh đồng Kéo Coọng, đề nghị xã nhắc nhở các hộ chăn nuôi quản lý gia súc.',
    fullName: 'Lộc Văn Tùng',
    phone: '0912 345 605',
    address: 'Thôn Kéo Coọng',
    receivedWorkingDaysAgo: 6,
    state: 'assigned',
  },
  {
    code: 'D7S6BBFWGE',
    kind: 'question',
    topic: 'Y tế, giáo dục',
    body: 'Năm học 2026–2027 con tôi học mầm non công lập có phải đóng học phí không? Tiền ăn bán trú có được hỗ trợ không?',
    fullName: 'Hà Thị Yến',
    email: 'ha.yen@example.vn',
    receivedWorkingDaysAgo: 17,
    state: 'assigned',
  },
  {
    code: 'UDAMJH8HEG',
    kind: 'question',
    topic: 'Khác',
    body: 'Nhận làm sổ đỏ nhanh, vay vốn không cần thế chấp, liên hệ ngay để được tư vấn miễn phí, xem thêm tại trang của chúng tôi.',
    fullName: 'Dịch vụ Nhanh',
    phone: '0912 345 699',
    receivedWorkingDaysAgo: 5,
    state: 'rejected',
    rejectReason: 'spam',
    rejectNote: 'Nội dung quảng cáo dịch vụ, không phải câu hỏi của người dân.',
  },
  {
    code: 'PDGY4F68QW',
    kind: 'question',
    topic: 'Nông nghiệp',
    body:
      'Nhà tôi có khoảng 1 ha hồi trồng từ những năm 1980, nay cho quả ít, nhiều cây chết. Xã có chính sách hỗ trợ cây ' +
      'giống để trồng thay thế không?',
    fullName: 'Mã Văn Đức',
    phone: '0912 345 606',
    address: 'Thôn Khuổi Slẻ',
    receivedWorkingDaysAgo: 0,
    state: 'answered',
    answerSlug: 'ho-tro-trong-thay-the-hoi-gia-coi',
  },
];

/** "Thông tin này có hữu ích không?": votes of the past week on a few pages. */
export const ratings: SeedPageRating[] = [
  {
    path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
    daysAgo: 1,
    useful: 4,
    notUseful: 1,
    comments: [{ useful: false, comment: 'Nên ghi rõ lệ phí khi đăng ký quá hạn.' }],
  },
  {
    path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
    daysAgo: 3,
    useful: 3,
    notUseful: 0,
    comments: [{ useful: true, comment: 'Hướng dẫn dễ hiểu, cảm ơn xã.' }],
  },
  { path: '/gioi-thieu/tong-quan', daysAgo: 2, useful: 2, notUseful: 1 },
  { path: '/lien-he', daysAgo: 4, useful: 5, notUseful: 0, comments: [{ useful: true, comment: 'Có số điện thoại trực ban, rất tiện.' }] },
  { path: '/tin-tuc/le-hoi-long-tong-na-pan-xuan-binh-ngo', daysAgo: 5, useful: 3, notUseful: 1 },
];
