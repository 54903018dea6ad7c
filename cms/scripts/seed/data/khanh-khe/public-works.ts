/** Plans, public investment projects and bidding notices of Khánh Khê (seed-public-works.ts). */
import type { SeedPublicWorks } from '../../public-works-types';

const works: SeedPublicWorks = {
  plans: [
    {
      slug: 'chuong-trinh-cong-tac-nam-2026',
      title: 'Chương trình công tác năm 2026 của Ủy ban nhân dân xã Khánh Khê',
      planKind: 'Chương trình công tác năm',
      field: 'Chỉ đạo, điều hành',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      summary:
        'Các nội dung, đề án, báo cáo UBND xã trình HĐND xã và các công việc trọng tâm UBND xã tổ chức thực hiện theo từng tháng, ' +
        'từng quý của năm 2026, phân công cơ quan chủ trì và thời hạn hoàn thành.',
      body: [
        { heading: 'Mục tiêu' },
        'Cụ thể hóa nhiệm vụ phát triển kinh tế – xã hội, quốc phòng – an ninh năm 2026; bảo đảm sự chỉ đạo, điều hành của UBND xã ' +
          'thống nhất, kịp thời, đúng thẩm quyền.',
        { heading: 'Nội dung trọng tâm' },
        {
          list: [
            'Quý I: triển khai kế hoạch phát triển kinh tế – xã hội, dự toán ngân sách năm 2026; chuẩn bị bầu cử đại biểu Quốc hội và HĐND ' +
              'các cấp.',
            'Quý II: trồng rừng, trồng hồi thay thế; phòng, chống thiên tai mùa mưa bão; sơ kết 6 tháng.',
            'Quý III: khai giảng năm học mới; rà soát hộ nghèo, hộ cận nghèo; đôn đốc giải ngân vốn đầu tư công.',
            'Quý IV: tổng kết năm 2026; xây dựng kế hoạch phát triển kinh tế – xã hội và dự toán ngân sách năm 2027.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2026-07-03',
          title: 'Kết quả thực hiện Chương trình công tác 6 tháng đầu năm 2026',
          summary: 'Hoàn thành 27/31 nội dung theo kế hoạch; 4 nội dung chuyển sang quý III do chờ hướng dẫn của cấp tỉnh.',
        },
        {
          reportDate: '2026-10-08',
          title: 'Kết quả thực hiện Chương trình công tác 9 tháng năm 2026',
          summary: 'Hoàn thành 41/46 nội dung; các nội dung còn lại được giao thời hạn hoàn thành trong tháng 12/2026.',
        },
      ],
      published: '2026-10-08',
    },
    {
      slug: 'ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2026',
      title: 'Kế hoạch phát triển kinh tế – xã hội năm 2026 của xã Khánh Khê',
      planKind: 'Kế hoạch',
      field: 'Kinh tế – xã hội',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      summary:
        'Các chỉ tiêu chủ yếu về kinh tế, văn hóa – xã hội, môi trường và quốc phòng – an ninh năm 2026 của xã Khánh Khê cùng các ' +
        'nhóm giải pháp thực hiện.',
      body: [
        { heading: 'Các chỉ tiêu chủ yếu' },
        {
          list: [
            'Tổng sản lượng lương thực có hạt đạt 3.150 tấn; trồng mới và trồng thay thế 45 ha hồi.',
            'Thu nhập bình quân đầu người đạt 46 triệu đồng/năm.',
            'Tỷ lệ hộ nghèo giảm 2,5 điểm phần trăm theo chuẩn nghèo đa chiều.',
            'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96%; tỷ lệ che phủ rừng duy trì trên 68%.',
          ],
        },
        { heading: 'Giải pháp' },
        'Tập trung phát triển vùng hồi tập trung gắn với chế biến, tiêu thụ; đẩy nhanh tiến độ các công trình đầu tư công; ' +
          'nâng cao chất lượng giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.',
      ],
      reports: [
        {
          reportDate: '2026-06-22',
          title: 'Tình hình thực hiện 6 tháng đầu năm 2026',
          summary: 'Gieo cấy 610 ha lúa vụ Xuân, đạt 100% kế hoạch; trồng thay thế 28 ha hồi; thu ngân sách trên địa bàn đạt 58% dự toán.',
        },
      ],
      published: '2026-06-22',
    },
    {
      slug: 'ke-hoach-cai-cach-hanh-chinh-nam-2026',
      title: 'Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Khánh Khê',
      planKind: 'Kế hoạch',
      field: 'Cải cách hành chính',
      periodStart: 2026,
      periodEnd: 2026,
      planStatus: 'Đang thực hiện',
      approvingDocument: '05/KH-UBND',
      summary:
        'Nhiệm vụ cải cách thể chế, thủ tục hành chính, tổ chức bộ máy, công vụ, tài chính công và xây dựng chính quyền số của ' +
        'UBND xã năm 2026.',
      body: [
        'Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ ' +
          'giải quyết đúng hạn đạt trên 98%; mức độ hài lòng của người dân đạt trên 90%.',
      ],
      reports: [
        {
          reportDate: '2026-06-22',
          title: 'Kết quả cải cách hành chính 6 tháng đầu năm 2026',
          summary: 'Tiếp nhận 1.248 hồ sơ, trong đó 71% nộp trực tuyến; 99,2% hồ sơ giải quyết đúng hạn.',
        },
      ],
      published: '2026-06-22',
    },
    {
      slug: 'quy-hoach-chung-xay-dung-xa-2021-2030',
      title: 'Quy hoạch chung xây dựng xã Khánh Khê giai đoạn 2021–2030',
      planKind: 'Quy hoạch',
      field: 'Xây dựng, đất đai',
      periodStart: 2021,
      periodEnd: 2030,
      planStatus: 'Đang thực hiện',
      summary:
        'Định hướng tổ chức không gian, sử dụng đất, hệ thống hạ tầng kỹ thuật và hạ tầng xã hội của xã Khánh Khê đến năm 2030: ' +
        'trung tâm xã tại thôn Nà Pàn, các khu dân cư, vùng sản xuất hồi và lúa, mạng lưới đường giao thông nông thôn.',
      body: [
        { heading: 'Phạm vi và quy mô' },
        'Toàn bộ địa giới hành chính xã Khánh Khê; dân số dự báo đến năm 2030 khoảng 5.600 người.',
        { heading: 'Định hướng chính' },
        {
          list: [
            'Khu trung tâm xã: trụ sở Đảng ủy, HĐND, UBND, trường học, trạm y tế, chợ và nhà văn hóa xã.',
            'Vùng sản xuất hồi tập trung tại các thôn Khuổi Slẻ, Kéo Coọng, Nà Lùng.',
            'Cứng hóa 100% đường trục thôn và đường liên thôn đến năm 2030.',
          ],
        },
      ],
      reports: [
        {
          reportDate: '2024-12-20',
          title: 'Kết quả thực hiện quy hoạch năm 2024',
          summary: 'Cứng hóa thêm 3,2 km đường trục thôn; hoàn thành chợ trung tâm xã; cắm mốc giới khu trung tâm xã.',
        },
        {
          reportDate: '2025-12-18',
          title: 'Đánh giá kết quả thực hiện giai đoạn 2021–2025',
          summary:
            'Đạt 78% khối lượng hạ tầng dự kiến đến năm 2025; tỷ lệ đường trục thôn được cứng hóa đạt 82%. ' +
            'Đề xuất rà soát, điều chỉnh cục bộ sau sắp xếp đơn vị hành chính.',
        },
      ],
      mapAlt: 'Bản đồ định hướng quy hoạch không gian xã Khánh Khê đến năm 2030 (ảnh minh họa)',
      published: '2025-12-18',
    },
    {
      slug: 'ke-hoach-xay-dung-nong-thon-moi-2021-2025',
      title: 'Kế hoạch xây dựng xã nông thôn mới giai đoạn 2021–2025',
      planKind: 'Kế hoạch',
      field: 'Nông thôn mới',
      periodStart: 2021,
      periodEnd: 2025,
      planStatus: 'Đã hoàn thành',
      summary: 'Lộ trình hoàn thành 19 tiêu chí xã nông thôn mới giai đoạn 2021–2025, nguồn lực và phân công thực hiện.',
      body: ['Kế hoạch xác định các tiêu chí còn thiếu (giao thông, thủy lợi, thu nhập, hộ nghèo) và lộ trình hoàn thành từng năm.'],
      reports: [
        {
          reportDate: '2025-11-28',
          title: 'Tổng kết thực hiện giai đoạn 2021–2025',
          summary: 'Xã đạt 19/19 tiêu chí xã nông thôn mới; 6 thôn đạt chuẩn thôn nông thôn mới.',
        },
      ],
      published: '2025-11-28',
    },
    {
      slug: 'ke-hoach-chuyen-doi-so-nam-2027',
      title: 'Kế hoạch chuyển đổi số và phát triển chính quyền số xã Khánh Khê năm 2027',
      planKind: 'Kế hoạch',
      field: 'Chuyển đổi số',
      periodStart: 2027,
      periodEnd: 2027,
      planStatus: 'Đã phê duyệt',
      approvingDocument: '120/KH-UBND',
      summary: 'Mục tiêu, nhiệm vụ chuyển đổi số năm 2027: hạ tầng số, dữ liệu số, dịch vụ công trực tuyến, kỹ năng số của người dân.',
      body: ['Phấn đấu 80% hộ gia đình có người biết sử dụng dịch vụ công trực tuyến; 100% thôn có điểm truy cập Internet công cộng.'],
      published: '2026-11-16',
    },
  ],
  projects: [
    {
      slug: 'duong-giao-thong-na-pan-khuoi-sle',
      name: 'Cứng hóa đường giao thông nông thôn tuyến Nà Pàn – Khuổi Slẻ',
      investor: 'Ủy ban nhân dân xã Khánh Khê',
      totalCapital: '4850000000',
      capitalSource: 'Vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách xã',
      location: 'Thôn Nà Pàn và thôn Khuổi Slẻ, xã Khánh Khê',
      startYear: 2025,
      endYear: 2026,
      projectStatus: 'Đang thực hiện',
      summary: 'Cứng hóa 2,8 km đường bê tông xi măng, mặt đường rộng 3,5 m, kèm rãnh dọc và 6 cống ngang thoát nước.',
      progress: [
        {
          updateDate: '2025-11-20',
          percentComplete: 15,
          disbursed: '650000000',
          note: 'Khởi công ngày 10/11/2025; hoàn thành giải phóng mặt bằng, thi công nền đường đoạn đầu tuyến.',
        },
        { updateDate: '2026-04-15', percentComplete: 55, disbursed: '2400000000', note: 'Hoàn thành 1,4 km mặt đường bê tông.' },
        {
          updateDate: '2026-09-30',
          percentComplete: 85,
          disbursed: '3900000000',
          note: 'Hoàn thành 2,4 km mặt đường; đang thi công rãnh dọc và cống ngang đoạn cuối tuyến.',
        },
      ],
      published: '2026-09-30',
    },
    {
      slug: 'nha-lop-hoc-truong-tieu-hoc-khanh-khe',
      name: 'Xây dựng nhà lớp học 2 tầng 6 phòng Trường Tiểu học Khánh Khê',
      investor: 'Ủy ban nhân dân xã Khánh Khê',
      totalCapital: '6200000000',
      capitalSource: 'Ngân sách tỉnh hỗ trợ có mục tiêu và ngân sách xã',
      location: 'Thôn Nà Pàn, xã Khánh Khê',
      startYear: 2026,
      endYear: 2027,
      projectStatus: 'Đang thực hiện',
      summary:
        'Nhà lớp học 2 tầng, 6 phòng học và 2 phòng chức năng, tổng diện tích sàn khoảng 780 m², thay cho dãy phòng học cấp 4 xuống ' +
        'cấp.',
      progress: [
        { updateDate: '2026-05-20', percentComplete: 10, disbursed: '900000000', note: 'Khởi công ngày 12/5/2026; thi công móng.' },
        {
          updateDate: '2026-10-15',
          percentComplete: 45,
          disbursed: '2600000000',
          note: 'Hoàn thành phần thân tầng 1, đang thi công sàn tầng 2.',
        },
      ],
      published: '2026-10-15',
    },
    {
      slug: 'kien-co-hoa-kenh-muong-ban-chu',
      name: 'Kiên cố hóa kênh mương nội đồng thôn Bản Chu',
      investor: 'Ủy ban nhân dân xã Khánh Khê',
      totalCapital: '2950000000',
      capitalSource: 'Vốn Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi',
      location: 'Thôn Bản Chu, xã Khánh Khê',
      startYear: 2024,
      endYear: 2025,
      projectStatus: 'Đã hoàn thành',
      summary: 'Kiên cố hóa 1,9 km kênh bê tông, bảo đảm nước tưới chủ động cho khoảng 42 ha lúa hai vụ.',
      progress: [
        { updateDate: '2024-10-15', percentComplete: 30, disbursed: '800000000', note: 'Thi công 600 m kênh đầu tuyến.' },
        { updateDate: '2025-03-10', percentComplete: 80, disbursed: '2200000000', note: 'Hoàn thành 1,5 km kênh, kịp dẫn nước vụ Xuân.' },
        {
          updateDate: '2025-06-30',
          percentComplete: 100,
          disbursed: '2870000000',
          note: 'Nghiệm thu, bàn giao đưa vào sử dụng; giao thôn Bản Chu quản lý, vận hành.',
        },
      ],
      published: '2025-06-30',
    },
  ],
  notices: [
    {
      slug: 'khlcnt-duong-na-pan-khuoi-sle',
      title: 'Kế hoạch lựa chọn nhà thầu dự án Cứng hóa đường giao thông nông thôn tuyến Nà Pàn – Khuổi Slẻ',
      noticeKind: 'Kế hoạch lựa chọn nhà thầu',
      project: 'duong-giao-thong-na-pan-khuoi-sle',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '4120000000',
      noticeDate: '2025-08-18',
      summary: 'Dự án gồm 4 gói thầu; gói thi công xây dựng lựa chọn nhà thầu theo hình thức đấu thầu rộng rãi trong nước, qua mạng.',
      content: [
        'Gói thầu số 01: Tư vấn khảo sát, lập báo cáo kinh tế – kỹ thuật: chỉ định thầu rút gọn.',
        'Gói thầu số 02: Tư vấn giám sát thi công: chỉ định thầu rút gọn.',
        'Gói thầu số 03: Thi công xây dựng công trình, giá gói thầu 4.120.000.000 đồng: đấu thầu rộng rãi trong nước, qua mạng.',
        'Gói thầu số 04: Bảo hiểm công trình: chào hàng cạnh tranh.',
      ],
    },
    {
      slug: 'tbmt-thi-cong-duong-na-pan-khuoi-sle',
      title: 'Thông báo mời thầu gói thầu thi công xây dựng tuyến đường Nà Pàn – Khuổi Slẻ',
      noticeKind: 'Thông báo mời thầu',
      project: 'duong-giao-thong-na-pan-khuoi-sle',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '4120000000',
      noticeDate: '2025-09-05',
      closingDate: '2025-09-22',
      summary:
        'Mời các nhà thầu đủ năng lực tham dự đấu thầu rộng rãi trong nước, qua mạng; hồ sơ mời thầu phát hành trên ' +
        'Hệ thống mạng đấu thầu quốc gia.',
      content: [
        'Thời gian thực hiện hợp đồng: 300 ' + 'ngày.',
        'Bảo đảm dự thầu: 45.000.000 đồng.',
        'Thời điểm đóng thầu: 09 giờ 00 ngày 22/9/2025.',
      ],
    },
    {
      slug: 'kqlcnt-thi-cong-duong-na-pan-khuoi-sle',
      title: 'Kết quả lựa chọn nhà thầu gói thầu thi công xây dựng tuyến đường Nà Pàn – Khuổi Slẻ',
      noticeKind: 'Kết quả lựa chọn nhà thầu',
      project: 'duong-giao-thong-na-pan-khuoi-sle',
      packageName: 'Gói thầu số 03: Thi công xây dựng công trình',
      packageValue: '4120000000',
      noticeDate: '2025-10-20',
      winner: 'Công ty TNHH Xây dựng và Thương mại Hoàng Sơn',
      contractValue: '4015600000',
      summary: 'Phê duyệt nhà thầu trúng thầu; hợp đồng trọn gói, thời gian thực hiện 300 ngày kể từ ngày khởi công.',
      content: [
        'Có 3 nhà thầu nộp hồ sơ dự thầu; 2 nhà thầu đáp ứng yêu cầu về kỹ ' + 'thuật.',
        'Giá trúng thầu: 4.015.600.000 đồng (đã gồm thuế).',
      ],
    },
    {
      slug: 'mua-sam-thiet-bi-tin-hoc-nam-2026',
      title: 'Mua sắm máy tính, máy in, máy quét phục vụ Trung tâm Phục vụ hành chính công xã năm 2026',
      noticeKind: 'Mua sắm công',
      packageName: 'Mua sắm thiết bị tin học năm 2026',
      packageValue: '285000000',
      noticeDate: '2026-03-16',
      closingDate: '2026-03-26',
      summary: 'Mua 8 máy tính để bàn, 3 máy in và 2 máy quét tài liệu; chào hàng cạnh tranh qua Hệ thống mạng đấu thầu quốc gia.',
      content: ['Nguồn vốn: ngân sách xã năm 2026 (chi thường xuyên).', 'Thời gian giao hàng: 30 ngày kể từ ngày ký hợp đồng.'],
    },
  ],
};

export default works;
