import { composeLockNotice, vietnamTime } from '../lock-notice';
import { describeSeconds } from '../../../../shared';

describe('the lock notice e-mail', () => {
  const notice = composeLockNotice({
    name: 'Nguyễn Thị Hoa',
    failures: 10,
    address: '198.51.100.7',
    lockedUntil: new Date('2026-12-06T07:35:00Z'),
    adminUrl: 'https://cms.langson.gov.vn/admin',
  });

  it('tells the owner what happened, until when (Vietnam time), from where, and what to do', () => {
    expect(notice.subject).toBe('Tài khoản của bạn đã bị tạm khóa do đăng nhập sai nhiều lần');
    expect(notice.text).toContain('Kính gửi Nguyễn Thị Hoa,');
    expect(notice.text).toContain('đến 14:35 ngày 06/12/2026 sau 10 lần đăng nhập sai');
    expect(notice.text).toContain('198.51.100.7');
    expect(notice.text).toContain('quản trị tỉnh');
  });

  it('escapes the name in the HTML part', () => {
    expect(
      composeLockNotice({ name: '<b>x</b>', failures: 1, address: '::1', lockedUntil: new Date(0), adminUrl: '/admin' }).html,
    ).not.toContain('<b>');
  });

  it.each([
    [new Date('2026-12-31T17:00:00Z'), '00:00 ngày 01/01/2027'],
    [new Date('2026-06-01T02:05:00Z'), '09:05 ngày 01/06/2026'],
  ])('writes %s as %s', (date, text) => {
    expect(vietnamTime(date)).toBe(text);
  });

  it.each([
    [0.2, '1 giây'],
    [45, '45 giây'],
    [61, '2 phút'],
    [1800, '30 phút'],
    [3600, '1 giờ'],
    [3900, '1 giờ 5 phút'],
  ])('waiting %d s reads "%s"', (seconds, text) => {
    expect(describeSeconds(seconds)).toBe(text);
  });
});
