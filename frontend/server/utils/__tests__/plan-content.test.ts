import { parsePlanFilter, planDetailQuery, planListQuery, toPlanDetail, toPlanSummary, type RawPlanDetail } from '../plan-content';
import { toStrapiQuery } from '../strapi-query';
import { fromCms } from './from-cms';

const STRAPI = 'http://127.0.0.1:1337';

const plan: RawPlanDetail = {
  documentId: 'pl1aaaaaaaaaaaaaaaaaaaaa',
  title: ' Quy hoạch chung xây dựng xã giai đoạn 2021–2030 ',
  slug: 'quy-hoach-chung',
  planKind: 'Quy hoạch',
  planStatus: 'Đang thực hiện',
  field: '',
  periodStart: 2021,
  periodEnd: 2030,
  summary: 'Định hướng không gian.',
  updatedAt: '2025-12-18T02:00:00.000Z',
  approvingDocument: {
    documentId: 'doc1aaaaaaaaaaaaaaaaaaaa',
    number: '05',
    symbol: 'KH-UBND',
    documentType: 'Kế hoạch',
    summary: 'Kế hoạch',
    issueDate: '2026-01-08',
  },
  body: [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Phạm vi' }] }],
  maps: [
    { url: `${STRAPI}/uploads/map.jpg`, alternativeText: 'Bản đồ định hướng', width: 1200, height: 900 },
    { url: '/uploads/map2.jpg', alternativeText: null, caption: null },
    { url: null },
  ],
  files: [{ name: 'quy-hoach.pdf', url: '/uploads/quy-hoach.pdf', mime: 'application/pdf', size: 12.5 }],
  reports: [
    { reportDate: '2025-12-18', title: 'Giai đoạn 2021–2025', summary: 'Đạt 78%.' },
    { reportDate: '2024-12-20', title: 'Năm 2024', summary: 'Cứng hóa 3,2 km.' },
    { reportDate: null, title: 'Không ngày', summary: '' },
  ],
};

describe('toPlanDetail', () => {
  it('keeps what the page shows: the approving document, maps with alt text, reports oldest first', () => {
    const detail = toPlanDetail(plan, STRAPI);
    expect(detail.title).toBe('Quy hoạch chung xây dựng xã giai đoạn 2021–2030');
    expect(detail.path).toBe('/quy-hoach-ke-hoach/quy-hoach-chung');
    expect(detail.field).toBeNull();
    expect(detail.approvingDocument).toMatchObject({ numberSymbol: '05/KH-UBND', documentType: 'Kế hoạch' });
    expect(detail.maps).toEqual([
      { url: '/uploads/map.jpg', alt: 'Bản đồ định hướng', width: 1200, height: 900 },
      { url: '/uploads/map2.jpg', alt: 'Bản đồ 2 của Quy hoạch chung xây dựng xã giai đoạn 2021–2030', width: null, height: null },
    ]);
    expect(detail.reports.map((report) => report.date)).toEqual(['2024-12-20', '2025-12-18']);
    // The editor's h2 sits under the page's own h2 sections.
    expect(detail.body[0]).toMatchObject({ type: 'heading', level: 3 });
    expect(detail.files[0]).toMatchObject({ name: 'quy-hoach.pdf', bytes: 12800 });
  });

  it('reads unknown kinds and statuses as the schema defaults and a missing slug as the documentId', () => {
    const summary = toPlanSummary({
      documentId: 'pl2aaaaaaaaaaaaaaaaaaaaa',
      title: 'X',
      planKind: fromCms<RawPlanDetail['planKind']>('Khác'),
      planStatus: null,
      slug: null,
    });
    expect(summary).toMatchObject({ kind: 'Kế hoạch', status: 'Đã phê duyệt', path: '/quy-hoach-ke-hoach/pl2aaaaaaaaaaaaaaaaaaaaa' });
  });
});

describe('parsePlanFilter', () => {
  it('reads address codes and the page', () => {
    expect(parsePlanFilter({})).toEqual({ kind: null, status: null, page: 1 });
    expect(parsePlanFilter({ kind: 'quy-hoach', status: 'dang-thuc-hien', page: '2' })).toEqual({
      kind: 'Quy hoạch',
      status: 'Đang thực hiện',
      page: 2,
    });
    expect(parsePlanFilter({ kind: ['ke-hoach', 'quy-hoach'] })).toMatchObject({ kind: 'Kế hoạch' });
  });

  it('refuses what cannot exist, so the list answers 404', () => {
    for (const query of [{ kind: 'khong-co' }, { status: 'Đang thực hiện' }, { page: '0' }, { page: 'abc' }, { page: '1000000' }]) {
      expect(parsePlanFilter(query)).toBeNull();
    }
  });
});

describe('plan queries', () => {
  it('filters on the commune, the kind and the status, newest period first', () => {
    const query = toStrapiQuery(planListQuery({ kind: 'Quy hoạch', status: null, page: 3 }, { commune: { slug: { $eq: 'khanh-khe' } } }));
    expect(query).toContain('filters[commune][slug][$eq]=khanh-khe');
    expect(query).toContain(`filters[planKind][$eq]=${encodeURIComponent('Quy hoạch')}`);
    expect(query).not.toContain('planStatus][$eq]');
    expect(query).toContain('sort[0]=periodStart%3Adesc');
    expect(query).toContain('pagination[page]=3');
  });

  it('finds one plan by slug or documentId, in the commune only', () => {
    const query = toStrapiQuery(planDetailQuery('quy-hoach-chung', { commune: { slug: { $eq: 'son-giang' } } }));
    expect(query).toContain('filters[commune][slug][$eq]=son-giang');
    expect(query).toContain('filters[$or][0][slug][$eq]=quy-hoach-chung');
    expect(query).toContain('filters[$or][1][documentId][$eq]=quy-hoach-chung');
  });
});
