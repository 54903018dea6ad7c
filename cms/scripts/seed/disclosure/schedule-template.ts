/**
 * Two demo weeks of a commune leaders' schedule, filled in with the commune's own leaders,
 * villages and places: the routine of a commune People's Committee (Monday briefing, citizen
 * reception, inspections, meetings), 10 entries in the current week and 9 in the previous one.
 */
import type { SeedScheduleEntry } from './types';

export interface ScheduleCast {
  partySecretary: string;
  chairman: string;
  /** Vice-chairman for the economy, agriculture and land. */
  viceEconomy: string;
  /** Vice-chairman for culture and society. */
  viceSociety: string;
  councilChair: string;
  officeChief: string;
  /** Three villages of the commune. */
  villages: [string, string, string];
  /** The commune's meeting hall and public service centre. */
  hall: string;
  serviceCentre: string;
}

export function currentWeekEntries(cast: ScheduleCast): SeedScheduleEntry[] {
  const [first, second, third] = cast.villages;
  return [
    {
      day: 0,
      time: '07:30',
      content: 'Giao ban Thường trực Đảng ủy, HĐND, UBND xã đánh giá công việc tuần trước, triển khai nhiệm vụ tuần này.',
      place: cast.hall,
      leader: cast.partySecretary,
      attendees: 'Thường trực Đảng ủy, Thường trực HĐND, lãnh đạo UBND xã, Chủ tịch Ủy ban MTTQ xã',
    },
    {
      day: 0,
      time: '14:00',
      content: 'Họp UBND xã rà soát tiến độ thu ngân sách và giải ngân vốn đầu tư công năm 2026.',
      place: cast.hall,
      leader: cast.chairman,
      attendees: 'Các Phó Chủ tịch UBND xã, Trưởng phòng Kinh tế, công chức Tài chính – Kế toán',
    },
    {
      day: 1,
      time: '08:00',
      content: `Kiểm tra tiến độ thi công tuyến đường giao thông nông thôn thôn ${first}.`,
      place: `Thôn ${first}`,
      leader: cast.viceEconomy,
      attendees: 'Phòng Kinh tế, Ban Quản lý dự án xã, đơn vị thi công, Trưởng thôn',
    },
    {
      day: 1,
      time: '14:00',
      content: 'Làm việc với Trường Tiểu học và Trường Mầm non về công tác chuẩn bị kiểm tra cuối học kỳ I.',
      place: 'Trường Tiểu học xã',
      leader: cast.viceSociety,
      attendees: 'Phòng Văn hóa – Xã hội, Ban giám hiệu các trường',
    },
    {
      day: 2,
      time: '07:30',
      content: 'Tiếp công dân định kỳ.',
      place: cast.serviceCentre,
      leader: cast.chairman,
      attendees: 'Công chức Tư pháp – Hộ tịch, Địa chính – Xây dựng, Văn phòng HĐND và UBND xã',
    },
    {
      day: 2,
      time: '14:00',
      content: 'Họp Ban Chỉ huy Phòng thủ dân sự xã triển khai phương án phòng, chống rét đậm, rét hại cho cây trồng, vật nuôi.',
      place: cast.hall,
      leader: cast.viceEconomy,
      attendees: 'Ban Chỉ huy Quân sự xã, Công an xã, Phòng Kinh tế, Trưởng các thôn',
    },
    {
      day: 3,
      time: '08:00',
      content: 'Dự họp Thường trực HĐND xã chuẩn bị nội dung kỳ họp cuối năm.',
      place: cast.hall,
      leader: cast.councilChair,
      attendees: 'Thường trực HĐND, các Ban HĐND xã, đại diện UBND xã',
    },
    {
      day: 3,
      time: '14:00',
      content: `Kiểm tra công tác chi trả trợ cấp xã hội và rà soát hộ nghèo, hộ cận nghèo tại thôn ${second}.`,
      place: `Nhà văn hóa thôn ${second}`,
      leader: cast.viceSociety,
      attendees: 'Phòng Văn hóa – Xã hội, Hội Liên hiệp Phụ nữ xã, Trưởng thôn',
    },
    {
      day: 4,
      time: '08:00',
      content: 'Làm việc với Đoàn kiểm tra của Ủy ban nhân dân tỉnh về cải cách hành chính, chuyển đổi số.',
      place: cast.hall,
      leader: cast.chairman,
      attendees: 'Lãnh đạo UBND xã, Văn phòng HĐND và UBND xã, Trung tâm Phục vụ hành chính công xã',
    },
    {
      day: 4,
      time: '14:00',
      content: `Dự sinh hoạt chi bộ thôn ${third}; nắm tình hình nhân dân.`,
      place: `Nhà văn hóa thôn ${third}`,
      leader: cast.partySecretary,
      attendees: `Bí thư chi bộ, Trưởng thôn ${third}`,
    },
  ];
}

