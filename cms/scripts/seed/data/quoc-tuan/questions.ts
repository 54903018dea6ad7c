import type { SeedInboxQuestion, SeedPageRating, SeedQuestionAnswer } from '../../citizen-voice-types';

/** Published questions and answers of Quốc Tuấn (Hải Phòng): names reduced to initials. */
export const questions: SeedQuestionAnswer[] = [
  {
    slug: 'dang-ky-khai-tu-va-huong-mai-tang-phi',
    title: 'Đăng ký khai tử cho bố và hưởng trợ cấp mai táng',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    question:
      'Bố tôi mất tại nhà ở thôn Lạc Thị, trước đây hưởng trợ cấp người cao tuổi. Gia đình cần làm khai tử ở đâu và có được hỗ trợ ' +
      'tiền mai táng không?',
    askerInitials: 'V.V.C.',
    askedOn: '2026-01-19',
    answer: [
      'Theo Luật Hộ tịch năm 2014, trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích ' +
        'khác có trách nhiệm đăng ký khai tử tại UBND xã nơi cư trú cuối cùng của người chết. ' +
        'Đăng ký khai tử đúng hạn được miễn lệ phí.',
      'Gia đình có thể thực hiện nhóm thủ tục liên thông “đăng ký khai tử – xóa đăng ký thường trú – hưởng chế độ mai táng phí, tử tuất” ' +
        'trên Cổng Dịch vụ công quốc gia theo Nghị định số 63/2024/NĐ-CP, chỉ cần kê khai một lần.',
      'Người đang hưởng trợ cấp xã hội hằng tháng khi qua đời thì gia đình được hỗ trợ chi phí mai táng theo quy định của Chính phủ về ' +
        'chính sách trợ giúp xã hội. Hồ sơ và quy trình giải quyết tại xã được công khai theo Quyết định số 31/QĐ-UBND.',
    ],
    answeredOn: '2026-01-27',
    answeredBy: 'UBND xã Quốc Tuấn',
    relatedDocuments: ['31/QĐ-UBND'],
  },
  {
    slug: 'nha-o-rieng-le-nong-thon-co-can-giay-phep-xay-dung',
    title: 'Làm nhà 2 tầng ở thôn có cần xin giấy phép xây dựng?',
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    question:
      'Tôi định làm nhà 2 tầng trên đất ở đã có giấy chứng nhận tại thôn Vạn Lộc, ngay mặt đường liên xã. Xin hỏi có phải xin giấy ' +
      'phép xây dựng không và cần lưu ý gì?',
    askerInitials: 'P.Q.H.',
    askedOn: '2026-07-06',
    answer: [
      'Theo pháp luật về xây dựng, nhà ở riêng lẻ tại nông thôn có quy mô dưới 7 tầng, thuộc khu vực không có quy hoạch đô thị, quy ' +
        'hoạch chi tiết xây dựng điểm dân cư nông thôn được duyệt thì được miễn giấy phép xây dựng, trừ nhà ở trong khu bảo tồn, khu ' +
        'di tích lịch sử – văn hóa.',
      'Thửa đất của ông nằm trong khu vực đã có quy hoạch chi tiết điểm dân cư nông thôn dọc đường liên xã được duyệt, nên ông cần ' +
        'xin giấy phép xây dựng tại Trung tâm Phục vụ hành chính công xã trước khi khởi công.',
      'Khi xây dựng, công trình phải bảo đảm chỉ giới xây dựng, không lấn chiếm hành lang an toàn đường bộ và có biện pháp che chắn, ' +
        'không để vật liệu trên lòng đường.',
    ],
    answeredOn: '2026-07-15',
    answeredBy: 'UBND xã Quốc Tuấn',
  },
  {
    slug: 'ung-ngap-canh-dong-dong-gioi-vu-mua',
    title: 'Úng ngập cánh đồng thôn Đồng Giới do kênh tiêu bị bồi lắng',
    kind: 'feedback',
    topic: 'Nông nghiệp',
    question:
      'Sau các đợt mưa đầu tháng 8, cánh đồng phía tây thôn Đồng Giới ngập sâu hơn 3 ngày, lúa mới cấy bị chết nhiều. Kênh tiêu nội ' +
      'đồng bị bồi lắng, bèo rác ùn tắc. Đề nghị xã nạo vét gấp.',
    askerInitials: 'N.T.X.',
    askedOn: '2026-08-17',
    answer: [
      'UBND xã đã chỉ đạo Hợp tác xã dịch vụ nông nghiệp vận hành trạm bơm tiêu hết công suất, huy động nhân dân vớt bèo, khơi thông ' +
        'dòng chảy ngay trong tuần; các hộ có lúa bị chết được hỗ trợ giống cấy dặm.',
      'Dự án cải tạo, nâng cấp kênh tiêu nội đồng đoạn qua thôn Đồng Giới và thôn An Tràng đã được HĐND xã quyết định chủ trương đầu ' +
        'tư; dự kiến khởi công sau khi thu hoạch vụ Mùa năm 2026.',
      'Diện tích lúa thiệt hại do thiên tai được xem xét hỗ trợ khôi phục sản xuất theo Nghị định số 09/2025/NĐ-CP của Chính phủ; ' +
        'thôn đang tổng hợp danh sách hộ bị thiệt hại.',
    ],
    answeredOn: '2026-08-26',
    answeredBy: 'UBND xã Quốc Tuấn',
    relatedDocuments: ['187/UBND-KT', '15/NQ-HĐND'],
    trackingCode: 'KH4YG6B3XJ',
  },
  {
    slug: 'phan-loai-chat-thai-ran-sinh-hoat-tai-ho-gia-dinh',
    title: 'Hộ gia đình phân loại chất thải rắn sinh hoạt như thế nào?',
    kind: 'question',
    topic: 'Tài nguyên, môi trường',
    question:
      'Thôn vừa thông báo từ tháng 10 các hộ phải phân loại rác trước khi đổ. Xin hỏi phân thành mấy loại, rác nào để riêng, phí thu ' +
      'gom có thay đổi không?',
    askerInitials: 'Đ.T.T.',
    askedOn: '2026-09-21',
    answer: [
      'Theo Luật Bảo vệ môi trường năm 2020 và Hướng dẫn số 03/HD-UBND của UBND xã, chất thải rắn sinh hoạt của hộ gia đình được phân ' +
        'thành ba loại: chất thải có khả năng tái chế (giấy, nhựa, kim loại); chất thải thực phẩm; chất thải rắn sinh hoạt khác.',
      'Chất thải nguy hại như pin, bóng đèn, vỏ chai thuốc bảo vệ thực vật được để riêng và mang đến điểm thu gom tại nhà văn hóa thôn ' +
        'vào ngày thu gom định kỳ hằng tháng.',
      'Giá dịch vụ thu gom, vận chuyển thực hiện theo quy định của thành phố; hộ phân loại đúng được tính giá thấp hơn hộ không phân loại ' +
        'theo lộ trình của thành phố.',
    ],
    answeredOn: '2026-09-30',
    answeredBy: 'UBND xã Quốc Tuấn',
    relatedDocuments: ['03/HD-UBND'],
  },
  {
    slug: 'the-bao-hiem-y-te-cho-nguoi-tu-75-tuoi',
    title: 'Người từ 75 tuổi hưởng trợ cấp hưu trí xã hội có được cấp thẻ bảo hiểm y tế?',
    kind: 'question',
    topic: 'Y tế, giáo dục',
    question: 'Ông tôi 78 tuổi, đang nhận trợ cấp hằng tháng ở xã. Thẻ bảo hiểm y tế của ông sắp hết hạn, gia đình có phải tự mua không?',
    askerInitials: 'T.T.N.',
    askedOn: '2026-03-16',
    answer: [
      'Người đang hưởng trợ cấp hưu trí xã hội theo Luật Bảo hiểm xã hội số 41/2024/QH15 thuộc nhóm được ngân sách nhà nước đóng bảo ' +
        'hiểm y tế theo Luật Bảo hiểm y tế. Gia đình không phải mua thẻ.',
      'Thẻ được gia hạn tự động theo danh sách UBND xã lập và gửi cơ quan bảo hiểm xã hội; gia đình có thể dùng ứng dụng VssID hoặc ' +
        'căn cước gắn chip khi đi khám bệnh, chữa bệnh. Nếu thẻ chưa được gia hạn, đề nghị liên hệ công chức văn hóa – xã hội xã.',
    ],
    answeredOn: '2026-03-24',
    answeredBy: 'UBND xã Quốc Tuấn',
  },
  {
    slug: 'xuong-moc-gay-on-va-bui-o-thon-dong-phu',
    title: 'Xưởng mộc gây ồn và bụi trong khu dân cư thôn Đông Phù',
    kind: 'feedback',
    topic: 'An ninh, trật tự',
    question:
      'Một xưởng mộc trong ngõ 5 thôn Đông Phù chạy máy cưa, máy bào từ 5 giờ sáng đến tối muộn, bụi gỗ bay sang các nhà xung quanh. ' +
      'Đề nghị xã kiểm tra.',
    askerInitials: 'L.V.P.',
    askedOn: '2026-05-04',
    answer: [
      'Tổ công tác của UBND xã gồm Công an xã và công chức phụ trách tài nguyên – môi trường đã kiểm tra cơ sở ngày 7/5/2026. Cơ sở đã ' +
        'được yêu cầu chỉ hoạt động từ 7 giờ đến 18 giờ, lắp lưới chắn bụi và tấm tiêu âm ở phía giáp nhà dân trong 30 ngày.',
      'Theo Luật Bảo vệ môi trường năm 2020, cơ sở sản xuất trong khu dân cư phải kiểm soát tiếng ồn, bụi, bảo đảm quy chuẩn kỹ thuật ' +
        'môi trường. Ngày 10/6/2026 tổ công tác kiểm tra lại, cơ sở đã thực hiện đúng cam kết.',
    ],
    answeredOn: '2026-05-13',
    answeredBy: 'UBND xã Quốc Tuấn',
  },
  {
    slug: 'ho-tro-san-xuat-cay-vu-dong-2026',
    title: 'Chính sách hỗ trợ sản xuất cây vụ đông năm 2026',
    kind: 'question',
    topic: 'Nông nghiệp',
    question:
      'Năm nay nhà tôi trồng 5 sào khoai tây vụ đông ở cánh đồng Trúc Động. Xã có hỗ trợ giống hay phân bón không, đăng ' + 'ký thế nào?',
    askerInitials: 'B.V.L.',
    askedOn: '2026-11-02',
    answer: [
      'HĐND xã đã ban hành Nghị quyết số 19/NQ-HĐND quy định chính sách hỗ trợ sản xuất cây vụ đông, cơ giới hóa khâu cấy và phát ' +
        'triển làng nghề truyền thống. Hộ trồng khoai tây, ngô, rau màu vụ đông trong vùng sản xuất tập trung được hỗ trợ một phần ' +
        'giá giống.',
      'Ông đăng ký diện tích với Hợp tác xã dịch vụ nông nghiệp thôn Trúc Động trước ngày gieo trồng; Hợp tác xã tổng hợp gửi UBND xã ' +
        'để nghiệm thu và chi trả sau khi kiểm tra thực tế.',
    ],
    answeredOn: '2026-11-09',
    answeredBy: 'UBND xã Quốc Tuấn',
    relatedDocuments: ['19/NQ-HĐND'],
  },
];

