import type { SeedArticle } from '../../types';

export const articles1: SeedArticle[] = [
  {
    slug: 'dang-uy-xa-trien-khai-nhiem-vu-nam-2026',
    title: 'Đảng ủy xã Quốc Tuấn tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026',
    summary:
      'Ngày 07/01/2026, Đảng ủy xã tổ chức hội nghị tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025, đề ra 5 nhóm nhiệm vụ trọng tâm cho năm 2026.',
    body: [
      'Ngày 07/01/2026, Đảng ủy xã Quốc Tuấn tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị và lãnh đạo thực hiện nhiệm vụ chính trị năm 2025. Đồng chí Phạm Văn Khải, Bí thư Đảng ủy xã chủ trì hội nghị; dự có các đồng chí trong Ban Chấp hành Đảng bộ, bí thư 38 chi bộ trực thuộc và trưởng các đoàn thể chính trị – xã hội.',
      'Năm 2025 là năm đầu tiên xã Quốc Tuấn vận hành theo mô hình chính quyền địa phương hai cấp. Dù khối lượng công việc lớn, Đảng bộ đã lãnh đạo hoàn thành 17/19 chỉ tiêu chủ yếu; tổng giá trị sản xuất ước tăng 7,8% so với năm 2024; thu nhập bình quân đầu người đạt 72,5 triệu đồng; tỷ lệ hộ nghèo giảm còn 0,62%. Công tác phát triển đảng viên đạt 112% kế hoạch với 28 đảng viên mới được kết nạp.',
      'Phát biểu kết luận, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tập trung 5 nhóm nhiệm vụ năm 2026: lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội và HĐND các cấp; học tập, quán triệt nghị quyết Đại hội Đảng các cấp; đẩy mạnh sản xuất nông nghiệp hàng hóa gắn với làng nghề; nâng cao chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã; giữ vững quốc phòng, an ninh trên địa bàn.',
      'Dịp này, Đảng ủy xã trao giấy khen cho 6 chi bộ đạt tiêu chuẩn “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu và 14 đảng viên có thành tích xuất sắc năm 2025.',
    ],
    category: 'hoat-dong-dang-uy',
    kind: 'tin',
    authorName: 'Đào Văn Thịnh – Phòng Văn hóa – Xã hội xã',
    tags: 'Đảng ủy xã, tổng kết năm 2025, nhiệm vụ năm 2026',
    coverAlt:
      'Hội trường UBND xã Quốc Tuấn, đồng chí Bí thư Đảng ủy phát biểu tại bục có phông chữ “Hội nghị tổng kết công tác năm 2025”, đại biểu ngồi theo dãy bàn phủ khăn đỏ.',
    coverLabel: 'Tổng kết năm 2025',
    publishedAt: '2026-01-08T09:15:00+07:00',
  },
  {
    slug: 'tham-tang-qua-tet-binh-ngo-2026',
    title: 'Thăm, tặng quà Tết Bính Ngọ 2026 cho gia đình chính sách và hộ có hoàn cảnh khó khăn',
    summary:
      'Từ ngày 20 đến 24/01/2026, lãnh đạo xã chia thành 4 đoàn thăm, tặng 1.186 suất quà Tết với tổng trị giá hơn 620 triệu đồng.',
    body: [
      'Thực hiện kế hoạch chăm lo Tết Nguyên đán Bính Ngọ 2026, từ ngày 20 đến 24/01/2026, Thường trực Đảng ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam xã Quốc Tuấn chia thành 4 đoàn đến thăm, chúc Tết các gia đình người có công với cách mạng, hộ nghèo, hộ cận nghèo và người cao tuổi cô đơn tại 12 thôn.',
      'Tổng số quà được trao là 1.186 suất, trị giá hơn 620 triệu đồng, trong đó có quà của Chủ tịch nước, quà của thành phố, quà của xã và nguồn vận động từ các doanh nghiệp, con em quê hương làm ăn xa. Riêng 9 gia đình có hoàn cảnh đặc biệt khó khăn được Ủy ban MTTQ xã trao thêm mỗi hộ một phần quà trị giá 1 triệu đồng và 20 kg gạo.',
      'Tại các gia đình, đồng chí Vũ Đức Thành, Chủ tịch UBND xã ân cần hỏi thăm sức khỏe, đời sống và mong các gia đình tiếp tục phát huy truyền thống, đón Tết vui tươi, an toàn. UBND xã yêu cầu các thôn rà soát, bảo đảm không để hộ nào không có Tết.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'Tết Bính Ngọ, an sinh xã hội, gia đình chính sách',
    coverAlt:
      'Chủ tịch UBND xã trao túi quà Tết màu đỏ cho một cụ ông là thương binh tại hiên nhà ở thôn Vạn Lộc, bên cạnh có cán bộ Mặt trận và trưởng thôn.',
    coverLabel: 'Quà Tết Bính Ngọ',
    gallery: [
      'Đoàn công tác của xã chụp ảnh cùng gia đình người có công trước cổng nhà ở thôn Cẩm Khê.',
      'Cán bộ Hội Chữ thập đỏ xã chuẩn bị các bao gạo và quà Tết tại hội trường UBND xã.',
    ],
    publishedAt: '2026-01-24T16:40:00+07:00',
  },
  {
    slug: 'ra-quan-gieo-cay-vu-xuan-2026',
    title: 'Quốc Tuấn ra quân gieo cấy vụ Xuân 2026: hướng tới 1.150 ha lúa, 70% diện tích là giống chất lượng',
    summary:
      'Vụ Xuân 2026, xã gieo cấy 1.150 ha lúa, trong đó khoảng 805 ha giống chất lượng; mở rộng cấy bằng máy và mạ khay, tập trung cấy xong trước 25/02/2026.',
    body: [
      'Sáng 02/02/2026, tại cánh đồng mẫu thôn Đông Phù, UBND xã Quốc Tuấn tổ chức lễ ra quân gieo cấy vụ Xuân 2026. Dự lễ có đại diện Trung tâm Khuyến nông thành phố, lãnh đạo xã, Hợp tác xã dịch vụ nông nghiệp và đông đảo bà con nông dân các thôn.',
      'Theo kế hoạch, vụ Xuân năm nay toàn xã gieo cấy 1.150 ha lúa, trong đó khoảng 805 ha (70%) là các giống chất lượng, năng suất phù hợp chân đất vàn và vàn cao. Diện tích cấy bằng máy và mạ khay dự kiến đạt 460 ha, tăng 95 ha so với vụ Xuân 2025.',
      { heading: 'Cơ cấu giống và lịch thời vụ' },
      {
        list: [
          'Trà xuân muộn chiếm khoảng 85% diện tích; gieo mạ từ 25/01 đến 05/02/2026, cấy tập trung từ 05/02 đến 25/02/2026.',
          'Giống chủ lực: Đài thơm 8, Bắc thơm số 7, RVT cho chân vàn; Thiên ưu 8, BC15 cho chân vàn thấp.',
          'Không gieo cấy khi nhiệt độ trung bình ngày dưới 15°C; che phủ nilon cho mạ khi có rét đậm, rét hại.',
          'Các thôn thống nhất khung lịch lấy nước với Hợp tác xã để làm đất đồng loạt, tránh lãng phí nước.',
        ],
      },
      { heading: 'Chính sách hỗ trợ' },
      'Từ nguồn ngân sách xã, UBND xã hỗ trợ 50% chi phí mạ khay cho các hộ tham gia cánh đồng lớn và hỗ trợ một phần tiền thuê máy cấy. Hội Nông dân xã phối hợp với Hợp tác xã tổ chức 6 lớp tập huấn kỹ thuật quản lý dịch hại tổng hợp (IPM) trên lúa tại các thôn.',
      'Hợp tác xã dịch vụ nông nghiệp cho biết đã chuẩn bị đủ 38 tấn giống lúa xác nhận các loại, cung ứng theo hình thức trả chậm đến cuối vụ cho hộ thành viên; 5 trạm bơm đã được tu sửa, bảo đảm đủ nước làm đất cho toàn bộ diện tích.',
      'Phát biểu tại lễ ra quân, đồng chí Trần Quang Huy, Phó Chủ tịch UBND xã đề nghị bà con tuyệt đối không để ruộng bỏ hoang, chủ động phòng trừ chuột ngay từ đầu vụ và theo dõi chặt chẽ thông báo sâu bệnh của cán bộ khuyến nông.',
    ],
    category: 'khuyen-nong-san-xuat',
    kind: 'bai',
    featured: true,
    authorName: 'Vũ Văn Định – Phòng Kinh tế xã',
    tags: 'vụ Xuân 2026, lúa chất lượng, cấy máy, khuyến nông',
    coverAlt:
      'Cánh đồng thôn Đông Phù buổi sáng, hai máy cấy đang chạy trên ruộng nước, hàng chục nông dân đội nón lá đứng dọc bờ cầm khay mạ.',
    coverLabel: 'Ra quân vụ Xuân',
    gallery: [
      'Cán bộ khuyến nông hướng dẫn bà con xếp khay mạ lên máy cấy.',
      'Lãnh đạo xã và nông dân cùng cấy những khóm lúa đầu tiên tại ruộng mẫu.',
      'Băng rôn “Ra quân gieo cấy vụ Xuân 2026” căng trên bờ vùng cánh đồng mẫu.',
    ],
    publishedAt: '2026-02-03T08:30:00+07:00',
  },
  {
    slug: 'le-giao-nhan-quan-nam-2026',
    title: '41 thanh niên xã Quốc Tuấn lên đường nhập ngũ năm 2026',
    summary:
      'Sáng 04/3/2026, xã tổ chức lễ tiễn 41 thanh niên lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân.',
    body: [
      'Sáng 04/3/2026, tại sân trụ sở UBND xã, Hội đồng Nghĩa vụ quân sự xã Quốc Tuấn tổ chức lễ tiễn công dân lên đường nhập ngũ năm 2026. Năm nay, toàn xã có 41 thanh niên lên đường, trong đó 35 thanh niên thực hiện nghĩa vụ quân sự và 6 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân; 100% đạt tiêu chuẩn sức khỏe loại 1 và loại 2, 9 thanh niên có trình độ cao đẳng, đại học.',
      'Thay mặt lãnh đạo địa phương, đồng chí Hoàng Văn Quyết, Chỉ huy trưởng Ban Chỉ huy Quân sự xã biểu dương tinh thần tự giác của các tân binh và gia đình, đề nghị các em nhanh chóng thích nghi môi trường quân ngũ, giữ gìn phẩm chất “Bộ đội Cụ Hồ”.',
      'Dịp này, UBND xã và Ủy ban MTTQ Việt Nam xã tặng mỗi tân binh một phần quà trị giá 2 triệu đồng; Đoàn Thanh niên xã tặng sổ tay và cờ Tổ quốc.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Ban Chỉ huy Quân sự xã',
    tags: 'giao nhận quân 2026, nghĩa vụ quân sự, tân binh',
    coverAlt:
      'Hàng tân binh mặc quân phục mới, đeo hoa đỏ trên ngực, đứng nghiêm trước sân trụ sở UBND xã; người thân đứng phía sau vẫy tay.',
    coverLabel: 'Tiễn tân binh 2026',
    publishedAt: '2026-03-04T11:20:00+07:00',
  },
  {
    slug: 'cu-tri-quoc-tuan-di-bau-cu-15-3-2026',
    title: '99,63% cử tri xã Quốc Tuấn đi bầu cử đại biểu Quốc hội và HĐND các cấp',
    summary:
      'Ngày 15/3/2026, 23.748 cử tri tại 18 khu vực bỏ phiếu của xã đã tham gia bầu cử, đạt tỷ lệ 99,63%; cuộc bầu cử diễn ra dân chủ, đúng luật, an toàn.',
    body: [
      'Ngày 15/3/2026, cùng với cử tri cả nước, cử tri xã Quốc Tuấn nô nức đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031. Ngay từ 6 giờ 30 phút, các khu vực bỏ phiếu đã đón những cử tri đầu tiên; nhiều cụ cao tuổi được con cháu đưa đến sớm để thực hiện quyền công dân.',
      'Theo báo cáo của Ủy ban bầu cử xã, toàn xã có 23.836 cử tri trong danh sách tại 18 khu vực bỏ phiếu; đến 17 giờ đã có 23.748 cử tri tham gia bỏ phiếu, đạt 99,63%. Các tổ bầu cử bố trí hòm phiếu phụ phục vụ 64 cử tri ốm đau, già yếu, khuyết tật không thể đến khu vực bỏ phiếu.',
      'Công an xã và lực lượng bảo vệ an ninh, trật tự ở cơ sở bố trí 96 lượt người trực, bảo vệ 24/24 giờ tại các điểm bỏ phiếu và nơi lưu giữ tài liệu bầu cử. Cuộc bầu cử trên địa bàn xã diễn ra dân chủ, đúng pháp luật, an toàn và tiết kiệm.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    featured: true,
    authorName: 'Phạm Thị Lan Anh – Văn phòng HĐND-UBND xã',
    tags: 'bầu cử 2026, HĐND nhiệm kỳ 2026-2031, Quốc hội khóa XVI',
    coverAlt:
      'Cử tri xếp hàng bỏ lá phiếu vào hòm phiếu màu đỏ có Quốc huy tại khu vực bỏ phiếu số 5 đặt ở nhà văn hóa thôn Tây Am.',
    coverLabel: 'Ngày hội non sông',
    gallery: [
      'Cụ bà tóc bạc được cháu dìu đến khu vực bỏ phiếu lúc sáng sớm.',
      'Tổ bầu cử mang hòm phiếu phụ đến nhà cử tri ốm đau ở thôn Nghĩa Xá.',
    ],
    publishedAt: '2026-03-16T07:45:00+07:00',
  },
  {
    slug: 'ky-hop-thu-nhat-hdnd-xa-nhiem-ky-2026-2031',
    title: 'Kỳ họp thứ nhất HĐND xã Quốc Tuấn nhiệm kỳ 2026–2031 bầu các chức danh chủ chốt',
    summary:
      'Ngày 27/3/2026, HĐND xã khai mạc kỳ họp thứ nhất, bầu Chủ tịch, Phó Chủ tịch HĐND, Chủ tịch, Phó Chủ tịch UBND xã và các Ban của HĐND.',
    body: [
      'Ngày 27/3/2026, HĐND xã Quốc Tuấn nhiệm kỳ 2026–2031 tổ chức kỳ họp thứ nhất với sự tham dự của 30/30 đại biểu. Kỳ họp đã nghe báo cáo kết quả bầu cử, xác nhận tư cách đại biểu và tiến hành bầu các chức danh của HĐND, UBND xã.',
      'Với số phiếu tán thành cao, bà Nguyễn Thị Hồng Nhung, Phó Bí thư Thường trực Đảng ủy được bầu giữ chức Chủ tịch HĐND xã; ông Đỗ Văn Lâm được bầu làm Phó Chủ tịch HĐND xã. Ông Vũ Đức Thành, Phó Bí thư Đảng ủy được bầu giữ chức Chủ tịch UBND xã; ông Trần Quang Huy và bà Lê Thị Thu Hà được bầu làm Phó Chủ tịch UBND xã. Kỳ họp cũng bầu Trưởng, Phó Ban Pháp chế và Ban Kinh tế – Xã hội của HĐND.',
      'Phát biểu nhận nhiệm vụ, Chủ tịch UBND xã cam kết cùng tập thể UBND xây dựng chính quyền gần dân, phục vụ nhân dân, tiếp tục cải thiện chất lượng giải quyết thủ tục hành chính và công khai minh bạch hoạt động trên Trang thông tin điện tử xã.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    source: 'Thường trực HĐND xã Quốc Tuấn',
    tags: 'HĐND xã, kỳ họp thứ nhất, nhiệm kỳ 2026-2031',
    coverAlt:
      'Các đại biểu HĐND xã giơ tay biểu quyết trong hội trường, phía trên sân khấu là dòng chữ “Kỳ họp thứ nhất HĐND xã Quốc Tuấn nhiệm kỳ 2026–2031”.',
    coverLabel: 'Kỳ họp thứ nhất',
    publishedAt: '2026-03-28T10:00:00+07:00',
  },
  {
    slug: 'quan-triet-nghi-quyet-dai-hoi-xiv-cua-dang',
    title: 'Đảng bộ xã học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    summary:
      'Hơn 1.500 cán bộ, đảng viên dự hội nghị trực tuyến tại 13 điểm cầu; các chi bộ xây dựng chương trình hành động gắn với nhiệm vụ của từng thôn, cơ quan.',
    body: [
      'Trong hai ngày 09 và 10/4/2026, Đảng ủy xã Quốc Tuấn tổ chức hội nghị học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Hội nghị được tổ chức trực tiếp tại hội trường UBND xã và kết nối trực tuyến tới nhà văn hóa 12 thôn, với hơn 1.500 cán bộ, đảng viên tham dự.',
      'Các báo cáo viên của Đảng ủy xã đã truyền đạt những nội dung cốt lõi của văn kiện Đại hội, trong đó nhấn mạnh yêu cầu tiếp tục xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững; đẩy mạnh chuyển đổi số và nâng cao đời sống vật chất, tinh thần của nhân dân.',
      { heading: 'Yêu cầu sau hội nghị' },
      {
        list: [
          'Mỗi đảng viên viết bài thu hoạch, liên hệ trách nhiệm cá nhân; hoàn thành trước ngày 30/4/2026.',
          'Các chi bộ thôn xây dựng chương trình hành động cụ thể, gắn với sản xuất lúa hàng hóa, rau màu vụ đông và giữ gìn làng nghề.',
          'Chi bộ cơ quan gắn nghị quyết với cải cách hành chính, chuyển đổi số, nâng cao tỷ lệ hồ sơ trực tuyến.',
          'Ban Xây dựng Đảng của Đảng ủy theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy.',
        ],
      },
      'Đồng chí Phạm Văn Khải, Bí thư Đảng ủy xã yêu cầu việc học tập không dừng ở hình thức mà phải chuyển hóa thành việc làm cụ thể, tạo chuyển biến rõ nét ngay trong năm 2026.',
      'Theo kế hoạch, trong quý II/2026 Đảng ủy xã kiểm tra việc xây dựng và thực hiện chương trình hành động tại 10 chi bộ; kết quả học tập, quán triệt nghị quyết là một tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026.',
      'Kết quả kiểm tra nhận thức sau hội nghị cho thấy 98,7% đảng viên đạt yêu cầu trở lên; nhiều chi bộ như Kinh Điền, Trúc Động, Lạc Thị đã đăng ký công trình, phần việc cụ thể chào mừng kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2026).',
    ],
    category: 'xay-dung-dang',
    kind: 'bai',
    authorName: 'Ban Xây dựng Đảng – Đảng ủy xã',
    tags: 'Nghị quyết Đại hội XIV, học tập nghị quyết, xây dựng Đảng',
    coverAlt:
      'Hội trường đông kín đảng viên ngồi nghe, màn hình lớn phía trước hiển thị các điểm cầu trực tuyến của 12 thôn.',
    coverLabel: 'Quán triệt Nghị quyết XIV',
    publishedAt: '2026-04-14T15:00:00+07:00',
  },
  {
    slug: 'truc-dong-giu-nghe-may-tre-dan',
    title: 'Thôn Trúc Động: giữ nghề mây tre đan giữa vùng lúa',
    summary:
      'Hơn 260 hộ ở thôn Trúc Động duy trì nghề mây tre đan, tạo việc làm cho khoảng 600 lao động, nhiều sản phẩm đã vào siêu thị và xuất khẩu ủy thác.',
    body: [
      'Đến thôn Trúc Động những ngày cuối tháng Tư, dọc các ngõ nhỏ đâu đâu cũng thấy những bó nan tre phơi trên hiên nhà, tiếng dao chẻ nan lách cách. Nghề mây tre đan đã gắn bó với người dân nơi đây hơn một trăm năm, theo lời các cụ cao niên là từ đời ông cha đi học nghề ở vùng trên về dạy lại cho con cháu.',
      'Hiện thôn có hơn 260 hộ làm nghề, tạo việc làm thường xuyên cho khoảng 600 lao động, phần lớn là phụ nữ và người cao tuổi. Lúc nông nhàn, thu nhập từ nghề giúp mỗi lao động có thêm từ 4 đến 6 triệu đồng mỗi tháng.',
      { heading: 'Từ rổ rá đến hàng trang trí' },
      'Nếu trước đây sản phẩm chủ yếu là rổ, rá, thúng mủng phục vụ nông nghiệp thì nay các hộ đã chuyển sang làm giỏ quà, khay, chao đèn, lẵng hoa theo đơn đặt hàng. Tổ hợp tác mây tre đan Trúc Động được thành lập năm 2022 với 34 thành viên, đứng ra nhận đơn hàng của các doanh nghiệp xuất khẩu và chia việc cho các hộ.',
      'Bà Nguyễn Thị Loan, Tổ trưởng tổ hợp tác cho biết: “Mẫu mã thay đổi liên tục, nên chị em phải học thêm. Năm nay xã hỗ trợ mở lớp đan mẫu mới cho 35 học viên, nhiều người trẻ đã quay về làm nghề”.',
      { heading: 'Những khó khăn còn lại' },
      {
        list: [
          'Nguyên liệu tre, mây chủ yếu mua từ nơi khác, giá biến động theo mùa.',
          'Khâu xử lý chống mốc còn thủ công, chưa có lò sấy tập trung.',
          'Sản phẩm chưa có nhãn hiệu tập thể, phần lớn bán qua trung gian.',
        ],
      },
      'UBND xã đang phối hợp với các cơ quan chuyên môn của thành phố hướng dẫn tổ hợp tác xây dựng hồ sơ đề nghị công nhận làng nghề, đồng thời đăng ký sản phẩm giỏ quà mây tre đan Trúc Động tham gia Chương trình mỗi xã một sản phẩm (OCOP).',
    ],
    category: 'tin-thon-khu-dan-cu',
    kind: 'bai',
    authorName: 'Đào Văn Thịnh – Phòng Văn hóa – Xã hội xã',
    tags: 'làng nghề, mây tre đan, thôn Trúc Động, OCOP',
    coverAlt:
      'Một phụ nữ trung tuổi ngồi trên chiếu giữa sân nhà, đôi tay đang đan dở chiếc giỏ tre, xung quanh là những bó nan tre vàng óng.',
    coverLabel: 'Nghề đan Trúc Động',
    gallery: [
      'Những chiếc giỏ quà bằng mây tre xếp chồng trong kho của tổ hợp tác, chờ đóng thùng.',
      'Nan tre được phơi thành hàng dài trên hiên nhà ở thôn Trúc Động.',
      'Lớp dạy đan mẫu mới với các học viên trẻ tại nhà văn hóa thôn.',
    ],
    publishedAt: '2026-04-24T09:30:00+07:00',
  },
  {
    slug: 'phu-nu-hoa-lieu-phan-loai-rac-tai-nguon',
    title: 'Phụ nữ thôn Hòa Liễu ra mắt mô hình “Ngõ xanh – phân loại rác tại nguồn”',
    summary:
      'Mô hình do Hội Liên hiệp Phụ nữ xã triển khai với 146 hộ tham gia, giúp giảm khoảng 30% lượng rác phải vận chuyển đi xử lý.',
    body: [
      'Ngày 10/5/2026, Hội Liên hiệp Phụ nữ xã Quốc Tuấn phối hợp với Ban công tác Mặt trận thôn Hòa Liễu ra mắt mô hình “Ngõ xanh – phân loại rác tại nguồn” tại 4 ngõ xóm với 146 hộ tham gia.',
      'Theo mô hình, mỗi hộ được phát hai thùng đựng rác và hướng dẫn tách rác hữu cơ để ủ phân bón cho vườn rau; rác tái chế như giấy, chai nhựa được gom bán, tiền thu được đưa vào quỹ chăm lo hội viên khó khăn. Sau một tháng thí điểm, lượng rác phải vận chuyển đi xử lý của các ngõ giảm khoảng 30%.',
      'Phát biểu tại buổi ra mắt, đồng chí Bùi Văn Toản, Chủ tịch Ủy ban MTTQ Việt Nam xã đề nghị các chi hội nhân rộng mô hình ra các thôn còn lại trong năm 2026, gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
    ],
    category: 'mat-tran-doan-the',
    kind: 'tin',
    authorName: 'Hội Liên hiệp Phụ nữ xã',
    tags: 'phân loại rác, Hội Phụ nữ, bảo vệ môi trường, thôn Hòa Liễu',
    coverAlt:
      'Hội viên phụ nữ mặc áo dài xanh đứng cạnh hàng thùng rác hai màu xanh lá và xám đặt đầu ngõ, trên tường có biển “Ngõ xanh”.',
    coverLabel: 'Ngõ xanh Hòa Liễu',
    publishedAt: '2026-05-12T14:10:00+07:00',
  },
];
