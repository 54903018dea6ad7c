import type { SeedProcedure } from '../../types';

const AGENCY = 'UBND xã Quốc Tuấn (tiếp nhận tại Trung tâm Phục vụ hành chính công xã)';
const DVC = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=';

export const procedures: SeedProcedure[] = [
  {
    code: '1.001193',
    slug: 'dang-ky-khai-sinh',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Người có yêu cầu lựa chọn một trong các cách sau:',
      {
        list: [
          'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID (dịch vụ liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi).',
          'Nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã Quốc Tuấn, thôn Kinh Điền.',
          'Nộp qua dịch vụ bưu chính công ích.',
        ],
      },
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Cha, mẹ hoặc người có trách nhiệm đi khai sinh cho trẻ trong thời hạn 60 ngày kể từ ngày sinh nộp hồ sơ theo một trong các cách nêu trên.',
      { heading: 'Bước 2. Tiếp nhận, kiểm tra' },
      'Công chức làm công tác hộ tịch kiểm tra hồ sơ, đối chiếu thông tin trong Cơ sở dữ liệu quốc gia về dân cư; nếu hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.',
      { heading: 'Bước 3. Giải quyết và trả kết quả' },
      'Thấy thông tin khai sinh đầy đủ, phù hợp, công chức ghi vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử, trình Chủ tịch UBND xã ký Giấy khai sinh. Kết quả bản điện tử được gửi vào tài khoản của người yêu cầu; bản giấy trả tại Trung tâm hoặc qua bưu chính.',
    ],
    dossier: [
      { heading: 'Giấy tờ phải nộp' },
      {
        list: [
          'Tờ khai đăng ký khai sinh theo mẫu.',
          'Giấy chứng sinh; trường hợp không có thì nộp văn bản của người làm chứng xác nhận về việc sinh, hoặc giấy cam đoan về việc sinh.',
          'Trường hợp trẻ bị bỏ rơi: biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.',
        ],
      },
      { heading: 'Giấy tờ phải xuất trình' },
      {
        list: [
          'Giấy tờ tùy thân của người đi đăng ký (căn cước, hộ chiếu) hoặc tài khoản định danh điện tử mức độ 2.',
          'Giấy chứng nhận kết hôn của cha, mẹ (nếu thông tin chưa có trong cơ sở dữ liệu).',
        ],
      },
      'Số lượng hồ sơ: 01 bộ.',
    ],
    processingTime: 'Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
    fees: 'Miễn lệ phí đăng ký khai sinh đúng hạn; cấp bản sao trích lục khai sinh (nếu có yêu cầu): 8.000 đồng/bản.',
    applicants: 'Cha, mẹ, ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em.',
    result: 'Giấy khai sinh (bản chính, bản điện tử); bản sao trích lục khai sinh nếu có yêu cầu.',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch; Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ trưởng Bộ Tài chính.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    forms: ['Tờ khai đăng ký khai sinh'],
    onlineServiceUrl: DVC + '1.001193',
  },
  {
    code: '1.000894',
    slug: 'dang-ky-ket-hon',
    name: 'Đăng ký kết hôn',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Hai bên nam, nữ nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã. Khi nhận Giấy chứng nhận kết hôn, cả hai bên phải có mặt tại Trung tâm.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Một trong hai bên nộp Tờ khai và giấy tờ liên quan tại UBND xã nơi cư trú của bên nam hoặc bên nữ.',
      { heading: 'Bước 2. Kiểm tra, xác minh' },
      'Công chức hộ tịch kiểm tra điều kiện kết hôn theo Luật Hôn nhân và gia đình; trường hợp cần xác minh thì thời hạn giải quyết kéo dài không quá 05 ngày làm việc.',
      { heading: 'Bước 3. Trao Giấy chứng nhận kết hôn' },
      'Hai bên nam, nữ cùng có mặt, kiểm tra thông tin, ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn. Chủ tịch UBND xã hoặc người được ủy quyền trao Giấy chứng nhận kết hôn cho hai bên.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một Tờ khai).',
          'Giấy xác nhận tình trạng hôn nhân do UBND cấp xã nơi thường trú cấp, nếu một bên cư trú ở xã khác.',
          'Bản án, quyết định ly hôn đã có hiệu lực pháp luật (đối với người đã ly hôn), nếu thông tin chưa có trong cơ sở dữ liệu.',
          'Xuất trình giấy tờ tùy thân của hai bên.',
        ],
      },
    ],
    processingTime: 'Ngay sau khi nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì không quá 05 ngày làm việc.',
    fees: 'Miễn lệ phí đăng ký kết hôn đối với công dân Việt Nam cư trú ở trong nước; cấp bản sao trích lục kết hôn: 8.000 đồng/bản.',
    applicants: 'Công dân Việt Nam nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi, tự nguyện kết hôn, không thuộc trường hợp cấm kết hôn.',
    result: 'Giấy chứng nhận kết hôn (01 bản chính cho mỗi bên).',
    legalBasisText:
      'Luật Hôn nhân và gia đình năm 2014; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    forms: ['Tờ khai đăng ký kết hôn'],
    onlineServiceUrl: DVC + '1.000894',
  },
  {
    code: '1.000656',
    slug: 'dang-ky-khai-tu',
    name: 'Đăng ký khai tử',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID (liên thông đăng ký khai tử – xóa đăng ký thường trú – hưởng chế độ mai táng phí), hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công xã.',
    ],
    steps: [
      'Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ, người thân thích của người chết có trách nhiệm đi đăng ký khai tử.',
      'Công chức hộ tịch kiểm tra giấy tờ; nếu hợp lệ thì ghi vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử và trình Chủ tịch UBND xã cấp Trích lục khai tử.',
      'Thông tin khai tử được chia sẻ với cơ quan đăng ký cư trú và cơ quan bảo hiểm xã hội để giải quyết các thủ tục liên thông.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký khai tử theo mẫu.',
          'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp (bệnh viện, UBND xã, cơ quan công an…).',
          'Giấy tờ tùy thân của người đi đăng ký.',
        ],
      },
    ],
    processingTime: 'Ngay trong ngày tiếp nhận; trường hợp cần xác minh thì không quá 03 ngày làm việc.',
    fees: 'Miễn lệ phí đăng ký khai tử đúng hạn; cấp bản sao trích lục khai tử: 8.000 đồng/bản.',
    applicants: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết; cơ quan, tổ chức nơi người chết cư trú hoặc làm việc.',
    result: 'Trích lục khai tử (bản chính, bản điện tử).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    forms: ['Tờ khai đăng ký khai tử'],
    onlineServiceUrl: DVC + '1.000656',
  },
  {
    code: '1.001022',
    slug: 'dang-ky-nhan-cha-me-con',
    name: 'Đăng ký nhận cha, mẹ, con',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công xã. Khi đăng ký, bên nhận và bên được nhận phải có mặt.',
    ],
    steps: [
      'Người yêu cầu nộp hồ sơ tại UBND xã nơi cư trú của người nhận hoặc người được nhận là cha, mẹ, con.',
      'Công chức hộ tịch kiểm tra hồ sơ, đối chiếu thông tin trong cơ sở dữ liệu và tiến hành xác minh nếu cần thiết.',
      'Nếu việc nhận cha, mẹ, con là đúng và không có tranh chấp, công chức ghi vào Sổ đăng ký nhận cha, mẹ, con; hai bên ký vào Sổ; Chủ tịch UBND xã ký cấp Trích lục.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu.',
          'Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ cha con, mẹ con; trường hợp không có thì nộp các giấy tờ, đồ dùng, thư từ chứng minh mối quan hệ và văn bản cam đoan có ít nhất hai người làm chứng.',
          'Giấy tờ tùy thân của các bên.',
        ],
      },
    ],
    processingTime:
      '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì kéo dài thêm không quá 05 ngày làm việc.',
    fees: 'Lệ phí theo Nghị quyết của HĐND thành phố Hải Phòng; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Cha, mẹ nhận con hoặc con nhận cha, mẹ là công dân Việt Nam cư trú trong nước; các bên còn sống và không có tranh chấp.',
    result: 'Trích lục đăng ký nhận cha, mẹ, con.',
    legalBasisText:
      'Luật Hôn nhân và gia đình năm 2014; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ trưởng Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của HĐND tỉnh.',
    forms: ['Tờ khai đăng ký nhận cha, mẹ, con'],
    onlineServiceUrl: DVC + '1.001022',
  },
  {
    code: '1.004873',
    slug: 'cap-giay-xac-nhan-tinh-trang-hon-nhan',
    name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Toàn trình',
    howToFile: [
      'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia (nhận kết quả bản điện tử có giá trị như bản giấy) hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công xã.',
    ],
    steps: [
      'Người yêu cầu nộp Tờ khai, ghi rõ mục đích sử dụng Giấy xác nhận tình trạng hôn nhân.',
      'Công chức hộ tịch kiểm tra, tra cứu Cơ sở dữ liệu hộ tịch điện tử và Cơ sở dữ liệu quốc gia về dân cư; trường hợp người yêu cầu đã từng cư trú ở nhiều nơi thì có thể yêu cầu lập văn bản cam đoan về tình trạng hôn nhân.',
      'Chủ tịch UBND xã ký Giấy xác nhận tình trạng hôn nhân và trả kết quả cho người yêu cầu.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu.',
          'Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng (nếu đã từng kết hôn), trong trường hợp thông tin chưa có trong cơ sở dữ liệu.',
          'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây (trường hợp đề nghị cấp lại để sử dụng vào mục đích khác hoặc đã hết hạn).',
        ],
      },
    ],
    processingTime:
      '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh thì thời hạn được kéo dài theo quy định của pháp luật về hộ tịch.',
    fees: 'Lệ phí theo Nghị quyết của HĐND thành phố Hải Phòng; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật.',
    applicants: 'Công dân Việt Nam cư trú trên địa bàn xã có yêu cầu xác nhận tình trạng hôn nhân.',
    result: 'Giấy xác nhận tình trạng hôn nhân (có giá trị 06 tháng kể từ ngày cấp).',
    legalBasisText:
      'Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Nghị định số 87/2020/NĐ-CP ngày 28/7/2020 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    forms: ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân'],
    onlineServiceUrl: DVC + '1.004873',
  },
  {
    code: '1.004837',
    slug: 'dang-ky-giam-ho',
    name: 'Đăng ký giám hộ',
    field: 'Hộ tịch',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công xã. Người giám hộ có mặt khi ký Sổ đăng ký giám hộ.',
    ],
    steps: [
      'Người được cử làm giám hộ nộp hồ sơ tại UBND xã nơi cư trú của người được giám hộ hoặc người giám hộ.',
      'Công chức hộ tịch kiểm tra; nếu đủ điều kiện thì ghi vào Sổ đăng ký giám hộ, cùng người giám hộ ký vào Sổ.',
      'Chủ tịch UBND xã ký cấp Trích lục đăng ký giám hộ cho người giám hộ.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đăng ký giám hộ theo mẫu.',
          'Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự (đối với giám hộ cử) hoặc giấy tờ chứng minh điều kiện làm giám hộ đương nhiên khi có nhiều người cùng đủ điều kiện.',
          'Giấy tờ tùy thân của người giám hộ.',
        ],
      },
    ],
    processingTime: '03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    fees: 'Miễn lệ phí.',
    applicants: 'Cá nhân, tổ chức được cử hoặc đương nhiên làm người giám hộ theo quy định của Bộ luật Dân sự.',
    result: 'Trích lục đăng ký giám hộ.',
    legalBasisText:
      'Bộ luật Dân sự năm 2015; Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp.',
    forms: ['Tờ khai đăng ký giám hộ'],
    onlineServiceUrl: DVC + '1.004837',
  },
  {
    code: '2.000815',
    slug: 'chung-thuc-ban-sao-tu-ban-chinh',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    field: 'Chứng thực',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp trực tiếp tại quầy chứng thực của Trung tâm Phục vụ hành chính công xã; hoặc đăng ký trực tuyến trên Cổng Dịch vụ công quốc gia để được chứng thực bản sao điện tử từ bản chính (người yêu cầu mang bản chính đến đối chiếu).',
    ],
    steps: [
      'Người yêu cầu xuất trình bản chính và bản sao cần chứng thực (hoặc đề nghị Trung tâm chụp từ bản chính).',
      'Công chức kiểm tra bản chính, đối chiếu với bản sao; nếu đúng thì ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
      'Người yêu cầu nộp phí và nhận bản sao đã được chứng thực.',
    ],
    dossier: [
      {
        list: [
          'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao.',
          'Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị).',
        ],
      },
      'Không chứng thực bản sao từ bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; bản chính bị hư hỏng, cũ nát không xác định được nội dung.',
    ],
    processingTime:
      'Trong ngày tiếp nhận; trường hợp yêu cầu sau 15 giờ thì trả trong ngày làm việc tiếp theo. Trường hợp số lượng lớn thì hẹn thời gian cụ thể.',
    fees: '2.000 đồng/trang đối với trang thứ nhất và thứ hai; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản.',
    applicants: 'Cá nhân, tổ chức có yêu cầu chứng thực bản sao.',
    result: 'Bản sao được chứng thực từ bản chính.',
    legalBasisText:
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    onlineServiceUrl: DVC + '2.000815',
  },
  {
    code: '2.000884',
    slug: 'chung-thuc-chu-ky',
    name: 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu không ký, không điểm chỉ được)',
    field: 'Chứng thực',
    agency: AGENCY,
    onlineLevel: 'Trực tiếp',
    howToFile: ['Người yêu cầu chứng thực trực tiếp đến Trung tâm Phục vụ hành chính công xã và ký trước mặt người thực hiện chứng thực.'],
    steps: [
      'Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản cần chứng thực chữ ký.',
      'Công chức kiểm tra; nếu người yêu cầu minh mẫn, nhận thức và làm chủ được hành vi thì yêu cầu ký (hoặc điểm chỉ) trước mặt.',
      'Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.',
    ],
    dossier: [
      {
        list: ['Bản chính hoặc bản sao có chứng thực giấy tờ tùy thân còn giá trị sử dụng.', 'Giấy tờ, văn bản cần chứng thực chữ ký.'],
      },
    ],
    processingTime: 'Trong ngày tiếp nhận; trường hợp yêu cầu sau 15 giờ thì trả trong ngày làm việc tiếp theo.',
    fees: '10.000 đồng/trường hợp (một trường hợp là một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản).',
    applicants: 'Cá nhân có yêu cầu chứng thực chữ ký.',
    result: 'Giấy tờ, văn bản được chứng thực chữ ký.',
    legalBasisText:
      'Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ; Thông tư số 01/2020/TT-BTP ngày 03/3/2020 của Bộ trưởng Bộ Tư pháp; Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ trưởng Bộ Tài chính.',
    legalBasisDocuments: ['31/QĐ-UBND'],
  },
  {
    code: '1.001776',
    slug: 'tro-cap-xa-hoi-hang-thang',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    field: 'Bảo trợ xã hội',
    agency: AGENCY,
    onlineLevel: 'Một phần',
    howToFile: [
      'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công xã. Trưởng thôn có thể hỗ trợ người cao tuổi, người khuyết tật lập và chuyển hồ sơ.',
    ],
    steps: [
      { heading: 'Bước 1. Nộp hồ sơ' },
      'Đối tượng hoặc người giám hộ, người thân nộp Tờ khai và giấy tờ kèm theo.',
      { heading: 'Bước 2. Xét duyệt, niêm yết' },
      'Công chức phụ trách lao động – thương binh và xã hội thuộc Phòng Văn hóa – Xã hội kiểm tra, tổng hợp, trình Hội đồng xét duyệt; kết quả được niêm yết công khai tại trụ sở UBND xã và nhà văn hóa thôn trong 02 ngày làm việc.',
      { heading: 'Bước 3. Quyết định và chi trả' },
      'Chủ tịch UBND xã ban hành quyết định trợ cấp; đối tượng được hưởng từ tháng quyết định có hiệu lực, chi trả qua tài khoản ngân hàng hoặc qua tổ chức dịch vụ chi trả.',
    ],
    dossier: [
      {
        list: [
          'Tờ khai đề nghị trợ giúp xã hội theo mẫu tương ứng với từng nhóm đối tượng.',
          'Giấy xác nhận khuyết tật (đối với người khuyết tật).',
          'Giấy tờ chứng minh đối tượng thuộc hộ nghèo, hộ cận nghèo hoặc trường hợp khác (nếu thông tin chưa có trong cơ sở dữ liệu).',
        ],
      },
    ],
    processingTime: 'Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, không kể thời gian niêm yết công khai.',
    fees: 'Không.',
    applicants:
      'Trẻ em không có nguồn nuôi dưỡng, người cao tuổi thuộc diện hưởng trợ cấp, người khuyết tật nặng và đặc biệt nặng, người đơn thân nghèo đang nuôi con và các đối tượng bảo trợ xã hội khác theo quy định.',
    result: 'Quyết định của Chủ tịch UBND xã về việc trợ cấp xã hội hằng tháng (hoặc điều chỉnh, thôi hưởng).',
    legalBasisText:
      'Luật Người cao tuổi năm 2009; Luật Người khuyết tật năm 2010; Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; Nghị định số 76/2024/NĐ-CP ngày 01/7/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    forms: ['Tờ khai đề nghị trợ giúp xã hội'],
    onlineServiceUrl: DVC + '1.001776',
  },
  {
    code: '1.001699',
    slug: 'xac-dinh-muc-do-khuyet-tat',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: 'Bảo trợ xã hội',
    agency: AGENCY,
    onlineLevel: 'Trực tiếp',
    howToFile: [
      'Nộp hồ sơ trực tiếp hoặc qua bưu chính tại Trung tâm Phục vụ hành chính công xã; người khuyết tật có mặt khi Hội đồng xác định mức độ khuyết tật tổ chức đánh giá.',
    ],
    steps: [
      'Người khuyết tật hoặc người đại diện hợp pháp nộp đơn đề nghị và giấy tờ liên quan.',
      'Chủ tịch UBND xã triệu tập Hội đồng xác định mức độ khuyết tật; Hội đồng tổ chức quan sát, phỏng vấn, đánh giá theo bộ câu hỏi quy định và thông báo thời gian, địa điểm cho người khuyết tật.',
      'Căn cứ kết luận của Hội đồng, Chủ tịch UBND xã cấp Giấy xác nhận khuyết tật; niêm yết, thông báo công khai kết quả.',
    ],
    dossier: [
      {
        list: [
          'Đơn đề nghị xác định, xác định lại mức độ khuyết tật theo mẫu.',
          'Bản sao các giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật, giấy tờ liên quan khác) nếu có.',
          'Bản sao kết luận của Hội đồng Giám định y khoa (nếu có).',
        ],
      },
    ],
    processingTime:
      'Hội đồng tổ chức đánh giá trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ; Giấy xác nhận khuyết tật được cấp trong 05 ngày làm việc sau khi có kết luận của Hội đồng.',
    fees: 'Không.',
    applicants: 'Người khuyết tật hoặc người đại diện hợp pháp của người khuyết tật cư trú trên địa bàn xã.',
    result: 'Giấy xác nhận khuyết tật.',
    legalBasisText:
      'Luật Người khuyết tật năm 2010; Nghị định số 28/2012/NĐ-CP ngày 10/4/2012 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật; Thông tư số 01/2019/TT-BLĐTBXH ngày 02/01/2019 của Bộ trưởng Bộ Lao động – Thương binh và Xã hội quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện.',
    forms: ['Đơn đề nghị xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật'],
  },
  {
    code: '1.012812',
    slug: 'hoa-giai-tranh-chap-dat-dai',
    name: 'Hòa giải tranh chấp đất đai',
    field: 'Đất đai',
    agency: 'UBND xã Quốc Tuấn (Phòng Kinh tế tham mưu; tiếp nhận tại Trung tâm Phục vụ hành chính công xã)',
    onlineLevel: 'Trực tiếp',
    howToFile: ['Nộp đơn trực tiếp hoặc qua bưu chính tại Trung tâm Phục vụ hành chính công xã nơi có đất tranh chấp.'],
    steps: [
      { heading: 'Bước 1. Tiếp nhận đơn' },
      'Các bên tranh chấp đã hòa giải ở cơ sở nhưng không thành, hoặc trực tiếp gửi đơn đề nghị hòa giải đến UBND xã.',
      { heading: 'Bước 2. Chuẩn bị hòa giải' },
      'UBND xã thành lập Hội đồng hòa giải tranh chấp đất đai; Phòng Kinh tế thẩm tra, xác minh nguồn gốc, quá trình sử dụng đất, thu thập giấy tờ, tài liệu có liên quan.',
      { heading: 'Bước 3. Tổ chức hòa giải' },
      'Hội đồng tổ chức cuộc họp hòa giải có sự tham gia của các bên và người có quyền lợi, nghĩa vụ liên quan. Kết quả được lập thành biên bản hòa giải thành hoặc không thành, gửi các bên và lưu hồ sơ.',
    ],
    dossier: [
      {
        list: [
          'Đơn đề nghị hòa giải tranh chấp đất đai.',
          'Giấy tờ, tài liệu liên quan đến nguồn gốc, quá trình sử dụng thửa đất tranh chấp (nếu có).',
        ],
      },
    ],
    processingTime: 'Không quá 30 ngày kể từ ngày UBND xã nhận được đơn đề nghị hòa giải.',
    fees: 'Không.',
    applicants: 'Hộ gia đình, cá nhân, cộng đồng dân cư, tổ chức là các bên tranh chấp đất đai trên địa bàn xã.',
    result: 'Biên bản hòa giải thành hoặc biên bản hòa giải không thành.',
    legalBasisText:
      'Luật Đất đai năm 2024; Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai; Luật Hòa giải ở cơ sở năm 2013.',
    legalBasisDocuments: ['31/QĐ-UBND'],
    forms: ['Đơn đề nghị hòa giải tranh chấp đất đai'],
  },
];
