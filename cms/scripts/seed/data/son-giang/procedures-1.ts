import type { SeedProcedure } from '../../types';

export const procedures1: SeedProcedure[] = [
  {
    code: '1.001193',
    slug: 'dang-ky-khai-sinh',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản định danh điện tử VNeID; có thể chọn nhóm thủ tục liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.',
      'Kết quả được trả trực tiếp tại Trung tâm, qua dịch vụ bưu chính công ích hoặc bản điện tử trong kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia.',
    ],
    steps: [
      { heading: 'Bước 1. Chuẩn bị và nộp hồ sơ' },
      'Người đi đăng ký khai sinh điền Tờ khai theo mẫu, nộp kèm giấy chứng sinh hoặc giấy tờ thay thế giấy chứng sinh.',
      { heading: 'Bước 2. Tiếp nhận, kiểm tra hồ sơ' },
      'Công chức tư pháp – hộ tịch kiểm tra hồ sơ; nếu hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần, bằng văn bản hoặc qua thông báo trên hệ thống.',
      { heading: 'Bước 3. Giải quyết và trả kết quả' },
      'Nếu thông tin khai sinh đầy đủ, phù hợp, công chức tư pháp – hộ tịch ghi nội dung vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND xã ký Giấy khai sinh cấp cho người được đăng ký khai sinh. Người đi đăng ký kiểm tra nội dung và cùng ký vào Sổ.',
    ],
    dossier: [
      { heading: 'Giấy tờ phải nộp' },
      {
        list: [
          'Tờ khai đăng ký khai sinh theo mẫu (01 bản);',
          'Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp; trường hợp không có thì nộp văn bản xác nhận của người làm chứng hoặc giấy cam đoan về việc sinh;',
          'Trẻ em bị bỏ rơi: biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập;',
          'Trẻ sinh ra do mang thai hộ: văn bản chứng minh việc mang thai hộ theo quy định.',
        ],
      },
      { heading: 'Giấy tờ phải xuất trình' },
      'Giấy tờ tùy thân có ảnh của người đi đăng ký; giấy chứng nhận kết hôn của cha, mẹ (nếu có). Các thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư được khai thác, không yêu cầu xuất trình lại.',
    ],
    processingTime:
      'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: 'Miễn lệ phí đăng ký khai sinh đúng hạn; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật; phí cấp bản sao trích lục hộ tịch (nếu có yêu cầu): 8.000 đồng/bản.',
    applicants: 'Cha, mẹ, ông, bà hoặc người thân thích khác của trẻ; cá nhân, tổ chức đang nuôi dưỡng trẻ.',
    result: 'Giấy khai sinh (bản chính); bản sao trích lục khai sinh nếu có yêu cầu.',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch.',
    legalBasisDocuments: ['215/UBND-VP'],
    forms: ['Tờ khai đăng ký khai sinh'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
  },
  {
    code: '1.000894',
    slug: 'dang-ky-ket-hon',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia; khi nhận Giấy chứng nhận kết hôn, hai bên nam, nữ phải có mặt tại Trung tâm Phục vụ hành chính công xã.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Hai bên nam, nữ nộp Tờ khai đăng ký kết hôn và giấy tờ liên quan tại UBND xã nơi cư trú của một trong hai bên.',
      { heading: 'Bước 2. Kiểm tra, xác minh' },
      'Công chức tư pháp – hộ tịch kiểm tra hồ sơ; trường hợp cần thiết thì xác minh điều kiện kết hôn theo quy định của Luật Hôn nhân và gia đình.',
      { heading: 'Bước 3. Trao Giấy chứng nhận kết hôn' },
      'Hai bên nam, nữ cùng có mặt, kiểm tra thông tin, ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn; Chủ tịch UBND xã tổ chức trao Giấy chứng nhận kết hôn.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một Tờ khai);',
          'Giấy xác nhận tình trạng hôn nhân của bên nam hoặc bên nữ nếu người đó không thường trú tại xã Sơn Giang và thông tin chưa có trong cơ sở dữ liệu;',
          'Trường hợp đã ly hôn: bản sao bản án, quyết định ly hôn đã có hiệu lực pháp luật hoặc trích lục ghi chú ly hôn (nếu ly hôn ở nước ngoài).',
        ],
      },
      'Xuất trình giấy tờ tùy thân có ảnh của hai bên nam, nữ.',
    ],
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.',
    fees: 'Miễn lệ phí đăng ký kết hôn đối với công dân Việt Nam cư trú ở trong nước.',
    applicants: 'Công dân Việt Nam (nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi) có nơi cư trú tại xã Sơn Giang.',
    result: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên).',
    legalBasisText:
      'Luật Hôn nhân và gia đình năm 2014; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch.',
    forms: ['Tờ khai đăng ký kết hôn'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000894',
  },
  {
    code: '1.000656',
    slug: 'dang-ky-khai-tu',
    name: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia; có thể thực hiện liên thông đăng ký khai tử – xóa đăng ký thường trú – hưởng chế độ tử tuất, mai táng phí.',
      'Thời hạn đi đăng ký: trong 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ, người thân thích khác có trách nhiệm đi khai tử.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Người đi khai tử nộp Tờ khai và Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử.',
      { heading: 'Bước 2. Giải quyết' },
      'Công chức tư pháp – hộ tịch kiểm tra, ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật cơ sở dữ liệu và trình Chủ tịch UBND xã cấp trích lục.',
      { heading: 'Bước 3. Trả kết quả' },
      'Trả Trích lục khai tử trực tiếp, qua bưu chính hoặc bản điện tử; thông tin được chuyển cho Công an xã để xóa đăng ký thường trú.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký khai tử theo mẫu;',
          'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp (văn bản xác nhận của cơ sở y tế, bản án, quyết định tuyên bố một người đã chết…).',
        ],
      },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc.',
    fees: 'Miễn lệ phí đăng ký khai tử đúng hạn; phí cấp bản sao trích lục (nếu có yêu cầu): 8.000 đồng/bản.',
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; đại diện cơ quan, tổ chức, cá nhân liên quan.',
    result: 'Trích lục khai tử (bản chính).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch.',
    forms: ['Tờ khai đăng ký khai tử'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000656',
  },
  {
    code: '1.004873',
    slug: 'cap-giay-xac-nhan-tinh-trang-hon-nhan',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia; người yêu cầu có thể chọn nhận bản điện tử hoặc bản giấy qua bưu chính.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp Tờ khai' },
      'Người yêu cầu nộp Tờ khai cấp Giấy xác nhận tình trạng hôn nhân, ghi rõ mục đích sử dụng.',
      { heading: 'Bước 2. Kiểm tra, xác minh' },
      'Công chức tư pháp – hộ tịch tra cứu Cơ sở dữ liệu hộ tịch điện tử; trường hợp người yêu cầu đã từng cư trú ở nơi khác thì đề nghị xác minh theo quy định.',
      { heading: 'Bước 3. Cấp Giấy xác nhận' },
      'Chủ tịch UBND xã ký Giấy xác nhận tình trạng hôn nhân cấp cho người yêu cầu.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu;',
          'Trường hợp đã có vợ, chồng nhưng đã ly hôn hoặc người kia đã chết: giấy tờ hợp lệ chứng minh;',
          'Trường hợp yêu cầu cấp lại để sử dụng vào mục đích khác hoặc do hết hạn: nộp lại Giấy xác nhận đã được cấp trước đó.',
        ],
      },
    ],
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì thời hạn được kéo dài theo quy định.',
    fees: 'Lệ phí theo mức do HĐND tỉnh Hà Tĩnh quy định; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Công dân Việt Nam cư trú tại xã Sơn Giang có yêu cầu xác nhận tình trạng hôn nhân.',
    result: 'Giấy xác nhận tình trạng hôn nhân, có giá trị 06 tháng kể từ ngày cấp.',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch.',
    legalBasisDocuments: ['215/UBND-VP'],
    forms: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004873',
  },
  {
    code: '1.001022',
    slug: 'dang-ky-nhan-cha-me-con',
    name: 'Đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Có thể nộp hồ sơ trực tuyến; khi đăng ký, người nhận và người được nhận là cha, mẹ, con phải có mặt tại Trung tâm Phục vụ hành chính công xã.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Người yêu cầu nộp Tờ khai và chứng cứ chứng minh quan hệ cha, mẹ, con.',
      { heading: 'Bước 2. Niêm yết, xác minh' },
      'Công chức tư pháp – hộ tịch kiểm tra, xác minh; niêm yết việc nhận cha, mẹ, con tại trụ sở UBND xã trong thời hạn theo quy định nếu cần thiết.',
      { heading: 'Bước 3. Đăng ký và trả kết quả' },
      'Nếu việc nhận cha, mẹ, con là đúng và không có tranh chấp, công chức ghi vào Sổ hộ tịch; các bên cùng ký; Chủ tịch UBND xã cấp trích lục.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu;',
          'Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ cha, mẹ, con; trường hợp không có thì các bên lập văn bản cam đoan và có ít nhất hai người làm chứng.',
        ],
      },
    ],
    processingTime:
      '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
    fees: 'Lệ phí theo mức do HĐND tỉnh Hà Tĩnh quy định; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Cha, mẹ hoặc con (người đã thành niên) là công dân Việt Nam cư trú trong nước.',
    result: 'Trích lục đăng ký nhận cha, mẹ, con (bản chính).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch.',
    forms: ['Tờ khai đăng ký nhận cha, mẹ, con'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001022',
  },
  {
    code: '1.004837',
    slug: 'dang-ky-giam-ho',
    name: 'Đăng ký giám hộ',
    field: 'Hộ tịch',
    agency: 'UBND xã Sơn Giang (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Sơn Giang, tầng 1 trụ sở UBND xã, thôn Tân Hòa (sáng 7h30–11h30, chiều 13h30–17h00 từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ hộ tịch, chứng thực).',
      'Có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia và nhận kết quả qua bưu chính.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Người yêu cầu đăng ký giám hộ nộp Tờ khai và văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên.',
      { heading: 'Bước 2. Xem xét' },
      'Công chức tư pháp – hộ tịch kiểm tra điều kiện của người giám hộ theo quy định của Bộ luật Dân sự.',
      { heading: 'Bước 3. Đăng ký' },
      'Ghi nội dung vào Sổ đăng ký giám hộ; người giám hộ và người yêu cầu cùng ký; Chủ tịch UBND xã cấp trích lục cho người yêu cầu.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký giám hộ theo mẫu;',
          'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (đối với giám hộ cử);',
          'Giấy tờ chứng minh điều kiện làm giám hộ đương nhiên; trường hợp có nhiều người cùng đủ điều kiện thì nộp văn bản thỏa thuận cử một người làm giám hộ.',
        ],
      },
    ],
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Miễn lệ phí đăng ký giám hộ.',
    applicants: 'Cá nhân được cử hoặc đương nhiên làm người giám hộ của người chưa thành niên, người mất năng lực hành vi dân sự.',
    result: 'Trích lục đăng ký giám hộ (bản chính).',
    legalBasisText:
      'Bộ luật Dân sự năm 2015; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch.',
    forms: ['Tờ khai đăng ký giám hộ'],
    onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004837',
  },
];
