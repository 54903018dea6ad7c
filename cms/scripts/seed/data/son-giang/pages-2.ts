import type { SeedPage } from '../../types';
import { boundaryGeoJson } from './boundary';

export const pages2: SeedPage[] = [
  {
    section: 'culture',
    slug: 'van-hoa',
    title: 'Văn hóa, lễ hội và con người',
    summary:
      'Sơn Giang lưu giữ những giá trị văn hóa đặc trưng của xứ Nghệ: làn điệu Ví, Giặm, đình làng, lễ hội cầu an đầu năm, hội đua thuyền trên sông Ngàn Phố và nếp sống hiếu học.',
    body: [
      'Người Sơn Giang nổi tiếng cần cù, chịu thương chịu khó, trọng tình nghĩa và hiếu học. Hằng năm, xã có hàng chục học sinh đỗ vào các trường đại học; nhiều dòng họ duy trì quỹ khuyến học, khen thưởng con cháu học giỏi vào dịp đầu xuân.',
      { heading: 'Di tích lịch sử – văn hóa' },
      {
        list: [
          'Đình Trung Lưu: ngôi đình cổ kiến trúc gỗ lim, mái ngói mũi hài, là nơi thờ Thành hoàng làng, được xếp hạng di tích lịch sử – văn hóa cấp tỉnh;',
          'Chùa Tĩnh Quang (thôn Kim Lộc): ngôi chùa nhỏ bên đồi thông, được Nhân dân tu bổ, là nơi sinh hoạt tín ngưỡng của bà con Phật tử trong vùng;',
          'Bến đò Phú Thượng: địa điểm trung chuyển hàng hóa trong kháng chiến chống Mỹ, nay đã có bia ghi dấu;',
          'Nghĩa trang liệt sĩ xã: nơi an nghỉ của 214 anh hùng liệt sĩ.',
        ],
      },
      { heading: 'Lễ hội và sinh hoạt văn hóa' },
      'Đầu xuân, các thôn tổ chức lễ cầu an, cầu mùa tại đình làng, sau phần lễ là các trò chơi dân gian như kéo co, đánh đu, cờ người. Dịp Quốc khánh 2/9, xã tổ chức hội đua thuyền trên sông Ngàn Phố với sự tham gia của các đội thuyền đến từ các thôn ven sông, thu hút hàng nghìn người xem.',
      'Dân ca Ví, Giặm Nghệ Tĩnh – Di sản văn hóa phi vật thể đại diện của nhân loại được UNESCO ghi danh năm 2014 – vẫn được người Sơn Giang gìn giữ qua các câu lạc bộ ở thôn. Những câu hò ví đò đưa, ví phường vải thường vang lên trong đêm hội làng, ngày khánh thành nhà văn hóa hay giao lưu giữa các thôn.',
      { heading: 'Ẩm thực và sản vật' },
      'Sản vật nổi tiếng của xã là cam, bưởi trồng trên đất bãi ven sông, nhung hươu của các hộ nuôi hươu sao, mật ong rừng. Những món ăn dân dã như cá sông kho niêu đất, cháo canh, bánh đúc, chè xanh nấu là hương vị quen thuộc níu chân người đi xa.',
      { heading: 'Xây dựng đời sống văn hóa' },
      'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được triển khai sâu rộng; năm 2025, 92,4% hộ gia đình đạt danh hiệu gia đình văn hóa, 15/15 thôn có nhà văn hóa và khu thể thao. Việc cưới, việc tang, lễ hội được thực hiện theo nếp sống văn minh, tiết kiệm.',
    ],
    order: 4,
  },
  {
    section: 'organisation',
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    summary:
      'Hệ thống chính trị xã Sơn Giang gồm Đảng ủy xã, HĐND xã, UBND xã, Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị – xã hội, tổ chức theo mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025.',
    body: [
      'Từ ngày 01/7/2025, chính quyền địa phương xã Sơn Giang gồm Hội đồng nhân dân và Ủy ban nhân dân xã, trực thuộc tỉnh Hà Tĩnh. Dưới đây là chức năng, nhiệm vụ, quyền hạn chủ yếu của các cơ quan, tổ chức trong hệ thống chính trị của xã.',
      { heading: '1. Đảng ủy xã' },
      'Đảng ủy xã là cơ quan lãnh đạo của Đảng bộ xã giữa hai kỳ đại hội; lãnh đạo toàn diện các mặt chính trị, kinh tế, văn hóa, xã hội, quốc phòng, an ninh và công tác xây dựng Đảng, xây dựng hệ thống chính trị trên địa bàn. Giúp việc cho Đảng ủy có Văn phòng Đảng ủy, Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy và Trung tâm Chính trị xã. Bí thư Đảng ủy: ông Trần Quốc Hưng.',
      { heading: '2. Hội đồng nhân dân xã' },
      'HĐND xã là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của Nhân dân; quyết định các vấn đề của địa phương như dự toán và phân bổ ngân sách, kế hoạch phát triển kinh tế – xã hội, chính sách hỗ trợ phát triển sản xuất; bầu, miễn nhiệm các chức danh của HĐND, UBND; giám sát việc tuân theo Hiến pháp, pháp luật và việc thực hiện nghị quyết của HĐND. HĐND xã nhiệm kỳ 2026–2031 có 30 đại biểu; Thường trực HĐND gồm Chủ tịch, Phó Chủ tịch và Trưởng các Ban; có 02 Ban là Ban Kinh tế – Ngân sách và Ban Văn hóa – Xã hội. Chủ tịch HĐND xã: bà Nguyễn Thị Thanh Hà.',
      { heading: '3. Ủy ban nhân dân xã' },
      'UBND xã là cơ quan chấp hành của HĐND, cơ quan hành chính nhà nước ở địa phương; tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của HĐND; quản lý nhà nước trên các lĩnh vực kinh tế, đất đai, xây dựng, tài nguyên – môi trường, văn hóa, giáo dục, y tế, lao động – xã hội, tư pháp, hộ tịch; giải quyết thủ tục hành chính cho người dân, doanh nghiệp; bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội. UBND xã gồm Chủ tịch (ông Lê Đình Phúc), 02 Phó Chủ tịch và các Ủy viên.',
      'Các cơ quan chuyên môn và đơn vị thuộc UBND xã:',
      {
        list: [
          'Văn phòng HĐND và UBND xã: tham mưu tổng hợp, điều phối hoạt động của HĐND, UBND; quản lý văn thư, lưu trữ, tiếp công dân, công nghệ thông tin và Trang thông tin điện tử xã;',
          'Phòng Kinh tế: tham mưu quản lý nhà nước về nông nghiệp, lâm nghiệp, đất đai, môi trường, xây dựng, giao thông, công thương, tài chính – ngân sách;',
          'Phòng Văn hóa – Xã hội: tham mưu về văn hóa, thể thao, du lịch, thông tin cơ sở, giáo dục, y tế, lao động, người có công, bảo trợ xã hội, nội vụ;',
          'Trung tâm Phục vụ hành chính công xã: tiếp nhận, trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; hướng dẫn, hỗ trợ người dân sử dụng dịch vụ công trực tuyến;',
          'Công an xã và Ban Chỉ huy Quân sự xã: tham mưu, thực hiện nhiệm vụ bảo đảm an ninh, trật tự và quốc phòng, quân sự địa phương.',
        ],
      },
      { heading: '4. Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị – xã hội' },
      'Ủy ban MTTQ Việt Nam xã là tổ chức liên minh chính trị, liên hiệp tự nguyện, tập hợp và phát huy sức mạnh khối đại đoàn kết toàn dân tộc; đại diện, bảo vệ quyền và lợi ích hợp pháp của Nhân dân; thực hiện giám sát, phản biện xã hội; tham gia xây dựng Đảng, chính quyền. Các tổ chức chính trị – xã hội gồm Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ và Đoàn Thanh niên Cộng sản Hồ Chí Minh xã hoạt động dưới sự chủ trì, hiệp thương, phối hợp của Ủy ban MTTQ. Chủ tịch Ủy ban MTTQ Việt Nam xã: bà Võ Thị Lan.',
      { heading: '5. Thôn' },
      'Xã có 15 thôn; mỗi thôn có chi bộ, Trưởng thôn, Ban công tác Mặt trận và các chi hội đoàn thể, là nơi Nhân dân trực tiếp thực hiện dân chủ ở cơ sở, tham gia xây dựng và giám sát hoạt động của chính quyền.',
    ],
    order: 5,
    en: {
      slug: 'organisation',
      title: 'Organisational Structure',
      summary:
        "The political system of Son Giang Commune comprises the Commune Party Committee, the People's Council, the People's Committee, the Vietnam Fatherland Front Committee and the socio-political organisations, organised under the two-tier local government model since 1 July 2025.",
      body: [
        "Since 1 July 2025, the local government of Son Giang Commune has consisted of the Commune People's Council and the Commune People's Committee, reporting directly to Ha Tinh Province. The main functions, tasks and powers of each body are summarised below.",
        { heading: '1. Commune Party Committee' },
        'The Party Committee leads the Commune Party Organisation between congresses and provides overall leadership on political, economic, cultural, social, defence and security matters, as well as Party building. It is supported by the Party Committee Office, the Party Building Board, the Inspection Commission and the Commune Political Centre. Secretary: Mr Tran Quoc Hung.',
        { heading: "2. Commune People's Council" },
        "The People's Council is the local organ of state power, representing the will and aspirations of the people. It decides on the local budget, socio-economic development plans and local support policies; elects and dismisses the leaders of the Council and the People's Committee; and supervises compliance with the Constitution, the law and its own resolutions. The Council for the 2026–2031 term has 30 deputies, a Standing Committee and two boards: the Economic and Budget Board and the Cultural and Social Affairs Board. Chairwoman: Ms Nguyen Thi Thanh Ha.",
        { heading: "3. Commune People's Committee" },
        "The People's Committee is the executive body of the People's Council and the local state administrative body. It implements the Constitution, laws and Council resolutions; carries out state management of the economy, land, construction, environment, culture, education, health, labour and social affairs, justice and civil status; settles administrative procedures for citizens and businesses; and maintains defence, security and public order. It consists of the Chairman (Mr Le Dinh Phuc), two Vice Chairs and members.",
        {
          list: [
            "Office of the People's Council and People's Committee: general advice and coordination, records and archives, citizen reception, information technology and the commune website;",
            'Economic Division: agriculture, forestry, land, environment, construction, transport, trade, finance and budget;',
            'Culture and Social Affairs Division: culture, sports, tourism, grassroots information, education, health, labour, people with meritorious services, social protection and internal affairs;',
            'Public Administrative Service Centre: one-stop reception and return of administrative procedure results, and support for online public services;',
            'Commune Police and Commune Military Command: public security, order, local defence and military affairs.',
          ],
        },
        { heading: '4. Vietnam Fatherland Front Committee and socio-political organisations' },
        "The Fatherland Front Committee brings together and strengthens the great national unity bloc, represents and protects the lawful rights and interests of the people, and carries out social supervision and critique. The Veterans' Association, Farmers' Association, Women's Union and Ho Chi Minh Communist Youth Union operate under its coordination. Chairwoman: Ms Vo Thi Lan.",
        { heading: '5. Villages' },
        'The commune has 15 villages (thôn). Each has a Party cell, a village head, a Front working committee and branches of the mass organisations, through which residents exercise grassroots democracy.',
      ],
    },
  },
  {
    section: 'boundary_map',
    slug: 'ban-do-dia-gioi',
    title: 'Bản đồ địa giới hành chính',
    summary:
      'Địa giới hành chính xã Sơn Giang được xác định theo nghị quyết sắp xếp đơn vị hành chính năm 2025, có diện tích tự nhiên 58,73 km² với 15 thôn, sông Ngàn Phố là ranh giới tự nhiên một phần phía Đông Nam.',
    body: [
      'Địa giới hành chính xã Sơn Giang được xác định theo nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Hà Tĩnh năm 2025. Tổng diện tích tự nhiên 58,73 km², chiều dài theo hướng Tây – Đông khoảng 10,5 km, chiều rộng theo hướng Bắc – Nam khoảng 7 km.',
      { heading: 'Tứ cận' },
      {
        list: [
          'Phía Bắc: giáp các xã vùng đồi phía Bắc, ranh giới chạy theo đường phân thủy của dãy đồi Động Chùa;',
          'Phía Nam và Đông Nam: ranh giới tự nhiên là dòng chính sông Ngàn Phố trên chiều dài khoảng 4 km, sau đó men theo bờ khe Trạng;',
          'Phía Đông: giáp các xã vùng hạ lưu sông Ngàn Phố;',
          'Phía Tây: giáp vùng đồi rừng phía thượng lưu, ranh giới theo tuyến đường lâm nghiệp và các mốc địa giới đã được cắm.',
        ],
      },
      { heading: 'Phân bố dân cư' },
      'Các thôn Tân Hòa, Trung Lưu, Kim Lộc, Thanh Tân nằm ở khu vực trung tâm dọc đường tỉnh; các thôn Giang Hà, Phú Thượng, Bãi Giữa, Bàu Sen nằm ven sông, gắn với vùng bãi trồng cam, bưởi; các thôn Hòa Bình, Tiến Thành, Yên Thọ, Quyết Thắng, Đồng Mới ở vùng ruộng lúa và đồi thấp; các thôn Khe Mây, Trường Sơn ở vùng đồi phía Tây.',
      'Bản đồ hành chính xã (tỷ lệ 1:10.000) và hồ sơ địa giới được lưu tại Văn phòng HĐND và UBND xã. Tổ chức, cá nhân có nhu cầu khai thác, sử dụng xin liên hệ Phòng Kinh tế xã, điện thoại 0239 3875 133.',
    ],
    order: 6,
    mapGeoJson: boundaryGeoJson,
  },
];
