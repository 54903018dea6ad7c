/** Plans, public investment projects and bidding notices of Sơn Giang (seed-public-works.ts). */
import type { SeedPublicWorks } from '../../public-works-types';

const works: SeedPublicWorks = {
  plans: [
    {
      slug: 'chuong-trinh-cong-tac-nam-2026',
      title: 'Chương trình công tác năm 2026 của Ủy ban nhân dân xã Sơn Giang',
      planKind: 'Chương trình công tác năm',
      field: 'Chỉ đạo, điều hành',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      summary:
        'Danh mục đề án, báo cáo, tờ trình và các nhiệm vụ trọng tâm UBND xã Sơn Giang thực hiện trong năm 2026, ' +
        'theo tháng và quý, với cơ quan chủ trì và thời hạn hoàn thành.',
      body: [
        { heading: 'Nhiệm vụ trọng tâm' },
        {
          list: [
            'Chỉ đạo sản xuất vụ Xuân, vụ Hè Thu; chăm sóc vùng cam, bưởi theo hướng VietGAP.',
            'Phòng, chống thiên tai, tìm kiếm cứu nạn mùa mưa bão năm 2026.',
            'Tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031.',
            'Xây dựng kế hoạch phát triển kinh tế – xã hội và dự toán ngân sách năm 2027.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2026-07-10',
          title: 'Kết quả thực hiện Chương trình công tác 6 tháng đầu năm 2026',
          summary: 'Hoàn thành 24/28 nội dung; 4 nội dung lùi sang quý III để phù hợp lịch họp HĐND xã.',
        },
      ],
      published: '2026-07-10',
    },
    {
      slug: 'ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2026',
      title: 'Kế hoạch phát triển kinh tế – xã hội năm 2026 của xã Sơn Giang',
      planKind: 'Kế hoạch',
      field: 'Kinh tế – xã hội',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      summary: 'Các chỉ tiêu kinh tế, văn hóa – xã hội, môi trường, quốc phòng – an ninh năm 2026 và giải pháp thực hiện.',
      body: [
        {
          list: [
            'Giá trị sản xuất nông nghiệp tăng 4,5%; diện tích cam, bưởi đạt chứng nhận VietGAP 60 ha.',
            'Thu nhập bình quân đầu người đạt 52 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn dưới 2,8%.',
            'Có thêm 2 sản phẩm đạt chứng nhận OCOP 3 sao.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2026-07-08',
          title: 'Tình hình thực hiện 6 tháng đầu năm 2026',
          summary: 'Thu hoạch 1.020 ha lúa vụ Xuân, năng suất bình quân 5,9 tấn/ha; thu ngân sách đạt 61% dự toán.',
        },
      ],
      published: '2026-07-08',
    },
    {
      slug: 'ke-hoach-cai-cach-hanh-chinh-chuyen-doi-so-nam-2026',
      title: 'Kế hoạch cải cách hành chính và chuyển đổi số năm 2026 của Ủy ban nhân dân xã Sơn Giang',
      planKind: 'Kế hoạch',
      field: 'Cải cách hành chính',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      approvingDocument: '05/KH-UBND',
      summary: 'Nhiệm vụ cải cách hành chính, nâng cao chất lượng dịch vụ công trực tuyến và chuyển đổi số của UBND xã năm 2026.',
      body: ['Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%; 100% kết quả giải quyết thủ tục hành chính được số hóa.'],
      published: '2026-01-08',
    },
    {
      slug: 'ke-hoach-vung-cam-buoi-vietgap-2023-2025',
      title: 'Kế hoạch phát triển vùng trồng cam, bưởi tập trung theo hướng VietGAP giai đoạn 2023–2025',
      planKind: 'Kế hoạch',
      field: 'Nông nghiệp',
      periodStart: 2023,
      periodEnd: 2025,
      planStatus: 'Đã hoàn thành',
      approvingDocument: '45/KH-UBND',
      summary:
        'Hình thành vùng cam, bưởi tập trung tại các thôn Khe Mây, Kim Lộc, Phú Thượng; hỗ trợ chứng nhận VietGAP và liên kết tiêu ' +
        'thụ.',
      body: ['Mục tiêu đến năm 2025: 120 ha cam, bưởi tập trung, trong đó 50 ha được chứng nhận VietGAP.'],
      reports: [
        {
          reportDate: '2024-12-10',
          title: 'Kết quả thực hiện năm 2024',
          summary: 'Diện tích cam, bưởi tập trung đạt 104 ha; 32 ha được cấp chứng nhận VietGAP.',
        },
        {
          reportDate: '2025-12-12',
          title: 'Tổng kết thực hiện giai đoạn 2023–2025',
          summary: 'Đạt 126 ha cam, bưởi tập trung, 55 ha được chứng nhận VietGAP; 2 hợp tác xã liên kết tiêu thụ ổn định.',
        },
      ],
      published: '2025-12-12',
    },
    {
      slug: 'quy-hoach-chung-xay-dung-xa-2021-2030',
      title: 'Quy hoạch chung xây dựng xã Sơn Giang giai đoạn 2021–2030',
      planKind: 'Quy hoạch',
      field: 'Xây dựng, đất đai',
      periodStart: 2021,
      periodEnd: 2030,
      planStatus: 'Đang thực hiện',
      summary:
        'Định hướng không gian, sử dụng đất, hạ tầng kỹ thuật và hạ tầng xã hội của xã Sơn Giang đến năm 2030: trung tâm xã tại ' +
        'thôn Tân Hòa, vùng cây ăn quả, vùng lúa và các khu dân cư.',
      body: [
        {
          list: [
            'Khu trung tâm hành chính – dịch vụ tại thôn Tân Hòa.',
            'Vùng cây ăn quả tập trung tại các thôn Khe Mây, Kim Lộc, Phú Thượng.',
            'Nâng cấp đường liên thôn Tân Hòa – Khe Mây và hệ thống kênh tưới Bàu Sen – Giang Hà.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2025-12-18',
          title: 'Đánh giá kết quả thực hiện giai đoạn 2021–2025',
          summary: 'Hoàn thành 74% khối lượng hạ tầng dự kiến; đã cứng hóa 86% đường trục thôn.',
        },
      ],
      mapAlt: 'Bản đồ định hướng quy hoạch không gian xã Sơn Giang đến năm 2030 (ảnh minh họa)',
      published: '2025-12-18',
    },
    {
      slug: 'chuong-trinh-ho-tro-cam-buoi-ocop-2026-2030',
      title: 'Chương trình hỗ trợ phát triển sản xuất cam, bưởi an toàn gắn với sản phẩm OCOP giai đoạn 2026–2030',
      planKind: 'Chương trình',
      field: 'Nông nghiệp',
      periodStart: 2026,
      periodEnd: 2030,
      planStatus: 'Đã phê duyệt',
      approvingDocument: '07/NQ-HĐND',
      summary: 'Hỗ trợ giống, chứng nhận sản xuất an toàn, xây dựng nhãn hiệu và sản phẩm OCOP từ cam, bưởi của xã.',
      body: ['Mục tiêu đến năm 2030: 200 ha cam, bưởi sản xuất an toàn; 4 sản phẩm OCOP từ 3 sao trở lên.'],
      published: '2026-07-17',
    },
  ],
  projects: [
    {
      slug: 'duong-lien-thon-tan-hoa-khe-may',
      name: 'Nâng cấp đường giao thông liên thôn Tân Hòa – Khe Mây',
      investor: 'Ủy ban nhân dân xã Sơn Giang',
      totalCapital: '5400000000',
      capitalSource: 'Ngân sách tỉnh hỗ trợ và ngân sách xã',
      location: 'Thôn Tân Hòa và thôn Khe Mây, xã Sơn Giang',
      startYear: 2026,
      endYear: 2027,
      projectStatus: 'Đang thực hiện',
      summary: 'Nâng cấp 3,1 km đường bê tông xi măng, mặt đường rộng 5 m, kèm hệ thống thoát nước và biển báo.',
      progress: [
        {
          updateDate: '2026-08-25',
          percentComplete: 12,
          disbursed: '1000000000',
          note: 'Khởi công ngày 15/8/2026; thi công nền đường đầu ' + 'tuyến.',
        },
        {
          updateDate: '2026-11-20',
          percentComplete: 38,
          disbursed: '2100000000',
          note: 'Hoàn thành 1,1 km mặt đường; tạm dừng đổ bê tông ' + 'những ngày mưa lớn.',
        },
      ],
      published: '2026-11-20',
    },
    {
      slug: 'kien-co-hoa-kenh-tuoi-bau-sen-giang-ha',
      name: 'Kiên cố hóa kênh tưới Bàu Sen – Giang Hà',
      investor: 'Ủy ban nhân dân xã Sơn Giang',
      totalCapital: '3150000000',
      capitalSource: 'Vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      location: 'Thôn Bàu Sen và thôn Giang Hà, xã Sơn Giang',
      startYear: 2025,
      endYear: 2026,
      projectStatus: 'Đang thực hiện',
      summary: 'Kiên cố hóa 2,3 km kênh tưới, tưới chủ động cho khoảng 65 ha lúa và rau màu.',
      progress: [
        { updateDate: '2025-10-30', percentComplete: 20, disbursed: '600000000', note: 'Khởi công; thi công 450 m kênh đầu tuyến.' },
        { updateDate: '2026-03-15', percentComplete: 60, disbursed: '1800000000', note: 'Hoàn thành 1,4 km kênh, kịp cấp nước vụ Xuân.' },
        {
          updateDate: '2026-09-10',
          percentComplete: 90,
          disbursed: '2650000000',
          note: 'Hoàn thành thân kênh; đang làm cống điều tiết và ' + 'nghiệm thu từng phần.',
        },
      ],
      published: '2026-09-10',
    },
    {
      slug: 'nha-lop-hoc-truong-mam-non-son-giang',
      name: 'Xây dựng nhà lớp học 2 tầng 8 phòng Trường Mầm non Sơn Giang',
      investor: 'Ủy ban nhân dân xã Sơn Giang',
      totalCapital: '7800000000',
      capitalSource: 'Ngân sách tỉnh hỗ trợ có mục tiêu và ngân sách xã',
      location: 'Thôn Tân Hòa, xã Sơn Giang',
      startYear: 2027,
      endYear: 2028,
      projectStatus: 'Chuẩn bị đầu tư',
      summary: 'Nhà lớp học 2 tầng, 8 phòng nhóm lớp kèm phòng chức năng, thay các phòng học tạm tại điểm trường thôn Tân Hòa.',
      progress: [
        {
          updateDate: '2026-10-20',
          percentComplete: 0,
          disbursed: '0',
          note: 'Đang lập báo cáo đề xuất chủ trương đầu tư, trình HĐND xã ' + 'cuối năm 2026.',
        },
      ],
      published: '2026-10-20',
    },
  ],
  notices: [
    {
      slug: 'khlcnt-kenh-tuoi-bau-sen-giang-ha',
      title: 'Kế hoạch lựa chọn nhà thầu dự án Kiên cố hóa kênh tưới Bàu Sen – Giang Hà',
      noticeKind: 'Kế hoạch lựa chọn nhà thầu',
      project: 'kien-co-hoa-kenh-tuoi-bau-sen-giang-ha',
      packageName: 'Gói thầu số 02: Thi công xây dựng công trình',
      packageValue: '2780000000',
      noticeDate: '2025-07-22',
      summary: 'Dự án gồm 3 gói thầu; gói thi công xây dựng lựa chọn nhà thầu theo hình thức đấu thầu rộng rãi trong nước, qua mạng.',
      content: [
        'Gói thầu số 01: Tư vấn lập báo cáo kinh tế – kỹ thuật: chỉ định thầu rút gọn.',
        'Gói thầu số 02: Thi công xây dựng công trình, giá gói thầu 2.780.000.000 đồng: đấu thầu rộng rãi trong nước, qua mạng.',
        'Gói thầu số 03: Tư vấn giám sát thi công: chỉ định thầu rút gọn.',
      ],
    },
    {
      slug: 'kqlcnt-kenh-tuoi-bau-sen-giang-ha',
      title: 'Kết quả lựa chọn nhà thầu gói thầu thi công kênh tưới Bàu Sen – Giang Hà',
      noticeKind: 'Kết quả lựa chọn nhà thầu',
      project: 'kien-co-hoa-kenh-tuoi-bau-sen-giang-ha',
      packageName: 'Gói thầu số 02: Thi công xây dựng công trình',
      packageValue: '2780000000',
      noticeDate: '2025-10-06',
      winner: 'Công ty Cổ phần Xây dựng Thủy lợi Hồng Lĩnh',
      contractValue: '2716500000',
      summary: 'Phê duyệt nhà thầu trúng thầu gói thi công; hợp đồng trọn gói, thời gian thực hiện 330 ngày.',
      content: ['Có 2 nhà thầu nộp hồ sơ dự thầu, cả 2 đáp ứng yêu cầu về kỹ thuật.', 'Giá trúng thầu: 2.716.500.000 đồng (đã gồm thuế).'],
    },
    {
      slug: 'tbmt-thi-cong-duong-tan-hoa-khe-may',
      title: 'Thông báo mời thầu gói thầu thi công nâng cấp đường liên thôn Tân Hòa – Khe Mây',
      noticeKind: 'Thông báo mời thầu',
      project: 'duong-lien-thon-tan-hoa-khe-may',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '4650000000',
      noticeDate: '2026-06-15',
      closingDate: '2026-07-02',
      summary:
        'Mời nhà thầu tham dự đấu thầu rộng rãi trong nước, qua mạng; hồ sơ mời thầu phát hành trên Hệ thống mạng đấu thầu quốc ' + 'gia.',
      content: ['Thời gian thực hiện hợp đồng: 360 ngày.', 'Bảo đảm dự thầu: 50.000.000 đồng.'],
    },
    {
      slug: 'mua-sam-thiet-bi-phong-hop-truc-tuyen-2026',
      title: 'Mua sắm bàn ghế, tủ tài liệu và thiết bị phòng họp trực tuyến của Ủy ban nhân dân xã năm 2026',
      noticeKind: 'Mua sắm công',
      packageName: 'Mua sắm trang thiết bị làm việc năm 2026',
      packageValue: '348000000',
      noticeDate: '2026-08-04',
      closingDate: '2026-08-14',
      summary: 'Mua bàn ghế, tủ tài liệu cho bộ phận tiếp nhận hồ sơ và bộ thiết bị phòng họp trực tuyến; chào hàng cạnh tranh qua mạng.',
      content: ['Nguồn vốn: ngân sách xã năm 2026.', 'Thời gian giao hàng và lắp đặt: 30 ngày kể từ ngày ký hợp đồng.'],
    },
  ],
};

export default works;