/** The board's inbox: fictional citizens, phone numbers and e-mail addresses (example.vn). */
export const inbox: SeedInboxQuestion[] = [
  {
    code: '4K9JDZ3BCY',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    body: 'Tôi cần chứng thực bản sao sổ hộ khẩu cũ và giấy chứng nhận quyền sử dụng đất để làm hồ sơ thừa kế, có làm được ở xã không?',
    fullName: 'Vũ Văn Thịnh',
    phone: '0912 345 641',
    address: 'Thôn Kinh Điền',
    receivedWorkingDaysAgo: 1,
    state: 'received',
  },
  {
    code: 'DVBJQHTNCG',
    kind: 'feedback',
    topic: 'Giao thông, hạ tầng',
    body: 'Ổ gà lớn trên đường trục thôn Trúc Động gần cổng trường mầm non, trời mưa đọng nước, đã có người đi xe máy bị ngã.',
    fullName: 'Phạm Thị Hương',
    email: 'pham.huong@example.vn',
    receivedWorkingDaysAgo: 2,
    state: 'received',
  },
  {
    code: 'XZU9BUKWCP',
    kind: 'question',
    topic: 'Lao động, an sinh xã hội',
    body: 'Tôi mất việc ở khu công nghiệp từ tháng trước, đã đóng bảo hiểm thất nghiệp 4 năm. Nộp hồ sơ hưởng trợ cấp thất nghiệp ở đâu?',
    fullName: 'Nguyễn Thị Thu',
    phone: '0912 345 642',
    receivedWorkingDaysAgo: 14,
    state: 'received',
  },
  {
    code: 'H6QEC3SDXB',
    kind: 'feedback',
    topic: 'Tài nguyên, môi trường',
    body:
      'Khói đốt rơm rạ sau thu hoạch ở cánh đồng An Tràng bay vào khu dân cư mỗi chiều tối, trẻ em bị ho. Đề nghị xã ' +
      'tuyên truyền, nhắc nhở.',
    fullName: 'Đỗ Văn Tâm',
    phone: '0912 345 643',
    address: 'Thôn An Tràng',
    receivedWorkingDaysAgo: 20,
    state: 'received',
  },
  {
    code: 'QXYXYN9FTZ',
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    body: 'Gia đình tôi được tặng cho đất từ bố mẹ, giấy chứng nhận mang tên bố tôi. Thủ tục sang tên và các khoản thuế phí thế nào?',
    fullName: 'Trịnh Văn Long',
    email: 'trinh.long@example.vn',
    address: 'Thôn Lạc Thị',
    receivedWorkingDaysAgo: 13,
    state: 'assigned',
  },
  {
    code: 'F3JTXW9G8F',
    kind: 'feedback',
    topic: 'An ninh, trật tự',
    body: 'Nhiều xe tải chở đất chạy qua đường thôn Vạn Lộc ban đêm, làm rơi vãi đất cát và hư hỏng mặt đường bê tông.',
    fullName: 'Hoàng Minh Đức',
    phone: '0912 345 644',
    receivedWorkingDaysAgo: 5,
    state: 'assigned',
  },
  {
    code: 'GCEWFJ6E8S',
    kind: 'question',
    topic: 'Y tế, giáo dục',
    body: 'Con tôi sắp vào lớp 6, xin hỏi tuyển sinh trường THCS của xã năm học tới xét tuyển hay thi, hồ sơ nộp khi nào?',
    fullName: 'Lê Thị Hằng',
    phone: '0912 345 645',
    email: 'le.hang@example.vn',
    receivedWorkingDaysAgo: 16,
    state: 'assigned',
  },
  {
    code: 'UCPVQXVDYY',
    kind: 'feedback',
    topic: 'Khác',
    body: 'Xin hỏi nội dung này giống câu hỏi tôi gửi tuần trước về ổ gà đường Trúc Động, mong xã trả lời sớm.',
    fullName: 'Phạm Thị Hương',
    email: 'pham.huong@example.vn',
    receivedWorkingDaysAgo: 1,
    state: 'rejected',
    rejectReason: 'duplicate',
    rejectNote: 'Trùng với phản ánh DVBJQHTNCG đang được xử lý.',
  },
  {
    code: 'KH4YG6B3XJ',
    kind: 'feedback',
    topic: 'Nông nghiệp',
    body:
      'Sau các đợt mưa đầu tháng 8, cánh đồng phía tây thôn Đồng Giới ngập sâu hơn 3 ngày, lúa mới cấy bị chết nhiều. Đề ' +
      'nghị xã nạo vét kênh tiêu.',
    fullName: 'Nguyễn Thị Xuân',
    phone: '0912 345 646',
    address: 'Thôn Đồng Giới',
    receivedWorkingDaysAgo: 0,
    state: 'answered',
    answerSlug: 'ung-ngap-canh-dong-dong-gioi-vu-mua',
  },
];

/** "Thông tin này có hữu ích không?": votes of the past week on a few pages. */
export const ratings: SeedPageRating[] = [
  {
    path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
    daysAgo: 1,
    useful: 3,
    notUseful: 1,
    comments: [{ useful: false, comment: 'Nên có mẫu tờ khai điền sẵn.' }],
  },
  { path: '/tin-tuc/ra-quan-gieo-cay-vu-xuan-2026', daysAgo: 2, useful: 4, notUseful: 0 },
  { path: '/gioi-thieu/tong-quan', daysAgo: 4, useful: 2, notUseful: 1 },
  { path: '/lien-he', daysAgo: 5, useful: 3, notUseful: 0, comments: [{ useful: true, comment: 'Đầy đủ số điện thoại các bộ phận.' }] },
];
