import type { SeedPage } from '../../types';

export const pages1: SeedPage[] = [
  {
    section: 'overview',
    slug: 'tong-quan',
    title: 'Tổng quan về xã Sơn Giang',
    summary:
      'Sơn Giang là xã trung du nằm bên dòng sông Ngàn Phố, tỉnh Hà Tĩnh, có diện tích tự nhiên 58,73 km², dân số 18.640 người, nổi tiếng với vùng cam, bưởi trên đất bãi phù sa.',
    body: [
      'Xã Sơn Giang thuộc vùng trung du phía Tây tỉnh Hà Tĩnh, cách trung tâm tỉnh khoảng 70 km về phía Tây Bắc. Sông Ngàn Phố chảy qua địa bàn xã trên chiều dài khoảng 9,5 km, bồi đắp nên những bãi phù sa màu mỡ, tạo cho vùng đất này dáng vẻ vừa có đồi, vừa có sông, có ruộng.',
      'Từ ngày 01/7/2025, thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, xã Sơn Giang được tổ chức lại trên cơ sở sáp nhập các xã thuộc vùng hạ lưu sông Ngàn Phố, trực thuộc UBND tỉnh Hà Tĩnh. Mã đơn vị hành chính của xã là 18412.',
      { heading: 'Một số thông tin cơ bản' },
      {
        list: [
          'Diện tích tự nhiên: 58,73 km² (5.873 ha);',
          'Dân số: 18.640 người với 5.215 hộ (số liệu thống kê năm 2025); người Kinh chiếm khoảng 99,7%, còn lại là một số ít người dân tộc Thái, Mường về làm dâu, làm rể;',
          'Đơn vị hành chính: 15 thôn gồm Tân Hòa, Trung Lưu, Giang Hà, Phú Thượng, Bãi Giữa, Kim Lộc, Thanh Tân, Bàu Sen, Hòa Bình, Tiến Thành, Yên Thọ, Quyết Thắng, Đồng Mới, Khe Mây, Trường Sơn;',
          'Trụ sở Đảng ủy, HĐND, UBND xã: thôn Tân Hòa.',
        ],
      },
      { heading: 'Kinh tế' },
      'Kinh tế của xã chủ yếu là nông nghiệp gắn với kinh tế vườn đồi. Toàn xã có khoảng 620 ha cam, bưởi, trong đó hơn 100 ha được chứng nhận VietGAP; nhiều hộ nuôi hươu sao lấy nhung, chăn nuôi bò, lợn theo hướng trang trại. Thương mại, dịch vụ và ngành nghề nông thôn phát triển dọc các trục giao thông chính. Năm 2025, thu nhập bình quân đầu người đạt 58,2 triệu đồng; tỷ lệ hộ nghèo còn 2,14%.',
      { heading: 'Chính quyền phục vụ' },
      'Trung tâm Phục vụ hành chính công xã tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; phần lớn thủ tục đã được cung cấp trực tuyến trên Cổng Dịch vụ công quốc gia. Năm 2025, tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 99,75%.',
      'Với truyền thống cách mạng, tinh thần đoàn kết và cần cù lao động, Đảng bộ, chính quyền và Nhân dân xã Sơn Giang đang nỗ lực xây dựng quê hương trở thành xã nông thôn mới kiểu mẫu, có nền nông nghiệp hàng hóa giá trị cao và chính quyền số phục vụ Nhân dân.',
    ],
    order: 1,
    en: {
      slug: 'overview',
      title: 'Overview of Son Giang Commune',
      summary:
        'Son Giang is a midland commune on the Ngan Pho River in Ha Tinh Province, covering 58.73 km² with 18,640 inhabitants, known for its pomelo and orange orchards on fertile alluvial land.',
      body: [
        'Son Giang Commune lies in the western midlands of Ha Tinh Province, about 70 km north-west of the provincial centre. The Ngan Pho River flows through the commune for about 9.5 km, leaving fertile alluvial banks between low hills and rice fields.',
        "Since 1 July 2025, under the national reorganisation of administrative units and the two-tier local government model, Son Giang has been reorganised from communes in the lower Ngan Pho valley and reports directly to the Ha Tinh Provincial People's Committee. Its administrative unit code is 18412.",
        { heading: 'Key facts' },
        {
          list: [
            'Natural area: 58.73 km² (5,873 ha);',
            'Population: 18,640 people in 5,215 households (2025); about 99.7% are Kinh, with a small number of Thai and Muong residents;',
            'Administrative units: 15 villages (thôn);',
            "Seat of the Party Committee, People's Council and People's Committee: Tan Hoa village.",
          ],
        },
        'The local economy is based on agriculture and hillside gardens. About 620 ha are planted with oranges and pomelos, more than 100 ha of which are VietGAP-certified. In 2025 average income reached VND 58.2 million per person and the poverty rate fell to 2.14%.',
        'The Commune Public Administrative Service Centre handles administrative procedures through a one-stop shop, and most procedures can be filed online through the National Public Service Portal. In 2025, 99.75% of applications were settled on time or early.',
      ],
    },
  },
  {
    section: 'history',
    slug: 'lich-su',
    title: 'Lịch sử hình thành và truyền thống cách mạng',
    summary:
      'Vùng đất ven sông Ngàn Phố có người cư trú từ lâu đời, là nơi ghi dấu nhiều phong trào cách mạng và những đóng góp to lớn trong hai cuộc kháng chiến của dân tộc.',
    body: [
      'Theo gia phả các dòng họ và truyền thuyết địa phương, những lớp cư dân đầu tiên đã đến khai phá vùng bãi ven sông Ngàn Phố từ nhiều thế kỷ trước, dựng làng bên các gò đất cao để tránh lũ, trồng lúa ở ruộng trũng và trồng màu, cây ăn quả trên bãi bồi. Những tên làng cũ gắn với sông nước, bến đò vẫn còn lưu lại trong tên các thôn ngày nay.',
      { heading: 'Thời kỳ đấu tranh giành chính quyền' },
      'Trong phong trào Xô viết Nghệ – Tĩnh 1930–1931, Nhân dân các làng ven sông đã tham gia biểu tình, đòi giảm sưu, giảm thuế. Nhiều quần chúng ưu tú được kết nạp vào tổ chức cách mạng, làm nòng cốt cho cuộc khởi nghĩa giành chính quyền tháng 8 năm 1945 ở địa phương.',
      { heading: 'Trong hai cuộc kháng chiến' },
      'Thời kỳ kháng chiến chống thực dân Pháp, xã là vùng hậu phương, đóng góp lương thực, dân công cho các chiến dịch. Trong kháng chiến chống Mỹ, cứu nước, các bến đò trên sông Ngàn Phố là điểm trung chuyển hàng hóa, vũ khí ra tiền tuyến; lực lượng dân quân, thanh niên xung phong của xã bám trụ bảo đảm giao thông dưới mưa bom.',
      'Toàn xã có 214 liệt sĩ, 11 Bà mẹ Việt Nam anh hùng, hàng trăm thương binh, bệnh binh và người được tặng thưởng huân, huy chương kháng chiến. Nghĩa trang liệt sĩ xã là nơi giáo dục truyền thống cho các thế hệ.',
      { heading: 'Thời kỳ đổi mới và phát triển' },
      {
        list: [
          'Những năm 1990: chuyển đổi cơ cấu cây trồng, hình thành các vườn cam, bưởi đầu tiên trên đất bãi;',
          'Giai đoạn 2011–2020: xây dựng nông thôn mới, bê tông hóa giao thông thôn xóm, kiên cố hóa kênh mương;',
          'Giai đoạn 2021–2025: phát triển vùng cây có múi tập trung, có sản phẩm đạt chứng nhận OCOP;',
          'Ngày 01/7/2025: xã Sơn Giang được tổ chức lại theo mô hình chính quyền địa phương hai cấp, trực thuộc tỉnh Hà Tĩnh.',
        ],
      },
      'Phát huy truyền thống quê hương, Đảng bộ và Nhân dân xã Sơn Giang hôm nay đang viết tiếp trang sử mới trên con đường xây dựng quê hương giàu đẹp, văn minh.',
    ],
    order: 2,
  },
  {
    section: 'natural_conditions',
    slug: 'dieu-kien-tu-nhien',
    title: 'Điều kiện tự nhiên',
    summary:
      'Địa hình trung du đồi thấp xen bãi bồi ven sông; khí hậu nhiệt đới gió mùa với mùa hè khô nóng do gió Tây Nam và mùa mưa lũ từ tháng 8 đến tháng 11.',
    body: [
      { heading: 'Vị trí địa lý' },
      'Xã Sơn Giang nằm trong khoảng 18°29′ đến 18°34′ vĩ độ Bắc, 105°22′ đến 105°28′ kinh độ Đông, thuộc lưu vực sông Ngàn Phố – một nhánh thượng nguồn của hệ thống sông La. Xã có đường tỉnh và đường liên xã chạy qua, kết nối thuận lợi với Quốc lộ 8A.',
      { heading: 'Địa hình' },
      'Địa hình thấp dần từ Tây sang Đông và từ các dãy đồi xuống lòng sông. Phía Tây, Tây Nam là đồi thấp có độ cao 80–250 m, độ dốc vừa phải, thích hợp trồng rừng sản xuất và cây ăn quả; ở giữa là vùng ruộng lúa; phía Đông và dọc sông là dải bãi bồi rộng 300–800 m, đất phù sa được bồi đắp hằng năm.',
      { heading: 'Khí hậu, thủy văn' },
      {
        list: [
          'Khí hậu nhiệt đới gió mùa, nhiệt độ trung bình năm khoảng 24°C; mùa hè (tháng 4 – tháng 8) chịu ảnh hưởng gió Tây Nam khô nóng, có ngày nhiệt độ trên 39°C;',
          'Lượng mưa trung bình 2.200–2.500 mm/năm, tập trung từ tháng 8 đến tháng 11, thường gây lũ trên sông Ngàn Phố;',
          'Mùa đông có gió mùa Đông Bắc, mưa phùn, rét đậm vào tháng 12 và tháng 1;',
          'Ngoài sông Ngàn Phố, xã có hồ chứa nước Bàu Sen và hệ thống khe suối nhỏ cung cấp nước tưới cho gần 700 ha đất canh tác.',
        ],
      },
      { heading: 'Tài nguyên đất' },
      'Tổng diện tích tự nhiên 5.873 ha, trong đó đất nông nghiệp 5.337 ha (đất sản xuất nông nghiệp 2.085 ha, đất lâm nghiệp 3.210 ha, đất nuôi trồng thủy sản 42 ha), đất phi nông nghiệp 418 ha, đất chưa sử dụng 118 ha. Đất phù sa ven sông và đất feralit đỏ vàng trên đồi thấp là điều kiện thuận lợi để phát triển cam, bưởi và cây lâm nghiệp.',
      'Thảm rừng trồng keo, thông xen rừng tự nhiên phục hồi có vai trò giữ nước, chống xói mòn. Tuy nhiên, mùa khô có nguy cơ cháy rừng cao, mùa mưa có nguy cơ sạt lở ở vùng đồi và ngập lụt ở vùng bãi, đòi hỏi chính quyền và Nhân dân luôn chủ động phòng, chống thiên tai.',
    ],
    order: 3,
  },
];
