/** Plans, public investment projects and bidding notices of Quốc Tuấn (seed-public-works.ts). */
import type { SeedPublicWorks } from '../../public-works-types';

const works: SeedPublicWorks = {
  plans: [
    {
      slug: 'chuong-trinh-cong-tac-nam-2026',
      title: 'Chương trình công tác năm 2026 của Ủy ban nhân dân xã Quốc Tuấn',
      planKind: 'Chương trình công tác năm',
      field: 'Chỉ đạo, điều hành',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      summary:
        'Các đề án, báo cáo, tờ trình UBND xã trình HĐND xã và các nhiệm vụ trọng tâm của UBND xã Quốc Tuấn năm 2026, ' +
        'phân theo tháng, quý, có cơ quan chủ trì và thời hạn.',
      body: [
        { heading: 'Nhiệm vụ trọng tâm' },
        {
          list: [
            'Chỉ đạo sản xuất vụ Xuân, vụ Mùa và cây vụ đông; phát triển làng nghề truyền thống.',
            'Đẩy nhanh tiến độ dự án cải tạo kênh tiêu nội đồng và nhà lớp học Trường THCS Quốc Tuấn.',
            'Tổ chức bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026–2031.',
            'Tổng kết năm 2026, xây dựng kế hoạch và dự toán ngân sách năm 2027.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2026-06-25',
          title: 'Kết quả thực hiện Chương trình công tác 6 tháng đầu năm 2026',
          summary: 'Hoàn thành 22/25 nội dung; 3 nội dung chuyển sang quý III.',
        },
        {
          reportDate: '2026-10-05',
          title: 'Kết quả thực hiện Chương trình công tác 9 tháng năm 2026',
          summary: 'Hoàn thành 35/38 nội dung; tập trung hoàn thành các nội dung trình kỳ họp cuối năm của HĐND xã.',
        },
      ],
      published: '2026-10-05',
    },
    {
      slug: 'ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2026',
      title: 'Kế hoạch phát triển kinh tế – xã hội năm 2026 của xã Quốc Tuấn',
      planKind: 'Kế hoạch',
      field: 'Kinh tế – xã hội',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      summary: 'Chỉ tiêu kinh tế, văn hóa – xã hội, môi trường, quốc phòng – an ninh năm 2026 của xã Quốc Tuấn và các giải pháp chủ yếu.',
      body: [
        {
          list: [
            'Tốc độ tăng giá trị sản xuất bình quân 7,5%; thu nhập bình quân đầu người đạt 78 triệu đồng/năm.',
            'Diện tích cây vụ đông đạt 180 ha; cơ giới hóa khâu cấy đạt 55% diện tích lúa.',
            'Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2026-06-25',
          title: 'Tình hình thực hiện 6 tháng đầu năm 2026',
          summary:
            'Năng suất lúa vụ Xuân đạt 6,6 tấn/ha; thu ngân sách trên địa bàn đạt 63% dự toán; không để xảy ra dịch bệnh lớn trên ' +
            'đàn vật nuôi.',
        },
      ],
      published: '2026-06-25',
    },
    {
      slug: 'ke-hoach-cai-cach-hanh-chinh-chuyen-doi-so-nam-2026',
      title: 'Kế hoạch cải cách hành chính, chuyển đổi số và nâng cao chất lượng phục vụ năm 2026',
      planKind: 'Kế hoạch',
      field: 'Cải cách hành chính',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      approvingDocument: '25/KH-UBND',
      summary:
        'Nhiệm vụ cải cách hành chính, chuyển đổi số và nâng cao chất lượng phục vụ của Trung tâm Phục vụ hành chính công xã năm ' +
        '2026.',
      body: ['Phấn đấu 100% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính.'],
      published: '2026-02-05',
    },
    {
      slug: 'ke-hoach-san-xuat-vu-xuan-2026',
      title: 'Kế hoạch sản xuất nông nghiệp vụ Xuân năm 2026',
      planKind: 'Kế hoạch',
      field: 'Nông nghiệp',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đã hoàn thành',
      approvingDocument: '12/KH-UBND',
      summary: 'Cơ cấu giống, lịch thời vụ, diện tích gieo cấy và các biện pháp kỹ thuật cho vụ Xuân năm 2026.',
      body: ['Gieo cấy 850 ha lúa, trong đó 70% diện tích là giống lúa chất lượng cao; cấy bằng máy 320 ha.'],
      reports: [
        {
          reportDate: '2026-06-10',
          title: 'Tổng kết sản xuất vụ Xuân năm 2026',
          summary: 'Gieo cấy 856 ha lúa, năng suất bình quân 6,6 tấn/ha, tăng 0,2 tấn/ha so với vụ Xuân năm 2025.',
        },
      ],
      published: '2026-06-10',
    },
    {
      slug: 'quy-hoach-chung-xay-dung-xa-2021-2030',
      title: 'Quy hoạch chung xây dựng xã Quốc Tuấn giai đoạn 2021–2030',
      planKind: 'Quy hoạch',
      field: 'Xây dựng, đất đai',
      periodStart: 2021,
      periodEnd: 2030,
      planStatus: 'Đang thực hiện',
      summary:
        'Định hướng không gian, sử dụng đất, hạ tầng kỹ thuật và hạ tầng xã hội của xã Quốc Tuấn đến năm 2030: khu trung tâm tại ' +
        'thôn Kinh Điền, vùng lúa chất lượng cao, khu làng nghề và hệ thống kênh tiêu nội đồng.',
      body: [
        {
          list: [
            'Khu trung tâm hành chính – văn hóa – thể thao tại thôn Kinh Điền.',
            'Vùng lúa chất lượng cao và cây vụ đông tại các thôn Đông Phù, Lạc Thị, Trúc Động.',
            'Cải tạo hệ thống kênh tiêu nội đồng qua thôn Đồng Giới và thôn An Tràng.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2024-12-16',
          title: 'Kết quả thực hiện quy hoạch năm 2024',
          summary: 'Hoàn thành cải tạo đường trục xã đoạn Kinh Điền – Lạc Thị; mở rộng sân thể thao trung tâm xã.',
        },
        {
          reportDate: '2025-12-15',
          title: 'Đánh giá kết quả thực hiện giai đoạn 2021–2025',
          summary: 'Hoàn thành 81% khối lượng hạ tầng dự kiến; đề xuất điều chỉnh cục bộ khu dân cư mới sau sắp xếp đơn vị hành chính.',
        },
      ],
      mapAlt: 'Bản đồ định hướng quy hoạch không gian xã Quốc Tuấn đến năm 2030 (ảnh minh họa)',
      published: '2025-12-15',
    },
  ],
  projects: [
    {
      slug: 'cai-tao-kenh-tieu-dong-gioi-an-trang',
      name: 'Cải tạo, nâng cấp kênh tiêu nội đồng đoạn qua thôn Đồng Giới và thôn An Tràng',
      investor: 'Ban Quản lý dự án đầu tư xây dựng xã Quốc Tuấn',
      totalCapital: '6500000000',
      capitalSource: 'Ngân sách thành phố hỗ trợ có mục tiêu và ngân sách xã',
      location: 'Thôn Đồng Giới và thôn An Tràng, xã Quốc Tuấn',
      startYear: 2026,
      endYear: 2027,
      projectStatus: 'Đang thực hiện',
      approvingDocument: '15/NQ-HĐND',
      summary: 'Nạo vét, kè bờ bằng bê tông 2,4 km kênh tiêu và làm mới 3 cống tiêu, chống úng cho khoảng 210 ha lúa và rau màu.',
      progress: [
        {
          updateDate: '2026-09-25',
          percentComplete: 0,
          disbursed: '150000000',
          note: 'Phê duyệt báo cáo kinh tế – kỹ thuật; chuẩn bị lựa ' + 'chọn nhà thầu.',
        },
        {
          updateDate: '2026-11-25',
          percentComplete: 8,
          disbursed: '1300000000',
          note: 'Khởi công ngày 18/11/2026; nạo vét 400 m kênh đầu ' + 'tuyến.',
        },
      ],
      published: '2026-11-25',
    },
    {
      slug: 'nha-lop-hoc-truong-thcs-quoc-tuan',
      name: 'Xây dựng nhà lớp học 2 tầng 8 phòng Trường Trung học cơ sở Quốc Tuấn',
      investor: 'Ủy ban nhân dân xã Quốc Tuấn',
      totalCapital: '6900000000',
      capitalSource: 'Ngân sách thành phố hỗ trợ và ngân sách xã',
      location: 'Thôn Kinh Điền, xã Quốc Tuấn',
      startYear: 2025,
      endYear: 2026,
      projectStatus: 'Đang thực hiện',
      summary: 'Nhà lớp học 2 tầng, 8 phòng học bộ môn, tổng diện tích sàn khoảng 920 m², kèm sân, cổng và hệ thống phòng cháy, chữa cháy.',
      progress: [
        { updateDate: '2025-07-15', percentComplete: 15, disbursed: '1000000000', note: 'Khởi công ngày 01/7/2025; hoàn thành móng.' },
        {
          updateDate: '2025-12-20',
          percentComplete: 60,
          disbursed: '3800000000',
          note: 'Hoàn thành phần thô; đang lắp cửa, hoàn thiện ' + 'tầng 1.',
        },
        {
          updateDate: '2026-08-10',
          percentComplete: 95,
          disbursed: '6100000000',
          note: 'Đưa 8 phòng học vào sử dụng từ năm học 2026–2027; ' + 'đang làm sân và cổng.',
        },
      ],
      published: '2026-08-10',
    },
    {
      slug: 'cai-tao-duong-truc-xa-kinh-dien-lac-thi',
      name: 'Cải tạo đường trục xã đoạn Kinh Điền – Lạc Thị',
      investor: 'Ủy ban nhân dân xã Quốc Tuấn',
      totalCapital: '4200000000',
      capitalSource: 'Vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách xã',
      location: 'Thôn Kinh Điền và thôn Lạc Thị, xã Quốc Tuấn',
      startYear: 2024,
      endYear: 2024,
      projectStatus: 'Đã hoàn thành',
      summary: 'Mở rộng mặt đường lên 6 m, thảm bê tông nhựa 1,6 km, lắp đèn chiếu sáng và rãnh thoát nước hai bên.',
      progress: [
        { updateDate: '2024-05-20', percentComplete: 40, disbursed: '1500000000', note: 'Hoàn thành mở rộng nền đường.' },
        { updateDate: '2024-11-28', percentComplete: 100, disbursed: '4080000000', note: 'Nghiệm thu, bàn giao đưa vào sử dụng.' },
      ],
      published: '2024-11-28',
    },
  ],
  notices: [
    {
      slug: 'khlcnt-kenh-tieu-dong-gioi-an-trang',
      title: 'Kế hoạch lựa chọn nhà thầu dự án Cải tạo, nâng cấp kênh tiêu nội đồng đoạn qua thôn Đồng Giới và thôn An Tràng',
      noticeKind: 'Kế hoạch lựa chọn nhà thầu',
      project: 'cai-tao-kenh-tieu-dong-gioi-an-trang',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '5640000000',
      noticeDate: '2026-10-05',
      summary: 'Dự án gồm 4 gói thầu; gói thi công xây dựng lựa chọn nhà thầu theo hình thức đấu thầu rộng rãi trong nước, qua mạng.',
      content: [
        'Gói thầu số 01: Tư vấn khảo sát, lập báo cáo kinh tế – kỹ thuật: chỉ định thầu rút gọn.',
        'Gói thầu số 02: Tư vấn giám sát thi công: chỉ định thầu rút gọn.',
        'Gói thầu số 03: Thi công xây dựng công trình, giá gói thầu 5.640.000.000 đồng: đấu thầu rộng rãi trong nước, qua mạng.',
        'Gói thầu số 04: Bảo hiểm công trình: chào hàng cạnh tranh.',
      ],
    },
    {
      slug: 'tbmt-thi-cong-kenh-tieu-dong-gioi-an-trang',
      title: 'Thông báo mời thầu gói thầu thi công cải tạo kênh tiêu nội đồng thôn Đồng Giới – An Tràng',
      noticeKind: 'Thông báo mời thầu',
      project: 'cai-tao-kenh-tieu-dong-gioi-an-trang',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '5640000000',
      noticeDate: '2026-10-12',
      closingDate: '2026-10-28',
      summary:
        'Mời nhà thầu tham dự đấu thầu rộng rãi trong nước, qua mạng; hồ sơ mời thầu phát hành trên Hệ thống mạng đấu thầu quốc ' + 'gia.',
      content: ['Thời gian thực hiện hợp đồng: 240 ngày.', 'Bảo đảm dự thầu: 60.000.000 đồng.'],
    },
    {
      slug: 'kqlcnt-thi-cong-kenh-tieu-dong-gioi-an-trang',
      title: 'Kết quả lựa chọn nhà thầu gói thầu thi công cải tạo kênh tiêu nội đồng thôn Đồng Giới – An Tràng',
      noticeKind: 'Kết quả lựa chọn nhà thầu',
      project: 'cai-tao-kenh-tieu-dong-gioi-an-trang',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '5640000000',
      noticeDate: '2026-11-10',
      winner: 'Công ty TNHH Đầu tư Xây dựng Phú Thái',
      contractValue: '5512300000',
      summary: 'Phê duyệt nhà thầu trúng thầu gói thi công; hợp đồng trọn gói, thời gian thực hiện 240 ngày.',
      content: [
        'Có 4 nhà thầu nộp hồ sơ dự thầu; 3 nhà thầu đáp ứng yêu cầu về kỹ thuật.',
        'Giá trúng thầu: 5.512.300.000 đồng (đã gồm ' + 'thuế).',
      ],
    },
    {
      slug: 'kqlcnt-nha-lop-hoc-truong-thcs',
      title: 'Kết quả lựa chọn nhà thầu gói thầu thi công nhà lớp học Trường THCS Quốc Tuấn',
      noticeKind: 'Kết quả lựa chọn nhà thầu',
      project: 'nha-lop-hoc-truong-thcs-quoc-tuan',
      packageName: 'Gói thầu số 04: Thi công xây dựng và lắp đặt thiết bị',
      packageValue: '5980000000',
      noticeDate: '2025-06-09',
      winner: 'Công ty Cổ phần Xây dựng Thành Đông',
      contractValue: '5874000000',
      summary: 'Phê duyệt nhà thầu trúng thầu gói thi công nhà lớp học; hợp đồng theo đơn giá cố định, thời gian thực hiện 420 ngày.',
      content: ['Có 3 nhà thầu nộp hồ sơ dự thầu.', 'Giá trúng thầu: 5.874.000.000 đồng (đã gồm thuế).'],
    },
    {
      slug: 'mua-sam-may-tinh-may-quet-so-hoa-2026',
      title: 'Mua sắm máy tính và máy quét tài liệu phục vụ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026',
      noticeKind: 'Mua sắm công',
      packageName: 'Mua sắm thiết bị số hóa năm 2026',
      packageValue: '196000000',
      noticeDate: '2026-05-11',
      closingDate: '2026-05-21',
      summary: 'Mua 5 máy tính và 2 máy quét tài liệu tốc độ cao cho Trung tâm Phục vụ hành chính công xã; chào hàng cạnh tranh qua mạng.',
      content: ['Nguồn vốn: ngân sách xã năm 2026.', 'Thời gian giao hàng: 20 ngày kể từ ngày ký hợp đồng.'],
    },
  ],
};

export default works;
