import {
  currentNotices,
  toUrgentNotice,
  urgentNoticesHtml,
  withUrgentNotices,
  type RawUrgentNotice,
  type UrgentNotice,
} from '../urgent-notices';
import { fromCms } from './from-cms';

const NOW = Date.parse('2026-12-06T03:00:00Z');
const notice = (over: Partial<UrgentNotice> = {}): UrgentNotice => ({
  title: 'Tạm ngừng cấp điện',
  message: 'Thôn Nà Mạ mất điện từ 7 giờ đến 17 giờ.',
  level: 'Cảnh báo',
  link: null,
  endsAt: '2026-12-06T10:00:00Z',
  ...over,
});
const PAGE =
  '<html><body><div id="__nuxt"><div class="site"><a class="skip-link" href="#noi-dung">Bỏ qua</a><header>H</header></div></div></body></html>';

describe('currentNotices', () => {
  it('drops what has ended, the most urgent first, then the one ending first', () => {
    const list = [
      notice({ title: 'a', level: 'Thông tin' }),
      notice({ title: 'b', endsAt: '2026-12-06T02:59:59Z' }),
      notice({ title: 'c', level: 'Khẩn cấp', endsAt: '2026-12-07T00:00:00Z' }),
      notice({ title: 'd', endsAt: '2026-12-06T05:00:00Z' }),
      notice({ title: 'e', endsAt: '2026-12-06T03:00:00Z' }),
    ];
    expect(currentNotices(list, NOW).map((n) => n.title)).toEqual(['c', 'd', 'a']);
  });
});

describe('toUrgentNotice', () => {
  it('keeps a shown row, defaults an unknown level, refuses one without an end time', () => {
    expect(toUrgentNotice({ title: ' T ', message: 'M', level: 'Khẩn cấp', link: '', endsAt: '2026-12-06T10:00:00Z' })).toEqual({
      title: 'T',
      message: 'M',
      level: 'Khẩn cấp',
      link: null,
      endsAt: '2026-12-06T10:00:00Z',
    });
    expect(
      toUrgentNotice({ title: 'T', message: 'M', level: fromCms<RawUrgentNotice['level']>('x'), endsAt: '2026-12-06T10:00:00Z' })?.level,
    ).toBe('Cảnh báo');
    expect(toUrgentNotice({ title: 'T', message: 'M', endsAt: null })).toBeNull();
  });
});

describe('withUrgentNotices', () => {
  it('puts the region right after the skip link, escaped, with the end time in Vietnam time', () => {
    const html = withUrgentNotices(PAGE, [notice({ title: '<b>Mất điện</b>', link: '/tin-tuc/mat-dien' })], NOW);
    expect(html).toContain('Bỏ qua</a><section class="urgent-notices" aria-label="Thông báo khẩn" data-urgent-notices>');
    expect(html).toContain('&lt;b&gt;Mất điện&lt;/b&gt;');
    expect(html).toContain('Thông báo có hiệu lực đến 17:00 ngày 06/12/2026.');
    expect(html).toContain('<a class="urgent-notice__link" href="/tin-tuc/mat-dien">Xem chi tiết');
    expect(html).not.toContain('role="alert"');
  });

  it('leaves the page untouched once every notice has ended', () => {
    expect(withUrgentNotices(PAGE, [notice()], Date.parse('2026-12-06T10:00:00Z'))).toBe(PAGE);
  });

  it('goes after <body> on a page without a skip link, and never links a script URL', () => {
    const html = withUrgentNotices('<html><body class="x"><main>M</main></body></html>', [notice({ link: 'javascript:alert(1)' })], NOW);
    expect(html.startsWith('<html><body class="x"><section class="urgent-notices"')).toBe(true);
    expect(html).not.toContain('javascript:');
    expect(urgentNoticesHtml([])).toBe('');
  });
});
