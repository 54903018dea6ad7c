import type { SeedArticle } from '../../types';

export const articles1: SeedArticle[] = [
  {
    slug: 'ubnd-xa-trien-khai-nhiem-vu-nam-2026',
    title: 'UBND xã Sơn Giang triển khai nhiệm vụ phát triển kinh tế – xã hội năm 2026',
    summary:
      'Sáng 06/01, UBND xã Sơn Giang tổ chức hội nghị triển khai nhiệm vụ năm 2026, đặt mục tiêu thu nhập bình quân đạt 62 triệu đồng/người/năm và tỷ lệ hồ sơ trực tuyến trên 80%.',
    body: [
      'Sáng ngày 06/01/2026, UBND xã Sơn Giang tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội, bảo đảm quốc phòng – an ninh năm 2026. Dự hội nghị có đồng chí Trần Quốc Hưng, Bí thư Đảng ủy xã; lãnh đạo HĐND, UBND, Ủy ban MTTQ xã, các phòng, đơn vị chuyên môn và Trưởng 15 thôn.',
      'Năm 2025, dù vừa vận hành bộ máy theo mô hình chính quyền địa phương hai cấp, xã đã hoàn thành và vượt 16/18 chỉ tiêu chủ yếu; tổng giá trị sản xuất tăng 7,4%; thu ngân sách đạt 112% dự toán; tỷ lệ hộ nghèo giảm còn 2,14%. Trung tâm Phục vụ hành chính công xã tiếp nhận hơn 6.400 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt 99,75%.',
      'Năm 2026, UBND xã tập trung chỉ đạo phát triển vùng cam, bưởi an toàn, hoàn thiện hạ tầng giao thông nội đồng vùng bãi ven sông Ngàn Phố, đẩy mạnh chuyển đổi số và tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031.',
      'Phát biểu chỉ đạo, đồng chí Lê Đình Phúc, Chủ tịch UBND xã yêu cầu từng phòng, từng thôn cụ thể hóa chỉ tiêu thành kế hoạch hành động, phân công rõ người, rõ việc, rõ thời gian hoàn thành; kết quả thực hiện là căn cứ đánh giá, xếp loại cán bộ, công chức cuối năm.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'kinh tế – xã hội, kế hoạch năm 2026, UBND xã',
    coverAlt:
      'Hội trường UBND xã Sơn Giang kín chỗ, đại biểu ngồi theo hàng nghe Chủ tịch UBND xã phát biểu trên bục, phía sau là phông nền đỏ in tên hội nghị.',
    coverLabel: 'Triển khai nhiệm vụ 2026',
    publishedAt: '2026-01-06T15:20:00+07:00',
  },
  {
    slug: 'trung-tam-phuc-vu-hanh-chinh-cong-gan-dan-hon',
    title: 'Trung tâm Phục vụ hành chính công xã Sơn Giang: gần dân hơn nhờ dịch vụ công trực tuyến',
    summary:
      'Sau nửa năm vận hành, Trung tâm Phục vụ hành chính công xã Sơn Giang đã trở thành “địa chỉ một cửa” quen thuộc, nơi người dân được hướng dẫn nộp hồ sơ trực tuyến ngay tại quầy và nhận kết quả điện tử.',
    body: [
      'Một buổi sáng đầu năm, quầy tiếp nhận của Trung tâm Phục vụ hành chính công xã Sơn Giang đông người nhưng không ồn ào. Chị Phan Thị Thu ở thôn Kim Lộc đến làm giấy khai sinh cho con thứ hai; chỉ sau khoảng 20 phút, chị đã được công chức hướng dẫn điền tờ khai trên điện thoại, nộp hồ sơ liên thông khai sinh – thường trú – thẻ bảo hiểm y tế và nhận Giấy khai sinh ngay trong buổi.',
      { heading: 'Thay đổi từ cách làm' },
      'Trung tâm được bố trí tại tầng 1 trụ sở UBND xã với 06 quầy giao dịch, 01 khu vực tự phục vụ có máy tính, máy quét và khu chờ cho người cao tuổi. Mỗi hồ sơ được số hóa ngay khi tiếp nhận; người dân có thể theo dõi tiến độ giải quyết qua tin nhắn và tài khoản trên Cổng Dịch vụ công quốc gia.',
      'Bà Đặng Thị Minh Nguyệt, Phó Chủ tịch UBND xã, Giám đốc Trung tâm cho biết: “Chúng tôi đặt mục tiêu người dân chỉ phải đến một lần, thậm chí không phải đến. Công chức ở quầy không chỉ nhận hồ sơ mà còn là người hướng dẫn, làm mẫu để bà con tự làm được ở những lần sau.”',
      { heading: 'Những con số biết nói' },
      {
        list: [
          'Năm 2025, Trung tâm tiếp nhận 6.418 hồ sơ, giải quyết đúng và trước hạn 99,75%;',
          'Tỷ lệ hồ sơ nộp trực tuyến tăng từ 54,8% (năm 2024) lên 68,3% (năm 2025);',
          '100% kết quả giải quyết thủ tục hành chính được ký số và trả bản điện tử song song với bản giấy;',
          'Mức độ hài lòng của người dân qua khảo sát quý IV/2025 đạt 97,6%.',
        ],
      },
      { heading: 'Tổ công nghệ số cộng đồng “đi từng ngõ”' },
      'Ở 15 thôn, Tổ công nghệ số cộng đồng với thành viên là trưởng thôn, đoàn viên thanh niên và công an viên đã đến từng nhà hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2, cài đặt ứng dụng ngân hàng để thanh toán lệ phí. Nhờ vậy, nhiều người cao tuổi ở vùng đồi như thôn Khe Mây, Trường Sơn đã có thể nộp hồ sơ xác nhận tình trạng hôn nhân cho con cháu mà không phải xuống xã.',
      'Năm 2026, xã phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, tiếp tục rút ngắn thời gian giải quyết, công khai kết quả hằng ngày trên Trang thông tin điện tử xã để Nhân dân giám sát.',
    ],
    category: 'cai-cach-hanh-chinh',
    kind: 'bai',
    featured: true,
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'một cửa, dịch vụ công trực tuyến, cải cách hành chính, chuyển đổi số',
    coverAlt:
      'Công chức nữ mặc áo dài xanh ngồi sau quầy tiếp nhận, hướng dẫn một người mẹ bế con nhỏ thao tác nộp hồ sơ khai sinh trên điện thoại.',
    coverLabel: 'Một cửa gần dân',
    gallery: [
      'Khu vực tự phục vụ của Trung tâm với hai máy tính, máy quét tài liệu và bảng hướng dẫn các bước nộp hồ sơ trực tuyến dán trên tường.',
      'Đoàn viên thanh niên trong Tổ công nghệ số cộng đồng ngồi cùng một cụ ông ở hiên nhà, hướng dẫn kích hoạt tài khoản định danh điện tử.',
      'Màn hình điện tử tại sảnh hiển thị số thứ tự và kết quả giải quyết hồ sơ trong ngày.',
    ],
    publishedAt: '2026-01-20T09:00:00+07:00',
  },
  {
    slug: 'trao-qua-tet-binh-ngo-cho-ho-ngheo-gia-dinh-chinh-sach',
    title: 'Trao 326 suất quà Tết Bính Ngọ cho hộ nghèo, gia đình chính sách',
    summary:
      'Ủy ban MTTQ Việt Nam xã Sơn Giang phối hợp các đoàn thể và nhà hảo tâm trao 326 suất quà, tổng trị giá hơn 195 triệu đồng, giúp các gia đình khó khăn đón Tết Bính Ngọ 2026.',
    body: [
      'Từ ngày 08 đến 10/02/2026, Ủy ban MTTQ Việt Nam xã Sơn Giang chủ trì, phối hợp Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã đến thăm, tặng quà Tết cho các hộ nghèo, hộ cận nghèo, gia đình người có công và người cao tuổi neo đơn.',
      'Mỗi suất quà gồm tiền mặt 500.000 đồng, gạo, bánh chưng và nhu yếu phẩm, tổng trị giá hơn 195 triệu đồng, được vận động từ Quỹ “Vì người nghèo” của xã, con em quê hương làm ăn xa và các hợp tác xã, doanh nghiệp trên địa bàn.',
      'Bà Võ Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã mong muốn các gia đình vượt qua khó khăn, đón Tết đầm ấm; đồng thời đề nghị các thôn tiếp tục rà soát, bảo đảm không để hộ nào thiếu Tết.',
    ],
    category: 'mat-tran-doan-the',
    kind: 'tin',
    authorName: 'Võ Thị Lan – Ủy ban MTTQ Việt Nam xã',
    tags: 'Tết Bính Ngọ, vì người nghèo, an sinh xã hội',
    coverAlt: 'Cán bộ Mặt trận xã trao túi quà Tết và bánh chưng cho một cụ bà tóc bạc trước hiên nhà cấp bốn có giàn bưởi.',
    coverLabel: 'Quà Tết Bính Ngọ',
    publishedAt: '2026-02-10T16:45:00+07:00',
  },
  {
    slug: 'thanh-nien-son-giang-len-duong-nhap-ngu-2026',
    title: '24 thanh niên Sơn Giang lên đường nhập ngũ năm 2026',
    summary:
      'Sáng 05/3, xã Sơn Giang tổ chức lễ tiễn 24 thanh niên lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân năm 2026.',
    body: [
      'Sáng ngày 05/3/2026, tại sân trụ sở UBND xã, Hội đồng nghĩa vụ quân sự xã Sơn Giang tổ chức lễ tiễn 24 thanh niên lên đường nhập ngũ, trong đó 21 thanh niên thực hiện nghĩa vụ quân sự và 03 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân; 100% có trình độ trung học phổ thông trở lên, 04 thanh niên là đảng viên.',
      'Thay mặt lãnh đạo địa phương, đồng chí Lê Đình Phúc, Chủ tịch UBND xã, Chủ tịch Hội đồng nghĩa vụ quân sự xã căn dặn các tân binh giữ vững phẩm chất “Bộ đội Cụ Hồ”, nghiêm chấp hành kỷ luật, tích cực học tập, rèn luyện để trưởng thành trong quân ngũ.',
      'Nhân dịp này, UBND xã, Ủy ban MTTQ và các đoàn thể trao quà động viên mỗi tân binh trị giá 2 triệu đồng. Xã Sơn Giang tiếp tục hoàn thành 100% chỉ tiêu giao quân năm thứ mười liên tiếp.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Trần Văn Quang – Ban Chỉ huy Quân sự xã',
    tags: 'giao nhận quân, nghĩa vụ quân sự, quốc phòng',
    coverAlt: 'Hàng tân binh mặc quân phục mới, đeo hoa đỏ trước ngực, đứng nghiêm trên sân trụ sở UBND xã trong lễ tiễn nhập ngũ.',
    coverLabel: 'Tiễn tân binh nhập ngũ',
    gallery: [
      'Người mẹ chỉnh lại cổ áo quân phục cho con trai trước giờ lên xe.',
      'Lãnh đạo xã trao quà động viên cho các tân binh đứng thành hàng ngang.',
    ],
    publishedAt: '2026-03-05T11:10:00+07:00',
  },
  {
    slug: 'cu-tri-son-giang-di-bau-cu-dai-bieu-quoc-hoi-khoa-xvi',
    title: 'Cử tri Sơn Giang nô nức đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp',
    summary:
      'Ngày 15/3/2026, 14.126 cử tri xã Sơn Giang tại 17 khu vực bỏ phiếu đã thực hiện quyền và nghĩa vụ công dân; tỷ lệ cử tri đi bầu đạt 99,71%.',
    body: [
      'Ngay từ 6 giờ sáng ngày 15/3/2026, các khu vực bỏ phiếu trên địa bàn xã Sơn Giang đã tổ chức lễ khai mạc trang trọng. Cử tri cao tuổi nhất là cụ Nguyễn Thị Quế, 97 tuổi, ở thôn Yên Thọ được con cháu đưa đến bỏ những lá phiếu đầu tiên.',
      'Toàn xã có 17 khu vực bỏ phiếu với 14.126 cử tri. Đến 19 giờ cùng ngày, 14.085 cử tri đã đi bầu, đạt tỷ lệ 99,71%; 06 khu vực bỏ phiếu kết thúc trước 12 giờ trưa. Tổ bầu cử đã mang hòm phiếu phụ đến tận nhà cho 43 cử tri ốm đau, già yếu không thể đến khu vực bỏ phiếu.',
      'Công an xã, Ban Chỉ huy Quân sự xã bố trí lực lượng bảo đảm an ninh, trật tự tại các điểm bỏ phiếu; cuộc bầu cử trên địa bàn xã diễn ra dân chủ, đúng luật, an toàn và tiết kiệm.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    authorName: 'Nguyễn Văn Hùng – Văn phòng HĐND-UBND xã',
    tags: 'bầu cử, Quốc hội khóa XVI, HĐND nhiệm kỳ 2026–2031',
    coverAlt: 'Cụ bà tóc bạc được người thân dìu đến bỏ lá phiếu vào hòm phiếu có dán quốc huy, phía sau treo khẩu hiệu ngày hội toàn dân.',
    coverLabel: 'Ngày hội bầu cử',
    gallery: ['Cử tri xếp hàng trước nhà văn hóa thôn Tân Hòa, nơi đặt khu vực bỏ phiếu số 1, trang trí cờ hoa rực rỡ.'],
    publishedAt: '2026-03-15T20:30:00+07:00',
  },
  {
    slug: 'ky-thuat-cham-soc-buoi-giai-doan-ra-hoa-dau-qua',
    title: 'Kỹ thuật chăm sóc bưởi giai đoạn ra hoa, đậu quả',
    summary:
      'Giai đoạn tháng 2 – tháng 4 là thời điểm quyết định năng suất vườn bưởi. Phòng Kinh tế xã hướng dẫn bà con một số biện pháp kỹ thuật chính để tăng tỷ lệ đậu quả, hạn chế sâu bệnh.',
    body: [
      'Toàn xã Sơn Giang hiện có khoảng 410 ha bưởi và 210 ha cam, tập trung ở vùng bãi ven sông Ngàn Phố và các đồi thấp. Thời tiết đầu năm 2026 có nhiều đợt nồm ẩm xen kẽ nắng hanh, thuận lợi cho cây ra hoa nhưng cũng là điều kiện để bệnh thán thư, nhện đỏ phát sinh.',
      { heading: 'Bón phân và tưới nước' },
      {
        list: [
          'Bón thúc trước khi hoa nở khoảng 15–20 ngày: mỗi gốc (cây 6–8 năm tuổi) 0,3–0,5 kg NPK 16-16-8 kết hợp 5–10 kg phân chuồng hoai mục hoặc phân hữu cơ vi sinh;',
          'Sau khi đậu quả non khoảng 1 tháng, bón bổ sung kali và canxi để giảm rụng quả sinh lý;',
          'Giữ ẩm đất 60–70%, không để vườn khô hạn khi cây đang nở hoa; vùng bãi thấp cần khơi thông rãnh thoát nước khi có mưa lớn.',
        ],
      },
      { heading: 'Thụ phấn bổ sung và tỉa cành' },
      'Với giống bưởi Phúc Trạch và bưởi da xanh, bà con nên thụ phấn bổ sung bằng cách thu hoa nở của cây khác giống, rắc phấn vào buổi sáng từ 7 đến 9 giờ. Tỉa bỏ cành vượt, cành sâu bệnh, cành mọc trong tán để vườn thông thoáng.',
      { heading: 'Phòng trừ sâu bệnh theo hướng an toàn' },
      {
        list: [
          'Thường xuyên thăm vườn, phát hiện sớm sâu vẽ bùa, rệp sáp, nhện đỏ, bệnh thán thư;',
          'Ưu tiên thuốc sinh học, thảo mộc; khi phải dùng thuốc hóa học thì tuân thủ nguyên tắc “4 đúng” và thời gian cách ly;',
          'Không phun thuốc khi hoa đang nở rộ để bảo vệ ong thụ phấn;',
          'Ghi chép nhật ký sản xuất để phục vụ chứng nhận VietGAP và truy xuất nguồn gốc.',
        ],
      },
      'Hộ gia đình cần tư vấn kỹ thuật có thể liên hệ Phòng Kinh tế xã qua số điện thoại 0239 3875 133 hoặc Chi hội Nông dân thôn để được hướng dẫn trực tiếp tại vườn.',
    ],
    category: 'khuyen-nong-phat-trien-kinh-te',
    kind: 'bai',
    authorName: 'Lê Văn Thành – Phòng Kinh tế xã',
    source: 'Phòng Kinh tế xã Sơn Giang',
    tags: 'bưởi, cam, kỹ thuật canh tác, khuyến nông, VietGAP',
    coverAlt: 'Cành bưởi phủ kín hoa trắng, vài quả non xanh bằng đầu ngón tay, phía sau là vườn bưởi xanh mướt bên bờ sông.',
    coverLabel: 'Chăm bưởi mùa hoa',
    publishedAt: '2026-03-26T08:00:00+07:00',
  },
  {
    slug: 'thon-giang-ha-khanh-thanh-nha-van-hoa',
    title: 'Thôn Giang Hà khánh thành nhà văn hóa mới',
    summary:
      'Ngày 14/4, thôn Giang Hà tổ chức khánh thành nhà văn hóa với tổng kinh phí hơn 1,2 tỷ đồng, trong đó Nhân dân đóng góp gần 40%.',
    body: [
      'Nhà văn hóa thôn Giang Hà được xây dựng trên diện tích 1.500 m², gồm hội trường 150 chỗ ngồi, sân khấu, sân thể thao và khu vệ sinh. Tổng kinh phí hơn 1,2 tỷ đồng, trong đó ngân sách hỗ trợ 730 triệu đồng, Nhân dân và con em xa quê đóng góp gần 480 triệu đồng cùng hơn 600 ngày công lao động.',
      'Phát biểu tại buổi lễ, ông Phan Đình Dũng, Trưởng thôn Giang Hà cảm ơn sự đồng lòng của bà con, cam kết quản lý, sử dụng công trình đúng mục đích, công khai các khoản đóng góp.',
      'Trong đêm khánh thành, Câu lạc bộ dân ca Ví, Giặm của thôn đã biểu diễn nhiều tiết mục đặc sắc, thu hút đông đảo bà con trong và ngoài thôn đến xem.',
    ],
    category: 'tin-thon',
    kind: 'tin',
    authorName: 'Hoàng Thị Mai – Phòng Văn hóa – Xã hội xã',
    tags: 'nhà văn hóa, thôn Giang Hà, nông thôn mới',
    coverAlt: 'Nhà văn hóa mái ngói đỏ mới xây, trước sân treo băng rôn chúc mừng khánh thành, bà con đứng đông kín sân.',
    coverLabel: 'Nhà văn hóa Giang Hà',
    publishedAt: '2026-04-14T17:00:00+07:00',
  },
  {
    slug: 'nhung-dieu-can-biet-khi-dang-ky-ho-tich-truc-tuyen',
    title: 'Những điều cần biết khi đăng ký hộ tịch trực tuyến',
    summary:
      'Đăng ký khai sinh, khai tử, xác nhận tình trạng hôn nhân đều có thể thực hiện trực tuyến. Bài viết tóm tắt các bước và những lưu ý để hồ sơ không bị trả lại.',
    body: [
      'Theo quy định của Luật Hộ tịch năm 2014 và các văn bản hướng dẫn, người dân có thể nộp hồ sơ đăng ký hộ tịch qua Cổng Dịch vụ công quốc gia thay vì đến trực tiếp. Tại xã Sơn Giang, các thủ tục đăng ký khai sinh, đăng ký khai tử và cấp Giấy xác nhận tình trạng hôn nhân đã được cung cấp trực tuyến toàn trình.',
      { heading: 'Chuẩn bị trước khi nộp' },
      {
        list: [
          'Tài khoản định danh điện tử mức độ 2 (VNeID) của người nộp hồ sơ;',
          'Ảnh chụp hoặc bản quét rõ nét giấy tờ cần nộp (giấy chứng sinh, giấy báo tử…), định dạng PDF hoặc JPG;',
          'Tài khoản ngân hàng hoặc ví điện tử để thanh toán phí, lệ phí nếu có.',
        ],
      },
      { heading: 'Các bước thực hiện' },
      {
        list: [
          'Đăng nhập dichvucong.gov.vn, chọn thủ tục và cơ quan thực hiện là UBND xã Sơn Giang;',
          'Điền tờ khai điện tử, đính kèm giấy tờ, kiểm tra kỹ họ tên, ngày sinh, quê quán;',
          'Chọn hình thức nhận kết quả: trực tiếp, qua bưu chính hoặc bản điện tử;',
          'Theo dõi trạng thái hồ sơ qua tin nhắn và mục “Quản lý hồ sơ”.',
        ],
      },
      { heading: 'Những lỗi thường gặp' },
      'Nhiều hồ sơ bị yêu cầu bổ sung vì ảnh chụp mờ, thiếu trang, hoặc thông tin trong tờ khai không khớp với Cơ sở dữ liệu quốc gia về dân cư. Người dân cũng cần lưu ý thời hạn: đăng ký khai sinh trong 60 ngày kể từ ngày sinh, đăng ký khai tử trong 15 ngày kể từ ngày có người chết.',
      'Nếu gặp khó khăn, bà con có thể đến Trung tâm Phục vụ hành chính công xã hoặc nhờ Tổ công nghệ số cộng đồng ở thôn hỗ trợ. Mọi thắc mắc xin liên hệ số điện thoại 0239 3875 369.',
    ],
    category: 'pho-bien-phap-luat',
    kind: 'bai',
    authorName: 'Bùi Thị Thu Trang – Công chức Tư pháp – Hộ tịch',
    tags: 'hộ tịch, dịch vụ công trực tuyến, khai sinh, khai tử, pháp luật',
    coverAlt:
      'Bàn tay cầm điện thoại thông minh hiển thị màn hình tờ khai đăng ký khai sinh trên Cổng Dịch vụ công quốc gia, bên cạnh là giấy chứng sinh.',
    coverLabel: 'Hộ tịch trực tuyến',
    publishedAt: '2026-05-08T08:30:00+07:00',
  },
];
