import type { SeedPage } from '../../types';

export const pages1: SeedPage[] = [
  {
    section: 'overview',
    slug: 'tong-quan',
    title: 'Tổng quan về xã Quốc Tuấn',
    summary:
      'Xã Quốc Tuấn là xã thuần nông vùng đồng bằng của thành phố Hải Phòng, diện tích 26,38 km², 12 thôn, dân số 31.862 người, nổi tiếng với lúa chất lượng, rau màu vụ đông và ba làng nghề truyền thống.',
    body: [
      'Xã Quốc Tuấn nằm ở vùng đồng bằng phía tây thành phố Hải Phòng, cách trung tâm thành phố khoảng 32 km. Tên xã gắn với danh nhân Hưng Đạo Đại Vương Trần Quốc Tuấn, người được nhân dân trong vùng tôn thờ qua nhiều thế hệ.',
      { heading: 'Những con số cơ bản' },
      {
        list: [
          'Diện tích tự nhiên: 26,38 km² (2.638 ha), trong đó đất nông nghiệp 1.642 ha.',
          'Dân số: 31.862 người với 8.914 hộ (số liệu ngày 31/12/2025); người Kinh chiếm trên 99,7%, ngoài ra có một số người dân tộc Tày, Mường, Thái về làm dâu, làm rể.',
          'Đơn vị hành chính: 12 thôn gồm Kinh Điền, Đông Phù, Tây Am, Lạc Thị, Vạn Lộc, Hòa Liễu, Trúc Động, An Tràng, Phú Kê, Nghĩa Xá, Đồng Giới, Cẩm Khê.',
          'Đảng bộ xã có 38 chi bộ trực thuộc với 1.537 đảng viên.',
          'Trụ sở HĐND – UBND xã: thôn Kinh Điền.',
        ],
      },
      { heading: 'Kinh tế' },
      'Nông nghiệp vẫn là thế mạnh của xã với hai vụ lúa mỗi năm, tổng diện tích gieo cấy khoảng 2.280 ha, trong đó phần lớn là các giống lúa chất lượng. Vụ đông được mở rộng với khoai tây, ngô ngọt, su hào, bắp cải, cà rốt và rau cải các loại. Ba làng nghề truyền thống là mây tre đan thôn Trúc Động, làm hương thôn Lạc Thị và mộc dân dụng thôn Vạn Lộc tạo việc làm cho khoảng 1.450 lao động. Năm 2025, thu nhập bình quân đầu người đạt 72,5 triệu đồng; tỷ lệ hộ nghèo còn 0,62%.',
      { heading: 'Văn hóa – xã hội' },
      'Xã có 4 trường học đạt chuẩn quốc gia, một trạm y tế, nhà văn hóa ở 12/12 thôn. Hệ thống di tích gồm đình Kinh Điền, đền Quốc Tuấn, chùa Phúc Lâm cùng nhiều nhà thờ họ gắn với sinh hoạt tín ngưỡng của nhân dân. Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì; trên 93% hộ đạt danh hiệu “Gia đình văn hóa”.',
      'Từ ngày 01/7/2025, xã Quốc Tuấn tổ chức và hoạt động theo mô hình chính quyền địa phương hai cấp, trực thuộc thành phố Hải Phòng. Trung tâm Phục vụ hành chính công xã là nơi tiếp nhận, giải quyết thủ tục hành chính cho người dân, doanh nghiệp.',
    ],
    order: 1,
    en: {
      slug: 'overview',
      title: 'Overview of Quoc Tuan Commune',
      summary:
        'Quoc Tuan is a rural delta commune of Hai Phong City covering 26.38 km², with 12 villages and 31,862 inhabitants, known for quality rice, winter vegetables and three traditional craft villages.',
      body: [
        'Quoc Tuan Commune lies in the lowlands in the west of Hai Phong City, about 32 km from the city centre. The commune is named after Hung Dao Dai Vuong Tran Quoc Tuan, the national hero venerated by local people for generations.',
        { heading: 'Key facts' },
        {
          list: [
            'Natural area: 26.38 km² (2,638 ha), of which 1,642 ha is agricultural land.',
            'Population: 31,862 people in 8,914 households (as of 31 December 2025); more than 99.7% are Kinh, with a small number of Tay, Muong and Thai residents.',
            'Administrative units: 12 villages – Kinh Dien, Dong Phu, Tay Am, Lac Thi, Van Loc, Hoa Lieu, Truc Dong, An Trang, Phu Ke, Nghia Xa, Dong Gioi and Cam Khe.',
            'The Commune Party Organisation has 38 grassroots Party cells with 1,537 members.',
            "Seat of the People's Council and People's Committee: Kinh Dien village.",
          ],
        },
        { heading: 'Economy' },
        'Agriculture remains the commune’s main strength, with two rice crops a year on about 2,280 ha, mostly of high-quality varieties, and a growing winter crop of potatoes, sweet corn, kohlrabi, cabbage, carrots and leafy greens. Three traditional craft villages – bamboo and rattan weaving in Truc Dong, incense making in Lac Thi and furniture making in Van Loc – employ about 1,450 workers. In 2025, average income per capita reached VND 72.5 million and the poverty rate fell to 0.62%.',
        { heading: 'Society and culture' },
        'The commune has four schools meeting national standards, a health station and a cultural house in each of its 12 villages. Its heritage includes Kinh Dien communal house, Quoc Tuan temple and Phuc Lam pagoda. Since 1 July 2025, Quoc Tuan has operated under the two-tier local government model directly under Hai Phong City; its Public Administrative Service Centre receives and handles administrative procedures for citizens and businesses.',
      ],
    },
  },
  {
    section: 'history',
    slug: 'lich-su',
    title: 'Lịch sử hình thành và truyền thống cách mạng',
    summary:
      'Vùng đất Quốc Tuấn được khai phá từ lâu đời, gắn với truyền thuyết về Hưng Đạo Đại Vương; trong hai cuộc kháng chiến, nhân dân xã đã đóng góp sức người, sức của, 412 người con đã hy sinh vì Tổ quốc.',
    body: [
      'Theo các cụ cao niên và thần tích còn lưu tại đình làng, vùng đất Quốc Tuấn ngày nay được các dòng họ từ vùng trên xuống khai phá từ khoảng thế kỷ XIII – XIV, đắp bờ, khơi mương, biến bãi sú vẹt ven sông thành những cánh đồng cấy lúa. Tương truyền, trong cuộc kháng chiến chống quân Nguyên – Mông, nghĩa quân của Hưng Đạo Đại Vương Trần Quốc Tuấn từng dừng chân, luyện quân tại gò đất cao đầu làng Kinh Điền; nhân dân lập đền thờ Ngài để ghi nhớ công ơn, và tên Ngài sau này được đặt cho xã.',
      { heading: 'Thời phong kiến và thời Pháp thuộc' },
      'Dưới triều Nguyễn, các làng của xã thuộc một tổng nằm ven sông, nhân dân sống chủ yếu bằng nghề cấy lúa, đan lát và làm hương. Thời Pháp thuộc, đời sống nhân dân cực khổ vì sưu cao, thuế nặng; nhiều người phải bỏ làng đi làm phu mỏ, phu đồn điền.',
      { heading: 'Trong hai cuộc kháng chiến' },
      'Hưởng ứng Cách mạng Tháng Tám năm 1945, nhân dân các làng đã nổi dậy giành chính quyền. Năm 1947, chi bộ Đảng đầu tiên của xã được thành lập tại thôn Kinh Điền với 5 đảng viên, lãnh đạo nhân dân xây dựng làng kháng chiến, đào hầm bí mật, nuôi giấu cán bộ. Trong kháng chiến chống Mỹ, cứu nước, hàng nghìn thanh niên của xã lên đường nhập ngũ; hợp tác xã nông nghiệp luôn hoàn thành nghĩa vụ lương thực với mức “thóc không thiếu một cân, quân không thiếu một người”.',
      'Qua các cuộc kháng chiến, toàn xã có 412 liệt sĩ, 186 thương binh, 14 Bà mẹ Việt Nam anh hùng. Nghĩa trang liệt sĩ xã là nơi giáo dục truyền thống cho các thế hệ hôm nay.',
      { heading: 'Thời kỳ đổi mới và sắp xếp đơn vị hành chính' },
      'Bước vào thời kỳ đổi mới, nhân dân Quốc Tuấn chuyển đổi cơ cấu cây trồng, khôi phục các nghề truyền thống, xây dựng nông thôn mới. Ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, xã Quốc Tuấn được tổ chức lại trên cơ sở hợp nhất xã Quốc Tuấn cũ với các xã lân cận, trực thuộc thành phố Hải Phòng. Tháng 8/2025, Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025–2030 thành công tốt đẹp, mở ra giai đoạn phát triển mới.',
    ],
    order: 2,
  },
  {
    section: 'natural_conditions',
    slug: 'dieu-kien-tu-nhien',
    title: 'Điều kiện tự nhiên',
    summary:
      'Xã nằm trên vùng đồng bằng châu thổ thấp, bằng phẳng, đất phù sa thích hợp trồng lúa và rau màu; khí hậu nhiệt đới gió mùa, chịu ảnh hưởng của mưa bão từ tháng 6 đến tháng 10.',
    body: [
      { heading: 'Vị trí địa lý' },
      'Xã Quốc Tuấn nằm trong khoảng 20°48′ – 20°52′ vĩ độ Bắc và 106°31′ – 106°35′ kinh độ Đông. Phía Bắc có sông Kinh Điền chảy qua làm ranh giới tự nhiên; phía Nam và phía Tây giáp các xã lân cận thuộc thành phố Hải Phòng; phía Đông giáp vùng đồng trũng ven đường trục liên xã. Hệ thống đường trục xã, đường liên thôn đã được bê tông hóa 100%, thuận lợi cho giao thương với trung tâm thành phố.',
      { heading: 'Địa hình, đất đai' },
      'Địa hình tương đối bằng phẳng, cao độ trung bình từ 0,8 đến 2,2 m, thấp dần từ Bắc xuống Nam. Đất đai chủ yếu là đất phù sa được bồi đắp, thành phần cơ giới thịt nhẹ đến thịt trung bình, rất thích hợp cho cây lúa và cây vụ đông. Một số xứ đồng trũng ở phía Nam thường bị ngập úng cục bộ khi có mưa lớn.',
      {
        list: [
          'Tổng diện tích tự nhiên: 2.638 ha.',
          'Đất nông nghiệp: 1.642 ha (62,2%), trong đó đất trồng lúa 1.186 ha, đất trồng cây hằng năm khác 164 ha, đất nuôi trồng thủy sản 212 ha.',
          'Đất phi nông nghiệp: 968 ha (36,7%), gồm đất ở, đất giao thông, thủy lợi, đất công trình công cộng.',
          'Đất chưa sử dụng: 28 ha (1,1%).',
        ],
      },
      { heading: 'Khí hậu, thủy văn' },
      'Khí hậu nhiệt đới gió mùa, có mùa đông lạnh. Nhiệt độ trung bình năm khoảng 23,5°C; lượng mưa trung bình 1.500 – 1.700 mm/năm, tập trung từ tháng 6 đến tháng 10; độ ẩm không khí trung bình 82 – 85%. Mùa đông thường có các đợt rét đậm, rét hại ảnh hưởng tới gieo cấy vụ Xuân; mùa hè chịu ảnh hưởng của bão và áp thấp nhiệt đới.',
      'Ngoài sông Kinh Điền, xã có hệ thống kênh tưới tiêu nội đồng dài trên 46 km cùng 5 trạm bơm điện do Hợp tác xã dịch vụ nông nghiệp quản lý, bảo đảm chủ động tưới tiêu cho trên 95% diện tích lúa.',
      { heading: 'Tài nguyên' },
      'Xã không có khoáng sản đáng kể. Tài nguyên chính là đất nông nghiệp màu mỡ, nguồn nước mặt dồi dào và nguồn lao động đông, cần cù, có tay nghề thủ công truyền thống.',
    ],
    order: 3,
  },
];