export function previousWeekEntries(cast: ScheduleCast): SeedScheduleEntry[] {
  const [first, second, third] = cast.villages;
  return [
    {
      day: 0,
      time: '07:30',
      content: 'Giao ban lãnh đạo UBND xã.',
      place: cast.hall,
      leader: cast.chairman,
      attendees: 'Các Phó Chủ tịch UBND xã, Chánh Văn phòng HĐND và UBND xã',
    },
    {
      day: 0,
      time: '14:00',
      content: 'Họp Ban Chỉ đạo xây dựng nông thôn mới xã rà soát các tiêu chí năm 2026.',
      place: cast.hall,
      leader: cast.viceEconomy,
      attendees: 'Thành viên Ban Chỉ đạo, Trưởng các thôn',
    },
    {
      day: 1,
      time: '08:00',
      content: 'Hội nghị đối thoại với Nhân dân về công tác giải phóng mặt bằng dự án kênh mương nội đồng.',
      place: `Nhà văn hóa thôn ${first}`,
      leader: cast.chairman,
      attendees: 'Phòng Kinh tế, công chức Địa chính – Xây dựng, các hộ dân có đất bị ảnh hưởng',
    },
    {
      day: 1,
      time: '14:00',
      content: 'Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh dịch vụ ăn uống trên địa bàn.',
      place: 'Các cơ sở trên địa bàn xã',
      leader: cast.viceSociety,
      attendees: 'Trạm Y tế xã, Công an xã, Phòng Văn hóa – Xã hội',
    },
    {
      day: 2,
      time: '07:30',
      content: 'Tiếp công dân định kỳ.',
      place: cast.serviceCentre,
      leader: cast.chairman,
      attendees: 'Công chức chuyên môn theo lĩnh vực',
    },
    {
      day: 2,
      time: '14:00',
      content: `Kiểm tra tình hình sản xuất vụ Đông tại thôn ${second}.`,
      place: `Thôn ${second}`,
      leader: cast.viceEconomy,
      attendees: 'Phòng Kinh tế, Hợp tác xã dịch vụ nông nghiệp',
    },
    {
      day: 3,
      time: '08:00',
      content: 'Họp Ban Thường vụ Đảng ủy xã.',
      place: 'Phòng họp Đảng ủy xã',
      leader: cast.partySecretary,
      attendees: 'Ủy viên Ban Thường vụ Đảng ủy xã',
    },
    {
      day: 4,
      time: '08:00',
      content: 'Làm việc với Văn phòng HĐND và UBND xã về tình hình giải quyết hồ sơ thủ tục hành chính trong tháng.',
      place: cast.serviceCentre,
      leader: cast.chairman,
      attendees: `${cast.officeChief}, Phó Giám đốc Trung tâm Phục vụ hành chính công xã`,
    },
    {
      day: 5,
      time: '07:30',
      content: `Ra quân vệ sinh môi trường, thu gom rác thải tại thôn ${third}.`,
      place: `Thôn ${third}`,
      leader: cast.viceSociety,
      attendees: 'Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Nhân dân trong thôn',
    },
  ];
}
