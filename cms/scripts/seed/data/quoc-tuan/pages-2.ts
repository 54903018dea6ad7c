import type { SeedPage } from '../../types';

export const pages2: SeedPage[] = [
  {
    section: 'culture',
    slug: 'van-hoa',
    title: 'Văn hóa, di tích và lễ hội',
    summary:
      'Quốc Tuấn lưu giữ nhiều di tích đình, đền, chùa, lễ hội truyền thống đầu xuân, tục thờ Đức Thánh Trần và ba làng nghề thủ công lâu đời.',
    body: [
      'Là vùng quê lúa lâu đời của người Kinh, Quốc Tuấn còn giữ được nhiều nét văn hóa truyền thống của cư dân đồng bằng Bắc Bộ: cây đa, giếng nước, sân đình, những nếp nhà ba gian, năm gian mái ngói và hệ thống hương ước, quy ước được nhân dân tự nguyện gìn giữ.',
      { heading: 'Di tích lịch sử – văn hóa' },
      {
        list: [
          'Đình Kinh Điền: thờ Thành hoàng làng, kiến trúc chữ Đinh, còn lưu giữ nhiều mảng chạm khắc gỗ thời Hậu Lê; được xếp hạng di tích lịch sử – văn hóa cấp thành phố.',
          'Đền Quốc Tuấn (thôn Kinh Điền): thờ Hưng Đạo Đại Vương Trần Quốc Tuấn, dựng trên gò đất cao đầu làng, nơi tương truyền nghĩa quân nhà Trần từng dừng chân.',
          'Chùa Phúc Lâm (thôn Tây Am): ngôi chùa cổ thờ Phật, khuôn viên có cây đại trên 200 năm tuổi và tấm bia đá ghi việc trùng tu.',
          'Nghĩa trang liệt sĩ xã: nơi an nghỉ của 412 liệt sĩ, địa chỉ giáo dục truyền thống cách mạng.',
        ],
      },
      { heading: 'Lễ hội truyền thống' },
      'Lễ hội đình Kinh Điền diễn ra từ ngày mùng 10 đến 12 tháng Giêng âm lịch với nghi lễ rước kiệu, tế nữ quan và các trò chơi dân gian như đấu vật, kéo co, đánh đu, cờ người. Ngày 20 tháng Tám âm lịch, nhân dân trong xã và khách thập phương về đền Quốc Tuấn dâng hương tưởng niệm ngày mất của Đức Thánh Trần.',
      { heading: 'Làng nghề truyền thống' },
      'Ba làng nghề của xã là nét riêng của vùng quê: nghề mây tre đan thôn Trúc Động với các sản phẩm giỏ, khay, chao đèn; nghề làm hương thôn Lạc Thị, rộn ràng nhất vào những tháng cuối năm âm lịch; nghề mộc dân dụng thôn Vạn Lộc chuyên đóng giường, tủ, bàn ghế và đồ thờ.',
      { heading: 'Đời sống văn hóa cơ sở' },
      'Xã có 12 nhà văn hóa thôn, 26 câu lạc bộ văn nghệ, thể thao, trong đó câu lạc bộ chèo thôn Đông Phù duy trì sinh hoạt đều đặn hằng tuần. Ẩm thực địa phương nổi tiếng với bánh khúc, cá rô đồng kho tương và rượu nếp cái hoa vàng. Cuộc vận động thực hiện nếp sống văn minh trong việc cưới, việc tang được nhân dân đồng tình hưởng ứng.',
    ],
    order: 4,
  },
  {
    section: 'organisation',
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức của hệ thống chính trị xã',
    summary:
      'Hệ thống chính trị xã Quốc Tuấn gồm Đảng ủy xã, HĐND xã, UBND xã với các cơ quan chuyên môn, Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị – xã hội.',
    body: [
      'Từ ngày 01/7/2025, xã Quốc Tuấn tổ chức chính quyền địa phương theo mô hình hai cấp (thành phố – xã). Hệ thống chính trị của xã được tổ chức như sau.',
      { heading: '1. Đảng ủy xã' },
      'Đảng bộ xã có 38 chi bộ trực thuộc với 1.537 đảng viên. Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025–2030 là cơ quan lãnh đạo của Đảng bộ giữa hai kỳ đại hội, lãnh đạo toàn diện việc thực hiện nhiệm vụ chính trị, kinh tế – xã hội, quốc phòng, an ninh; công tác xây dựng Đảng, chính quyền, Mặt trận và các đoàn thể. Giúp việc Đảng ủy có Văn phòng Đảng ủy, Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy và Trung tâm Chính trị xã. Bí thư Đảng ủy: đồng chí Phạm Văn Khải.',
      { heading: '2. Hội đồng nhân dân xã' },
      'HĐND xã nhiệm kỳ 2026–2031 có 30 đại biểu, là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của nhân dân. HĐND quyết định các vấn đề của địa phương theo luật định: dự toán và phân bổ ngân sách xã, chủ trương đầu tư công trình, chính sách phát triển kinh tế – xã hội trong phạm vi thẩm quyền; giám sát việc tuân theo Hiến pháp, pháp luật và hoạt động của UBND xã. Thường trực HĐND gồm Chủ tịch (bà Nguyễn Thị Hồng Nhung), Phó Chủ tịch (ông Đỗ Văn Lâm) và các Trưởng Ban; HĐND có 2 Ban: Ban Pháp chế và Ban Kinh tế – Xã hội.',
      { heading: '3. Ủy ban nhân dân xã' },
      'UBND xã do HĐND xã bầu, là cơ quan chấp hành của HĐND, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước HĐND xã và UBND thành phố. UBND tổ chức thi hành Hiến pháp, pháp luật và nghị quyết của HĐND; quản lý nhà nước trên các lĩnh vực kinh tế, đất đai, xây dựng, văn hóa, giáo dục, y tế, xã hội, quốc phòng, an ninh; giải quyết thủ tục hành chính cho người dân, doanh nghiệp. Chủ tịch UBND: ông Vũ Đức Thành; các Phó Chủ tịch: ông Trần Quang Huy (kinh tế), bà Lê Thị Thu Hà (văn hóa – xã hội). Ủy viên UBND gồm Trưởng Công an xã, Chỉ huy trưởng Ban Chỉ huy Quân sự xã và người đứng đầu các cơ quan chuyên môn.',
      { heading: '4. Cơ quan chuyên môn và đơn vị sự nghiệp thuộc UBND xã' },
      {
        list: [
          'Văn phòng HĐND và UBND xã: tham mưu tổng hợp, tổ chức các kỳ họp, phiên họp; quản lý văn thư, lưu trữ, thi đua – khen thưởng, tư pháp, tiếp công dân, chuyển đổi số; quản lý Trang thông tin điện tử xã.',
          'Phòng Kinh tế: tham mưu quản lý nhà nước về nông nghiệp, tài nguyên – môi trường, đất đai, xây dựng, giao thông, công thương, tài chính – kế hoạch.',
          'Phòng Văn hóa – Xã hội: tham mưu về văn hóa, thể thao, thông tin, giáo dục, y tế, lao động, người có công, bảo trợ xã hội, dân tộc, tôn giáo.',
          'Trung tâm Phục vụ hành chính công xã: tiếp nhận, hướng dẫn, trả kết quả thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.',
          'Công an xã và Ban Chỉ huy Quân sự xã: bảo đảm an ninh, trật tự và thực hiện nhiệm vụ quốc phòng, quân sự địa phương.',
        ],
      },
      { heading: '5. Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị – xã hội' },
      'Ủy ban MTTQ Việt Nam xã (Chủ tịch: ông Bùi Văn Toản) là tổ chức liên minh chính trị, tập hợp, đoàn kết các tầng lớp nhân dân; giám sát và phản biện xã hội; đại diện, bảo vệ quyền, lợi ích hợp pháp của nhân dân. Các tổ chức chính trị – xã hội gồm Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên Cộng sản Hồ Chí Minh hoạt động dưới sự chủ trì, hiệp thương của Mặt trận. Ở 12 thôn có Ban công tác Mặt trận, chi hội đoàn thể và Ban quản lý thôn do nhân dân bầu.',
    ],
    order: 5,
    en: {
      slug: 'organisation',
      title: 'Organisational Structure of the Commune Political System',
      summary:
        "The political system of Quoc Tuan Commune comprises the Commune Party Committee, the Commune People's Council, the Commune People's Committee with its specialised agencies, the Vietnam Fatherland Front Committee and the socio-political organisations.",
      body: [
        'Since 1 July 2025, Quoc Tuan Commune has operated under the two-tier local government model (city – commune). Its political system is organised as follows.',
        { heading: '1. Commune Party Committee' },
        'The Commune Party Organisation has 38 Party cells with 1,537 members. The Executive Committee for the 2025–2030 term leads the implementation of political, socio-economic, defence and security tasks and directs Party building, the local government, the Fatherland Front and mass organisations. It is assisted by the Party Committee Office, the Party Building Board, the Inspection Commission and the Commune Political Centre. Secretary: Mr Pham Van Khai.',
        { heading: "2. Commune People's Council" },
        "The People's Council for the 2026–2031 term has 30 deputies. As the local organ of state power, it represents the will and aspirations of the people; it decides on the commune budget, public investment policies and socio-economic measures within its competence, and supervises compliance with the Constitution and the law and the work of the People's Committee. Its Standing Board consists of the Chairwoman (Ms Nguyen Thi Hong Nhung), the Vice Chairman (Mr Do Van Lam) and the heads of its two committees: the Legal Affairs Committee and the Economic and Social Affairs Committee.",
        { heading: "3. Commune People's Committee" },
        "Elected by the People's Council, the People's Committee is its executive body and the local state administrative agency, accountable to the Commune People's Council and the City People's Committee. It implements the Constitution, laws and Council resolutions; carries out state management of the economy, land, construction, culture, education, health, social affairs, defence and security; and handles administrative procedures for citizens and businesses. Chairman: Mr Vu Duc Thanh; Vice Chairpersons: Mr Tran Quang Huy (economy) and Ms Le Thi Thu Ha (culture and social affairs).",
        { heading: '4. Specialised agencies and public service units' },
        {
          list: [
            "Office of the People's Council and People's Committee: general advice, meetings, records and archives, emulation and rewards, justice, citizen reception, digital transformation and management of the commune website.",
            'Economic Division: agriculture, natural resources and environment, land, construction, transport, industry and trade, finance and planning.',
            'Culture and Social Affairs Division: culture, sports, information, education, health, labour, people with meritorious services, social protection, ethnic and religious affairs.',
            'Public Administrative Service Centre: receives applications and returns results of administrative procedures under the one-stop-shop mechanism.',
            'Commune Police and Commune Military Command: public security, order and local defence.',
          ],
        },
        { heading: '5. Vietnam Fatherland Front Committee and socio-political organisations' },
        "The Vietnam Fatherland Front Committee of the Commune (Chairman: Mr Bui Van Toan) unites all strata of the people, conducts social supervision and criticism, and protects the people's legitimate rights and interests. The Veterans' Association, Farmers' Association, Women's Union and Ho Chi Minh Communist Youth Union operate under its coordination. Each of the 12 villages has a Front working committee, branches of the mass organisations and a village management board elected by residents.",
      ],
    },
  },
  {
    section: 'boundary_map',
    slug: 'ban-do-dia-gioi',
    title: 'Bản đồ địa giới hành chính xã Quốc Tuấn',
    summary: 'Địa giới hành chính xã Quốc Tuấn có chu vi khoảng 23,6 km, bao gồm 12 thôn; trung tâm hành chính đặt tại thôn Kinh Điền.',
    body: [
      'Bản đồ địa giới hành chính xã Quốc Tuấn được lập trên cơ sở hồ sơ địa giới hành chính sau sắp xếp đơn vị hành chính năm 2025, tỷ lệ 1:10.000. Bản đồ thể hiện đường địa giới xã, ranh giới các thôn, hệ thống giao thông, kênh mương, vị trí trụ sở cơ quan, trường học, trạm y tế và các di tích.',
      { heading: 'Phạm vi địa giới' },
      {
        list: [
          'Phía Bắc: ranh giới theo dòng chảy sông Kinh Điền.',
          'Phía Đông: giáp vùng đồng trũng dọc đường trục liên xã, ranh giới theo bờ kênh tiêu chính.',
          'Phía Nam và phía Tây: giáp các xã lân cận thuộc thành phố Hải Phòng, ranh giới chủ yếu theo bờ vùng, bờ thửa và đường giao thông nội đồng.',
          'Tổng chiều dài đường địa giới khoảng 23,6 km; diện tích tự nhiên 26,38 km².',
        ],
      },
      { heading: 'Các thôn và dân số (31/12/2025)' },
      {
        list: [
          'Thôn Kinh Điền: 3.412 người – trung tâm hành chính của xã.',
          'Thôn Đông Phù: 1.586 người.',
          'Thôn Tây Am: 2.874 người.',
          'Thôn Lạc Thị: 2.968 người – làng nghề làm hương.',
          'Thôn Vạn Lộc: 2.655 người – làng nghề mộc dân dụng.',
          'Thôn Hòa Liễu: 2.310 người.',
          'Thôn Trúc Động: 3.105 người – làng nghề mây tre đan.',
          'Thôn An Tràng: 2.742 người.',
          'Thôn Phú Kê: 2.486 người.',
          'Thôn Nghĩa Xá: 2.391 người.',
          'Thôn Đồng Giới: 2.536 người.',
          'Thôn Cẩm Khê: 2.797 người.',
        ],
      },
      'Tổng dân số toàn xã: 31.862 người. Người dân có nhu cầu khai thác bản đồ địa giới hành chính hoặc bản đồ địa chính phục vụ giao dịch đất đai liên hệ Phòng Kinh tế xã qua Trung tâm Phục vụ hành chính công xã, điện thoại 0225 3871 368.',
    ],
    order: 6,
  },
];
