import type { SeedArticle } from '../../types';

export const articles2: SeedArticle[] = [
  {
    slug: 'dang-bo-xa-quan-triet-nghi-quyet-dai-hoi-xiv',
    title: 'Đảng bộ xã Sơn Giang học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    summary:
      'Ngày 02/4, Đảng ủy xã Sơn Giang tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho hơn 900 cán bộ, đảng viên tại điểm cầu trung tâm và 15 điểm cầu chi bộ thôn.',
    body: [
      'Ngày 02/4/2026, Đảng ủy xã Sơn Giang tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối hội trường UBND xã với 15 điểm cầu tại nhà văn hóa các thôn.',
      'Tại hội nghị, đồng chí Trần Quốc Hưng, Bí thư Đảng ủy xã đã truyền đạt những nội dung cốt lõi của Nghị quyết; các báo cáo viên của Đảng ủy giới thiệu chuyên đề về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
      'Kết thúc hội nghị, 100% cán bộ, đảng viên viết bài thu hoạch; các chi bộ xây dựng chương trình hành động gắn với nhiệm vụ cụ thể của từng thôn, trọng tâm là phát triển kinh tế vườn đồi, vùng cam, bưởi và xây dựng nông thôn mới kiểu mẫu.',
    ],
    category: 'hoat-dong-dang-uy',
    kind: 'tin',
    authorName: 'Trần Đức Long – Văn phòng Đảng ủy xã',
    tags: 'Đại hội XIV, học tập nghị quyết, xây dựng Đảng',
    coverAlt: 'Bí thư Đảng ủy xã đứng tại bục phát biểu, phía sau là màn hình lớn chia ô hiển thị các điểm cầu nhà văn hóa thôn.',
    coverLabel: 'Quán triệt Nghị quyết',
    publishedAt: '2026-04-02T16:00:00+07:00',
  },
  {
    slug: 'thong-bao-tiep-nhan-ho-so-sang-thu-bay',
    title: 'Thông báo: Tiếp nhận hồ sơ hộ tịch, chứng thực vào sáng thứ Bảy từ ngày 04/7/2026',
    summary:
      'Từ ngày 04/7/2026, Trung tâm Phục vụ hành chính công xã Sơn Giang tiếp nhận hồ sơ hộ tịch, chứng thực vào buổi sáng thứ Bảy hằng tuần để thuận tiện cho người dân đi làm xa, học sinh, sinh viên.',
    body: [
      'Nhằm tạo điều kiện cho người lao động làm việc tại các khu công nghiệp, học sinh, sinh viên về quê cuối tuần, UBND xã Sơn Giang thông báo: kể từ ngày 04/7/2026, Trung tâm Phục vụ hành chính công xã tiếp nhận và trả kết quả các thủ tục thuộc lĩnh vực hộ tịch, chứng thực vào buổi sáng thứ Bảy hằng tuần, từ 7h30 đến 11h30.',
      'Các thủ tục thuộc lĩnh vực khác vẫn tiếp nhận theo giờ hành chính từ thứ Hai đến thứ Sáu. Người dân có thể nộp hồ sơ trực tuyến mọi lúc trên Cổng Dịch vụ công quốc gia.',
      'Mọi thông tin chi tiết xin liên hệ Trung tâm Phục vụ hành chính công xã, điện thoại 0239 3875 369.',
    ],
    category: 'thong-bao',
    kind: 'tin',
    authorName: 'Văn phòng HĐND-UBND xã',
    tags: 'thông báo, một cửa, thứ Bảy, hộ tịch, chứng thực',
    coverAlt:
      'Bảng thông báo giờ làm việc mới dán ở cửa kính Trung tâm Phục vụ hành chính công xã, có dòng chữ tiếp nhận hồ sơ sáng thứ Bảy.',
    coverLabel: 'Làm việc sáng thứ Bảy',
    publishedAt: '2026-06-19T10:00:00+07:00',
  },
  {
    slug: 'so-ket-6-thang-dau-nam-2026',
    title: 'Sơ kết 6 tháng đầu năm 2026: kinh tế tăng trưởng khá, cải cách hành chính chuyển biến rõ nét',
    summary:
      'Hội nghị sơ kết ngày 09/7 cho thấy phần lớn chỉ tiêu đạt trên 50% kế hoạch năm; tỷ lệ hồ sơ trực tuyến đạt 76,4%, cao nhất từ trước đến nay. Xã đề ra 5 nhóm nhiệm vụ trọng tâm cho 6 tháng cuối năm.',
    body: [
      'Ngày 09/7/2026, UBND xã Sơn Giang tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội, quốc phòng – an ninh 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2026.',
      { heading: 'Kết quả nổi bật' },
      {
        list: [
          'Tổng giá trị sản xuất ước đạt 548 tỷ đồng, bằng 48,6% kế hoạch năm, tăng 7,1% so với cùng kỳ;',
          'Gieo cấy 620 ha lúa vụ Xuân, năng suất bình quân 62 tạ/ha; vùng cam, bưởi đậu quả tốt, có 86 ha đang làm hồ sơ chứng nhận VietGAP;',
          'Thu ngân sách trên địa bàn đạt 61% dự toán;',
          'Tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, tỷ lệ cử tri đi bầu đạt 99,71%;',
          'Tiếp nhận 3.512 hồ sơ thủ tục hành chính, 76,4% nộp trực tuyến, 100% giải quyết đúng và trước hạn.',
        ],
      },
      { heading: 'Hạn chế cần khắc phục' },
      'Tiến độ giải phóng mặt bằng tuyến đường giao thông nội đồng vùng bãi còn chậm; một số thôn chưa duy trì thường xuyên việc phân loại rác tại nguồn; tình trạng khai thác cát trái phép trên sông Ngàn Phố vẫn có nguy cơ tái diễn.',
      { heading: 'Nhiệm vụ 6 tháng cuối năm' },
      'Hội nghị thống nhất tập trung 5 nhóm nhiệm vụ: chủ động phòng, chống thiên tai mùa mưa bão; hỗ trợ tiêu thụ cam, bưởi vụ thu hoạch; đẩy nhanh giải ngân vốn đầu tư công; nâng cao chất lượng dịch vụ công trực tuyến; giữ vững an ninh trật tự, chuẩn bị tốt công tác tuyển quân năm 2027.',
      'Kết luận hội nghị, đồng chí Lê Đình Phúc, Chủ tịch UBND xã yêu cầu các phòng, đơn vị và thôn bám sát kế hoạch, không để dồn việc vào cuối năm; người đứng đầu chịu trách nhiệm về kết quả thực hiện nhiệm vụ được giao.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'bai',
    featured: true,
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'sơ kết 6 tháng, kinh tế – xã hội, cải cách hành chính',
    coverAlt:
      'Toàn cảnh hội nghị sơ kết tại hội trường UBND xã, đại biểu ngồi theo dãy bàn phủ khăn xanh, màn hình chiếu biểu đồ kết quả 6 tháng.',
    coverLabel: 'Sơ kết 6 tháng',
    gallery: [
      'Trưởng thôn Phú Thượng phát biểu tham luận về kinh nghiệm vận động Nhân dân hiến đất làm đường nội đồng.',
      'Chủ tịch UBND xã phát biểu kết luận hội nghị.',
    ],
    publishedAt: '2026-07-10T08:15:00+07:00',
  },
  {
    slug: 'dang-huong-tuong-niem-nhan-ngay-thuong-binh-liet-si',
    title: 'Dâng hương tưởng niệm các anh hùng liệt sĩ nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ',
    summary:
      'Nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026), lãnh đạo xã Sơn Giang dâng hương tại Nghĩa trang liệt sĩ xã và thăm, tặng quà 185 gia đình chính sách.',
    body: [
      'Sáng ngày 25/7/2026, đoàn đại biểu Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã và các đoàn thể đã đến dâng hương, dâng hoa tại Nghĩa trang liệt sĩ xã Sơn Giang, nơi an nghỉ của 214 anh hùng liệt sĩ.',
      'Cùng ngày, các đoàn công tác chia nhau đến thăm hỏi, tặng 185 suất quà cho thương binh, bệnh binh, thân nhân liệt sĩ và người có công với cách mạng. Đoàn viên thanh niên xã tổ chức dọn vệ sinh, thắp nến tri ân tại các phần mộ vào tối 26/7.',
      'Hoạt động thể hiện đạo lý “Uống nước nhớ nguồn”, góp phần giáo dục truyền thống cách mạng cho thế hệ trẻ quê hương.',
    ],
    category: 'mat-tran-doan-the',
    kind: 'tin',
    authorName: 'Trần Đức Long – Đoàn Thanh niên xã',
    tags: 'tri ân, 27/7, người có công, thương binh liệt sĩ',
    coverAlt:
      'Đoàn đại biểu mặc lễ phục đứng nghiêm trước đài tưởng niệm nghĩa trang liệt sĩ, trên bệ đặt vòng hoa và lư hương nghi ngút khói.',
    coverLabel: 'Tri ân liệt sĩ',
    gallery: ['Đoàn viên thanh niên thắp nến tri ân trên các hàng mộ liệt sĩ trong buổi tối.'],
    publishedAt: '2026-07-25T18:00:00+07:00',
  },
  {
    slug: 'mua-buoi-ngot-ben-dong-ngan-pho',
    title: 'Mùa bưởi ngọt bên dòng Ngàn Phố',
    summary:
      'Những ngày cuối tháng 8, các vườn bưởi vùng bãi xã Sơn Giang vào vụ thu hoạch. Nhờ canh tác theo hướng an toàn và có mã truy xuất nguồn gốc, trái bưởi Sơn Giang đã có mặt ở siêu thị và trên sàn thương mại điện tử.',
    body: [
      'Dọc theo con đường bê tông chạy men bờ sông Ngàn Phố, những vườn bưởi trĩu quả của các thôn Giang Hà, Phú Thượng, Bãi Giữa đang vào mùa thu hoạch. Đất bãi phù sa màu mỡ, mỗi năm được bồi thêm một lớp sau mùa lũ, cho trái bưởi vỏ mỏng, múi mọng và vị ngọt thanh.',
      { heading: 'Từ vườn tạp đến vùng sản xuất tập trung' },
      'Cách đây hơn mười năm, phần lớn diện tích này là vườn tạp trồng xen sắn, ngô. Thực hiện chủ trương chuyển đổi cơ cấu cây trồng, xã đã vận động bà con dồn điền, quy hoạch vùng cam, bưởi tập trung, đầu tư đường nội đồng và hệ thống tưới. Đến nay toàn xã có khoảng 620 ha cây có múi, trong đó hơn 100 ha được chứng nhận VietGAP.',
      'Ông Nguyễn Văn Tứ ở thôn Phú Thượng, chủ vườn bưởi 1,8 ha chia sẻ: “Trước kia làm theo kinh nghiệm, phun thuốc theo thói quen. Từ khi theo tổ hợp tác, được tập huấn, ghi nhật ký, dùng phân hữu cơ, vườn khỏe hơn, quả đẹp hơn và bán được giá cao hơn 20–30%.”',
      { heading: 'Liên kết để bán được giá' },
      {
        list: [
          'Năm 2026, sản lượng bưởi toàn xã ước đạt trên 6.500 tấn, cam khoảng 3.300 tấn;',
          'Giá bán tại vườn bình quân 18.000–25.000 đồng/quả tùy loại;',
          'Hơn 40% sản lượng được tiêu thụ qua hợp đồng với doanh nghiệp, siêu thị và sàn thương mại điện tử;',
          'Hai sản phẩm bưởi và cam đã đạt chứng nhận OCOP 3 sao.',
        ],
      },
      'Theo ông Hồ Sỹ Tuấn, Phó Chủ tịch UBND xã, chính sách hỗ trợ sản xuất cam, bưởi an toàn giai đoạn 2026–2030 mà HĐND xã vừa thông qua sẽ tiếp tục hỗ trợ chi phí chứng nhận VietGAP, xây dựng điểm sơ chế, đóng gói ngay tại vùng bãi, giúp bà con giảm hao hụt sau thu hoạch.',
      'Mùa bưởi năm nay còn gắn với hoạt động trải nghiệm: nhiều gia đình đã mở cửa vườn đón khách tham quan, chụp ảnh, thưởng thức bưởi tại gốc. Đó là hướng đi mới, kết hợp nông nghiệp với du lịch nông thôn, mà xã Sơn Giang đang khuyến khích.',
    ],
    category: 'khuyen-nong-phat-trien-kinh-te',
    kind: 'bai',
    featured: true,
    authorName: 'Hoàng Thị Mai – Phòng Văn hóa – Xã hội xã',
    source: 'Trang thông tin điện tử xã Sơn Giang',
    tags: 'bưởi, cam, OCOP, VietGAP, sông Ngàn Phố, nông nghiệp',
    coverAlt: 'Người nông dân đội nón lá cười tươi bên cây bưởi sai trĩu quả vàng xanh, phía xa là dòng sông Ngàn Phố và dãy đồi thấp.',
    coverLabel: 'Mùa bưởi Sơn Giang',
    gallery: [
      'Những sọt bưởi vừa thu hái xếp thành hàng bên đường bê tông nội đồng, chờ xe của doanh nghiệp đến thu mua.',
      'Quả bưởi dán tem có mã QR truy xuất nguồn gốc được xếp trong thùng các-tông in tên xã.',
      'Nhóm du khách chụp ảnh trong vườn bưởi, tay cầm những quả bưởi vừa hái.',
    ],
    publishedAt: '2026-08-22T07:30:00+07:00',
  },
  {
    slug: 'cong-an-xa-ra-mat-mo-hinh-camera-an-ninh-thon-phu-thuong',
    title: 'Công an xã ra mắt mô hình “Camera an ninh” tại thôn Phú Thượng',
    summary:
      'Ngày 11/9, Công an xã Sơn Giang phối hợp thôn Phú Thượng ra mắt mô hình “Camera an ninh” với 12 mắt camera do Nhân dân đóng góp lắp đặt tại các tuyến đường, ngã ba và bến sông.',
    body: [
      'Mô hình gồm 12 camera được lắp đặt tại các vị trí trọng điểm như ngã ba vào thôn, đường ra bến sông, khu vực nhà văn hóa và vùng vườn cam, bưởi tập trung. Hình ảnh được truyền về màn hình tại nhà văn hóa thôn và điện thoại của tổ bảo vệ an ninh, trật tự ở cơ sở.',
      'Tổng kinh phí khoảng 46 triệu đồng do các hộ dân, chủ vườn và con em xa quê đóng góp. Mô hình góp phần phòng ngừa trộm cắp tài sản, nhất là trộm quả trong mùa thu hoạch, đồng thời hỗ trợ giám sát việc khai thác cát trái phép trên sông.',
      'Ông Nguyễn Hữu Tài, Trưởng Công an xã cho biết, sau thôn Phú Thượng, Công an xã sẽ phối hợp nhân rộng mô hình ra các thôn vùng bãi khác trong năm 2027.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Công an xã Sơn Giang',
    tags: 'an ninh trật tự, camera an ninh, phong trào toàn dân bảo vệ an ninh Tổ quốc',
    coverAlt:
      'Cán bộ công an xã cùng trưởng thôn kiểm tra mắt camera gắn trên cột điện ở ngã ba đầu thôn, bên dưới là biển báo khu vực có camera giám sát.',
    coverLabel: 'Camera an ninh thôn',
    publishedAt: '2026-09-12T09:40:00+07:00',
  },
  {
    slug: 'chu-dong-ung-pho-mua-lu-nhung-viec-moi-gia-dinh-can-lam',
    title: 'Chủ động ứng phó mưa lũ: những việc mỗi gia đình cần làm',
    summary:
      'Tháng 10, tháng 11 là cao điểm mưa lũ ở Hà Tĩnh. Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Sơn Giang khuyến cáo các hộ dân, nhất là vùng bãi ven sông và vùng đồi, chủ động các biện pháp bảo đảm an toàn.',
    body: [
      'Theo nhận định của cơ quan khí tượng thủy văn, từ nay đến cuối năm 2026, khu vực Bắc Trung Bộ có thể chịu ảnh hưởng của 2–3 cơn bão, áp thấp nhiệt đới và nhiều đợt mưa lớn. Sông Ngàn Phố có khả năng xuất hiện lũ ở mức báo động II, báo động III.',
      { heading: 'Trước mùa mưa lũ' },
      {
        list: [
          'Gia cố nhà cửa, chằng chống mái tôn; chặt tỉa cành cây gần nhà và đường dây điện;',
          'Chuẩn bị đèn pin, áo phao, lương thực, nước uống, thuốc men đủ dùng ít nhất 3–5 ngày;',
          'Kê kích tài sản, lương thực lên cao; các hộ vùng bãi chủ động thu hoạch sớm cam, bưởi đã đủ độ chín;',
          'Lưu sẵn số điện thoại của Ban Chỉ huy phòng, chống thiên tai xã: 0239 3875 126.',
        ],
      },
      { heading: 'Khi có mưa lũ' },
      {
        list: [
          'Theo dõi thông tin trên loa truyền thanh, Trang thông tin điện tử xã và nhóm Zalo của thôn;',
          'Tuyệt đối không qua lại các ngầm tràn, đoạn đường bị ngập; không vớt củi, đánh bắt cá trên sông khi nước lũ lên;',
          'Chấp hành lệnh sơ tán của chính quyền, di chuyển người già, trẻ em, người khuyết tật đến nơi an toàn trước;',
          'Các hộ sống dưới chân đồi ở thôn Khe Mây, Trường Sơn cần theo dõi hiện tượng nứt đất, nước đục bất thường để sơ tán kịp thời.',
        ],
      },
      { heading: 'Sau mưa lũ' },
      'Kiểm tra an toàn điện trước khi sử dụng lại; thu dọn bùn đất, vệ sinh môi trường, xử lý nước sinh hoạt bằng cloramin B theo hướng dẫn của Trạm Y tế xã; báo cáo thiệt hại về trưởng thôn để được tổng hợp, hỗ trợ kịp thời.',
      'Mỗi gia đình chủ động, cả cộng đồng sẽ an toàn. Ban Chỉ huy xã trực 24/24 giờ trong thời gian có thiên tai.',
    ],
    category: 'thong-tin-tuyen-truyen',
    kind: 'bai',
    authorName: 'Trần Văn Quang – Ban Chỉ huy Quân sự xã',
    tags: 'phòng chống thiên tai, mưa lũ, sông Ngàn Phố, an toàn',
    coverAlt: 'Lực lượng xung kích mặc áo phao cam hỗ trợ người dân chuyển đồ đạc lên thuyền máy tại vùng bãi bị ngập nước sông.',
    coverLabel: 'Phòng chống mưa lũ',
    publishedAt: '2026-10-02T14:00:00+07:00',
  },
  {
    slug: 'trang-thong-tin-dien-tu-xa-van-hanh-nen-tang-moi',
    title: 'Trang thông tin điện tử xã Sơn Giang vận hành trên nền tảng mới',
    summary:
      'Từ ngày 20/10/2026, Trang thông tin điện tử xã Sơn Giang chính thức vận hành trên nền tảng dùng chung, hiển thị tốt trên điện thoại, có chức năng tra cứu văn bản, thủ tục hành chính và phiên bản tiếng Anh.',
    body: [
      'Trang thông tin điện tử xã Sơn Giang tại địa chỉ songiang.hatinh.gov.vn đã được chuyển sang nền tảng mới, đáp ứng yêu cầu của Nghị định số 224/2026/NĐ-CP của Chính phủ (có hiệu lực từ ngày 01/7/2026, thay thế Nghị định số 42/2022/NĐ-CP) và Thông tư số 22/2023/TT-BTTTT. Giao diện được thiết kế đơn giản, chữ lớn, dễ đọc trên điện thoại di động và các trình duyệt phổ biến.',
      'Người dân có thể tìm kiếm văn bản chỉ đạo, điều hành theo số, ký hiệu, loại văn bản; tra cứu thủ tục hành chính và liên kết sang Cổng Dịch vụ công quốc gia để nộp hồ sơ; xem thông tin giới thiệu, cơ cấu tổ chức bằng tiếng Việt và tiếng Anh.',
      'Đối với Ban biên tập, nền tảng mới hỗ trợ phân quyền theo vai trò, quy trình duyệt tin, bài nhiều bước, sao lưu dữ liệu tự động và thống kê lượt truy cập, giúp các thành viên làm việc kiêm nhiệm đăng tải thông tin nhanh và an toàn hơn.',
    ],
    category: 'dich-vu-cong-truc-tuyen',
    kind: 'tin',
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'trang thông tin điện tử, chuyển đổi số, Nghị định 224/2026/NĐ-CP',
    coverAlt:
      'Màn hình máy tính xách tay và điện thoại đặt cạnh nhau cùng hiển thị trang chủ Trang thông tin điện tử xã Sơn Giang với tông màu xanh lam.',
    coverLabel: 'Trang tin nền tảng mới',
    publishedAt: '2026-10-20T10:30:00+07:00',
  },
  {
    slug: 'ngay-hoi-dai-doan-ket-toan-dan-toc-thon-bau-sen',
    title: 'Ấm áp Ngày hội Đại đoàn kết toàn dân tộc ở thôn Bàu Sen',
    summary:
      'Nhân kỷ niệm 96 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11/1930 – 18/11/2026), thôn Bàu Sen tổ chức Ngày hội Đại đoàn kết toàn dân tộc với sự tham dự của đông đảo bà con.',
    body: [
      'Tối 17/11/2026, tại nhà văn hóa thôn Bàu Sen, Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Về dự có đồng chí Nguyễn Thị Thanh Hà, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã và bà Võ Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã.',
      'Năm 2026, thôn Bàu Sen có 96% hộ đạt danh hiệu gia đình văn hóa, Nhân dân hiến hơn 1.200 m² đất mở rộng đường thôn, đóng góp 150 triệu đồng xây dựng hệ thống đèn chiếu sáng. Dịp này, thôn trao 10 suất quà cho hộ khó khăn và khen thưởng 12 gia đình tiêu biểu.',
      'Sau phần lễ, bà con cùng nấu cơm chung, giao lưu văn nghệ hát dân ca Ví, Giặm và thi kéo co, tạo không khí đoàn kết, vui tươi.',
    ],
    category: 'mat-tran-doan-the',
    kind: 'tin',
    authorName: 'Võ Thị Lan – Ủy ban MTTQ Việt Nam xã',
    tags: 'Ngày hội Đại đoàn kết, Mặt trận Tổ quốc, 18/11, thôn Bàu Sen',
    coverAlt:
      'Bà con thôn Bàu Sen quây quần quanh những mâm cơm chung trải dài trên sân nhà văn hóa, phía trên treo cờ Tổ quốc và băng rôn Ngày hội.',
    coverLabel: 'Ngày hội Đại đoàn kết',
    gallery: ['Các cụ bà trong Câu lạc bộ dân ca Ví, Giặm mặc áo tứ thân biểu diễn trên sân khấu nhà văn hóa thôn.'],
    publishedAt: '2026-11-18T08:00:00+07:00',
  },
];
