import { visitCounterLine, withVisitCounter } from '#shared/utils/visit-counter';
import { emcScriptTag, withEmcScript } from '../emc';
import { maintenanceState, noticeHtml, withMaintenanceNotice, type MaintenanceWindow } from '../maintenance';
import { assemblePage, cutPage, type PageInserts } from '../page-parts';
import { urgentRegionOf, withUrgentNotices, type UrgentNotice } from '../urgent-notices';

const NOW = Date.parse('2026-12-06T03:00:00Z');
const NOTICE: UrgentNotice = {
  title: 'Tạm ngừng cấp điện',
  message: 'Thôn Nà Mạ mất điện.',
  level: 'Cảnh báo',
  link: null,
  endsAt: '2026-12-06T10:00:00Z',
};
const NOTICES = [NOTICE];
const WINDOW: MaintenanceWindow = {
  id: 1,
  startsAt: '2026-12-06T02:00:00Z',
  endsAt: '2026-12-06T04:00:00Z',
  message: 'Nâng cấp máy chủ',
  communes: null,
};
const SCRIPT = new URL('https://emc.gov.vn/emc.js');
const TOTALS = { today: 12, total: 3456 };

const WITH_SKIP_LINK =
  '<!DOCTYPE html><html lang="vi"><head><title>Xã Khánh Khê</title></head><body class="x"><div id="__nuxt"><a class="skip-link" href="#noi-dung">Bỏ qua</a>' +
  '<main>Tin tức: data-visit-counter trong bài</main><footer><p class="site-footer__visits" data-visit-counter>Lượt truy cập: hôm nay 1 · tổng số 2</p></footer></div></body></html>';
const WITHOUT_SKIP_LINK = '<html><body><main>Trang</main><p data-visit-counter>Lượt truy cập: hôm nay 1 · tổng số 2</p></body></html>';

/** What the string functions made of a cached page, in the order the hooks applied them. */
function asStrings(
  html: string,
  totals: typeof TOTALS | null,
  windows: MaintenanceWindow[],
  script: URL | null,
  notices: UrgentNotice[],
): string {
  let page = totals ? withVisitCounter(html, totals) : html;
  page = withMaintenanceNotice(page, maintenanceState('khanh-khe', NOW, windows));
  if (script) page = withEmcScript(page, script);
  return withUrgentNotices(page, notices, NOW);
}

function inserts(totals: typeof TOTALS | null, windows: MaintenanceWindow[], script: URL | null, notices: UrgentNotice[]): PageInserts {
  return {
    urgent: notices.length > 0 ? urgentRegionOf(notices, NOW) : null,
    maintenance: noticeHtml(maintenanceState('khanh-khe', NOW, windows)),
    counter: totals ? visitCounterLine(totals) : null,
    emc: script ? emcScriptTag(script) : null,
  };
}

describe('a cached page put together from its parts', () => {
  const cases: Array<[string, string, typeof TOTALS | null, MaintenanceWindow[], URL | null, UrgentNotice[]]> = [
    ['everything, with a skip link', WITH_SKIP_LINK, TOTALS, [WINDOW], SCRIPT, NOTICES],
    ['everything, without a skip link (the notices before the maintenance notice)', WITHOUT_SKIP_LINK, TOTALS, [WINDOW], SCRIPT, NOTICES],
    ['only the counter', WITH_SKIP_LINK, TOTALS, [], null, []],
    ['nothing at all: the page as rendered', WITH_SKIP_LINK, null, [], null, []],
    ['a page without a body or a counter', '<p>x</p>', TOTALS, [WINDOW], SCRIPT, NOTICES],
  ];

  it.each(cases)('reads as the string functions wrote it: %s', (_name, html, totals, windows, script, notices) => {
    const page = cutPage(html, NOW);
    expect(assemblePage(page, inserts(totals, windows, script, notices)).toString('utf8')).toBe(
      asStrings(html, totals, windows, script, notices),
    );
    expect(page.bytes).toBe(Buffer.byteLength(html));
  });

  it('gives the same bytes again while nothing changes, and new ones when the figures do', () => {
    const page = cutPage(WITH_SKIP_LINK, NOW);
    const first = assemblePage(page, inserts(TOTALS, [], null, NOTICES));
    expect(assemblePage(page, inserts(TOTALS, [], null, NOTICES))).toBe(first);
    const next = assemblePage(page, inserts({ today: 13, total: 3457 }, [], null, NOTICES));
    expect(next).not.toBe(first);
    expect(next.toString('utf8')).toContain('hôm nay 13 · tổng số 3.457');
  });
});

describe('urgentRegionOf', () => {
  it('drops a notice once it has ended, though the list is the same', () => {
    const list: UrgentNotice[] = [
      { ...NOTICE, title: 'Sớm', endsAt: '2026-12-06T04:00:00Z' },
      { ...NOTICE, title: 'Muộn' },
    ];
    expect(urgentRegionOf(list, NOW)).toContain('Sớm');
    expect(urgentRegionOf(list, Date.parse('2026-12-06T04:00:00Z'))).not.toContain('Sớm');
    expect(urgentRegionOf(list, Date.parse('2026-12-06T10:00:00Z'))).toBe('');
  });
});
