import type { SeedPage } from '../../types';
import { boundaryGeoJson } from './boundary';

export const pages2: SeedPage[] = [
  {
    section: 'culture',
    slug: 'van-hoa',
    title: 'Văn hóa, lễ hội và di tích',
    summary:
      'Khánh Khê lưu giữ đậm nét văn hóa Tày, Nùng: nhà sàn, hát then, đàn tính, hát lượn, hát sli, Lễ hội Lồng tồng, nghề dệt thổ cẩm và các món ăn truyền thống; trên địa bàn có đình Nà Pàn và hang Khuổi Slẻ là những di tích tiêu biểu.',
    body: [
      'Với hơn 93% dân số là người Tày, Nùng, Khánh Khê là nơi lưu giữ nhiều giá trị văn hóa truyền thống đặc sắc. Các thôn vẫn giữ được nếp nhà sàn, nhà trình tường lợp ngói âm dương tựa lưng vào đồi, mặt hướng ra cánh đồng; mỗi bản đều có miếu thờ thổ công và những quy ước chung về bảo vệ rừng, nguồn nước.',
      { heading: 'Lễ hội truyền thống' },
      'Lễ hội Lồng tồng (xuống đồng) thôn Nà Pàn được tổ chức vào mùng 10 tháng Giêng hằng năm, gồm phần lễ cầu mùa tại đình Nà Pàn và phần hội với tung còn, kéo co, đẩy gậy, hát then, đàn tính. Ngoài ra, các thôn còn duy trì lễ cầu an đầu năm, lễ mừng cơm mới sau vụ mùa, tết Thanh minh, tết Đoan ngọ (mùng 5 tháng 5) và tết Slip slí (rằm tháng 7) – dịp con cháu tụ họp, làm bánh, mổ vịt cúng tổ tiên.',
      { heading: 'Dân ca, dân vũ' },
      {
        list: [
          'Hát then, đàn tính của người Tày – thành tố của di sản “Thực hành Then của người Tày, Nùng, Thái ở Việt Nam” được UNESCO ghi danh năm 2019;',
          'Hát lượn của người Tày và hát sli của người Nùng, thường được hát đối đáp nam nữ trong lễ hội, chợ phiên;',
          'Múa sư tử (mèo) của người Nùng trong dịp Tết và lễ hội đầu xuân.',
        ],
      },
      'Xã hiện có 12 đội văn nghệ quần chúng ở các thôn và một câu lạc bộ hát then, đàn tính với 26 thành viên, thường xuyên truyền dạy cho thanh thiếu niên.',
      { heading: 'Nghề truyền thống và ẩm thực' },
      'Nghề dệt thổ cẩm, nhuộm chàm, đan lát mây tre được duy trì ở các thôn Bản Chu, Pác Làng, Còn Pheo. Ẩm thực địa phương nổi tiếng với khâu nhục, vịt quay lá mắc mật, bánh chưng gù, xôi ngũ sắc, bánh gio, lạp sườn hun khói và rượu ngô men lá.',
      { heading: 'Di tích lịch sử – văn hóa' },
      {
        list: [
          'Đình Nà Pàn: dựng cuối thế kỷ XIX, thờ Thành hoàng và các vị có công khai phá đất bản; là nơi diễn ra Lễ hội Lồng tồng hằng năm;',
          'Hang Khuổi Slẻ: địa điểm nuôi giấu cán bộ, cất giữ lương thực trong kháng chiến chống thực dân Pháp, nơi thành lập chi bộ Đảng đầu tiên của vùng tháng 3/1947;',
          'Miếu Bản Chu và cây đa cổ thụ đầu bản – không gian sinh hoạt tín ngưỡng của cộng đồng.',
        ],
      },
      'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được triển khai sâu rộng; năm 2025, toàn xã có 88,4% hộ gia đình đạt danh hiệu “Gia đình văn hóa”, 17/21 thôn đạt danh hiệu “Thôn văn hóa”.',
    ],
    order: 4,
  },
  {
    section: 'organisation',
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức của hệ thống chính trị xã Khánh Khê',
    summary:
      'Hệ thống chính trị xã Khánh Khê gồm Đảng ủy xã, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị – xã hội, cùng các cơ quan chuyên môn và đơn vị thuộc UBND xã.',
    body: [
      'Thực hiện mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025, xã Khánh Khê là cấp chính quyền cơ sở trực tiếp gần dân, có HĐND và UBND, tổ chức và hoạt động theo Luật Tổ chức chính quyền địa phương năm 2025.',
      { heading: '1. Đảng ủy xã' },
      'Đảng ủy xã là cơ quan lãnh đạo của Đảng bộ xã giữa hai kỳ đại hội, gồm 15 ủy viên Ban Chấp hành, Ban Thường vụ gồm 5 đồng chí. Đảng ủy có chức năng lãnh đạo toàn diện các mặt công tác trên địa bàn; quyết định chủ trương, nhiệm vụ phát triển kinh tế – xã hội, quốc phòng, an ninh; lãnh đạo công tác xây dựng Đảng, công tác cán bộ và kiểm tra, giám sát đối với 28 chi bộ trực thuộc. Giúp việc Đảng ủy có Văn phòng Đảng ủy và các ban xây dựng Đảng.',
      { heading: '2. Hội đồng nhân dân xã' },
      'HĐND xã nhiệm kỳ 2026–2031 có 30 đại biểu, là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của Nhân dân. HĐND xã có nhiệm vụ, quyền hạn:',
      {
        list: [
          'Ban hành nghị quyết về các vấn đề thuộc nhiệm vụ, quyền hạn của xã; quyết định dự toán, phân bổ ngân sách xã và phê chuẩn quyết toán ngân sách;',
          'Quyết định kế hoạch phát triển kinh tế – xã hội, kế hoạch đầu tư công, các biện pháp bảo đảm quốc phòng, an ninh trên địa bàn;',
          'Bầu, miễn nhiệm, bãi nhiệm Chủ tịch, Phó Chủ tịch HĐND, Trưởng ban, Phó Trưởng ban của HĐND; Chủ tịch, Phó Chủ tịch và Ủy viên UBND xã; lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu;',
          'Giám sát việc tuân theo Hiến pháp, pháp luật và việc thực hiện nghị quyết của HĐND xã.',
        ],
      },
      'Thường trực HĐND gồm Chủ tịch, Phó Chủ tịch và các Ủy viên là Trưởng ban. HĐND xã có 2 Ban: Ban Kinh tế – Ngân sách và Ban Văn hóa – Xã hội.',
      { heading: '3. Ủy ban nhân dân xã' },
      'UBND xã do HĐND xã bầu, là cơ quan chấp hành của HĐND, cơ quan hành chính nhà nước ở địa phương, gồm Chủ tịch, 2 Phó Chủ tịch và các Ủy viên. UBND xã tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của HĐND; quản lý nhà nước trên các lĩnh vực kinh tế, đất đai, tài nguyên, văn hóa, giáo dục, y tế, xã hội, quốc phòng, an ninh trên địa bàn; giải quyết thủ tục hành chính thuộc thẩm quyền. Các cơ quan, đơn vị thuộc UBND xã:',
      {
        list: [
          'Văn phòng HĐND và UBND xã: tham mưu tổng hợp, phục vụ hoạt động của HĐND, UBND; công tác văn thư, lưu trữ, tiếp công dân, tư pháp – hộ tịch, thống kê, quản trị Trang thông tin điện tử xã;',
          'Phòng Kinh tế: tham mưu quản lý nhà nước về nông, lâm nghiệp, đất đai, môi trường, xây dựng, giao thông, tài chính – kế hoạch, phòng, chống thiên tai;',
          'Phòng Văn hóa – Xã hội: tham mưu về văn hóa, thông tin cơ sở, giáo dục, y tế, lao động, người có công, bảo trợ xã hội, dân tộc, tôn giáo;',
          'Trung tâm Phục vụ hành chính công xã: tiếp nhận, số hóa hồ sơ, trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.',
        ],
      },
      'Trên địa bàn còn có Công an xã, Ban Chỉ huy Quân sự xã (thực hiện nhiệm vụ bảo đảm an ninh, trật tự và quốc phòng theo quy định của pháp luật chuyên ngành), Trạm Y tế xã và các trường học.',
      { heading: '4. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể' },
      'Ủy ban MTTQ Việt Nam xã là tổ chức liên minh chính trị, liên hiệp tự nguyện, có nhiệm vụ tập hợp, xây dựng khối đại đoàn kết toàn dân tộc; đại diện, bảo vệ quyền và lợi ích hợp pháp của Nhân dân; giám sát, phản biện xã hội; tham gia xây dựng Đảng, chính quyền. Các tổ chức chính trị – xã hội gồm Đoàn Thanh niên Cộng sản Hồ Chí Minh, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh hoạt động dưới sự chủ trì, điều phối của Ủy ban MTTQ xã, tuyên truyền, vận động đoàn viên, hội viên thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      { heading: '5. Thôn' },
      'Xã có 21 thôn. Thôn là tổ chức tự quản của cộng đồng dân cư, có trưởng thôn do Nhân dân bầu, chi bộ thôn và ban công tác Mặt trận thôn; thực hiện dân chủ ở cơ sở, hương ước, quy ước và phối hợp với chính quyền xã trong mọi mặt công tác.',
    ],
    order: 5,
    en: {
      slug: 'organisation',
      title: 'Organisational Structure of Khanh Khe Commune',
      summary:
        "The political system of Khanh Khe Commune consists of the Commune Party Committee, the People's Council, the People's Committee, the Committee of the Viet Nam Fatherland Front and the socio-political organisations, together with the specialised divisions and units of the People's Committee.",
      body: [
        "Under the two-tier local government model in force since 1 July 2025, Khanh Khe is the grassroots level of local government, closest to the people. It has a People's Council and a People's Committee, organised and operating under the Law on the Organisation of Local Government of 2025.",
        { heading: '1. Commune Party Committee' },
        'The Commune Party Committee leads the Commune Party Organisation between two congresses. It has 15 members, and its Standing Board has 5 members. It provides overall leadership of all fields of work in the commune: it decides on policies and tasks for socio-economic development, defence and security, and directs Party building, personnel work, inspection and supervision of its 28 affiliated Party cells. It is assisted by the Party Committee Office and the Party-building boards.',
        { heading: "2. Commune People's Council" },
        "The People's Council for the 2026–2031 term has 30 deputies. It is the local organ of state power, representing the will, aspirations and mastery of the people. Its tasks and powers include:",
        {
          list: [
            'Adopting resolutions on matters within the competence of the commune; deciding the commune budget estimate and allocation and approving the final accounts;',
            'Deciding the socio-economic development plan, the public investment plan and measures for defence and security in the commune;',
            "Electing, dismissing and removing the Chairperson and Vice Chairperson of the Council and the heads of its committees, and the Chairperson, Vice Chairpersons and members of the People's Committee; holding votes of confidence;",
            "Supervising compliance with the Constitution and the law and the implementation of the Council's resolutions.",
          ],
        },
        'The Standing Board of the Council comprises the Chairperson, the Vice Chairperson and the heads of its two committees: the Economic and Budget Committee and the Cultural and Social Committee.',
        { heading: "3. Commune People's Committee" },
        "Elected by the People's Council, the People's Committee is its executive body and the local state administrative authority. It consists of the Chairperson, two Vice Chairpersons and members. It implements the Constitution, the law and the resolutions of the Council; carries out state management of the economy, land, natural resources, culture, education, health, social affairs, defence and security in the commune; and settles administrative procedures within its competence. Its divisions and units are:",
        {
          list: [
            "Office of the People's Council and People's Committee: general advice and support, records and archives, citizen reception, justice and civil status, statistics, administration of the commune website;",
            'Economic Division: agriculture and forestry, land, environment, construction, transport, finance and planning, natural disaster prevention;',
            'Culture and Social Affairs Division: culture and grassroots information, education, health, labour, people with meritorious services, social protection, ethnic and religious affairs;',
            'Public Administration Service Centre: receiving and digitising applications and returning results of administrative procedures under the one-stop-shop mechanism.',
          ],
        },
        'The Commune Police and the Commune Military Command ensure security, order and defence under the relevant laws; the commune also has a health station and schools.',
        { heading: '4. Viet Nam Fatherland Front and socio-political organisations' },
        "The Commune Committee of the Viet Nam Fatherland Front is a political alliance and voluntary union that builds national unity, represents and protects the legitimate rights and interests of the people, and carries out supervision and social criticism. The Ho Chi Minh Communist Youth Union, the Women's Union, the Farmers' Association and the Veterans' Association operate under the coordination of the Front, mobilising their members to implement the policies of the Party and the laws of the State.",
        { heading: '5. Villages' },
        'The commune has 21 villages. A village is a self-governing community with a village head elected by residents, a Party cell and a Front working committee; it practises grassroots democracy, follows village conventions and works with the commune authorities in all fields.',
      ],
    },
  },
  {
    section: 'boundary_map',
    slug: 'ban-do-dia-gioi',
    title: 'Bản đồ địa giới hành chính xã Khánh Khê',
    summary:
      'Địa giới hành chính xã Khánh Khê được xác định từ ngày 01/7/2025, diện tích tự nhiên 96,42 km², gồm 21 thôn phân bố theo ba cụm dân cư dọc sông Khuổi Khê và các thung lũng phía Bắc, phía Tây.',
    body: [
      'Địa giới hành chính xã Khánh Khê được xác định theo kết quả sắp xếp đơn vị hành chính cấp xã của tỉnh Lạng Sơn năm 2025. Hồ sơ địa giới, bản đồ địa giới hành chính được lưu giữ tại UBND xã và các cơ quan có thẩm quyền theo quy định.',
      { heading: 'Vị trí và ranh giới' },
      {
        list: [
          'Phía Bắc: ranh giới chạy theo đường phân thủy dãy Khau Slưa, giáp các xã lân cận thuộc tỉnh Lạng Sơn;',
          'Phía Nam: ranh giới đi qua khu vực rừng thông Pác Làng và hạ lưu sông Khuổi Khê;',
          'Phía Đông: ranh giới chủ yếu theo các dãy đồi thấp trồng hồi, thông;',
          'Phía Tây: ranh giới theo khối núi đá vôi và thung lũng Lũng Cà.',
        ],
      },
      'Tọa độ địa lý: từ 21°49′ đến 21°56′ vĩ độ Bắc, từ 106°28′ đến 106°36′ kinh độ Đông; chiều dài theo hướng Bắc – Nam khoảng 13 km, chiều rộng theo hướng Đông – Tây khoảng 11 km.',
      { heading: 'Các thôn trực thuộc' },
      'Xã Khánh Khê có 21 thôn, phân bố thành ba cụm dân cư:',
      {
        list: [
          'Cụm trung tâm (dọc sông Khuổi Khê): Nà Pàn, Bản Chu, Nà Lùng, Bản Nầng, Nà Cạn, Nà Tèo, Bản Làn;',
          'Cụm phía Bắc: Khuổi Cáp, Khuổi Slẻ, Khuổi Phầy, Khuổi Mò, Kéo Coọng, Nà Phặc;',
          'Cụm phía Nam và phía Tây: Pác Làng, Còn Pheo, Nà Thàm, Bản Tẳng, Pò Đứa, Bản Hẩu, Nà Khau, Lũng Cà.',
        ],
      },
      { heading: 'Hạ tầng giao thông chính' },
      'Tuyến đường tỉnh chạy qua trung tâm xã theo hướng Đông – Tây; hệ thống đường liên thôn đã được cứng hóa đến trung tâm 21/21 thôn. Trụ sở Đảng ủy, HĐND, UBND xã, Trung tâm Phục vụ hành chính công, Trạm Y tế và chợ Nà Pàn tập trung tại thôn Nà Pàn.',
      'Bản đồ trên trang có tính chất minh họa, phục vụ tra cứu thông tin. Khi cần sử dụng bản đồ địa giới hành chính cho mục đích pháp lý, tổ chức, cá nhân liên hệ Văn phòng HĐND và UBND xã hoặc Phòng Kinh tế xã để được hướng dẫn.',
    ],
    order: 6,
    mapGeoJson: boundaryGeoJson,
  },
];
