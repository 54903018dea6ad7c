/**
 * The law's disclosure sections as site-page cases: budget disclosure, statistics, the leaders'
 * work schedule and the access-to-information page (demo data from cms/scripts/seed/disclosure).
 */
import type { PageCase } from './cases';

/** The Monday of last week in Việt Nam: the seed writes the current and the previous week. */
function previousMonday(now: Date = new Date()): string {
  const local = new Date(now.getTime() + 7 * 3600 * 1000);
  local.setUTCDate(local.getUTCDate() - ((local.getUTCDay() + 6) % 7) - 7);
  return local.toISOString().slice(0, 10);
}

export const DISCLOSURE_CASES: PageCase[] = [
  {
    type: 'budget disclosure by year, with the missing reports',
    on: {
      khanhKhe: {
        path: '/cong-khai-ngan-sach',
        h1: 'Công khai ngân sách',
        facts: ['Năm 2026', 'Năm 2025', 'Thực hiện 9 tháng', 'Chưa công khai:', 'Quyết toán'],
        elements: ['main a[href="/cong-khai-ngan-sach/du-toan-ngan-sach-nam-2026"]'],
      },
      quocTuan: { path: '/cong-khai-ngan-sach', h1: 'Công khai ngân sách', facts: ['Năm 2025', 'Thực hiện 6 tháng', 'Chưa công khai:'] },
    },
  },
  {
    type: 'budget report with its table',
    on: {
      khanhKhe: {
        path: '/cong-khai-ngan-sach/du-toan-ngan-sach-nam-2026',
        h1: 'Công khai dự toán ngân sách xã Khánh Khê năm 2026',
        facts: ['Nghị quyết số 12/NQ-HĐND', 'Thu tiền sử dụng đất', 'Tổng thu ngân sách', 'Tổng chi ngân sách', 'Đơn vị tính: đồng.'],
        elements: ['main a[href^="/van-ban/"]', 'table caption', 'th[scope="rowgroup"]', 'th[scope="row"]'],
      },
      quocTuan: {
        path: '/cong-khai-ngan-sach/thuc-hien-ngan-sach-9-thang-nam-2025',
        h1: 'Công khai tình hình thực hiện dự toán ngân sách xã Quốc Tuấn 9 tháng năm 2025',
        facts: ['Thực hiện so với dự toán', 'Chi đầu tư phát triển', 'Tổng chi ngân sách', '%'],
        elements: ['table caption', 'th[scope="col"]'],
      },
    },
  },
  {
    type: 'statistics by field',
    on: {
      khanhKhe: { path: '/thong-ke', h1: 'Thống kê', facts: ['Có 2 ấn phẩm thống kê.', 'Dân số – Lao động', 'Nông nghiệp'] },
      quocTuan: {
        path: '/thong-ke',
        h1: 'Thống kê',
        facts: ['Có 2 ấn phẩm thống kê.', 'Kết quả sản xuất nông nghiệp xã Quốc Tuấn năm 2025'],
      },
    },
  },
  {
    type: 'statistics table with a server-drawn chart',
    on: {
      khanhKhe: {
        path: '/thong-ke/ket-qua-san-xuat-nong-nghiep-nam-2025',
        h1: 'Kết quả sản xuất nông nghiệp xã Khánh Khê năm 2025',
        facts: ['Năng suất lúa bình quân', '50,2', 'Biểu đồ'],
        elements: ['svg[role="img"] > title', 'svg[role="img"] > desc', 'table caption'],
      },
      quocTuan: {
        path: '/thong-ke/dan-so-va-lao-dong-theo-thon-nam-2025',
        h1: 'Dân số và lao động theo thôn xã Quốc Tuấn năm 2025',
        facts: ['Thôn Kinh Điền', '1.881', 'Tổng dân số toàn xã'],
        elements: ['table caption'],
      },
    },
  },
  {
    type: 'work schedule of the current week',
    on: {
      khanhKhe: {
        path: '/lich-cong-tac',
        h1: 'Lịch công tác của lãnh đạo xã Khánh Khê',
        facts: [
          'Thứ Hai',
          'Giao ban Thường trực Đảng ủy',
          'Tiếp công dân định kỳ.',
          'Nông Văn Hải, Chủ tịch UBND xã',
          'Tuần trước',
          'Cập nhật lần cuối',
        ],
        elements: [`main a[href="/lich-cong-tac/${previousMonday()}"]`],
      },
      quocTuan: {
        path: '/lich-cong-tac',
        h1: 'Lịch công tác của lãnh đạo xã Quốc Tuấn',
        facts: ['Thứ Sáu', 'Vũ Đức Thành, Chủ tịch UBND xã'],
      },
    },
  },
  {
    type: 'work schedule of a past week',
    on: {
      khanhKhe: {
        path: `/lich-cong-tac/${previousMonday()}`,
        h1: /^Lịch công tác tuần của lãnh đạo xã Khánh Khê/,
        facts: ['Hội nghị đối thoại với Nhân dân', 'Tuần sau'],
      },
      quocTuan: {
        path: `/lich-cong-tac/${previousMonday()}`,
        h1: /^Lịch công tác tuần của lãnh đạo xã Quốc Tuấn/,
        facts: ['Thứ Bảy', 'Thôn An Tràng'],
      },
    },
  },
  {
    type: 'access to information',
    on: {
      khanhKhe: {
        path: '/tiep-can-thong-tin',
        h1: 'Tiếp cận thông tin',
        facts: [
          'Văn phòng HĐND và UBND xã Khánh Khê',
          'Danh mục thông tin phải công khai',
          'Phiếu yêu cầu cung cấp thông tin',
          'Danh sách hộ nghèo',
          '05 ngày làm việc',
        ],
        elements: [
          'main a[href="/cong-khai-ngan-sach"]',
          'main a[href="/lich-cong-tac"]',
          'main a[href^="/uploads/"][download]',
          'table caption',
        ],
      },
      quocTuan: {
        path: '/tiep-can-thong-tin',
        h1: 'Tiếp cận thông tin',
        facts: ['Nguyễn Văn Hùng', 'Kế hoạch sử dụng đất hằng năm của xã', 'Cập nhật lần cuối'],
      },
    },
  },
  {
    type: 'budget report or week not found (404)',
    status: 404,
    on: {
      khanhKhe: {
        path: '/cong-khai-ngan-sach/khong-co-bao-cao-nay',
        h1: 'Không tìm thấy trang',
        facts: ['Không tìm thấy báo cáo công khai ngân sách này'],
      },
      quocTuan: { path: '/lich-cong-tac/2020-01-06', h1: 'Không tìm thấy trang', facts: ['Không có lịch công tác của tuần này'] },
    },
  },
];
