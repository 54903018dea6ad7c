import type { SeedPage } from '../../types';

export const pages1: SeedPage[] = [
  {
    section: 'overview',
    slug: 'tong-quan',
    title: 'Tổng quan về xã Khánh Khê',
    summary:
      'Khánh Khê là xã miền núi của tỉnh Lạng Sơn, diện tích tự nhiên 96,42 km², dân số 9.860 người với 21 thôn; đồng bào Tày, Nùng chiếm trên 93% dân số; kinh tế chủ yếu dựa vào cây hồi, rừng trồng và nông nghiệp.',
    body: [
      'Xã Khánh Khê được thành lập ngày 01/7/2025 trên cơ sở sắp xếp đơn vị hành chính cấp xã của tỉnh Lạng Sơn, khi mô hình chính quyền địa phương hai cấp chính thức đi vào hoạt động. Trụ sở Đảng ủy, HĐND, UBND xã đặt tại thôn Nà Pàn, cách trung tâm hành chính tỉnh Lạng Sơn khoảng 42 km theo đường tỉnh.',
      { heading: 'Những con số cơ bản' },
      {
        list: [
          'Diện tích tự nhiên: 96,42 km²; trong đó đất có rừng 6.245 ha, tỷ lệ che phủ rừng 64,8%;',
          'Dân số (31/12/2025): 9.860 người, 2.415 hộ; mật độ khoảng 102 người/km²;',
          'Thành phần dân tộc: Tày 58,6%, Nùng 35,2%, Kinh 5,4%, các dân tộc khác (Dao, Hoa, Sán Chay) 0,8%;',
          'Đơn vị hành chính trực thuộc: 21 thôn;',
          'Đảng bộ xã có 28 chi bộ trực thuộc với 612 đảng viên;',
          'Thu nhập bình quân đầu người năm 2025: 42,5 triệu đồng; tỷ lệ hộ nghèo cuối năm 2025: 6,8%.',
        ],
      },
      { heading: 'Kinh tế' },
      'Kinh tế của xã dựa chủ yếu vào sản xuất nông, lâm nghiệp. Cây hồi là cây trồng chủ lực với khoảng 1.850 ha cho thu hoạch, sản lượng quả tươi hằng năm trên 3.000 tấn; bên cạnh đó là rừng thông, rừng keo, cây lúa, ngô và chăn nuôi trâu, bò, lợn đen, gà đồi. Các sản phẩm tiêu biểu gồm hoa hồi, tinh dầu hồi, mật ong rừng, thổ cẩm Tày, Nùng. Chợ phiên Nà Pàn họp vào các ngày 4, 9, 14, 19, 24, 29 âm lịch, là nơi giao thương chính của bà con trong vùng.',
      { heading: 'Văn hóa – xã hội' },
      'Toàn xã có 1 trường mầm non, 1 trường tiểu học, 1 trường trung học cơ sở với các điểm trường ở thôn; Trạm Y tế xã đạt Bộ tiêu chí quốc gia về y tế xã. 100% thôn có nhà văn hóa, đường ô tô đến trung tâm thôn và có sóng điện thoại di động. Đời sống văn hóa tinh thần phong phú với hát then, đàn tính, hát lượn, hát sli và Lễ hội Lồng tồng thôn Nà Pàn được tổ chức hằng năm vào mùng 10 tháng Giêng.',
      { heading: 'Định hướng phát triển' },
      'Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025–2030 xác định phát triển kinh tế đồi rừng gắn với vùng hồi tập trung là khâu đột phá; đẩy mạnh chuyển đổi số trong hoạt động của chính quyền và phục vụ người dân; giữ gìn bản sắc văn hóa dân tộc gắn với phát triển du lịch cộng đồng; bảo đảm quốc phòng, an ninh vững chắc.',
    ],
    order: 1,
    en: {
      slug: 'overview',
      title: 'Overview of Khanh Khe Commune',
      summary:
        'Khanh Khe is a mountainous commune of Lang Son Province covering 96.42 km² with 9,860 inhabitants in 21 villages. More than 93% of the population are Tay and Nung people; the local economy relies on star anise, planted forests and farming.',
      body: [
        'Khanh Khe Commune was established on 1 July 2025 as part of the reorganisation of commune-level administrative units of Lang Son Province, when the two-tier local government model came into operation. The Commune Party Committee, People’s Council and People’s Committee are based in Na Pan village, about 42 km by provincial road from the provincial administrative centre.',
        { heading: 'Key figures' },
        {
          list: [
            'Natural area: 96.42 km², of which 6,245 ha are forested (forest cover of 64.8%);',
            'Population (31 December 2025): 9,860 people in 2,415 households; density about 102 people per km²;',
            'Ethnic composition: Tay 58.6%, Nung 35.2%, Kinh 5.4%, other groups (Dao, Hoa, San Chay) 0.8%;',
            'Administrative subdivisions: 21 villages;',
            'Average income per capita in 2025: VND 42.5 million; poor household rate at the end of 2025: 6.8%.',
          ],
        },
        { heading: 'Economy' },
        'Agriculture and forestry are the backbone of the local economy. Star anise is the main crop, with about 1,850 ha being harvested and more than 3,000 tonnes of fresh fruit a year. Pine and acacia forests, rice, maize and livestock complete the picture. Typical local products include star anise, star anise essential oil, wild honey and Tay and Nung brocade. Na Pan market, held six times a lunar month, is the main trading place of the area.',
        { heading: 'Society and culture' },
        'The commune has a kindergarten, a primary school and a lower secondary school with satellite classrooms in the villages, and a health station meeting the national standards. Every village has a cultural house, road access and mobile coverage. Then singing with the tinh lute, luon and sli songs, and the Long Tong (going-to-the-fields) festival held in Na Pan village on the 10th day of the first lunar month are the highlights of local cultural life.',
        { heading: 'Development priorities' },
        'For the 2025–2030 term, the commune focuses on developing a concentrated star anise growing area, digital transformation of local government and public services, preserving ethnic cultural identity in connection with community-based tourism, and maintaining defence and security.',
      ],
    },
  },
  {
    section: 'history',
    slug: 'lich-su',
    title: 'Lịch sử hình thành và truyền thống cách mạng',
    summary:
      'Vùng đất Khánh Khê có lịch sử cư trú lâu đời của đồng bào Tày, Nùng; là địa bàn hoạt động cách mạng từ những năm 1940 và được thành lập theo địa giới mới từ ngày 01/7/2025.',
    body: [
      'Theo lời kể của các bậc cao niên và gia phả một số dòng họ Hoàng, Nông, Lộc, Vi, Lương, người Tày đã khai phá các thung lũng ven sông Khuổi Khê từ nhiều thế kỷ trước, dựng bản ở những nơi có nguồn nước, đắp phai, đào mương dẫn nước làm ruộng bậc thang. Người Nùng đến sau, phần lớn định cư ở sườn núi, các thung lũng hẹp phía Bắc và phía Tây. Tên gọi các thôn như Nà Pàn, Nà Lùng (“nà” là ruộng), Khuổi Cáp, Khuổi Slẻ (“khuổi” là suối), Pác Làng (“pác” là cửa, miệng) phản ánh rõ cách người xưa gắn bản làng với ruộng đồng và nguồn nước.',
      { heading: 'Thời kỳ phong kiến và thuộc Pháp' },
      'Dưới thời phong kiến và thời Pháp thuộc, vùng đất này thuộc châu Văn Quan, trấn (sau là tỉnh) Lạng Sơn. Người dân sống chủ yếu bằng nghề làm ruộng, trồng hồi, khai thác lâm sản; đời sống cực khổ dưới ách sưu thuế của chính quyền thực dân và chế độ thổ ty.',
      { heading: 'Truyền thống cách mạng' },
      'Từ cuối những năm 1930, các hạt giống cách mạng đã được gieo tới vùng này qua con đường buôn bán và quan hệ họ hàng với các địa phương lân cận. Năm 1945, Nhân dân các bản nổi dậy cùng cả tỉnh giành chính quyền. Trong kháng chiến chống thực dân Pháp, hang Khuổi Slẻ là nơi cất giấu lương thực, vũ khí và nuôi giấu cán bộ; tháng 3/1947, chi bộ Đảng đầu tiên của vùng được thành lập tại đây với 5 đảng viên. Bà con các dân tộc đã đóng góp hàng nghìn ngày công dân công, hàng chục tấn lương thực phục vụ các chiến dịch trên tuyến biên giới.',
      'Trong kháng chiến chống Mỹ, cứu nước, hàng trăm người con của quê hương đã lên đường nhập ngũ, 37 người đã anh dũng hy sinh. Năm 1979, Nhân dân trong xã tích cực đón nhận, cưu mang đồng bào các xã biên giới sơ tán và tham gia phục vụ chiến đấu bảo vệ biên giới phía Bắc của Tổ quốc.',
      { heading: 'Thời kỳ đổi mới và sắp xếp đơn vị hành chính' },
      'Thời kỳ đổi mới, cây hồi được phục hồi và mở rộng, trở thành nguồn thu chính giúp nhiều hộ thoát nghèo; hệ thống điện, đường, trường, trạm từng bước được đầu tư. Ngày 01/7/2025, xã Khánh Khê mới chính thức hoạt động trên cơ sở sắp xếp xã Khánh Khê (cũ) với các xã lân cận, có 21 thôn. Tháng 8/2025, Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025–2030 được tổ chức thành công, mở ra giai đoạn phát triển mới.',
      'Ghi nhận những đóng góp trong các cuộc kháng chiến và sự nghiệp xây dựng quê hương, Nhân dân và lực lượng vũ trang địa phương đã được Đảng, Nhà nước tặng thưởng nhiều Huân chương, Bằng khen; 14 bà mẹ được truy tặng, phong tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”.',
    ],
    order: 2,
  },
  {
    section: 'natural_conditions',
    slug: 'dieu-kien-tu-nhien',
    title: 'Điều kiện tự nhiên',
    summary:
      'Khánh Khê có địa hình đồi núi thấp và trung bình, khí hậu nhiệt đới gió mùa có mùa đông lạnh, mạng lưới sông suối dày, đất đồi thích hợp với cây hồi và rừng trồng.',
    body: [
      { heading: 'Vị trí địa lý' },
      'Xã Khánh Khê nằm ở khu vực trung tâm phía Tây của tỉnh Lạng Sơn, trong khoảng từ 21°49′ đến 21°56′ vĩ độ Bắc và từ 106°28′ đến 106°36′ kinh độ Đông. Tuyến đường tỉnh chạy qua trung tâm xã nối với trung tâm hành chính tỉnh, thuận lợi cho giao thương hàng hóa, nhất là nông, lâm sản.',
      { heading: 'Địa hình' },
      'Địa hình xã chủ yếu là đồi núi, độ cao trung bình từ 300 đến 550 m so với mực nước biển, thấp dần từ Bắc xuống Nam. Điểm cao nhất là đỉnh Khau Slưa (826 m) ở phía Bắc. Xen giữa các dãy đồi là những thung lũng nhỏ, bằng phẳng dọc sông Khuổi Khê và suối Nà Lùng – nơi tập trung ruộng lúa và khu dân cư. Phía Tây có một số khối núi đá vôi với nhiều hang động.',
      { heading: 'Khí hậu' },
      'Khánh Khê mang đặc trưng khí hậu nhiệt đới gió mùa vùng núi phía Bắc, chia hai mùa rõ rệt. Mùa hè nóng ẩm, mưa nhiều từ tháng 5 đến tháng 9; mùa đông lạnh, khô từ tháng 11 đến tháng 3 năm sau, có năm xuất hiện sương muối và băng giá trên các đỉnh núi cao. Nhiệt độ trung bình năm khoảng 21°C; lượng mưa trung bình 1.450 mm/năm; độ ẩm không khí trung bình 82%.',
      { heading: 'Thủy văn' },
      'Sông Khuổi Khê chảy qua địa bàn xã khoảng 14 km theo hướng Bắc – Nam, cùng với suối Nà Lùng và hàng chục khe suối nhỏ tạo nên mạng lưới thủy văn khá dày, cung cấp nước tưới cho phần lớn diện tích lúa. Hồ Bản Nầng có dung tích khoảng 0,9 triệu m³, tưới cho gần 120 ha lúa hai vụ. Về mùa mưa, các suối dốc dễ gây lũ quét cục bộ; về mùa khô, một số thôn vùng cao thiếu nước sinh hoạt.',
      { heading: 'Tài nguyên đất và rừng' },
      {
        list: [
          'Đất nông nghiệp chiếm khoảng 89% diện tích tự nhiên, chủ yếu là đất lâm nghiệp; đất trồng lúa khoảng 620 ha;',
          'Đất feralit đỏ vàng trên đá phiến và sa thạch, tầng dày, thích hợp với cây hồi, thông, keo và cây ăn quả;',
          'Rừng: 6.245 ha đất có rừng, gồm rừng sản xuất (hồi, thông, keo) và rừng phòng hộ đầu nguồn ở khu vực Khau Slưa;',
          'Khoáng sản: chủ yếu là đá vôi làm vật liệu xây dựng thông thường, trữ lượng nhỏ.',
        ],
      },
      'Điều kiện tự nhiên tạo cho Khánh Khê lợi thế phát triển kinh tế đồi rừng, chăn nuôi đại gia súc và du lịch sinh thái gắn với cảnh quan ruộng bậc thang, rừng hồi; đồng thời đặt ra yêu cầu chủ động phòng, chống thiên tai, bảo vệ rừng và nguồn nước.',
    ],
    order: 3,
  },
];
