import type { SeedProcedure } from '../../types';

export const procedures2: SeedProcedure[] = [
  {
    code: '1.004884',
    slug: 'dang-ky-lai-khai-sinh',
    name: 'Đăng ký lại khai sinh',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Hoặc nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, kèm bản chụp các giấy tờ; khi nhận kết quả xuất trình bản chính để đối chiếu.',
      'Áp dụng khi việc khai sinh đã được đăng ký trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy khai sinh đều bị mất.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Người yêu cầu nộp Tờ khai đăng ký lại khai sinh và các giấy tờ, tài liệu có nội dung liên quan.',
      { heading: 'Bước 2. Kiểm tra, xác minh' },
      'Công chức tư pháp – hộ tịch kiểm tra, xác minh hồ sơ; trường hợp người yêu cầu đã đăng ký khai sinh ở địa phương khác thì đề nghị nơi đó kiểm tra, xác minh việc lưu giữ sổ hộ tịch.',
      { heading: 'Bước 3. Đăng ký lại' },
      'Nếu việc đăng ký lại khai sinh là đúng quy định, Chủ tịch UBND xã ký cấp Giấy khai sinh; nội dung được ghi vào Sổ đăng ký khai sinh với chú thích “Đăng ký lại”.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký lại khai sinh theo mẫu, có cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản chính;',
          'Bản sao Giấy khai sinh (nếu có) hoặc các giấy tờ có thông tin về họ, chữ đệm, tên, ngày, tháng, năm sinh: hồ sơ, giấy tờ cá nhân, học bạ, văn bằng, giấy tờ do cơ quan có thẩm quyền cấp;',
          'Trường hợp người yêu cầu là cán bộ, công chức, viên chức, người đang công tác trong lực lượng vũ trang: văn bản xác nhận của cơ quan, đơn vị quản lý về nội dung khai sinh.',
        ],
      },
    ],
    processingTime:
      '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì thời hạn được kéo dài thêm theo quy định.',
    fees: 'Lệ phí theo mức do HĐND tỉnh Hà Tĩnh quy định; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants:
      'Công dân Việt Nam đã đăng ký khai sinh tại cơ quan đăng ký hộ tịch Việt Nam trước ngày 01/01/2016 nhưng bị mất Sổ hộ tịch và bản chính Giấy khai sinh.',
    result: 'Giấy khai sinh (bản chính).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính.',
    forms: ['Tờ khai đăng ký lại khai sinh'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004884',
  },
  {
    code: '2.000815',
    slug: 'chung-thuc-ban-sao-tu-ban-chinh',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Có thể đăng ký trước trên Cổng Dịch vụ công quốc gia để nhận bản sao điện tử có chứng thực; người yêu cầu xuất trình bản chính để công chức đối chiếu.',
    ],
    steps: [
      { heading: 'Bước 1. Xuất trình bản chính' },
      'Người yêu cầu xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực (hoặc đề nghị Trung tâm chụp từ bản chính).',
      { heading: 'Bước 2. Đối chiếu' },
      'Công chức kiểm tra bản chính; đối chiếu bản sao với bản chính, nếu đúng thì ghi lời chứng, trình người có thẩm quyền ký, đóng dấu.',
      { heading: 'Bước 3. Trả kết quả và vào sổ' },
      'Bản sao có chứng thực được vào Sổ chứng thực và trả cho người yêu cầu ngay sau khi thu phí.',
    ],
    dossier: [
      {
        list: [
          'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao;',
          'Bản sao cần chứng thực (trường hợp người yêu cầu tự mang theo).',
        ],
      },
      'Không chứng thực bản sao đối với bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ, bị hư hỏng, cũ nát không xác định được nội dung hoặc đóng dấu mật.',
    ],
    processingTime:
      'Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trường hợp yêu cầu số lượng lớn thì hẹn trả theo thỏa thuận bằng văn bản.',
    fees: '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.',
    applicants: 'Cá nhân, tổ chức có yêu cầu chứng thực bản sao.',
    result: 'Bản sao được chứng thực từ bản chính.',
    legalBasisText:
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực.',
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000815',
  },
  {
    code: '2.000884',
    slug: 'chung-thuc-chu-ky',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    field: 'Chứng thực',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Trực tiếp',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Người yêu cầu chứng thực phải trực tiếp có mặt và ký trước mặt người thực hiện chứng thực.',
    ],
    steps: [
      { heading: 'Bước 1. Xuất trình giấy tờ' },
      'Người yêu cầu xuất trình giấy tờ tùy thân còn giá trị sử dụng và giấy tờ, văn bản cần chứng thực chữ ký.',
      { heading: 'Bước 2. Ký trước mặt người chứng thực' },
      'Công chức kiểm tra giấy tờ; người yêu cầu ký (hoặc điểm chỉ) trước mặt công chức.',
      { heading: 'Bước 3. Ghi lời chứng' },
      'Người có thẩm quyền ghi lời chứng, ký, đóng dấu; công chức vào Sổ chứng thực và trả kết quả.',
    ],
    dossier: [
      {
        list: ['Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân còn giá trị sử dụng;', 'Giấy tờ, văn bản mà mình sẽ ký.'],
      },
    ],
    processingTime: 'Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ.',
    fees: '10.000 đồng/trường hợp.',
    applicants: 'Cá nhân có yêu cầu chứng thực chữ ký.',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký.',
    legalBasisText:
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực.',
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000884',
  },
  {
    code: '1.001776',
    slug: 'tro-cap-xa-hoi-hang-thang',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    field: 'Bảo trợ xã hội',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia; Trưởng thôn và Chi hội Người cao tuổi thôn có trách nhiệm hướng dẫn, hỗ trợ người cao tuổi, người khuyết tật lập hồ sơ.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Đối tượng hoặc người giám hộ nộp Tờ khai đề nghị trợ giúp xã hội theo mẫu và giấy tờ kèm theo.',
      { heading: 'Bước 2. Xét duyệt, niêm yết' },
      'Hội đồng xét duyệt trợ giúp xã hội xã họp xét duyệt hồ sơ; kết quả được niêm yết công khai tại trụ sở UBND xã và nhà văn hóa thôn nơi đối tượng cư trú.',
      { heading: 'Bước 3. Quyết định và chi trả' },
      'Chủ tịch UBND xã quyết định trợ cấp xã hội; đối tượng được nhận trợ cấp qua tài khoản ngân hàng hoặc tại điểm chi trả của thôn.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đề nghị trợ giúp xã hội theo mẫu ban hành kèm theo Nghị định số 20/2021/NĐ-CP;',
          'Giấy xác nhận khuyết tật (đối với người khuyết tật);',
          'Giấy tờ chứng minh thuộc hộ nghèo, hộ cận nghèo hoặc giấy tờ liên quan khác tùy theo nhóm đối tượng (nếu thông tin chưa có trong cơ sở dữ liệu).',
        ],
      },
    ],
    processingTime:
      'Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian xét duyệt, niêm yết công khai và ban hành quyết định).',
    fees: 'Không.',
    applicants:
      'Người cao tuổi, người khuyết tật, trẻ em không có nguồn nuôi dưỡng, người đơn thân nghèo đang nuôi con và các đối tượng bảo trợ xã hội khác theo quy định.',
    result: 'Quyết định của Chủ tịch UBND xã về việc trợ cấp xã hội hằng tháng (hoặc điều chỉnh, thôi hưởng).',
    legalBasisText:
      'Luật Người cao tuổi năm 2009; Luật Người khuyết tật năm 2010; Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP.',
    forms: ['Tờ khai đề nghị trợ giúp xã hội'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001776',
  },
  {
    code: '1.001699',
    slug: 'xac-dinh-muc-do-khuyet-tat',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Hoặc nộp đơn trực tuyến trên Cổng Dịch vụ công quốc gia; người khuyết tật có mặt khi Hội đồng xác định mức độ khuyết tật tổ chức đánh giá.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp đơn' },
      'Người khuyết tật hoặc người đại diện hợp pháp nộp đơn đề nghị xác định mức độ khuyết tật.',
      { heading: 'Bước 2. Đánh giá' },
      'Hội đồng xác định mức độ khuyết tật xã tổ chức quan sát trực tiếp, phỏng vấn, sử dụng bộ câu hỏi theo tiêu chí chức năng để xác định dạng tật và mức độ khuyết tật.',
      { heading: 'Bước 3. Cấp Giấy xác nhận' },
      'Căn cứ biên bản của Hội đồng, Chủ tịch UBND xã cấp Giấy xác nhận khuyết tật và niêm yết, thông báo công khai kết quả.',
    ],
    dossier: [
      {
        list: [
          'Đơn đề nghị xác định mức độ khuyết tật theo mẫu;',
          'Bản sao kết luận của Hội đồng Giám định y khoa về khả năng tự phục vụ, mức độ suy giảm khả năng lao động, hoặc giấy tờ liên quan đến khuyết tật (bệnh án, giấy khám, điều trị…), nếu có.',
        ],
      },
    ],
    processingTime:
      'Trong 20 ngày làm việc kể từ ngày nhận đủ hồ sơ, Hội đồng xác định mức độ khuyết tật tổ chức đánh giá; Chủ tịch UBND xã cấp Giấy xác nhận khuyết tật trong 05 ngày làm việc kể từ ngày có biên bản kết luận.',
    fees: 'Không.',
    applicants: 'Người khuyết tật hoặc người đại diện hợp pháp của người khuyết tật cư trú tại xã Sơn Giang.',
    result: 'Giấy xác nhận khuyết tật.',
    legalBasisText:
      'Luật Người khuyết tật năm 2010; Nghị định số 28/2012/NĐ-CP ngày 10/4/2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật; Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ Lao động – Thương binh và Xã hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện.',
    forms: ['Đơn đề nghị xác định mức độ khuyết tật'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001699',
  },
  {
    code: '1.012812',
    slug: 'hoa-giai-tranh-chap-dat-dai',
    name: 'Hòa giải tranh chấp đất đai',
    field: 'Đất đai',
    agency: 'UBND xã Sơn Giang (Hội đồng hòa giải tranh chấp đất đai xã)',
    onlineLevel: 'Trực tiếp',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Đơn có thể gửi qua dịch vụ bưu chính; các bên tranh chấp phải trực tiếp có mặt tại buổi hòa giải do UBND xã tổ chức.',
    ],
    steps: [
      { heading: 'Bước 1. Tiếp nhận đơn' },
      'Người có yêu cầu nộp đơn đề nghị hòa giải tranh chấp đất đai; UBND xã tiếp nhận và thông báo cho các bên.',
      { heading: 'Bước 2. Thẩm tra, xác minh' },
      'Công chức địa chính phối hợp Trưởng thôn, Ban công tác Mặt trận thôn thẩm tra nguồn gốc, quá trình sử dụng đất, thu thập giấy tờ, tài liệu liên quan.',
      { heading: 'Bước 3. Tổ chức hòa giải' },
      'Chủ tịch UBND xã thành lập Hội đồng hòa giải và tổ chức cuộc họp hòa giải có sự tham gia của các bên tranh chấp và người có quyền lợi, nghĩa vụ liên quan.',
      { heading: 'Bước 4. Lập biên bản' },
      'Kết quả hòa giải được lập thành biên bản hòa giải thành hoặc hòa giải không thành, có chữ ký của các bên và xác nhận của UBND xã; biên bản được gửi cho các bên và lưu hồ sơ.',
    ],
    dossier: [
      {
        list: [
          'Đơn đề nghị hòa giải tranh chấp đất đai;',
          'Bản sao giấy tờ về quyền sử dụng đất, tài sản gắn liền với đất (nếu có) và các tài liệu, chứng cứ liên quan đến việc tranh chấp.',
        ],
      },
    ],
    processingTime: 'Không quá 30 ngày kể từ ngày UBND xã nhận được đơn yêu cầu hòa giải.',
    fees: 'Không.',
    applicants: 'Hộ gia đình, cá nhân, cộng đồng dân cư, tổ chức có tranh chấp đất đai trên địa bàn xã.',
    result: 'Biên bản hòa giải thành hoặc biên bản hòa giải không thành.',
    legalBasisText:
      'Luật Đất đai năm 2024; Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai; Luật Hòa giải ở cơ sở năm 2013.',
    forms: ['Đơn đề nghị hòa giải tranh chấp đất đai'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.012812',
  },
];
