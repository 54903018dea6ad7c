import type { SeedArticle } from '../../types';

export const articles1: SeedArticle[] = [
  {
    slug: 'dang-uy-xa-trien-khai-nhiem-vu-nam-2026',
    title: 'Đảng ủy xã Khánh Khê triển khai nhiệm vụ chính trị năm 2026',
    summary:
      'Ngày 08/01/2026, Ban Chấp hành Đảng bộ xã Khánh Khê tổ chức hội nghị đánh giá kết quả lãnh đạo năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026.',
    body: [
      'Ngày 08/01/2026, Ban Chấp hành Đảng bộ xã Khánh Khê tổ chức hội nghị lần thứ sáu nhằm đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị năm 2025 và bàn giải pháp thực hiện nhiệm vụ năm 2026. Đồng chí Hoàng Văn Thắng, Bí thư Đảng ủy xã chủ trì hội nghị.',
      'Năm 2025, dù phải vừa ổn định tổ chức bộ máy sau sắp xếp đơn vị hành chính, vừa triển khai nhiệm vụ chuyên môn, Đảng bộ xã đã lãnh đạo hoàn thành 15/17 chỉ tiêu chủ yếu. Tổng sản lượng lương thực có hạt đạt 4.120 tấn; diện tích hồi cho thu hoạch ổn định khoảng 1.850 ha; thu nhập bình quân đầu người đạt 42,5 triệu đồng; tỷ lệ hộ nghèo giảm còn 6,8%. Công tác xây dựng Đảng được chú trọng, kết nạp 21 đảng viên mới.',
      'Hội nghị thống nhất chủ đề năm 2026 là “Đoàn kết, kỷ cương, chuyển đổi số, phát triển kinh tế đồi rừng”. Trong đó tập trung tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031, mở rộng vùng hồi đạt chứng nhận hữu cơ, nâng tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến và giữ vững quốc phòng, an ninh trên địa bàn.',
    ],
    category: 'hoat-dong-dang-uy',
    kind: 'tin',
    authorName: 'Lộc Thị Ngân – Văn phòng Đảng ủy xã',
    tags: 'Đảng ủy, hội nghị, nhiệm vụ năm 2026',
    coverAlt:
      'Hội trường Đảng ủy xã Khánh Khê với băng rôn đỏ, các đồng chí Ban Chấp hành ngồi theo hàng ghế, đồng chí Bí thư phát biểu tại bục có hoa tươi.',
    coverLabel: 'Hội nghị Ban Chấp hành',
    publishedAt: '2026-01-09T09:15:00+07:00',
  },
  {
    slug: 'cong-an-xa-ra-quan-bao-dam-an-ninh-tet-binh-ngo',
    title: 'Công an xã ra quân bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ 2026',
    summary:
      'Công an xã Khánh Khê phối hợp lực lượng dân quân tổ chức ra quân cao điểm tấn công, trấn áp tội phạm, bảo đảm Nhân dân đón Tết an toàn.',
    body: [
      'Sáng 28/01/2026, tại sân trụ sở UBND xã, Công an xã Khánh Khê tổ chức lễ ra quân đợt cao điểm bảo đảm an ninh, trật tự trước, trong và sau Tết Nguyên đán Bính Ngọ 2026. Tham dự có lãnh đạo Đảng ủy, UBND xã, Ban Chỉ huy Quân sự xã cùng 46 cán bộ, chiến sĩ và thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở.',
      'Trong đợt cao điểm, lực lượng chức năng tập trung tuần tra khu vực chợ phiên Nà Pàn, các tuyến đường liên thôn và điểm tổ chức lễ hội đầu xuân; tuyên truyền đến từng hộ gia đình không tàng trữ, sử dụng pháo nổ, không điều khiển phương tiện sau khi uống rượu, bia; kiểm tra việc chấp hành quy định về phòng cháy, chữa cháy tại các cơ sở kinh doanh.',
      'Trước đó, Công an xã đã vận động Nhân dân giao nộp 3 khẩu súng kíp tự chế và 1,2 kg pháo các loại. Các hộ ký cam kết không vi phạm quy định về vũ khí, vật liệu nổ, công cụ hỗ trợ.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Mã Văn Cường – Công an xã Khánh Khê',
    tags: 'an ninh trật tự, Tết Nguyên đán, pháo nổ',
    coverAlt:
      'Hàng cán bộ, chiến sĩ công an trong quân phục xanh và dân quân mặc áo rằn ri đứng nghiêm trước cờ đỏ sao vàng tại sân trụ sở UBND xã.',
    coverLabel: 'Ra quân dịp Tết',
    gallery: [
      'Tổ tuần tra gồm công an và dân quân đi xe máy dọc đường liên thôn, hai bên là đồi hồi xanh.',
      'Cán bộ công an trao đổi với người bán hàng tại chợ phiên Nà Pàn, phát tờ rơi tuyên truyền không sử dụng pháo nổ.',
    ],
    publishedAt: '2026-01-28T16:40:00+07:00',
  },
  {
    slug: 'le-hoi-long-tong-na-pan-xuan-binh-ngo',
    title: 'Rộn ràng Lễ hội Lồng tồng thôn Nà Pàn xuân Bính Ngọ 2026',
    summary:
      'Ngày 26/02/2026 (tức mùng 10 tháng Giêng), hàng nghìn người dân và du khách về thôn Nà Pàn dự Lễ hội Lồng tồng – lễ hội xuống đồng truyền thống của đồng bào Tày, Nùng xã Khánh Khê.',
    body: [
      'Lễ hội Lồng tồng (lễ hội xuống đồng) là sinh hoạt văn hóa lâu đời của đồng bào Tày, Nùng ở Khánh Khê, được tổ chức vào mùng 10 tháng Giêng hằng năm trên cánh đồng trước đình Nà Pàn. Năm nay, lễ hội diễn ra ngày 26/02/2026, thu hút khoảng 3.500 lượt người dân trong xã, bà con các xã lân cận và du khách tham dự.',
      { heading: 'Phần lễ trang nghiêm' },
      'Từ sáng sớm, các cụ cao niên của 21 thôn đã có mặt tại đình Nà Pàn để chuẩn bị mâm lễ gồm xôi ngũ sắc, bánh chưng, gà luộc, rượu ngô và hoa quả. Ông mo, thầy tào đọc bài cúng cầu trời đất, thần nông phù hộ mưa thuận gió hòa, mùa màng bội thu, dân bản bình an. Sau nghi lễ, đại diện lãnh đạo xã và người cao tuổi nhất thôn thực hiện nghi thức cày luống đất đầu tiên của năm.',
      { heading: 'Phần hội sôi nổi' },
      'Phần hội diễn ra trên bãi ruộng rộng gần 2 ha với nhiều hoạt động văn hóa, thể thao dân gian:',
      {
        list: [
          'Tung còn, ném còn qua vòng tròn trên cây nêu cao 18 m;',
          'Thi hát then, đàn tính, hát lượn, hát sli giữa các đội văn nghệ thôn;',
          'Kéo co, đẩy gậy, bắn nỏ, đánh quay cho thanh niên và học sinh;',
          'Thi gói bánh chưng gù, làm khau nhục và trưng bày sản phẩm hồi, mật ong rừng của các hợp tác xã.',
        ],
      },
      'Đội văn nghệ thôn Khuổi Cáp giành giải Nhất hội thi hát then, đàn tính; đội thôn Bản Chu đoạt giải Nhất ném còn. Ban Tổ chức trao tổng cộng 24 giải cho các tập thể, cá nhân.',
      'Bà Hoàng Thị Mai, Phó Chủ tịch UBND xã, Trưởng Ban Tổ chức lễ hội cho biết: “Lễ hội năm nay được tổ chức tiết kiệm, an toàn, không có hiện tượng mê tín dị đoan hay đánh bạc trá hình. Chúng tôi muốn giữ Lồng tồng là ngày hội của chính người dân, để con cháu hiểu và yêu vốn văn hóa của cha ông.”',
    ],
    category: 'tin-thon-ban',
    kind: 'bai',
    featured: true,
    authorName: 'Hà Thị Lan – Văn phòng HĐND và UBND xã',
    tags: 'Lồng tồng, lễ hội, văn hóa Tày Nùng, Nà Pàn',
    coverAlt:
      'Quả còn thêu nhiều màu bay về phía vòng tròn trên đỉnh cây nêu tre giữa cánh đồng, đông người dân mặc áo chàm đứng vây quanh.',
    coverLabel: 'Lễ hội Lồng tồng',
    gallery: [
      'Các cụ cao niên mặc áo dài chàm dâng mâm lễ xôi ngũ sắc, gà luộc trước ban thờ đình Nà Pàn.',
      'Đội văn nghệ thôn Khuổi Cáp gồm bốn thiếu nữ ngồi gảy đàn tính, hát then trên sân khấu dựng bằng tre.',
      'Nam thanh niên hai đội kéo co trên mặt ruộng khô, cổ động viên reo hò phía sau.',
    ],
    publishedAt: '2026-02-27T08:30:00+07:00',
  },
  {
    slug: 'le-giao-nhan-quan-nam-2026',
    title: 'Khánh Khê tiễn 19 thanh niên lên đường nhập ngũ năm 2026',
    summary:
      'Sáng 04/3/2026, Hội đồng Nghĩa vụ quân sự xã Khánh Khê tổ chức Lễ giao nhận quân, tiễn 19 thanh niên ưu tú lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân.',
    body: [
      'Sáng 04/3/2026, tại Nhà văn hóa trung tâm xã, Hội đồng Nghĩa vụ quân sự xã Khánh Khê tổ chức Lễ giao nhận quân năm 2026. Năm nay, xã có 19 thanh niên lên đường, trong đó 17 thanh niên nhập ngũ vào Quân đội nhân dân và 2 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân; 100% tân binh có trình độ trung học phổ thông trở lên, 4 tân binh là đảng viên.',
      'Phát biểu tại buổi lễ, đồng chí Nông Văn Hải, Chủ tịch UBND xã, Chủ tịch Hội đồng Nghĩa vụ quân sự xã động viên các tân binh giữ gìn phẩm chất Bộ đội Cụ Hồ, yên tâm công tác, rèn luyện, phát huy truyền thống quê hương. UBND xã, Ủy ban MTTQ và các đoàn thể trao quà tặng mỗi tân binh trị giá 1,5 triệu đồng.',
      'Công tác tuyển quân năm 2026 của xã được thực hiện công khai, dân chủ, đúng luật từ khâu đăng ký, sơ tuyển đến khám sức khỏe; không có trường hợp khiếu nại. Xã giao quân đủ 100% chỉ tiêu, đúng thời gian, bảo đảm an toàn.',
    ],
    category: 'quan-su-cong-an',
    kind: 'tin',
    authorName: 'Lăng Văn Bình – Ban Chỉ huy Quân sự xã',
    tags: 'giao nhận quân, nghĩa vụ quân sự, tân binh',
    coverAlt: 'Các tân binh mặc quân phục mới, đeo hoa đỏ trước ngực, xếp hàng ngay ngắn trước sân khấu Nhà văn hóa trung tâm xã.',
    coverLabel: 'Giao nhận quân 2026',
    gallery: [
      'Người mẹ chỉnh lại mũ cho con trai là tân binh, gia đình đứng quanh chụp ảnh kỷ niệm.',
      'Lãnh đạo xã trao quà và bắt tay từng tân binh trên sân khấu.',
    ],
    publishedAt: '2026-03-04T11:20:00+07:00',
  },
  {
    slug: 'khanh-khe-bau-cu-thanh-cong-nhiem-ky-2026-2031',
    title: 'Khánh Khê tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031',
    summary:
      'Ngày 15/3/2026, 100% cử tri xã Khánh Khê đã đi bầu tại 14 khu vực bỏ phiếu; cuộc bầu cử diễn ra dân chủ, đúng luật, an toàn và thực sự là ngày hội của toàn dân.',
    body: [
      'Ngày 15/3/2026, cùng với cử tri cả nước, 6.842 cử tri xã Khánh Khê đã thực hiện quyền và nghĩa vụ công dân, bầu đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031. Xã bố trí 14 khu vực bỏ phiếu tại nhà văn hóa thôn và trường học.',
      { heading: 'Không khí ngày hội từ sớm' },
      'Từ 6 giờ 30 phút, các khu vực bỏ phiếu đồng loạt khai mạc. Nhiều cử tri là người cao tuổi ở các thôn vùng cao như Khuổi Cáp, Kéo Coọng, Lũng Cà đã đi bộ từ sớm để được bỏ phiếu đầu tiên. Đối với cử tri ốm đau, già yếu, Tổ bầu cử mang hòm phiếu phụ đến tận nhà theo đúng quy định.',
      'Đến 15 giờ 30 phút, toàn bộ 14 khu vực bỏ phiếu đã có 100% cử tri đi bầu. Công tác kiểm phiếu được tiến hành công khai, có sự chứng kiến của đại diện cử tri.',
      { heading: 'Kết quả bầu cử đại biểu HĐND xã' },
      'Theo biên bản xác định kết quả bầu cử của Ủy ban bầu cử xã:',
      {
        list: [
          'Số đại biểu HĐND xã được bầu: 30/30 đại biểu, đủ số lượng theo quy định;',
          'Đại biểu là nữ: 11 người (36,7%); đại biểu là người dân tộc thiểu số: 28 người (93,3%);',
          'Đại biểu dưới 40 tuổi: 9 người; đại biểu tái cử: 14 người;',
          'Không có đơn vị bầu cử phải tổ chức bầu thêm hoặc bầu lại.',
        ],
      },
      'Đồng chí Lộc Văn Quyết, Phó Bí thư Thường trực Đảng ủy, Chủ tịch Ủy ban bầu cử xã đánh giá cuộc bầu cử thành công nhờ sự vào cuộc đồng bộ của cả hệ thống chính trị, công tác tuyên truyền bằng cả tiếng phổ thông, tiếng Tày, tiếng Nùng trên hệ thống truyền thanh cơ sở và sự đồng thuận cao của Nhân dân.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'bai',
    featured: true,
    authorName: 'Hà Thị Lan – Văn phòng HĐND và UBND xã',
    source: 'Ủy ban bầu cử xã Khánh Khê',
    tags: 'bầu cử, Quốc hội khóa XVI, HĐND nhiệm kỳ 2026-2031',
    coverAlt:
      'Cụ bà người Tày mặc áo chàm bỏ lá phiếu vào hòm phiếu màu đỏ tại nhà văn hóa thôn, phía sau là bức tường treo ảnh Bác Hồ và khẩu hiệu bầu cử.',
    coverLabel: 'Ngày hội non sông',
    gallery: [
      'Cử tri xếp hàng trước khu vực bỏ phiếu số 3 tại Trường Tiểu học Khánh Khê, cờ Tổ quốc cắm hai bên lối đi.',
      'Tổ bầu cử mang hòm phiếu phụ đến nhà một cụ ông cao tuổi ở thôn Kéo Coọng.',
      'Tổ bầu cử kiểm phiếu trên bàn dài dưới sự chứng kiến của đại diện cử tri.',
    ],
    publishedAt: '2026-03-16T10:00:00+07:00',
  },
  {
    slug: 'ky-hop-thu-nhat-hdnd-xa-nhiem-ky-2026-2031',
    title: 'Kỳ họp thứ nhất HĐND xã Khánh Khê nhiệm kỳ 2026–2031 bầu các chức danh chủ chốt',
    summary:
      'Ngày 07/4/2026, HĐND xã Khánh Khê tổ chức kỳ họp thứ nhất, bầu Chủ tịch, Phó Chủ tịch HĐND, Chủ tịch, Phó Chủ tịch và Ủy viên UBND xã nhiệm kỳ 2026–2031.',
    body: [
      'Ngày 07/4/2026, HĐND xã Khánh Khê khóa mới tổ chức kỳ họp thứ nhất. 30/30 đại biểu có mặt. Kỳ họp đã nghe báo cáo kết quả bầu cử và xác nhận tư cách đại biểu HĐND xã nhiệm kỳ 2026–2031.',
      'Với sự đồng thuận cao, HĐND xã đã bầu ông Lộc Văn Quyết giữ chức Chủ tịch HĐND xã, bà Lương Thị Thu giữ chức Phó Chủ tịch HĐND xã; bầu ông Nông Văn Hải giữ chức Chủ tịch UBND xã; ông Vi Văn Đoàn và bà Hoàng Thị Mai giữ chức Phó Chủ tịch UBND xã. Kỳ họp cũng bầu Trưởng, Phó các Ban của HĐND xã.',
      'Phát biểu nhận nhiệm vụ, Chủ tịch UBND xã Nông Văn Hải cam kết cùng tập thể UBND xã đổi mới phương thức chỉ đạo, điều hành, đẩy mạnh cải cách hành chính, phục vụ người dân và doanh nghiệp ngày càng tốt hơn.',
    ],
    category: 'hoat-dong-hdnd-ubnd',
    kind: 'tin',
    authorName: 'Đinh Văn Tùng – Văn phòng HĐND và UBND xã',
    tags: 'kỳ họp HĐND, bầu chức danh, nhiệm kỳ 2026-2031',
    coverAlt:
      'Toàn cảnh hội trường kỳ họp thứ nhất HĐND xã, các đại biểu giơ tay biểu quyết, phía trên sân khấu có tượng Bác Hồ và khẩu hiệu đỏ.',
    coverLabel: 'Kỳ họp thứ nhất',
    publishedAt: '2026-04-08T08:45:00+07:00',
  },
  {
    slug: 'chu-dong-phong-chay-chua-chay-rung-hoi-rung-thong',
    title: 'Chủ động phòng cháy, chữa cháy rừng: những điều mỗi hộ trồng hồi, trồng thông cần biết',
    summary:
      'Khánh Khê có hơn 6.200 ha rừng, trong đó phần lớn là rừng hồi, rừng thông của hộ gia đình. Bài viết tóm tắt quy định pháp luật và các biện pháp người dân cần thực hiện để phòng, chống cháy rừng.',
    body: [
      'Toàn xã Khánh Khê hiện có 6.245 ha đất có rừng, tỷ lệ che phủ đạt 64,8%. Rừng hồi, rừng thông và rừng keo là nguồn thu nhập chính của phần lớn hộ gia đình, nhưng cũng là những loại rừng dễ cháy trong mùa khô từ tháng 10 năm trước đến tháng 4 năm sau. Năm 2025, trên địa bàn xảy ra 2 vụ cháy thực bì, may mắn được phát hiện sớm, không gây thiệt hại lớn.',
      { heading: 'Trách nhiệm của chủ rừng theo quy định pháp luật' },
      'Luật Lâm nghiệp năm 2017 và Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024 quy định chủ rừng là hộ gia đình, cá nhân có trách nhiệm xây dựng và thực hiện biện pháp phòng cháy, chữa cháy rừng trên diện tích được giao; phát hiện và báo cháy kịp thời; tham gia chữa cháy khi có yêu cầu của cơ quan có thẩm quyền. Hành vi đốt nương, đốt thực bì không đúng quy định gây cháy rừng có thể bị xử phạt vi phạm hành chính hoặc truy cứu trách nhiệm hình sự.',
      { heading: 'Những việc mỗi hộ cần làm ngay' },
      {
        list: [
          'Phát dọn thực bì, làm đường băng cản lửa rộng tối thiểu 6 m quanh lô rừng hồi, rừng thông giáp nương rẫy;',
          'Chỉ đốt nương, đốt thực bì khi đã đăng ký với trưởng thôn và có người canh giữ; tuyệt đối không đốt vào ngày nắng nóng, gió to, từ 11 giờ đến 15 giờ;',
          'Không mang lửa, không hút thuốc khi vào rừng; dập tắt hẳn tàn lửa sau khi nấu ăn, lấy mật ong;',
          'Chuẩn bị dụng cụ chữa cháy tại chỗ: bàn dập lửa, dao phát, cuốc, bình nước;',
          'Khi phát hiện cháy, báo ngay trưởng thôn, Ban Chỉ huy Quân sự xã hoặc Công an xã theo số điện thoại niêm yết tại nhà văn hóa thôn.',
        ],
      },
      'UBND xã đã thành lập 21 tổ đội phòng cháy, chữa cháy rừng ở các thôn với 315 thành viên, duy trì chốt canh lửa tại đỉnh Khau Slưa và khu rừng thông Pác Làng trong các tháng cao điểm. Mỗi người dân hãy là một “người canh lửa” để bảo vệ tài sản của chính gia đình mình và màu xanh của quê hương.',
    ],
    category: 'pho-bien-phap-luat',
    kind: 'bai',
    authorName: 'Triệu Văn Nam – Phòng Kinh tế xã',
    tags: 'phòng cháy chữa cháy rừng, rừng hồi, Luật Lâm nghiệp',
    coverAlt:
      'Tổ đội phòng cháy chữa cháy rừng thôn Pác Làng cầm bàn dập lửa, dao phát đứng dưới tán rừng thông, phía sau là đường băng cản lửa mới phát dọn.',
    coverLabel: 'Phòng cháy rừng',
    publishedAt: '2026-04-22T14:10:00+07:00',
  },
  {
    slug: 'trao-nha-dai-doan-ket-thon-khuoi-cap',
    title: 'Ủy ban MTTQ xã trao nhà Đại đoàn kết cho hộ nghèo thôn Khuổi Cáp',
    summary:
      'Ngày 13/5/2026, Ủy ban MTTQ Việt Nam xã Khánh Khê tổ chức bàn giao nhà Đại đoàn kết cho gia đình bà Hoàng Thị Phấn, hộ nghèo ở thôn Khuổi Cáp.',
    body: [
      'Ngày 13/5/2026, Ủy ban MTTQ Việt Nam xã Khánh Khê tổ chức lễ bàn giao nhà Đại đoàn kết cho gia đình bà Hoàng Thị Phấn, thôn Khuổi Cáp. Bà Phấn năm nay 61 tuổi, chồng mất sớm, sống cùng người con trai bị khuyết tật trong căn nhà gỗ tạm đã xuống cấp.',
      'Ngôi nhà mới xây cấp 4, diện tích 54 m², tổng kinh phí 96 triệu đồng. Trong đó, Quỹ “Vì người nghèo” xã hỗ trợ 60 triệu đồng, họ hàng đóng góp 16 triệu đồng; bà con trong thôn góp hơn 120 ngày công vận chuyển vật liệu lên đoạn đường dốc và tham gia xây dựng.',
      'Từ đầu năm 2026 đến nay, Ủy ban MTTQ xã đã phối hợp hỗ trợ xây mới, sửa chữa 7 ngôi nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn, góp phần thực hiện mục tiêu không còn nhà tạm, nhà dột nát trên địa bàn xã.',
    ],
    category: 'mat-tran-va-doan-the',
    kind: 'tin',
    authorName: 'Chu Thị Hoa – Ủy ban MTTQ Việt Nam xã',
    tags: 'nhà Đại đoàn kết, hộ nghèo, Quỹ Vì người nghèo',
    coverAlt:
      'Ngôi nhà cấp 4 mới sơn vàng nhạt trên sườn đồi, đại diện Mặt trận trao tượng trưng chìa khóa cho một phụ nữ lớn tuổi mặc áo chàm.',
    coverLabel: 'Nhà Đại đoàn kết',
    publishedAt: '2026-05-14T09:00:00+07:00',
  },
];
