import { currentWeekEntries, previousWeekEntries, type ScheduleCast } from '../../disclosure/schedule-template';
import { agricultureStatistic, populationStatistic } from '../../disclosure/statistics-template';
import type { SeedDisclosure } from '../../disclosure/types';

const cast: ScheduleCast = {
  partySecretary: 'Phạm Văn Khải, Bí thư Đảng ủy xã',
  chairman: 'Vũ Đức Thành, Chủ tịch UBND xã',
  viceEconomy: 'Trần Quang Huy, Phó Chủ tịch UBND xã',
  viceSociety: 'Lê Thị Thu Hà, Phó Chủ tịch UBND xã',
  councilChair: 'Nguyễn Thị Hồng Nhung, Chủ tịch HĐND xã',
  officeChief: 'Nguyễn Văn Hùng, Chánh Văn phòng HĐND và UBND xã',
  villages: ['Đồng Giới', 'An Tràng', 'Trung Hành'],
  hall: 'Hội trường UBND xã',
  serviceCentre: 'Trung tâm Phục vụ hành chính công xã',
};

export const disclosure: SeedDisclosure = {
  shortName: 'Quốc Tuấn',
  budget: { scale: 1.32 },
  statistics: [
    populationStatistic(
      'Quốc Tuấn',
      [
        { village: 'Kinh Điền', previous: 1865, current: 1881 },
        { village: 'Đồng Giới', previous: 1432, current: 1447 },
        { village: 'An Tràng', previous: 1578, current: 1590 },
        { village: 'Trung Hành', previous: 1214, current: 1226 },
        { village: 'Xuân Sơn', previous: 1096, current: 1102 },
        { village: 'Tiên Hội', previous: 1347, current: 1361 },
      ],
      { previous: 5213, current: 5268, employedBefore: 5016, employed: 5087 },
    ),
    agricultureStatistic('Quốc Tuấn', [
      { indicator: 'Diện tích gieo cấy lúa cả năm', unit: 'ha', previous: 2298, current: 2275 },
      { indicator: 'Năng suất lúa vụ Xuân', unit: 'tạ/ha', previous: 64.1, current: 65.2 },
      { indicator: 'Năng suất lúa vụ Mùa', unit: 'tạ/ha', previous: 58.3, current: 59.7 },
      { indicator: 'Diện tích cây vụ đông', unit: 'ha', previous: 372, current: 398 },
      { indicator: 'Sản lượng lúa cả năm', unit: 'tấn', previous: 14060, current: 14210 },
      { indicator: 'Tổng đàn lợn', unit: 'con', previous: 8420, current: 8935 },
      { indicator: 'Diện tích nuôi trồng thủy sản', unit: 'ha', previous: 146, current: 152 },
    ]),
  ],
  currentWeek: currentWeekEntries(cast),
  previousWeek: previousWeekEntries(cast),
  infoAccess: {
    contactPerson: 'Nguyễn Văn Hùng, Chánh Văn phòng HĐND và UBND xã',
    address: 'Văn phòng HĐND và UBND xã, thôn Kinh Điền, xã Quốc Tuấn, thành phố Hải Phòng',
    phone: '0225 3871 246',
    email: 'ubnd.quoctuan@haiphong.gov.vn',
    receivingHours: 'Sáng 7 giờ 30 – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)',
    extraItems: [
      {
        title: 'Kế hoạch sử dụng đất hằng năm của xã',
        legalBasis: 'Luật Đất đai năm 2024',
        location: 'Trụ sở UBND xã và mục Quy hoạch – Kế hoạch',
        timing: 'Trong thời hạn 15 ngày kể từ ngày được phê duyệt',
      },
      {
        title: 'Danh sách hộ nghèo, hộ cận nghèo được công nhận hằng năm',
        legalBasis: 'Luật Thực hiện dân chủ ở cơ sở năm 2022',
        location: 'Bảng tin UBND xã và nhà văn hóa các thôn',
        timing: 'Sau khi có quyết định công nhận',
      },
    ],
  },
};
