import type { SeedProcedure } from '../../types';

const AGENCY = 'UBND xã Khánh Khê (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)';
const DVC = (code: string): string => `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`;

export const procedures: SeedProcedure[] = [
  {
    code: '1.001193',
    slug: 'dang-ky-khai-sinh',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Người có yêu cầu lựa chọn một trong các cách thức sau:',
      {
        list: [
          'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID (đăng nhập bằng tài khoản định danh điện tử);',
          'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Khánh Khê, thôn Nà Pàn;',
          'Nộp qua dịch vụ bưu chính công ích.',
        ],
      },
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Cha, mẹ hoặc người thân thích có trách nhiệm đi khai sinh cho trẻ trong thời hạn 60 ngày kể từ ngày sinh.',
      { heading: 'Bước 2. Tiếp nhận, kiểm tra' },
      'Công chức tư pháp – hộ tịch kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản hoặc qua hệ thống.',
      { heading: 'Bước 3. Giải quyết và trả kết quả' },
      'Nếu thông tin khai sinh đầy đủ, phù hợp, công chức ghi nội dung vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử; Chủ tịch UBND xã ký cấp Giấy khai sinh. Kết quả được trả trực tiếp, qua bưu chính hoặc bản điện tử vào kho dữ liệu của công dân.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký khai sinh theo mẫu;',
          'Giấy chứng sinh do cơ sở y tế cấp; trường hợp không có giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh;',
          'Trường hợp trẻ bị bỏ rơi: biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập;',
          'Giấy tờ tùy thân của người đi đăng ký (xuất trình hoặc khai thác trên Cơ sở dữ liệu quốc gia về dân cư).',
        ],
      },
      'Số lượng hồ sơ: 01 bộ.',
    ],
    processingTime:
      'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: 'Miễn lệ phí đối với đăng ký khai sinh đúng hạn; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Cha, mẹ, ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em.',
    result: 'Giấy khai sinh (bản chính, bản điện tử).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    legalBasisDocuments: ['185/QĐ-UBND'],
    forms: ['Tờ khai đăng ký khai sinh'],
    onlineServiceUrl: DVC('1.001193'),
  },
  {
    code: '1.000894',
    slug: 'dang-ky-ket-hon',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Hai bên nam, nữ có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã nơi cư trú của một trong hai bên.',
      'Khi nhận Giấy chứng nhận kết hôn, cả hai bên nam, nữ phải có mặt tại Trung tâm.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Hai bên nam, nữ nộp tờ khai đăng ký kết hôn và giấy tờ liên quan.',
      { heading: 'Bước 2. Kiểm tra, xác minh' },
      'Công chức tư pháp – hộ tịch kiểm tra hồ sơ; nếu thấy đủ điều kiện kết hôn theo quy định của Luật Hôn nhân và gia đình thì báo cáo Chủ tịch UBND xã.',
      { heading: 'Bước 3. Trao Giấy chứng nhận kết hôn' },
      'Hai bên nam, nữ cùng có mặt, kiểm tra thông tin, ký vào Giấy chứng nhận kết hôn và Sổ đăng ký kết hôn; đại diện lãnh đạo UBND xã trao Giấy chứng nhận kết hôn.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai);',
          'Giấy xác nhận tình trạng hôn nhân trong trường hợp người yêu cầu không thường trú tại xã Khánh Khê và thông tin về tình trạng hôn nhân chưa có trong cơ sở dữ liệu;',
          'Giấy tờ tùy thân của hai bên nam, nữ (xuất trình).',
        ],
      },
    ],
    processingTime: 'Ngay sau khi nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.',
    fees: 'Miễn lệ phí đối với việc đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước.',
    applicants: 'Công dân Việt Nam (nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi) có yêu cầu đăng ký kết hôn.',
    result: 'Giấy chứng nhận kết hôn (02 bản chính, mỗi bên một bản).',
    legalBasisText:
      'Luật Hôn nhân và gia đình năm 2014; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    forms: ['Tờ khai đăng ký kết hôn'],
    onlineServiceUrl: DVC('1.000894'),
  },
  {
    code: '1.000656',
    slug: 'dang-ky-khai-tu',
    name: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID; hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công xã.',
    ],
    steps: [
      'Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đi khai tử.',
      'Công chức tư pháp – hộ tịch kiểm tra hồ sơ; nếu việc khai tử đúng, ghi nội dung vào Sổ đăng ký khai tử, cập nhật cơ sở dữ liệu và trình Chủ tịch UBND xã ký cấp Trích lục khai tử.',
      'Thông tin khai tử được chuyển đến cơ quan công an để xóa đăng ký thường trú theo cơ chế liên thông.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký khai tử theo mẫu;',
          'Giấy báo tử hoặc giấy tờ thay giấy báo tử do cơ quan có thẩm quyền cấp (bệnh viện, UBND xã nơi người chết, cơ quan công an…).',
        ],
      },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận; trường hợp cần xác minh thì không quá 03 ngày làm việc.',
    fees: 'Miễn lệ phí đối với đăng ký khai tử đúng hạn; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; đại diện cơ quan, tổ chức, cá nhân liên quan.',
    result: 'Trích lục khai tử (bản chính).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    forms: ['Tờ khai đăng ký khai tử'],
    onlineServiceUrl: DVC('1.000656'),
  },
  {
    code: '1.001022',
    slug: 'dang-ky-nhan-cha-me-con',
    name: 'Đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công xã. Khi đăng ký, bên nhận và bên được nhận phải có mặt (trừ trường hợp người được nhận là con đã chết).',
    ],
    steps: [
      'Người có yêu cầu nộp hồ sơ; công chức tư pháp – hộ tịch tiếp nhận, kiểm tra.',
      'Trong thời hạn giải quyết, công chức niêm yết công khai việc nhận cha, mẹ, con tại trụ sở UBND xã và xác minh khi cần thiết.',
      'Nếu việc nhận cha, mẹ, con là đúng và không có tranh chấp, công chức ghi vào Sổ hộ tịch; các bên ký vào Sổ; Chủ tịch UBND xã ký cấp Trích lục đăng ký nhận cha, mẹ, con.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu;',
          'Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ cha con, mẹ con; trường hợp không có thì nộp các giấy tờ, đồ vật hoặc chứng cứ khác chứng minh quan hệ cha con, mẹ con và văn bản cam đoan có ít nhất hai người làm chứng.',
        ],
      },
    ],
    processingTime:
      '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
    fees: 'Lệ phí theo mức do HĐND tỉnh Lạng Sơn quy định; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Cha, mẹ hoặc con có yêu cầu đăng ký nhận cha, mẹ, con mà không có tranh chấp.',
    result: 'Trích lục đăng ký nhận cha, mẹ, con.',
    legalBasisText:
      'Luật Hôn nhân và gia đình năm 2014; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    forms: ['Tờ khai đăng ký nhận cha, mẹ, con'],
    onlineServiceUrl: DVC('1.001022'),
  },
  {
    code: '1.004873',
    slug: 'cap-giay-xac-nhan-tinh-trang-hon-nhan',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia (khuyến khích), hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công xã nơi người yêu cầu thường trú.',
    ],
    steps: [
      'Người yêu cầu nộp tờ khai, ghi rõ mục đích sử dụng Giấy xác nhận tình trạng hôn nhân.',
      'Công chức tư pháp – hộ tịch kiểm tra, khai thác thông tin trên Cơ sở dữ liệu hộ tịch điện tử; trường hợp người yêu cầu đã từng cư trú ở nhiều nơi thì xác minh theo quy định.',
      'Chủ tịch UBND xã ký cấp Giấy xác nhận tình trạng hôn nhân; kết quả trả trực tiếp, qua bưu chính hoặc bản điện tử.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu;',
          'Trường hợp đã có vợ, chồng nhưng đã ly hôn hoặc người kia đã chết: giấy tờ chứng minh (bản án, quyết định ly hôn có hiệu lực; trích lục khai tử), nếu thông tin chưa có trong cơ sở dữ liệu.',
        ],
      },
    ],
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì không quá 20 ngày.',
    fees: 'Lệ phí theo mức do HĐND tỉnh Lạng Sơn quy định; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Công dân Việt Nam thường trú tại xã Khánh Khê có yêu cầu xác nhận tình trạng hôn nhân.',
    result: 'Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng kể từ ngày cấp).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    legalBasisDocuments: ['185/QĐ-UBND'],
    forms: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'],
    onlineServiceUrl: DVC('1.004873'),
  },
  {
    code: '1.004837',
    slug: 'dang-ky-giam-ho',
    name: 'Đăng ký giám hộ',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công xã nơi cư trú của người được giám hộ hoặc người giám hộ.',
    ],
    steps: [
      'Người yêu cầu đăng ký giám hộ nộp hồ sơ; công chức tư pháp – hộ tịch kiểm tra.',
      'Nếu thấy đủ điều kiện theo quy định của Bộ luật Dân sự, công chức ghi vào Sổ hộ tịch, cùng người đi đăng ký giám hộ ký vào Sổ.',
      'Chủ tịch UBND xã ký cấp Trích lục đăng ký giám hộ cho người yêu cầu.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký giám hộ theo mẫu;',
          'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (đối với giám hộ cử); hoặc giấy tờ chứng minh điều kiện làm giám hộ đương nhiên (đối với giám hộ đương nhiên).',
        ],
      },
    ],
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Miễn lệ phí đăng ký giám hộ.',
    applicants: 'Người được cử làm giám hộ hoặc người giám hộ đương nhiên.',
    result: 'Trích lục đăng ký giám hộ.',
    legalBasisText:
      'Bộ luật Dân sự năm 2015; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    forms: ['Tờ khai đăng ký giám hộ'],
    onlineServiceUrl: DVC('1.004837'),
  },
  {
    code: '2.000635',
    slug: 'cap-ban-sao-trich-luc-ho-tich',
    name: 'Cấp bản sao Trích lục hộ tịch',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp yêu cầu trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID; hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công xã nơi đang lưu giữ sổ hộ tịch.',
    ],
    steps: [
      'Người yêu cầu nộp tờ khai, nêu rõ loại trích lục, số lượng bản sao cần cấp.',
      'Công chức tư pháp – hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; nếu có thông tin thì trình Chủ tịch UBND xã ký cấp bản sao trích lục.',
      'Người yêu cầu nhận kết quả trực tiếp, qua bưu chính hoặc bản điện tử.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu;',
          'Văn bản ủy quyền (nếu người yêu cầu ủy quyền cho người khác thực hiện), trừ trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền.',
        ],
      },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận yêu cầu sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản sao trích lục/sự kiện hộ tịch đã đăng ký; miễn phí khi nhận bản điện tử qua môi trường mạng theo chính sách ưu đãi của Nhà nước từng thời kỳ.',
    applicants: 'Cá nhân có yêu cầu cấp bản sao trích lục về sự kiện hộ tịch của mình hoặc của người khác khi được ủy quyền.',
    result: 'Bản sao trích lục hộ tịch (khai sinh, kết hôn, khai tử…).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch.',
    forms: ['Tờ khai cấp bản sao trích lục hộ tịch'],
    onlineServiceUrl: DVC('2.000635'),
  },
  {
    code: '2.000815',
    slug: 'chung-thuc-ban-sao-tu-ban-chinh',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Người yêu cầu nộp trực tiếp tại quầy chứng thực của Trung tâm Phục vụ hành chính công xã; hoặc đăng ký trực tuyến trên Cổng Dịch vụ công quốc gia để nhận bản sao điện tử được chứng thực từ bản chính.',
    ],
    steps: [
      'Người yêu cầu xuất trình bản chính và bản sao cần chứng thực (hoặc đề nghị Trung tâm chụp từ bản chính).',
      'Công chức tư pháp kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản sao đúng với bản chính và bản chính không thuộc trường hợp bị cấm chứng thực thì ghi lời chứng, ký, đóng dấu.',
      'Ghi vào sổ chứng thực; trả kết quả cho người yêu cầu.',
    ],
    dossier: [
      {
        list: [
          'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao;',
          'Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị).',
        ],
      },
    ],
    processingTime:
      'Trong ngày tiếp nhận hoặc ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ; trường hợp yêu cầu số lượng lớn thì thời hạn có thể kéo dài theo thỏa thuận bằng văn bản.',
    fees: '2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, nhưng mức thu tối đa không quá 200.000 đồng/bản.',
    applicants: 'Cá nhân, tổ chức có yêu cầu chứng thực bản sao.',
    result: 'Bản sao được chứng thực từ bản chính.',
    legalBasisText:
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính.',
    legalBasisDocuments: ['185/QĐ-UBND'],
    onlineServiceUrl: DVC('2.000815'),
  },
  {
    code: '2.000884',
    slug: 'chung-thuc-chu-ky',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)',
    field: 'Chứng thực',
    agency: AGENCY,
    onlineLevel: 'Trực tiếp',
    howToFile: [
      'Người yêu cầu chứng thực trực tiếp đến Trung tâm Phục vụ hành chính công xã và phải ký (hoặc điểm chỉ) trước mặt người thực hiện chứng thực.',
    ],
    steps: [
      'Người yêu cầu xuất trình giấy tờ tùy thân còn giá trị sử dụng và giấy tờ, văn bản cần chứng thực chữ ký.',
      'Công chức tư pháp kiểm tra; nếu người yêu cầu minh mẫn, nhận thức và làm chủ được hành vi của mình thì yêu cầu ký trước mặt.',
      'Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
    ],
    dossier: [
      {
        list: [
          'Bản chính hoặc bản sao có chứng thực căn cước, hộ chiếu hoặc giấy tờ tùy thân khác còn giá trị sử dụng;',
          'Giấy tờ, văn bản mà mình sẽ ký.',
        ],
      },
    ],
    processingTime: 'Trong ngày tiếp nhận hoặc ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ.',
    fees: '10.000 đồng/trường hợp (một trường hợp là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).',
    applicants: 'Cá nhân có yêu cầu chứng thực chữ ký.',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký.',
    legalBasisText:
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính.',
  },
  {
    code: '1.001776',
    slug: 'tro-cap-xa-hoi-hang-thang',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    field: 'Bảo trợ xã hội',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Đối tượng hoặc người giám hộ nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công xã, qua bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Đối tượng hoặc người giám hộ nộp tờ khai và giấy tờ kèm theo.',
      { heading: 'Bước 2. Xét duyệt tại xã' },
      'Công chức Phòng Văn hóa – Xã hội kiểm tra; Hội đồng xét duyệt trợ giúp xã hội của xã họp xét duyệt, niêm yết công khai kết quả tại trụ sở UBND xã và nhà văn hóa thôn trong 02 ngày làm việc.',
      { heading: 'Bước 3. Quyết định' },
      'Chủ tịch UBND xã ra quyết định trợ cấp xã hội hằng tháng; trường hợp không đủ điều kiện thì trả lời bằng văn bản và nêu rõ lý do.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đề nghị trợ giúp xã hội theo mẫu tương ứng với từng đối tượng;',
          'Giấy xác nhận khuyết tật (đối với người khuyết tật);',
          'Giấy tờ chứng minh đối tượng thuộc hộ nghèo, người đơn thân nuôi con… (nếu thông tin chưa có trong cơ sở dữ liệu).',
        ],
      },
    ],
    processingTime: 'Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian xét duyệt, niêm yết).',
    fees: 'Không.',
    applicants:
      'Người cao tuổi, người khuyết tật, trẻ em có hoàn cảnh đặc biệt, người đơn thân nghèo nuôi con và các đối tượng bảo trợ xã hội khác theo quy định.',
    result: 'Quyết định trợ cấp xã hội hằng tháng (hoặc điều chỉnh, thôi hưởng) của Chủ tịch UBND xã.',
    legalBasisText:
      'Luật Người cao tuổi năm 2009; Luật Người khuyết tật năm 2010; Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội và các văn bản sửa đổi, bổ sung.',
    legalBasisDocuments: ['185/QĐ-UBND'],
    forms: ['Tờ khai đề nghị trợ giúp xã hội (dành cho người cao tuổi)', 'Tờ khai đề nghị trợ giúp xã hội (dành cho người khuyết tật)'],
    onlineServiceUrl: DVC('1.001776'),
  },
  {
    code: '1.001699',
    slug: 'xac-dinh-muc-do-khuyet-tat',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Người khuyết tật hoặc người đại diện hợp pháp nộp đơn trực tiếp tại Trung tâm Phục vụ hành chính công xã nơi cư trú hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
    ],
    steps: [
      'Tiếp nhận đơn đề nghị và giấy tờ kèm theo.',
      'Hội đồng xác định mức độ khuyết tật của xã tổ chức quan sát, phỏng vấn trực tiếp người khuyết tật, sử dụng bộ câu hỏi theo quy định; có thể tiến hành tại nhà người khuyết tật nếu người đó không thể đến trụ sở.',
      'Chủ tịch UBND xã cấp Giấy xác nhận khuyết tật và niêm yết công khai kết quả.',
    ],
    dossier: [
      {
        list: [
          'Đơn đề nghị xác định mức độ khuyết tật theo mẫu;',
          'Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, giấy xác nhận khuyết tật cũ…), nếu có.',
        ],
      },
    ],
    processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Không.',
    applicants: 'Người khuyết tật hoặc người đại diện hợp pháp của người khuyết tật.',
    result: 'Giấy xác nhận khuyết tật.',
    legalBasisText:
      'Luật Người khuyết tật năm 2010; Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ trưởng Bộ Lao động – Thương binh và Xã hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện.',
    forms: ['Đơn đề nghị xác định, xác định lại mức độ khuyết tật'],
    onlineServiceUrl: DVC('1.001699'),
  },
  {
    code: '1.012812',
    slug: 'hoa-giai-tranh-chap-dat-dai',
    name: 'Hòa giải tranh chấp đất đai',
    field: 'Đất đai',
    agency: AGENCY,
    onlineLevel: 'Trực tiếp',
    howToFile: [
      'Các bên tranh chấp nộp đơn yêu cầu hòa giải trực tiếp tại Trung tâm Phục vụ hành chính công xã nơi có đất tranh chấp hoặc gửi qua bưu chính.',
      'Khuyến khích các bên tự hòa giải hoặc hòa giải tại Tổ hòa giải ở cơ sở trước khi yêu cầu UBND xã hòa giải.',
    ],
    steps: [
      { heading: 'Bước 1. Tiếp nhận đơn' },
      'Trung tâm Phục vụ hành chính công xã tiếp nhận đơn, chuyển Phòng Kinh tế xã.',
      { heading: 'Bước 2. Chuẩn bị hòa giải' },
      'UBND xã thẩm tra, xác minh nguyên nhân phát sinh tranh chấp, thu thập giấy tờ, tài liệu liên quan; thành lập Hội đồng hòa giải tranh chấp đất đai gồm đại diện lãnh đạo UBND xã, Ủy ban MTTQ, công chức chuyên môn, trưởng thôn và người có uy tín nơi có đất.',
      { heading: 'Bước 3. Tổ chức cuộc họp hòa giải' },
      'Cuộc họp hòa giải phải có sự tham gia của các bên tranh chấp; kết quả được lập thành biên bản có chữ ký của các bên và các thành viên Hội đồng.',
      { heading: 'Bước 4. Xử lý sau hòa giải' },
      'Trường hợp hòa giải thành mà có thay đổi hiện trạng về ranh giới, người sử dụng đất thì UBND xã gửi biên bản đến cơ quan có thẩm quyền để giải quyết theo quy định; hòa giải không thành thì hướng dẫn các bên gửi đơn đến cơ quan có thẩm quyền giải quyết tiếp theo.',
    ],
    dossier: [
      {
        list: ['Đơn yêu cầu hòa giải tranh chấp đất đai;', 'Giấy tờ, tài liệu có liên quan đến thửa đất tranh chấp (nếu có).'],
      },
    ],
    processingTime: 'Không quá 30 ngày kể từ ngày UBND xã nhận được đơn yêu cầu hòa giải.',
    fees: 'Không.',
    applicants: 'Hộ gia đình, cá nhân, cộng đồng dân cư, tổ chức có tranh chấp đất đai.',
    result: 'Biên bản hòa giải thành hoặc hòa giải không thành.',
    legalBasisText:
      'Luật Đất đai năm 2024 (Điều 235 về hòa giải tranh chấp đất đai); Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai; Luật Hòa giải ở cơ sở năm 2013.',
    forms: ['Đơn yêu cầu hòa giải tranh chấp đất đai'],
    onlineServiceUrl: DVC('1.012812'),
  },
];
