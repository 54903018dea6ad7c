import { currentWeekEntries, previousWeekEntries, type ScheduleCast } from '../../disclosure/schedule-template';
import { agricultureStatistic, populationStatistic } from '../../disclosure/statistics-template';
import type { SeedDisclosure } from '../../disclosure/types';

const cast: ScheduleCast = {
  partySecretary: 'Hoàng Văn Thắng, Bí thư Đảng ủy xã',
  chairman: 'Nông Văn Hải, Chủ tịch UBND xã',
  viceEconomy: 'Hoàng Thị Mai, Phó Chủ tịch UBND xã',
  viceSociety: 'Vi Văn Đoàn, Phó Chủ tịch UBND xã',
  councilChair: 'Lộc Văn Quyết, Chủ tịch HĐND xã',
  officeChief: 'Đinh Văn Tùng, Chánh Văn phòng HĐND và UBND xã',
  villages: ['Khòn Pát', 'Bản Giàng', 'Nà Lộc'],
  hall: 'Hội trường UBND xã',
  serviceCentre: 'Trung tâm Phục vụ hành chính công xã',
};

export const disclosure: SeedDisclosure = {
  shortName: 'Khánh Khê',
  budget: { scale: 1, estimate2026Resolution: '12/NQ-HĐND' },
  statistics: [
    populationStatistic(
      'Khánh Khê',
      [
        { village: 'Nà Pàn', previous: 1186, current: 1203 },
        { village: 'Khòn Pát', previous: 954, current: 962 },
        { village: 'Bản Giàng', previous: 1318, current: 1331 },
        { village: 'Nà Lộc', previous: 876, current: 884 },
        { village: 'Pác Lạng', previous: 1042, current: 1057 },
        { village: 'Khòn Nà', previous: 731, current: 738 },
      ],
      { previous: 3868, current: 3915, employedBefore: 3702, employed: 3764 },
    ),
    agricultureStatistic('Khánh Khê', [
      { indicator: 'Diện tích gieo trồng lúa cả năm', unit: 'ha', previous: 612, current: 598 },
      { indicator: 'Năng suất lúa bình quân', unit: 'tạ/ha', previous: 48.6, current: 50.2 },
      { indicator: 'Diện tích ngô', unit: 'ha', previous: 285, current: 301 },
      { indicator: 'Sản lượng lương thực có hạt', unit: 'tấn', previous: 4210, current: 4385 },
      { indicator: 'Diện tích hồi, quế cho thu hoạch', unit: 'ha', previous: 1460, current: 1525 },
      { indicator: 'Tổng đàn trâu, bò', unit: 'con', previous: 2140, current: 2065 },
      { indicator: 'Tổng đàn lợn', unit: 'con', previous: 5830, current: 6210 },
    ]),
  ],
  currentWeek: currentWeekEntries(cast),
  previousWeek: previousWeekEntries(cast),
  infoAccess: {
    contactPerson: 'Đinh Văn Tùng, Chánh Văn phòng HĐND và UBND xã',
    address: 'Văn phòng HĐND và UBND xã, thôn Nà Pàn, xã Khánh Khê, tỉnh Lạng Sơn',
    phone: '0205 3831 426',
    email: 'ubndkhanhkhe@langson.gov.vn',
    receivingHours: 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)',
    extraItems: [
      {
        title: 'Danh sách hộ nghèo, hộ cận nghèo được công nhận hằng năm',
        legalBasis: 'Luật Thực hiện dân chủ ở cơ sở năm 2022',
        location: 'Bảng tin UBND xã, nhà văn hóa các thôn và mục Tin tức – Thông báo',
        timing: 'Sau khi có quyết định công nhận',
      },
      {
        title: 'Kết quả tiếp công dân, giải quyết khiếu nại, tố cáo',
        legalBasis: 'Luật Tiếp công dân năm 2013',
        location: 'Mục Tin tức – Thông báo',
        timing: 'Hằng quý',
      },
    ],
  },
};
