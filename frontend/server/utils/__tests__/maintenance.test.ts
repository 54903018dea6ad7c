import {
  maintenancePage,
  maintenanceState,
  NOTICE_AHEAD_MS,
  noticeText,
  retryAfterSeconds,
  vietnamTime,
  withMaintenanceNotice,
  type MaintenanceWindow,
} from '../maintenance';

const NOW = Date.parse('2026-12-06T10:00:00Z');
const window = (id: number, startHours: number, endHours: number, communes: string[] | null, message = ''): MaintenanceWindow => ({
  id,
  startsAt: new Date(NOW + startHours * 3600_000).toISOString(),
  endsAt: new Date(NOW + endHours * 3600_000).toISOString(),
  message,
  communes,
});

describe('maintenanceState', () => {
  it('announces the next window of the commune within 72 hours, not later and not for other communes', () => {
    const list = [window(1, 80, 82, null), window(2, 30, 33, ['khanh-khe']), window(3, 10, 11, ['son-giang'])];
    expect(maintenanceState('khanh-khe', NOW, list)).toEqual({ active: null, upcoming: list[1] });
    expect(maintenanceState('quoc-tuan', NOW, list)).toEqual({ active: null, upcoming: null });
    expect(maintenanceState('son-giang', NOW, list).upcoming?.id).toBe(3);
    expect(maintenanceState('quoc-tuan', NOW + 9 * 3600_000, list).upcoming?.id).toBe(1);
    expect(NOTICE_AHEAD_MS).toBe(72 * 3600_000);
  });

  it('is under way from the start to the end, and a window for every commune covers an unknown host', () => {
    const list = [window(1, -1, 2, null)];
    expect(maintenanceState(null, NOW, list).active?.id).toBe(1);
    expect(maintenanceState('khanh-khe', NOW + 2 * 3600_000, list)).toEqual({ active: null, upcoming: null });
    expect(maintenanceState(null, NOW, [window(2, -1, 2, ['khanh-khe'])]).active).toBeNull();
  });
});

describe('the notice', () => {
  it('writes times in Việt Nam time (UTC+7)', () => {
    expect(vietnamTime('2026-12-06T15:00:00Z')).toBe('22:00 ngày 06/12/2026');
    expect(vietnamTime('2026-12-31T17:30:00Z')).toBe('00:30 ngày 01/01/2027');
  });

  it('says when the window will be, and what is under way', () => {
    const upcoming = window(1, 5, 9, null);
    expect(noticeText({ active: null, upcoming })).toBe(
      'Hệ thống sẽ tạm dừng để bảo trì từ 22:00 ngày 06/12/2026 đến 02:00 ngày 07/12/2026.',
    );
    expect(noticeText({ active: upcoming, upcoming: null })).toContain('Hệ thống đang được bảo trì đến 02:00 ngày 07/12/2026.');
    expect(noticeText({ active: null, upcoming: null })).toBeNull();
  });

  it('goes at the top of the body, escaped, and leaves pages alone when there is nothing to say', () => {
    const html = '<html><body class="x"><main>Trang</main></body></html>';
    const state = { active: null, upcoming: window(1, 5, 9, null, 'Nâng cấp <máy chủ>') };
    const noticed = withMaintenanceNotice(html, state);
    expect(noticed).toMatch(/^<html><body class="x"><div class="maintenance-notice" role="status"><p>Hệ thống sẽ tạm dừng/);
    expect(noticed).toContain('Nâng cấp &lt;máy chủ&gt;');
    expect(withMaintenanceNotice(html, { active: null, upcoming: null })).toBe(html);
  });

  it('has a maintenance page in Vietnamese and a Retry-After of the time left', () => {
    const active = window(1, -1, 2, null, 'Xin lỗi vì sự bất tiện');
    const page = maintenancePage(active);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Hệ thống đang bảo trì');
    expect(page).toContain('Xin lỗi vì sự bất tiện');
    expect(retryAfterSeconds(active, NOW)).toBe(7200);
    expect(retryAfterSeconds(window(2, -2, 0.001, null), NOW)).toBe(60);
  });
});
