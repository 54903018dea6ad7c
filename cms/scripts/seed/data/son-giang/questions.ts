import type { SeedInboxQuestion, SeedPageRating, SeedQuestionAnswer } from '../../citizen-voice-types';

/** Published questions and answers of Sơn Giang (Hà Tĩnh): names reduced to initials. */
export const questions: SeedQuestionAnswer[] = [
  {
    slug: 'xac-nhan-tinh-trang-hon-nhan-de-vay-von',
    title: 'Xin xác nhận tình trạng hôn nhân để làm hồ sơ vay vốn',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    question:
      'Tôi cần giấy xác nhận tình trạng hôn nhân để làm hồ sơ vay vốn ngân hàng. Tôi thường trú ở thôn Giang Hà nhưng đang làm việc ' +
      'ở Hà Nội. Có phải về xã làm không, bao lâu thì có?',
    askerInitials: 'P.T.H.',
    askedOn: '2026-02-23',
    answer: [
      'Theo Luật Hộ tịch năm 2014, UBND cấp xã nơi thường trú của công dân thực hiện việc cấp giấy xác nhận tình trạng hôn nhân. Chị ' +
        'có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử mức độ 2 mà không phải về xã.',
      'Hồ sơ gồm tờ khai theo mẫu; nếu đã từng kết hôn thì kèm giấy tờ chứng minh việc hôn nhân đã chấm dứt. Thời hạn giải quyết là ' +
        '03 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ; kết quả được trả bản điện tử hoặc gửi qua dịch vụ bưu chính theo yêu cầu.',
      'Lưu ý: giấy xác nhận có giá trị 06 tháng kể từ ngày cấp và chỉ sử dụng cho mục đích ghi trong giấy.',
    ],
    answeredOn: '2026-03-02',
    answeredBy: 'UBND xã Sơn Giang',
    relatedDocuments: ['215/UBND-VP'],
  },
  {
    slug: 'chuyen-muc-dich-dat-vuon-sang-dat-o',
    title: 'Chuyển mục đích sử dụng đất vườn sang đất ở để làm nhà cho con',
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    question:
      'Gia đình tôi có thửa đất vườn liền kề đất ở tại thôn Tân Hòa, đã có giấy chứng nhận. Nay muốn chuyển khoảng 150 m² sang đất ở ' +
      'để tách cho con làm nhà thì thủ tục thế nào, phải nộp tiền gì?',
    askerInitials: 'N.Đ.T.',
    askedOn: '2025-12-08',
    answer: [
      'Theo Điều 121 Luật Đất đai năm 2024, chuyển đất nông nghiệp sang đất phi nông nghiệp (trong đó có đất ở) phải được cơ quan nhà ' +
        'nước có thẩm quyền cho phép. Căn cứ cho phép là kế hoạch sử dụng đất hằng năm được duyệt; từ ngày 01/7/2025, UBND xã quyết ' +
        'định việc chuyển mục đích sử dụng đất đối với cá nhân theo Nghị định số 151/2025/NĐ-CP.',
      'Ông nộp đơn xin chuyển mục đích sử dụng đất kèm Giấy chứng nhận tại Trung tâm Phục vụ hành chính công xã. Khi được cho phép, ' +
        'gia đình nộp tiền sử dụng đất theo quy định của Chính phủ về thu tiền sử dụng đất, tính trên giá đất trong bảng giá đất của ' +
        'tỉnh, và lệ phí trước bạ.',
      'Việc tách thửa sau khi chuyển mục đích phải bảo đảm diện tích tối thiểu do UBND tỉnh Hà Tĩnh quy định. Công chức địa chính xã sẽ ' +
        'kiểm tra vị trí thửa đất trong kế hoạch sử dụng đất và hướng dẫn cụ thể.',
    ],
    answeredOn: '2025-12-22',
    answeredBy: 'UBND xã Sơn Giang',
  },
  {
    slug: 'ngap-ung-duong-qua-thon-giang-ha-mua-mua',
    title: 'Ngập úng kéo dài trên đường qua thôn Giang Hà mỗi khi mưa lớn',
    kind: 'feedback',
    topic: 'Giao thông, hạ tầng',
    question:
      'Đoạn đường trục xã qua thôn Giang Hà, gần cống ông Thuận, cứ mưa lớn là ngập sâu 40–50 cm, nước rút chậm vì cống bị bồi lấp. ' +
      'Học sinh phải lội nước đi học. Đề nghị xã nạo vét cống và nâng mặt đường.',
    askerInitials: 'T.V.Q.',
    askedOn: '2026-09-28',
    answer: [
      'UBND xã đã kiểm tra hiện trường ngày 30/9/2026: cống tròn qua đường bị bồi lấp khoảng hai phần ba tiết diện, mương dẫn phía hạ ' +
        'lưu bị thu hẹp do lấn chiếm. Xã đã huy động lực lượng nạo vét cống và khơi thông mương trong các ngày 3 và 4/10/2026.',
      'Trong mùa mưa bão, thôn Giang Hà bố trí người cắm cọc tiêu, hướng dẫn học sinh đi đường vòng qua thôn Kim Lộc khi nước ngập, ' +
        'theo Kế hoạch phòng, chống thiên tai năm 2026 của xã.',
      'Hạng mục thay cống hộp và nâng cao độ mặt đường đoạn này được đưa vào dự kiến kế hoạch đầu tư năm 2027 trình HĐND xã.',
    ],
    answeredOn: '2026-10-07',
    answeredBy: 'UBND xã Sơn Giang',
    relatedDocuments: ['28/KH-UBND'],
  },
  {
    slug: 'phan-loai-rac-tai-nguon-va-lich-thu-gom',
    title: 'Phân loại rác tại nguồn và lịch thu gom ở thôn Khe Mây',
    kind: 'feedback',
    topic: 'Tài nguyên, môi trường',
    question:
      'Thôn Khe Mây đã phát túi cho bà con phân loại rác nhưng xe thu gom đến thì đổ chung một xe, nhiều người thấy phân loại không ' +
      'có tác dụng. Đề nghị xã làm rõ lịch thu gom từng loại rác.',
    askerInitials: 'L.T.V.',
    askedOn: '2026-05-11',
    answer: [
      'Luật Bảo vệ môi trường năm 2020 yêu cầu hộ gia đình, cá nhân phân loại chất thải rắn sinh hoạt thành chất thải có khả năng tái ' +
        'sử dụng, tái chế; chất thải thực phẩm; chất thải rắn sinh hoạt khác. Đơn vị thu gom có trách nhiệm thu gom, vận chuyển riêng ' +
        'từng loại đã phân loại.',
      'UBND xã đã làm việc với đơn vị thu gom, yêu cầu thực hiện đúng Hướng dẫn số 22/HD-UBND: chất thải thực phẩm được hộ gia đình tự ' +
        'ủ làm phân bón hoặc thu vào thứ Hai, thứ Năm; chất thải rắn khác thu vào thứ Ba, thứ Sáu; chất thải tái chế do Chi hội Phụ ' +
        'nữ thôn thu gom hằng tháng để gây quỹ.',
      'Cảm ơn bà đã phản ánh; nếu đơn vị thu gom tiếp tục đổ chung, đề nghị báo trưởng thôn để xã xử lý theo hợp đồng.',
    ],
    answeredOn: '2026-05-20',
    answeredBy: 'UBND xã Sơn Giang',
    relatedDocuments: ['22/HD-UBND'],
  },
  {
    slug: 'ho-tro-san-xuat-cam-buoi-an-toan-ocop',
    title: 'Điều kiện được hỗ trợ sản xuất cam, bưởi an toàn gắn với OCOP',
    kind: 'question',
    topic: 'Nông nghiệp',
    question:
      'Tôi có 0,8 ha cam và bưởi ở thôn Phú Thượng, đang cùng 6 hộ khác lập tổ hợp tác. Chúng tôi có được hỗ trợ theo nghị quyết mới ' +
      'của HĐND xã không, cần điều kiện gì?',
    askerInitials: 'Đ.V.K.',
    askedOn: '2026-08-10',
    answer: [
      'Nghị quyết số 07/NQ-HĐND của HĐND xã hỗ trợ tổ hợp tác, hợp tác xã có vùng sản xuất cam, bưởi liền vùng, áp dụng quy trình sản ' +
        'xuất an toàn và cam kết xây dựng sản phẩm OCOP.',
      'Tổ hợp tác của ông cần: thành lập theo quy định và có hợp đồng hợp tác; tổng diện tích các thành viên đạt mức tối thiểu ghi ' +
        'trong Nghị quyết; đăng ký áp dụng quy trình sản xuất VietGAP hoặc tương đương. Hồ sơ đề nghị hỗ trợ nộp tại Phòng Kinh tế xã ' +
        'trước ngày 31/10 hằng năm.',
      'Phòng Kinh tế xã sẽ tổ chức hội nghị hướng dẫn tại thôn Phú Thượng; ông có thể đăng ký qua trưởng thôn.',
    ],
    answeredOn: '2026-08-24',
    answeredBy: 'UBND xã Sơn Giang',
    relatedDocuments: ['07/NQ-HĐND'],
    trackingCode: 'DUGAWU9G6A',
  },
  {
    slug: 'mien-hoc-phi-nam-hoc-2025-2026',
    title: 'Học sinh trường công lập có còn phải đóng học phí từ năm học 2025–2026?',
    kind: 'question',
    topic: 'Y tế, giáo dục',
    question:
      'Tôi có hai con, một cháu học mẫu giáo, một cháu học lớp 7 ở trường công lập của xã. Năm học 2025–2026 có được miễn học phí ' +
      'không, các khoản thu khác thì thế nào?',
    askerInitials: 'N.T.L.',
    askedOn: '2025-09-15',
    answer: [
      'Theo Nghị quyết số 217/2025/QH15 của Quốc hội, từ năm học 2025–2026, trẻ em mầm non, học sinh phổ thông học tại cơ sở giáo dục ' +
        'công lập được miễn học phí. Như vậy cả hai cháu không phải đóng học phí.',
      'Các khoản thu dịch vụ phục vụ, hỗ trợ hoạt động giáo dục (tiền ăn bán trú, nước uống, trông trưa…) vẫn thực hiện theo quy định ' +
        'của HĐND tỉnh và thỏa thuận công khai với cha mẹ học sinh. Nhà trường phải công khai các khoản thu từ đầu năm học.',
    ],
    answeredOn: '2025-09-24',
    answeredBy: 'UBND xã Sơn Giang',
  },
  {
    slug: 'lich-tiep-cong-dan-cua-chu-tich-ubnd-xa',
    title: 'Lịch tiếp công dân của Chủ tịch UBND xã',
    kind: 'question',
    topic: 'Khác',
    question:
      'Tôi muốn gặp trực tiếp Chủ tịch UBND xã để trình bày việc tranh chấp lối đi chung với hộ liền kề. Xin hỏi lịch ' +
      'tiếp dân thế nào?',
    askerInitials: 'H.V.B.',
    askedOn: '2026-04-01',
    answer: [
      'Chủ tịch UBND xã tiếp công dân định kỳ theo lịch được thông báo công khai hằng quý tại trụ sở và trên Trang thông tin điện tử; ' +
        'ngoài ra, Trung tâm Phục vụ hành chính công xã tiếp nhận đơn thư trong tất cả các ngày làm việc.',
      'Đối với tranh chấp lối đi chung, theo Luật Đất đai năm 2024, các bên được khuyến khích tự hòa giải hoặc hòa giải ở cơ sở; tranh ' +
        'chấp đất đai phải được hòa giải tại UBND xã trước khi giải quyết theo thẩm quyền. Ông có thể nộp đơn đề nghị hòa giải tại ' +
        'Trung tâm Phục vụ hành chính công xã.',
    ],
    answeredOn: '2026-04-06',
    answeredBy: 'UBND xã Sơn Giang',
    relatedDocuments: ['35/TB-UBND'],
  },
];

