import { currentWeekEntries, previousWeekEntries, type ScheduleCast } from '../../disclosure/schedule-template';
import { agricultureStatistic, populationStatistic } from '../../disclosure/statistics-template';
import type { SeedDisclosure } from '../../disclosure/types';

const cast: ScheduleCast = {
  partySecretary: 'Trần Quốc Hưng, Bí thư Đảng ủy xã',
  chairman: 'Lê Đình Phúc, Chủ tịch UBND xã',
  viceEconomy: 'Hồ Sỹ Tuấn, Phó Chủ tịch UBND xã',
  viceSociety: 'Đặng Thị Minh Nguyệt, Phó Chủ tịch UBND xã',
  councilChair: 'Nguyễn Thị Thanh Hà, Chủ tịch HĐND xã',
  officeChief: 'Phan Thị Hồng Nhung, Chánh Văn phòng HĐND và UBND xã',
  villages: ['Trung Hòa', 'Phú Lâm', 'Tiến Thành'],
  hall: 'Hội trường UBND xã',
  serviceCentre: 'Trung tâm Phục vụ hành chính công xã',
};

export const disclosure: SeedDisclosure = {
  shortName: 'Sơn Giang',
  budget: { scale: 1.18, estimate2026Resolution: '15/NQ-HĐND' },
  statistics: [
    populationStatistic(
      'Sơn Giang',
      [
        { village: 'Tân Hòa', previous: 1524, current: 1538 },
        { village: 'Trung Hòa', previous: 1287, current: 1296 },
        { village: 'Phú Lâm', previous: 1105, current: 1112 },
        { village: 'Tiến Thành', previous: 968, current: 975 },
        { village: 'Mỹ Thịnh', previous: 1342, current: 1351 },
        { village: 'Thanh Tiến', previous: 1076, current: 1088 },
      ],
      { previous: 4396, current: 4431, employedBefore: 4178, employed: 4232 },
    ),
    agricultureStatistic('Sơn Giang', [
      { indicator: 'Diện tích gieo trồng lúa cả năm', unit: 'ha', previous: 845, current: 832 },
      { indicator: 'Năng suất lúa bình quân', unit: 'tạ/ha', previous: 52.4, current: 54.1 },
      { indicator: 'Sản lượng lương thực có hạt', unit: 'tấn', previous: 6620, current: 6850 },
      { indicator: 'Diện tích cam, bưởi cho thu hoạch', unit: 'ha', previous: 515, current: 540 },
      { indicator: 'Sản lượng cam, bưởi', unit: 'tấn', previous: 9150, current: 9700 },
      { indicator: 'Tổng đàn trâu, bò', unit: 'con', previous: 3120, current: 3045 },
      { indicator: 'Tổng đàn gia cầm', unit: 'nghìn con', previous: 86.5, current: 92.3 },
    ]),
  ],
  currentWeek: currentWeekEntries(cast),
  previousWeek: previousWeekEntries(cast),
  infoAccess: {
    contactPerson: 'Phan Thị Hồng Nhung, Chánh Văn phòng HĐND và UBND xã',
    address: 'Văn phòng HĐND và UBND xã, thôn Tân Hòa, xã Sơn Giang, tỉnh Hà Tĩnh',
    phone: '0239 3875 126',
    email: 'ubndxasongiang@hatinh.gov.vn',
    receivingHours: 'Sáng 7 giờ – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)',
    extraItems: [
      {
        title: 'Danh sách hộ nghèo, hộ cận nghèo được công nhận hằng năm',
        legalBasis: 'Luật Thực hiện dân chủ ở cơ sở năm 2022',
        location: 'Bảng tin UBND xã, nhà văn hóa các thôn và mục Tin tức – Thông báo',
        timing: 'Sau khi có quyết định công nhận',
      },
    ],
  },
};
