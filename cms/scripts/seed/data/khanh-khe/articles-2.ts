import type { SeedArticle } from '../../types';

export const articles2: SeedArticle[] = [
  {
    slug: 'to-cong-nghe-so-cong-dong-huong-dan-nop-ho-so-truc-tuyen',
    title: 'Tổ công nghệ số cộng đồng “đi từng ngõ, gõ từng nhà” hướng dẫn người dân làm thủ tục trực tuyến',
    summary:
      'Với 21 Tổ công nghệ số cộng đồng ở các thôn, xã Khánh Khê đang từng bước giúp người dân vùng cao làm quen với dịch vụ công trực tuyến, tài khoản định danh điện tử và thanh toán không dùng tiền mặt.',
    body: [
      'Buổi tối ở nhà văn hóa thôn Khuổi Slẻ, anh Nông Văn Tiến, Tổ trưởng Tổ công nghệ số cộng đồng thôn, kiên nhẫn cầm tay từng người cách mở ứng dụng VNeID, quét mã QR trên căn cước và điền tờ khai trên Cổng Dịch vụ công quốc gia. Những buổi “cà phê số” như thế đã trở thành quen thuộc với bà con từ khi xã kiện toàn Tổ công nghệ số cộng đồng sau sắp xếp đơn vị hành chính.',
      { heading: 'Mỗi thôn một tổ, mỗi tổ một việc cụ thể' },
      'Hiện toàn xã có 21 Tổ công nghệ số cộng đồng với 118 thành viên là trưởng thôn, bí thư chi bộ, đoàn viên thanh niên và giáo viên. Các tổ được giao những nhiệm vụ cụ thể:',
      {
        list: [
          'Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2;',
          'Hỗ trợ nộp hồ sơ trực tuyến các thủ tục thường gặp như đăng ký khai sinh, khai tử, chứng thực, xác nhận tình trạng hôn nhân;',
          'Hướng dẫn thanh toán phí, lệ phí và tiền điện, nước, học phí qua ngân hàng số;',
          'Tuyên truyền cách nhận biết, phòng tránh lừa đảo qua mạng.',
        ],
      },
      { heading: 'Kết quả bước đầu đáng khích lệ' },
      'Trong 5 tháng đầu năm 2026, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tại Trung tâm Phục vụ hành chính công xã đạt 71,4%, tăng gần 30 điểm phần trăm so với cùng kỳ. Nhiều người cao tuổi như ông Hoàng Văn Lìn, 72 tuổi, thôn Bản Nầng đã tự làm được thủ tục đăng ký khai sinh cho cháu nội trên điện thoại.',
      'Chị Vi Thị Hằng, cán bộ Trung tâm Phục vụ hành chính công xã chia sẻ: “Bà con nộp hồ sơ trực tuyến thì không phải đi lại nhiều lần, có thôn cách trung tâm xã gần 15 km đường đèo. Kết quả được trả qua bưu điện hoặc bản điện tử, tiết kiệm cả thời gian và chi phí.”',
      'Thời gian tới, UBND xã tiếp tục bồi dưỡng kỹ năng cho thành viên các tổ, phấn đấu đến cuối năm 2026 có trên 80% người trưởng thành trên địa bàn sử dụng dịch vụ công trực tuyến.',
    ],
    category: 'chuyen-doi-so',
    kind: 'bai',
    featured: true,
    authorName: 'Hà Thị Lan – Văn phòng HĐND và UBND xã',
    tags: 'chuyển đổi số, Tổ công nghệ số cộng đồng, dịch vụ công trực tuyến, VNeID',
    coverAlt:
      'Thanh niên mặc áo đoàn xanh ngồi cạnh cụ ông người Tày, chỉ lên màn hình điện thoại thông minh tại nhà văn hóa thôn, trên bàn có tờ hướng dẫn quét mã QR.',
    coverLabel: 'Công nghệ số cộng đồng',
    gallery: [
      'Nhóm phụ nữ thôn Khuổi Slẻ cầm điện thoại, chăm chú nghe hướng dẫn cài đặt ứng dụng VNeID dưới ánh đèn nhà văn hóa.',
      'Cán bộ Trung tâm Phục vụ hành chính công xã hỗ trợ người dân nộp hồ sơ trực tuyến tại máy tính đặt ở khu vực chờ.',
    ],
    publishedAt: '2026-06-10T15:30:00+07:00',
  },
  {
    slug: 'ket-qua-giai-quyet-thu-tuc-hanh-chinh-6-thang-dau-nam-2026',
    title: '6 tháng đầu năm 2026: 100% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn',
    summary: 'Trung tâm Phục vụ hành chính công xã Khánh Khê tiếp nhận 2.318 hồ sơ trong 6 tháng đầu năm 2026, không có hồ sơ quá hạn.',
    body: [
      'Theo báo cáo của UBND xã, từ ngày 01/01 đến ngày 15/6/2026, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 2.318 hồ sơ thủ tục hành chính, trong đó 1.652 hồ sơ nộp trực tuyến (71,3%). Đã giải quyết 2.296 hồ sơ, trong đó 2.081 hồ sơ giải quyết trước hạn, 215 hồ sơ đúng hạn; 22 hồ sơ đang giải quyết trong hạn.',
      'Các lĩnh vực có nhiều hồ sơ nhất là chứng thực (1.064 hồ sơ), hộ tịch (612 hồ sơ), đất đai (298 hồ sơ) và bảo trợ xã hội (141 hồ sơ). 100% hồ sơ được số hóa khi tiếp nhận; tỷ lệ hài lòng của người dân qua đánh giá trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh đạt 99,2%.',
      'Trong 6 tháng cuối năm, UBND xã tiếp tục niêm yết công khai, đầy đủ thủ tục hành chính, đẩy mạnh thanh toán trực tuyến phí, lệ phí và tái sử dụng dữ liệu đã số hóa để người dân không phải nộp lại giấy tờ.',
    ],
    category: 'cai-cach-hanh-chinh',
    kind: 'tin',
    authorName: 'Vi Thị Hằng – Trung tâm Phục vụ hành chính công xã',
    source: 'Báo cáo số 201/BC-UBND ngày 22/6/2026 của UBND xã Khánh Khê',
    tags: 'cải cách hành chính, một cửa, thủ tục hành chính',
    coverAlt:
      'Quầy tiếp nhận của Trung tâm Phục vụ hành chính công xã với biển số thứ tự điện tử, công chức đang nhận hồ sơ của một phụ nữ bế con nhỏ.',
    coverLabel: 'Kết quả một cửa',
    publishedAt: '2026-06-30T10:00:00+07:00',
  },
  {
    slug: 'thong-bao-lich-tiep-cong-dan-thang-8-2026',
    title: 'Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND xã tháng 8/2026',
    summary: 'Chủ tịch UBND xã Khánh Khê tiếp công dân định kỳ vào các ngày 06/8 và 20/8/2026 tại Phòng tiếp công dân, trụ sở UBND xã.',
    body: [
      'Thực hiện Luật Tiếp công dân và Thông báo số 03/TB-UBND ngày 06/01/2026 của UBND xã về lịch tiếp công dân năm 2026, Chủ tịch UBND xã Khánh Khê thông báo lịch tiếp công dân định kỳ tháng 8/2026 như sau:',
      {
        list: [
          'Thứ Năm, ngày 06/8/2026: ông Nông Văn Hải – Chủ tịch UBND xã trực tiếp tiếp công dân;',
          'Thứ Năm, ngày 20/8/2026: ông Vi Văn Đoàn – Phó Chủ tịch UBND xã được ủy quyền tiếp công dân;',
          'Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ 30; địa điểm: Phòng tiếp công dân, trụ sở UBND xã, thôn Nà Pàn.',
        ],
      },
      'Công dân đến phản ánh, kiến nghị, khiếu nại, tố cáo mang theo căn cước và giấy tờ, tài liệu liên quan. Ngoài lịch định kỳ, Phòng tiếp công dân của xã tiếp công dân thường xuyên trong giờ hành chính các ngày làm việc.',
    ],
    category: 'thong-bao',
    kind: 'tin',
    authorName: 'Đinh Văn Tùng – Văn phòng HĐND và UBND xã',
    tags: 'tiếp công dân, thông báo, lịch tiếp dân',
    coverAlt: 'Phòng tiếp công dân của UBND xã với bàn gỗ dài, lá cờ đỏ sao vàng và bảng nội quy tiếp công dân treo trên tường.',
    coverLabel: 'Lịch tiếp công dân',
    publishedAt: '2026-07-20T08:00:00+07:00',
  },
  {
    slug: 'dang-uy-so-ket-mot-nam-thuc-hien-nghi-quyet-dai-hoi',
    title: 'Đảng bộ xã Khánh Khê sơ kết một năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I',
    summary:
      'Sau một năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025–2030, nhiều chỉ tiêu về kinh tế đồi rừng, xây dựng nông thôn mới và chuyển đổi số đã đạt và vượt tiến độ.',
    body: [
      'Ngày 11/8/2026, Ban Chấp hành Đảng bộ xã Khánh Khê tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025–2030. Dự hội nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã, bí thư 28 chi bộ trực thuộc và trưởng các đoàn thể.',
      { heading: 'Những kết quả nổi bật' },
      {
        list: [
          'Hoàn thành việc xây dựng, vận hành bộ máy chính quyền địa phương hai cấp; Trung tâm Phục vụ hành chính công xã đi vào hoạt động nền nếp;',
          'Diện tích hồi trồng mới, trồng thay thế đạt 126 ha; 320 ha hồi được cấp mã số vùng trồng phục vụ xuất khẩu;',
          'Cứng hóa thêm 8,6 km đường giao thông nông thôn theo phương châm “Nhà nước và Nhân dân cùng làm”;',
          'Tỷ lệ hộ sử dụng nước hợp vệ sinh đạt 96,5%; 100% thôn có sóng di động 4G;',
          'Kết nạp 24 đảng viên mới, vượt chỉ tiêu Nghị quyết đề ra.',
        ],
      },
      { heading: 'Hạn chế cần khắc phục' },
      'Hội nghị thẳng thắn chỉ ra một số hạn chế: chuyển dịch cơ cấu kinh tế còn chậm; sản phẩm hồi chủ yếu bán nguyên liệu thô, giá trị gia tăng thấp; một số thôn vùng cao như Kéo Coọng, Lũng Cà tỷ lệ hộ nghèo còn trên 15%; việc cập nhật thông tin trên Trang thông tin điện tử xã có lúc chưa kịp thời do công chức phụ trách phải kiêm nhiệm.',
      'Kết luận hội nghị, đồng chí Hoàng Văn Thắng, Bí thư Đảng ủy xã yêu cầu các chi bộ, đoàn thể tiếp tục quán triệt Nghị quyết chuyên đề số 08/NQ/ĐU về phát triển vùng hồi tập trung, gắn trách nhiệm người đứng đầu với kết quả thực hiện, tập trung giảm nghèo bền vững ở các thôn đặc biệt khó khăn.',
    ],
    category: 'hoat-dong-dang-uy',
    kind: 'bai',
    authorName: 'Lộc Thị Ngân – Văn phòng Đảng ủy xã',
    tags: 'Đảng bộ xã, Nghị quyết Đại hội, sơ kết',
    coverAlt:
      'Các đại biểu ngồi theo dãy bàn phủ khăn đỏ trong hội trường Đảng ủy xã, màn chiếu phía trước hiển thị biểu đồ kết quả một năm thực hiện Nghị quyết.',
    coverLabel: 'Sơ kết Nghị quyết',
    publishedAt: '2026-08-12T09:30:00+07:00',
  },
  {
    slug: 'nong-dan-khuoi-sle-vao-vu-thu-hoach-hoi-mua',
    title: 'Nông dân Khuổi Slẻ vào vụ thu hoạch hồi mùa',
    summary:
      'Cuối tháng 8, những đồi hồi ở thôn Khuổi Slẻ rộn ràng vào vụ thu hoạch hồi mùa. Giá hồi tươi năm nay ổn định, bà con phấn khởi vì năng suất tăng nhờ áp dụng quy trình chăm sóc hữu cơ.',
    body: [
      'Những ngày cuối tháng 8/2026, trên các sườn đồi thôn Khuổi Slẻ, người dân tất bật hái hồi mùa – vụ hồi chính trong năm. Từ sáng sớm, từng tốp người đã đeo gùi, mang thang tre lên đồi; những chùm quả hồi tám cánh xanh mẩy được hái xuống, gom về nhà để luộc qua nước sôi rồi phơi khô.',
      { heading: 'Năng suất tăng nhờ canh tác hữu cơ' },
      'Thôn Khuổi Slẻ có 86 hộ với khoảng 210 ha hồi. Từ năm 2024, được sự hướng dẫn của Phòng Kinh tế xã, 42 hộ đã tham gia tổ hợp tác sản xuất hồi theo hướng hữu cơ: không dùng thuốc diệt cỏ, bón phân chuồng ủ hoai, tỉa cành tạo tán sau thu hoạch. Năng suất hồi tươi bình quân năm nay đạt khoảng 1,9 tấn/ha, cao hơn 15% so với các diện tích canh tác thông thường.',
      'Anh Hoàng Văn Pín, Tổ trưởng tổ hợp tác cho biết: “Gia đình tôi có 4 ha hồi, năm nay thu khoảng 7 tấn quả tươi. Thương lái và hợp tác xã đến tận nơi thu mua, hồi đạt tiêu chuẩn hữu cơ được trả giá cao hơn từ 3.000 đến 5.000 đồng/kg.”',
      { heading: 'Hướng tới nâng cao giá trị cây hồi' },
      'Theo UBND xã, vụ hồi mùa năm 2026 toàn xã dự kiến thu hoạch khoảng 3.400 tấn quả tươi. Xã đang phối hợp với các hợp tác xã xây dựng lò sấy hồi bằng nhiệt gián tiếp, thay thế cách phơi nắng truyền thống để sản phẩm đều màu, giữ được mùi thơm, hướng tới đăng ký sản phẩm OCOP “Hoa hồi Khánh Khê”.',
      'Bà con cũng được khuyến cáo thu hái đúng độ chín, không bẻ cành, không hái non để bảo vệ cây và giữ uy tín cho sản phẩm của địa phương.',
    ],
    category: 'tin-thon-ban',
    kind: 'bai',
    authorName: 'Triệu Văn Nam – Phòng Kinh tế xã',
    tags: 'cây hồi, hồi mùa, Khuổi Slẻ, sản xuất hữu cơ, OCOP',
    coverAlt:
      'Người phụ nữ Tày đội nón lá đứng trên thang tre hái những chùm quả hồi xanh, sau lưng đeo gùi mây, xung quanh là đồi hồi rậm lá.',
    coverLabel: 'Vào vụ hồi mùa',
    gallery: [
      'Sân nhà sàn trải bạt phơi hồi đã luộc, quả hồi chuyển màu nâu đỏ dưới nắng.',
      'Hai người đàn ông gánh bao hồi tươi xuống dốc đất đỏ giữa rừng hồi.',
      'Cân hồi tươi tại điểm thu mua của hợp tác xã, người dân đứng xếp hàng chờ cân.',
    ],
    publishedAt: '2026-08-27T16:00:00+07:00',
  },
  {
    slug: 'dien-tap-phong-chong-thien-tai-tim-kiem-cuu-nan-2026',
    title: 'Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn tại thôn Nà Lùng',
    summary:
      'Ngày 24/9/2026, UBND xã tổ chức diễn tập ứng phó lũ quét, sạt lở đất tại thôn Nà Lùng với sự tham gia của 160 người thuộc các lực lượng.',
    body: [
      'Ngày 24/9/2026, UBND xã Khánh Khê tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 tại thôn Nà Lùng. Tình huống giả định: mưa lớn kéo dài gây lũ trên suối Nà Lùng, sạt lở taluy dương vùi lấp một phần nhà dân và chia cắt tuyến đường liên thôn.',
      'Các lực lượng dân quân, công an, y tế, đoàn thanh niên và Nhân dân trong thôn với 160 người đã thực hành cảnh báo bằng loa và kẻng, sơ tán 35 hộ ra khỏi vùng nguy hiểm, cứu người bị nạn, sơ cứu và vận chuyển người bị thương, khắc phục giao thông tạm thời. Cuộc diễn tập diễn ra an toàn, sát tình huống thực tế.',
      'Qua diễn tập, UBND xã đánh giá khả năng phối hợp của các lực lượng theo phương châm “bốn tại chỗ”, đồng thời rà soát, bổ sung phương án phòng, chống thiên tai năm 2026 phù hợp với từng thôn.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Lăng Văn Bình – Ban Chỉ huy Quân sự xã',
    tags: 'phòng chống thiên tai, tìm kiếm cứu nạn, diễn tập',
    coverAlt:
      'Dân quân mặc áo phao cam dìu người bị nạn giả định qua đoạn đường ngập bùn đất, phía sau là taluy sạt lở và dây căng cảnh báo.',
    coverLabel: 'Diễn tập cứu nạn',
    publishedAt: '2026-09-25T09:10:00+07:00',
  },
  {
    slug: 'hoi-phu-nu-ra-mat-mo-hinh-giu-nghe-det-tho-cam',
    title: 'Hội Liên hiệp Phụ nữ xã ra mắt mô hình “Phụ nữ Tày, Nùng giữ nghề dệt thổ cẩm”',
    summary:
      'Mô hình tập hợp 25 hội viên ở thôn Bản Chu và Pác Làng, truyền dạy nghề dệt thổ cẩm và phát triển sản phẩm lưu niệm phục vụ du lịch.',
    body: [
      'Ngày 15/10/2026, Hội Liên hiệp Phụ nữ xã Khánh Khê tổ chức ra mắt mô hình “Phụ nữ Tày, Nùng giữ nghề dệt thổ cẩm” tại nhà văn hóa thôn Bản Chu. Mô hình gồm 25 hội viên ở hai thôn Bản Chu và Pác Làng, do bà Nông Thị Sáu, 68 tuổi, nghệ nhân dệt lâu năm nhất xã làm tổ trưởng.',
      'Các thành viên sinh hoạt định kỳ mỗi tháng hai lần, truyền dạy kỹ thuật nhuộm chàm, dệt mặt chăn, túi, khăn có hoa văn truyền thống. Hội Liên hiệp Phụ nữ xã hỗ trợ 5 khung dệt và kết nối tiêu thụ sản phẩm qua các điểm du lịch cộng đồng, sàn thương mại điện tử.',
      'Bà Chu Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã đánh giá mô hình vừa tạo thêm thu nhập cho phụ nữ lúc nông nhàn, vừa góp phần bảo tồn bản sắc văn hóa của đồng bào dân tộc trên địa bàn.',
    ],
    category: 'mat-tran-va-doan-the',
    kind: 'tin',
    authorName: 'Nông Thị Yến – Phòng Văn hóa – Xã hội xã',
    tags: 'Hội Phụ nữ, thổ cẩm, bảo tồn văn hóa',
    coverAlt: 'Hai phụ nữ Nùng mặc áo chàm ngồi bên khung dệt gỗ, tấm thổ cẩm hoa văn đỏ, vàng, xanh đang dệt dở.',
    coverLabel: 'Giữ nghề thổ cẩm',
    publishedAt: '2026-10-16T10:45:00+07:00',
  },
  {
    slug: 'huong-ung-ngay-phap-luat-viet-nam-2026',
    title: 'Khánh Khê hưởng ứng Ngày Pháp luật Việt Nam năm 2026',
    summary: 'Nhân Ngày Pháp luật Việt Nam 9/11, UBND xã tổ chức tọa đàm và phiên hỏi – đáp pháp luật lưu động tại 3 thôn vùng cao.',
    body: [
      'Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11), từ ngày 03 đến 09/11/2026, UBND xã Khánh Khê phối hợp với Công an xã, Đoàn Thanh niên tổ chức các phiên hỏi – đáp pháp luật lưu động tại thôn Kéo Coọng, Lũng Cà và Khuổi Phầy, thu hút gần 400 lượt người dân tham gia.',
      'Nội dung tập trung vào những quy định gần gũi với đời sống: đăng ký hộ tịch, quyền sử dụng đất và hòa giải tranh chấp đất đai, phòng, chống bạo lực gia đình, tảo hôn và hôn nhân cận huyết thống, phòng tránh lừa đảo trên không gian mạng. Các câu hỏi được giải đáp bằng tiếng phổ thông và tiếng Tày, kèm phát tờ gấp song ngữ.',
      'Dịp này, xã khen thưởng 3 tổ hòa giải ở cơ sở có thành tích tiêu biểu; trong 10 tháng năm 2026, các tổ hòa giải của xã đã hòa giải thành 27/31 vụ việc, đạt 87%.',
    ],
    category: 'pho-bien-phap-luat',
    kind: 'tin',
    authorName: 'Hà Thị Lan – Văn phòng HĐND và UBND xã',
    tags: 'Ngày Pháp luật, phổ biến pháp luật, hòa giải cơ sở',
    coverAlt:
      'Cán bộ tư pháp xã đứng cầm micro giải đáp pháp luật trước khoảng năm mươi người dân ngồi trên ghế nhựa ở sân nhà văn hóa thôn vùng cao.',
    coverLabel: 'Ngày Pháp luật 9/11',
    publishedAt: '2026-11-10T14:00:00+07:00',
  },
  {
    slug: 'ngay-hoi-dai-doan-ket-thon-ban-chu-2026',
    title: 'Ấm áp Ngày hội Đại đoàn kết toàn dân tộc ở thôn Bản Chu',
    summary:
      'Ngày 16/11/2026, thôn Bản Chu tổ chức Ngày hội Đại đoàn kết toàn dân tộc, kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2026).',
    body: [
      'Ngày 16/11/2026, Ban Công tác Mặt trận thôn Bản Chu tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026. Về dự có đồng chí Hoàng Văn Thắng, Bí thư Đảng ủy xã và lãnh đạo Ủy ban MTTQ Việt Nam xã.',
      'Năm 2026, Nhân dân thôn Bản Chu đã hiến gần 1.200 m² đất, đóng góp hơn 300 ngày công để mở rộng 1,4 km đường bê tông nội thôn; 96% hộ đạt danh hiệu “Gia đình văn hóa”; thôn không có người mắc tệ nạn xã hội. Dịp này, thôn trao 10 suất quà cho hộ nghèo, học sinh có hoàn cảnh khó khăn.',
      'Sau phần lễ, bà con cùng nhau tham gia các trò chơi dân gian, văn nghệ hát then, ăn cơm đoàn kết với những món ăn truyền thống do các gia đình chuẩn bị.',
    ],
    category: 'mat-tran-va-doan-the',
    kind: 'tin',
    authorName: 'Chu Thị Hoa – Ủy ban MTTQ Việt Nam xã',
    tags: 'Ngày hội Đại đoàn kết, Mặt trận Tổ quốc, Bản Chu',
    coverAlt:
      'Bà con thôn Bản Chu ngồi quanh những mâm cơm đoàn kết bày trên chiếu ở sân nhà văn hóa, phía sau là băng rôn đỏ chào mừng Ngày hội Đại đoàn kết.',
    coverLabel: 'Ngày hội Đại đoàn kết',
    gallery: ['Đại diện lãnh đạo xã trao quà cho một học sinh và bà cụ thuộc hộ nghèo trên sân khấu nhỏ của thôn.'],
    publishedAt: '2026-11-17T08:20:00+07:00',
  },
];