/** The board's inbox: fictional citizens, phone numbers and e-mail addresses (example.vn). */
export const inbox: SeedInboxQuestion[] = [
  {
    code: 'V6M6DPD8VS',
    kind: 'question',
    topic: 'Lao động, an sinh xã hội',
    body: 'Gia đình tôi thuộc hộ cận nghèo năm 2026, nhà dột nát. Xã có chương trình hỗ trợ sửa chữa nhà ở không, điều kiện thế nào?',
    fullName: 'Trần Thị Lan',
    phone: '0912 345 621',
    address: 'Thôn Bàu Sen',
    receivedWorkingDaysAgo: 2,
    state: 'received',
  },
  {
    code: 'YGADXZH7JG',
    kind: 'feedback',
    topic: 'An ninh, trật tự',
    body: 'Buổi tối có nhóm thanh niên đi xe máy tốc độ cao, nẹt pô trên đường trục xã qua thôn Tân Hòa, rất nguy hiểm cho người đi bộ.',
    fullName: 'Nguyễn Văn Hùng',
    email: 'nguyen.hung@example.vn',
    receivedWorkingDaysAgo: 3,
    state: 'received',
  },
  {
    code: '3XJ7BQM65T',
    kind: 'question',
    topic: 'Đất đai, xây dựng',
    body:
      'Tôi muốn xây tường rào bao quanh vườn cam giáp đường liên thôn thì phải lùi bao nhiêu mét so với mép đường, có cần ' +
      'xin phép không?',
    fullName: 'Phan Văn Đạt',
    phone: '0912 345 622',
    address: 'Thôn Phú Thượng',
    receivedWorkingDaysAgo: 12,
    state: 'received',
  },
  {
    code: '64YCKDK8S2',
    kind: 'feedback',
    topic: 'Tài nguyên, môi trường',
    body: 'Trại lợn của một hộ ở thôn Yên Thọ xả nước thải ra mương chung, mùi hôi nặng, nhất là buổi chiều. Đề nghị xã kiểm tra xử lý.',
    fullName: 'Võ Thị Thanh',
    phone: '0912 345 623',
    email: 'vo.thanh@example.vn',
    receivedWorkingDaysAgo: 19,
    state: 'received',
  },
  {
    code: 'V65B6AX2J2',
    kind: 'question',
    topic: 'Y tế, giáo dục',
    body: 'Trạm Y tế xã có tiêm vắc xin dịch vụ cho trẻ em không hay phải lên bệnh viện? Lịch tiêm chủng mở rộng hằng tháng vào ngày nào?',
    fullName: 'Lê Thị Hoa',
    phone: '0912 345 624',
    receivedWorkingDaysAgo: 13,
    state: 'assigned',
  },
  {
    code: 'BP9WP3SJNY',
    kind: 'feedback',
    topic: 'Giao thông, hạ tầng',
    body: 'Cầu tạm qua khe Khe Mây bị gãy hai tấm ván sau mưa, trẻ em đi học qua rất nguy hiểm. Đề nghị xã sớm sửa chữa.',
    fullName: 'Hồ Văn Sơn',
    phone: '0912 345 625',
    address: 'Thôn Khe Mây',
    receivedWorkingDaysAgo: 16,
    state: 'assigned',
  },
  {
    code: '2KZP989A48',
    kind: 'question',
    topic: 'Hành chính, tư pháp, hộ tịch',
    body: 'Tôi đăng ký thường trú cho vợ về ở cùng gia đình nhà chồng thì cần giấy tờ gì, có làm trực tuyến được không?',
    fullName: 'Đinh Công Minh',
    email: 'dinh.minh@example.vn',
    receivedWorkingDaysAgo: 7,
    state: 'assigned',
  },
  {
    code: '36ZAR63XQU',
    kind: 'question',
    topic: 'Khác',
    body: 'Xin hỏi thủ tục cấp hộ chiếu phổ thông cho con tôi đang học ở tỉnh khác, làm ở đâu cho nhanh?',
    fullName: 'Bùi Thị Nga',
    phone: '0912 345 626',
    receivedWorkingDaysAgo: 8,
    state: 'rejected',
    rejectReason: 'out-of-scope',
    rejectNote: 'Cấp hộ chiếu thuộc thẩm quyền của cơ quan quản lý xuất nhập cảnh Công an tỉnh; đã hướng dẫn công dân nộp trực tuyến.',
  },
  {
    code: 'DUGAWU9G6A',
    kind: 'question',
    topic: 'Nông nghiệp',
    body:
      'Tôi có 0,8 ha cam và bưởi ở thôn Phú Thượng, đang cùng 6 hộ khác lập tổ hợp tác. Chúng tôi có được hỗ trợ theo ' +
      'nghị quyết mới không?',
    fullName: 'Đặng Văn Kiên',
    phone: '0912 345 627',
    address: 'Thôn Phú Thượng',
    receivedWorkingDaysAgo: 0,
    state: 'answered',
    answerSlug: 'ho-tro-san-xuat-cam-buoi-an-toan-ocop',
  },
];

/** "Thông tin này có hữu ích không?": votes of the past week on a few pages. */
export const ratings: SeedPageRating[] = [
  { path: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh', daysAgo: 2, useful: 3, notUseful: 0 },
  {
    path: '/gioi-thieu/tong-quan',
    daysAgo: 1,
    useful: 2,
    notUseful: 0,
    comments: [{ useful: true, comment: 'Thông tin về lịch sử xã rất hay.' }],
  },
  { path: '/lien-he', daysAgo: 3, useful: 4, notUseful: 1, comments: [{ useful: false, comment: 'Thiếu số điện thoại của Trạm Y tế.' }] },
  { path: '/tin-tuc/trung-tam-phuc-vu-hanh-chinh-cong-gan-dan-hon', daysAgo: 6, useful: 5, notUseful: 0 },
];
