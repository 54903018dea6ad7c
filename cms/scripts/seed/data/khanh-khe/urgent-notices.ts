import type { SeedUrgentNotice } from '../../seed-urgent-notices';

/**
 * A planned power cut, as the commune posts one: it ends a few days after the seed runs, so a
 * newcomer sees the notice on every page, and then sees it go.
 */
export const urgentNotices: SeedUrgentNotice[] = [
  {
    title: 'Tạm ngừng cung cấp điện để bảo dưỡng đường dây 35 kV',
    message: (day) =>
      `Điện lực Văn Lãng tạm ngừng cung cấp điện từ 7 giờ đến 17 giờ ngày ${day} để bảo dưỡng, thay sứ cách điện đường dây ` +
      '35 kV, khu vực thôn Bản Chu, thôn Khuổi Slẻ và trụ sở UBND xã. Đề nghị Nhân dân chủ động bố trí sản xuất, sinh hoạt, ' +
      'không đến gần đường dây trong thời gian thi công.',
    level: 'Cảnh báo',
    link: '/lien-he',
    endsInDays: 4,
  },
];
