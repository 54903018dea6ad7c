import type { SeedArticle } from '../../types';

export const articles2: SeedArticle[] = [
  {
    slug: 'trung-tam-phuc-vu-hanh-chinh-cong-sau-mot-nam',
    title: 'Trung tâm Phục vụ hành chính công xã sau một năm vận hành: gần 10 nghìn hồ sơ, 99% đúng hạn',
    summary:
      'Từ 01/7/2025 đến 30/6/2026, Trung tâm tiếp nhận 9.846 hồ sơ, giải quyết đúng và trước hạn 99,2%; tỷ lệ hồ sơ nộp trực tuyến đạt 78,4%.',
    body: [
      'Ngày 01/7/2025, cùng với việc vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Quốc Tuấn chính thức đi vào hoạt động tại tầng 1 nhà làm việc UBND xã. Sau một năm, Trung tâm đã trở thành nơi người dân đến giải quyết hầu hết các thủ tục hành chính thuộc thẩm quyền cấp xã và một số thủ tục được phân cấp từ thành phố.',
      { heading: 'Những con số nổi bật' },
      {
        list: [
          'Tiếp nhận 9.846 hồ sơ, trong đó 7.719 hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia (78,4%).',
          'Giải quyết đúng và trước hạn 9.752 hồ sơ (99,2%); 94 hồ sơ trả lại do chưa đủ điều kiện đều có văn bản nêu rõ lý do.',
          'Lĩnh vực nhiều hồ sơ nhất: chứng thực (4.312), hộ tịch (2.968), đất đai (1.104), bảo trợ xã hội (486).',
          'Thu phí, lệ phí không dùng tiền mặt đạt 71% số giao dịch có phát sinh phí.',
          'Chỉ số hài lòng của người dân đánh giá qua thiết bị tại quầy đạt 98,6%.',
        ],
      },
      { heading: 'Cách làm mới' },
      'Trung tâm bố trí 8 quầy tiếp nhận theo nhóm lĩnh vực, có một quầy ưu tiên cho người cao tuổi, người khuyết tật và phụ nữ mang thai. Tại khu chờ, Đoàn Thanh niên xã duy trì tổ tình nguyện “Chuyển đổi số” hướng dẫn người dân tạo tài khoản định danh điện tử, nộp hồ sơ trực tuyến và thanh toán qua ứng dụng ngân hàng.',
      'Đối với các thủ tục hộ tịch, Trung tâm áp dụng trả kết quả bản điện tử vào kho dữ liệu của công dân, giúp người dân không phải đến lần thứ hai. Kết quả giải quyết thủ tục hành chính trong ngày được cập nhật công khai trên Trang thông tin điện tử xã.',
      { heading: 'Những việc cần tiếp tục' },
      'Bên cạnh kết quả đạt được, một số người cao tuổi ở các thôn xa trung tâm vẫn gặp khó khăn khi nộp hồ sơ trực tuyến; đường truyền có lúc chập chờn vào giờ cao điểm. UBND xã đã chỉ đạo tăng cường tổ công nghệ số cộng đồng ở 12 thôn và đề nghị nhà mạng nâng cấp đường truyền cho Trung tâm trong quý III/2026.',
      'Bà Ngô Thị Hương, Phó Giám đốc Trung tâm chia sẻ: “Mục tiêu của chúng tôi là người dân chỉ phải đến một lần, hoặc không phải đến. Mọi góp ý xin gửi về đường dây nóng 0225 3871 555”.',
    ],
    category: 'cai-cach-hanh-chinh',
    kind: 'bai',
    featured: true,
    authorName: 'Ngô Thị Hương – Trung tâm Phục vụ hành chính công xã',
    tags: 'cải cách hành chính, một cửa, dịch vụ công trực tuyến, chuyển đổi số',
    coverAlt:
      'Khu tiếp nhận hồ sơ của Trung tâm Phục vụ hành chính công xã với dãy quầy có biển số, màn hình gọi số thứ tự và người dân ngồi chờ trên hàng ghế.',
    coverLabel: 'Một năm một cửa',
    gallery: [
      'Đoàn viên thanh niên hướng dẫn một cụ ông nộp hồ sơ chứng thực trên điện thoại.',
      'Thiết bị đánh giá mức độ hài lòng đặt trên quầy tiếp nhận hộ tịch.',
    ],
    publishedAt: '2026-06-30T10:30:00+07:00',
  },
  {
    slug: 'tuyen-truyen-luat-dat-dai-tai-cac-thon',
    title: 'Tuyên truyền Luật Đất đai năm 2024 và các quy định hướng dẫn tới nhân dân 12 thôn',
    summary:
      'Từ ngày 08 đến 17/6/2026, UBND xã tổ chức 12 buổi tuyên truyền pháp luật đất đai với gần 1.400 lượt người dân tham dự.',
    body: [
      'Thực hiện kế hoạch phổ biến, giáo dục pháp luật năm 2026, từ ngày 08 đến 17/6/2026, UBND xã Quốc Tuấn phối hợp với Ủy ban MTTQ xã tổ chức 12 buổi tuyên truyền Luật Đất đai năm 2024 và các văn bản hướng dẫn tại nhà văn hóa các thôn, thu hút gần 1.400 lượt người dân tham dự.',
      'Báo cáo viên của Phòng Kinh tế xã giới thiệu những điểm mới về cấp giấy chứng nhận quyền sử dụng đất lần đầu, chuyển nhượng, thừa kế, tặng cho quyền sử dụng đất; quy định về chuyển mục đích sử dụng đất trồng lúa và xử lý vi phạm trong sử dụng đất nông nghiệp. Nhiều câu hỏi của người dân về ranh giới thửa đất, đất vườn ao liền kề đã được giải đáp trực tiếp.',
      'Sau các buổi tuyên truyền, UBND xã phát 2.500 tờ gấp hỏi – đáp pháp luật đất đai tới các hộ gia đình và duy trì chuyên mục giải đáp trên hệ thống loa truyền thanh thôn vào tối thứ Năm hằng tuần.',
    ],
    category: 'tuyen-truyen-phap-luat',
    kind: 'tin',
    authorName: 'Vũ Văn Định – Phòng Kinh tế xã',
    tags: 'Luật Đất đai 2024, phổ biến pháp luật, tuyên truyền',
    coverAlt:
      'Cán bộ xã đứng cạnh màn chiếu giới thiệu Luật Đất đai tại nhà văn hóa thôn Phú Kê, người dân ngồi kín các hàng ghế nhựa.',
    coverLabel: 'Luật Đất đai 2024',
    publishedAt: '2026-06-18T16:00:00+07:00',
  },
  {
    slug: 'kiem-tra-phong-chay-chua-chay-lang-nghe-huong',
    title: 'Công an xã kiểm tra an toàn phòng cháy, chữa cháy tại các hộ làm hương thôn Lạc Thị',
    summary:
      'Công an xã kiểm tra 58 hộ sản xuất hương, hướng dẫn bố trí khu phơi, kho chứa tách biệt nhà ở và trang bị bình chữa cháy.',
    body: [
      'Từ ngày 14 đến 20/7/2026, Công an xã Quốc Tuấn phối hợp với Ban Chỉ huy Quân sự xã và Ban quản lý thôn Lạc Thị kiểm tra công tác phòng cháy, chữa cháy tại 58 hộ sản xuất, kinh doanh hương. Đây là nghề truyền thống với lượng bột hương, tăm tre và sản phẩm dễ cháy được lưu giữ tại nhà, tiềm ẩn nguy cơ cháy cao trong mùa nắng nóng.',
      'Qua kiểm tra, đoàn đã nhắc nhở 17 hộ bố trí kho chứa sát bếp đun, 9 hộ sử dụng dây điện không bảo đảm an toàn. Các hộ được hướng dẫn tách khu sản xuất khỏi nơi ngủ, bố trí lối thoát nạn thứ hai và trang bị tối thiểu một bình chữa cháy xách tay.',
      'Thiếu tá Đặng Văn Mạnh, Trưởng Công an xã cho biết, trong tháng 8/2026 Công an xã sẽ tổ chức thực tập phương án chữa cháy và cứu nạn tại thôn Lạc Thị với sự tham gia của lực lượng phòng cháy, chữa cháy cơ sở.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Công an xã Quốc Tuấn',
    tags: 'phòng cháy chữa cháy, làng nghề hương, Công an xã, thôn Lạc Thị',
    coverAlt:
      'Cán bộ công an mặc sắc phục kiểm tra bình chữa cháy trong sân một hộ làm hương, phía sau là những bó hương đỏ xếp hình nan quạt đang phơi nắng.',
    coverLabel: 'An toàn PCCC làng hương',
    publishedAt: '2026-07-21T09:40:00+07:00',
  },
  {
    slug: 'dang-huong-tuong-niem-anh-hung-liet-si-27-7-2026',
    title: 'Dâng hương tưởng niệm các anh hùng liệt sĩ nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ',
    summary:
      'Sáng 26/7/2026, đoàn đại biểu Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã dâng hương tại Nghĩa trang liệt sĩ xã, nơi an nghỉ của 412 liệt sĩ.',
    body: [
      'Nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026), sáng 26/7/2026, đoàn đại biểu Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Quốc Tuấn do đồng chí Phạm Văn Khải, Bí thư Đảng ủy dẫn đầu đã đến dâng hương, dâng hoa tại Nghĩa trang liệt sĩ xã.',
      'Nghĩa trang là nơi an nghỉ của 412 liệt sĩ quê hương đã hy sinh trong các cuộc kháng chiến bảo vệ Tổ quốc. Trong không khí trang nghiêm, đoàn đã dành phút mặc niệm, bày tỏ lòng biết ơn sâu sắc và thắp hương trên từng phần mộ.',
      'Cùng ngày, Đoàn Thanh niên xã tổ chức thắp nến tri ân; các chi đoàn nhận chăm sóc phần mộ và quét dọn khuôn viên nghĩa trang trong suốt tháng Bảy.',
    ],
    category: 'hoat-dong-dang-uy',
    kind: 'tin',
    authorName: 'Đào Văn Thịnh – Phòng Văn hóa – Xã hội xã',
    tags: 'Ngày Thương binh – Liệt sĩ, tri ân, nghĩa trang liệt sĩ',
    coverAlt:
      'Đoàn đại biểu xếp hàng trước đài tưởng niệm trắng của Nghĩa trang liệt sĩ xã, người đi đầu cầm lẵng hoa, khói hương bay nhẹ.',
    coverLabel: 'Tri ân liệt sĩ',
    gallery: ['Đoàn viên thanh niên thắp nến trên các hàng mộ liệt sĩ vào buổi tối.'],
    publishedAt: '2026-07-26T18:30:00+07:00',
  },
  {
    slug: 'chu-dong-phong-chong-thien-tai-mua-mua-bao-2026',
    title: 'Chủ động phòng, chống thiên tai mùa mưa bão năm 2026: những việc mỗi gia đình cần làm',
    summary:
      'Xã đã củng cố lực lượng xung kích 12 thôn, chuẩn bị vật tư tại 3 điểm xung yếu; người dân cần chủ động gia cố nhà cửa, theo dõi thông tin cảnh báo.',
    body: [
      'Theo nhận định của cơ quan khí tượng, từ nay đến cuối năm 2026 có thể còn 5–7 cơn bão, áp thấp nhiệt đới ảnh hưởng tới khu vực Bắc Bộ, kèm mưa lớn diện rộng. Với địa hình thấp, nhiều ao hồ và hệ thống kênh tiêu chằng chịt, xã Quốc Tuấn luôn phải đề phòng ngập úng cục bộ ở các cánh đồng trũng và khu dân cư ven kênh.',
      { heading: 'Sự chuẩn bị của chính quyền' },
      'Ban Chỉ huy phòng thủ dân sự xã đã kiện toàn lực lượng xung kích với 12 đội ở 12 thôn, tổng số 360 người; chuẩn bị 1.200 bao tải, 40 m³ đá hộc, 2 máy bơm dã chiến, áo phao và đèn pin tại 3 điểm xung yếu là cống tiêu thôn Đồng Giới, bờ kênh thôn An Tràng và khu trũng thôn Nghĩa Xá. Hợp tác xã dịch vụ nông nghiệp vận hành các trạm bơm tiêu theo lệnh của Ban Chỉ huy.',
      'Năm 2025, nhờ chủ động tiêu úng sớm, diện tích lúa mùa bị ngập của xã chỉ khoảng 35 ha và được khắc phục kịp thời, không có thiệt hại về người.',
      { heading: 'Mỗi gia đình cần' },
      {
        list: [
          'Chằng chống mái nhà, cắt tỉa cành cây gần nhà và dây điện; kiểm tra biển quảng cáo, mái tôn.',
          'Dự trữ nước uống, lương thực, thuốc men, đèn pin, sạc dự phòng đủ dùng 3–5 ngày.',
          'Theo dõi thông tin trên loa truyền thanh, Trang thông tin điện tử xã và tin nhắn cảnh báo của cơ quan chức năng.',
          'Không ra đồng, không đánh bắt cá trên kênh khi có mưa lớn, dông sét; không cho trẻ em tắm ở ao, hồ, kênh mương.',
          'Thu hoạch sớm diện tích lúa, rau màu đã chín theo phương châm “xanh nhà hơn già đồng”.',
          'Sẵn sàng di chuyển người già, trẻ em đến nhà văn hóa thôn hoặc nhà kiên cố khi có yêu cầu.',
        ],
      },
      'Khi xảy ra sự cố, người dân báo ngay cho trưởng thôn hoặc trực ban UBND xã qua số 0225 3871 246, Công an xã qua số 0225 3871 290.',
      'UBND xã đề nghị các thôn tổ chức họp dân phổ biến nội dung này, thực hiện nghiêm phương châm “bốn tại chỗ” để chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra.',
    ],
    category: 'thong-tin-tuyen-truyen',
    kind: 'bai',
    authorName: 'Ban Chỉ huy phòng thủ dân sự xã',
    tags: 'phòng chống thiên tai, mưa bão, bốn tại chỗ',
    coverAlt:
      'Lực lượng xung kích mặc áo phao cam xếp bao tải cát gia cố bờ kênh, phía sau là cánh đồng lúa xanh dưới bầu trời nhiều mây đen.',
    coverLabel: 'Phòng chống mưa bão',
    publishedAt: '2026-08-18T08:00:00+07:00',
  },
  {
    slug: 'thon-lac-thi-khanh-thanh-nha-van-hoa',
    title: 'Thôn Lạc Thị khánh thành nhà văn hóa mới sau 8 tháng xây dựng',
    summary:
      'Nhà văn hóa thôn Lạc Thị có hội trường 180 chỗ ngồi, tổng kinh phí 2,35 tỷ đồng, trong đó nhân dân và con em xa quê đóng góp 1,1 tỷ đồng.',
    body: [
      'Ngày 24/9/2026, thôn Lạc Thị tổ chức lễ khánh thành nhà văn hóa thôn. Công trình được khởi công từ tháng 01/2026 trên diện tích 1.250 m², gồm hội trường 180 chỗ ngồi, sân thể thao đa năng và khu vệ sinh.',
      'Tổng kinh phí xây dựng 2,35 tỷ đồng, trong đó ngân sách thành phố và ngân sách xã hỗ trợ 1,25 tỷ đồng, nhân dân trong thôn và con em xa quê đóng góp 1,1 tỷ đồng cùng hơn 900 ngày công lao động.',
      'Phát biểu tại buổi lễ, bà Lê Thị Thu Hà, Phó Chủ tịch UBND xã đề nghị Ban quản lý thôn xây dựng quy chế sử dụng, khai thác hiệu quả công trình, phục vụ sinh hoạt cộng đồng, luyện tập văn nghệ, thể thao và các lớp truyền nghề làm hương cho thanh niên.',
    ],
    category: 'tin-thon-khu-dan-cu',
    kind: 'tin',
    authorName: 'Ban quản lý thôn Lạc Thị',
    tags: 'nhà văn hóa, thôn Lạc Thị, xã hội hóa',
    coverAlt:
      'Tòa nhà văn hóa một tầng mái ngói đỏ, mặt tiền sơn vàng, trước sân treo cờ Tổ quốc và băng rôn khánh thành, người dân đứng kín sân.',
    coverLabel: 'Nhà văn hóa Lạc Thị',
    gallery: ['Đội văn nghệ thôn biểu diễn múa quạt trong hội trường mới.'],
    publishedAt: '2026-09-25T08:20:00+07:00',
  },
  {
    slug: 'thu-hoach-lua-mua-trien-khai-vu-dong-2026',
    title: 'Lúa mùa năng suất ước đạt 61,5 tạ/ha; xã triển khai 420 ha cây vụ đông',
    summary:
      'Vụ Mùa 2026 cho năng suất bình quân 61,5 tạ/ha; vụ đông năm nay xã phấn đấu trồng 420 ha, chủ yếu khoai tây, ngô ngọt, rau cải và su hào.',
    body: [
      'Đến ngày 12/10/2026, nông dân xã Quốc Tuấn đã thu hoạch được 1.020/1.130 ha lúa mùa, năng suất bình quân ước đạt 61,5 tạ/ha, tăng 1,8 tạ/ha so với vụ Mùa năm 2025. Các giống lúa chất lượng tiếp tục cho giá bán cao hơn lúa thường từ 800 đến 1.200 đồng/kg.',
      'Song song với thu hoạch, xã triển khai kế hoạch sản xuất vụ đông với mục tiêu 420 ha, trong đó khoai tây 120 ha, ngô ngọt 95 ha, rau cải các loại 110 ha, su hào, bắp cải và cà rốt 95 ha. Xã khuyến khích làm đất tối thiểu, trồng khoai tây trên nền đất ướt và liên kết bao tiêu sản phẩm với doanh nghiệp.',
      'Phòng Kinh tế xã lưu ý bà con thu gom rơm rạ để ủ phân, làm nấm, tuyệt đối không đốt rơm rạ gây ô nhiễm môi trường và mất an toàn giao thông.',
    ],
    category: 'khuyen-nong-san-xuat',
    kind: 'tin',
    authorName: 'Vũ Văn Định – Phòng Kinh tế xã',
    tags: 'vụ Mùa 2026, vụ đông, rau màu, khoai tây',
    coverAlt:
      'Máy gặt đập liên hợp đang thu hoạch trên cánh đồng lúa chín vàng, nông dân đứng bên bờ ruộng đón bao thóc.',
    coverLabel: 'Mùa vàng – vụ đông',
    publishedAt: '2026-10-14T07:30:00+07:00',
  },
  {
    slug: 'thong-bao-lich-tiep-cong-dan-thang-11-2026',
    title: 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND xã tháng 11/2026',
    summary:
      'Chủ tịch UBND xã tiếp công dân định kỳ ngày 10 và 25/11/2026; các Phó Chủ tịch tiếp công dân vào thứ Năm hằng tuần tại Phòng tiếp công dân.',
    body: [
      'Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND xã, UBND xã Quốc Tuấn thông báo lịch tiếp công dân định kỳ tháng 11/2026 tại Phòng tiếp công dân, tầng 1 nhà làm việc UBND xã, như sau:',
      {
        list: [
          'Ông Vũ Đức Thành, Chủ tịch UBND xã: sáng thứ Ba ngày 10/11/2026 và sáng thứ Tư ngày 25/11/2026.',
          'Ông Trần Quang Huy, Phó Chủ tịch UBND xã: sáng thứ Năm các ngày 05/11 và 19/11/2026.',
          'Bà Lê Thị Thu Hà, Phó Chủ tịch UBND xã: sáng thứ Năm các ngày 12/11 và 26/11/2026.',
        ],
      },
      'Công dân đến phản ánh, kiến nghị mang theo căn cước và giấy tờ liên quan. Nội dung chi tiết xem tại Thông báo số 56/TB-UBND ngày 28/10/2026 của UBND xã trong mục Văn bản.',
    ],
    category: 'thong-bao',
    kind: 'tin',
    authorName: 'Văn phòng HĐND-UBND xã',
    tags: 'tiếp công dân, thông báo, lịch tiếp dân',
    coverAlt:
      'Phòng tiếp công dân của UBND xã với bàn làm việc, biển tên lãnh đạo và bảng nội quy tiếp công dân treo trên tường.',
    coverLabel: 'Lịch tiếp công dân',
    publishedAt: '2026-10-30T14:00:00+07:00',
  },
  {
    slug: 'ubnd-xa-phien-hop-thuong-ky-thang-10-2026',
    title: 'UBND xã họp phiên thường kỳ tháng 10, tập trung các nhiệm vụ cuối năm 2026',
    summary:
      'Phiên họp đánh giá tình hình 10 tháng, thảo luận dự toán ngân sách năm 2027 và chỉ đạo hoàn thành các chỉ tiêu kinh tế – xã hội năm 2026.',
    body: [
      'Ngày 05/11/2026, UBND xã Quốc Tuấn tổ chức phiên họp thường kỳ tháng 10 dưới sự chủ trì của ông Vũ Đức Thành, Chủ tịch UBND xã. Phiên họp đánh giá tình hình kinh tế – xã hội 10 tháng năm 2026: tổng thu ngân sách trên địa bàn ước đạt 91,4% dự toán; sản xuất nông nghiệp được mùa; 100% hồ sơ thủ tục hành chính được giải quyết đúng hạn trong tháng.',
      'Các đại biểu thảo luận dự thảo dự toán thu, chi ngân sách năm 2027 để trình HĐND xã, đồng thời thống nhất giải pháp đẩy nhanh tiến độ giải ngân vốn đầu tư công, hoàn thành trước ngày 31/12/2026.',
      'Kết luận phiên họp, Chủ tịch UBND xã giao Phòng Kinh tế chỉ đạo sản xuất vụ đông đúng khung thời vụ; Phòng Văn hóa – Xã hội chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn; Văn phòng HĐND và UBND đôn đốc các bộ phận cung cấp tin, bài, văn bản cho Trang thông tin điện tử xã đầy đủ, kịp thời.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'phiên họp UBND, kinh tế – xã hội, ngân sách 2027',
    coverAlt:
      'Phòng họp UBND xã, các thành viên UBND ngồi quanh bàn họp hình chữ U, Chủ tịch UBND xã phát biểu kết luận.',
    coverLabel: 'Phiên họp tháng 10',
    publishedAt: '2026-11-06T15:30:00+07:00',
  },
  {
    slug: 'ngay-hoi-dai-doan-ket-thon-dong-phu-2026',
    title: 'Ấm áp Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông Phù',
    summary:
      'Ngày hội kỷ niệm 96 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam diễn ra với phần lễ trang trọng, trao nhà Đại đoàn kết và nhiều trò chơi dân gian.',
    body: [
      'Sáng 16/11/2026, tại nhà văn hóa thôn Đông Phù, Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam – Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2026). Đồng chí Phạm Văn Khải, Bí thư Đảng ủy xã dự và chung vui cùng nhân dân.',
      { heading: 'Một năm nhiều đổi thay' },
      'Năm 2026, thôn Đông Phù có 412 hộ với 1.586 nhân khẩu; 96,4% hộ đạt danh hiệu “Gia đình văn hóa”. Nhân dân đã hiến 860 m² đất, đóng góp 640 triệu đồng để mở rộng 1,2 km đường trục thôn và lắp 86 bóng đèn chiếu sáng ngõ xóm. Cánh đồng mẫu của thôn tiếp tục là điểm trình diễn cấy máy, mạ khay của xã.',
      { heading: 'Những hoạt động trong ngày hội' },
      {
        list: [
          'Trao “Nhà Đại đoàn kết” trị giá 80 triệu đồng cho gia đình bà Trần Thị Mến, hộ cận nghèo có con khuyết tật.',
          'Khen thưởng 12 hộ gia đình tiêu biểu trong phong trào phát triển kinh tế và xây dựng nông thôn mới.',
          'Tặng 20 suất học bổng cho học sinh vượt khó học giỏi.',
          'Thi nấu cơm niêu, kéo co, đánh đu và hát chèo giữa các chi hội.',
        ],
      },
      'Phát biểu tại ngày hội, đồng chí Bí thư Đảng ủy xã ghi nhận tinh thần đoàn kết, tự quản của nhân dân thôn Đông Phù và mong bà con tiếp tục phát huy vai trò chủ thể, chung sức xây dựng thôn ngày càng giàu đẹp, văn minh.',
      'Ông Nguyễn Văn Tám, Trưởng thôn Đông Phù cho biết, năm 2027 thôn đặt mục tiêu kiên cố hóa 800 m mương nội đồng và nhân rộng mô hình phân loại rác tại nguồn ra toàn thôn.',
      'Cũng trong tháng 11/2026, Ngày hội Đại đoàn kết toàn dân tộc được tổ chức đồng loạt ở 12/12 thôn của xã.',
    ],
    category: 'mat-tran-doan-the',
    kind: 'bai',
    authorName: 'Bùi Văn Toản – Ủy ban MTTQ Việt Nam xã',
    source: 'Ban công tác Mặt trận thôn Đông Phù',
    tags: 'Ngày hội Đại đoàn kết, Mặt trận Tổ quốc, thôn Đông Phù',
    coverAlt:
      'Sân nhà văn hóa thôn Đông Phù rợp cờ hoa, người dân ngồi dưới mái bạt xanh xem biểu diễn văn nghệ, phía trước là sân khấu có phông đỏ.',
    coverLabel: 'Ngày hội Đại đoàn kết',
    gallery: [
      'Bí thư Đảng ủy xã trao biển tượng trưng Nhà Đại đoàn kết cho bà Trần Thị Mến.',
      'Các đội kéo co của chi hội phụ nữ và chi hội cựu chiến binh trên sân thôn.',
      'Mâm cơm niêu dự thi bày trên chiếu với cá kho, rau luộc và dưa cà.',
    ],
    publishedAt: '2026-11-18T09:00:00+07:00',
  },
];
