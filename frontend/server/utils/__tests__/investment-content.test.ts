import {
  noticeListQuery,
  toMoney,
  toNoticeDetail,
  toProgress,
  toProjectDetail,
  toProjectSummary,
  type RawNoticeDetail,
  type RawProgressUpdate,
  type RawProjectDetail,
} from '../investment-content';
import { toStrapiQuery } from '../strapi-query';
import { fromCms } from './from-cms';

const STRAPI = 'http://127.0.0.1:1337';

const project: RawProjectDetail = {
  documentId: 'pr1aaaaaaaaaaaaaaaaaaaaa',
  name: 'Cứng hóa đường giao thông nông thôn',
  slug: 'duong-giao-thong',
  investor: 'Ủy ban nhân dân xã Khánh Khê',
  totalCapital: '4850000000',
  capitalSource: 'Ngân sách xã',
  location: 'Thôn Nà Pàn',
  startYear: 2025,
  endYear: 2026,
  projectStatus: 'Đang thực hiện',
  summary: 'Cứng hóa 2,8 km.',
  progress: [
    { updateDate: '2026-09-30', percentComplete: 85, disbursed: '3900000000', note: 'Gần xong.' },
    { updateDate: '2025-11-20', percentComplete: 15, disbursed: 650000000, note: 'Khởi công.' },
    { updateDate: '2026-04-15', percentComplete: 140, disbursed: 'nhiều', note: 'Sai số liệu.' },
    fromCms<RawProgressUpdate>(null),
  ],
};

describe('toMoney', () => {
  it('keeps digits as digits, drops anything else', () => {
    expect(toMoney('4850000000')).toBe('4850000000');
    expect(toMoney(650000000)).toBe('650000000');
    expect(toMoney('00012')).toBe('12');
    expect(toMoney('98765432109876543210')).toBe('98765432109876543210');
    for (const value of [null, undefined, '', '-5', '1.5', 1.5, -3, Number.MAX_SAFE_INTEGER + 2]) expect(toMoney(value)).toBeNull();
  });
});

describe('projects', () => {
  it('lists progress oldest first, without out-of-range shares or bad amounts', () => {
    const progress = toProgress(project.progress);
    expect(progress.map((update) => update.date)).toEqual(['2025-11-20', '2026-04-15', '2026-09-30']);
    expect(progress[1]).toEqual({ date: '2026-04-15', percentComplete: null, disbursed: null, note: 'Sai số liệu.' });
  });

  it('shows the latest update in the list and the notices on the page', () => {
    expect(toProjectSummary(project)).toMatchObject({
      path: '/dau-tu-dau-thau/du-an/duong-giao-thong',
      latest: { date: '2026-09-30', percentComplete: 85 },
    });
    const detail = toProjectDetail(
      project,
      [
        {
          documentId: 'n1aaaaaaaaaaaaaaaaaaaaaa',
          title: 'Kết quả',
          slug: 'ket-qua',
          noticeKind: 'Kết quả lựa chọn nhà thầu',
          noticeDate: '2025-10-20',
        },
      ],
      STRAPI,
    );
    expect(detail.notices).toEqual([
      {
        documentId: 'n1aaaaaaaaaaaaaaaaaaaaaa',
        title: 'Kết quả',
        kind: 'Kết quả lựa chọn nhà thầu',
        noticeDate: '2025-10-20',
        closingDate: null,
        packageName: null,
        project: null,
        path: '/dau-tu-dau-thau/dau-thau/ket-qua',
      },
    ]);
    expect(detail.approvingDocument).toBeNull();
  });
});

describe('notices', () => {
  it('links a notice to its project and keeps its money as digits', () => {
    const raw: RawNoticeDetail = {
      documentId: 'n2aaaaaaaaaaaaaaaaaaaaaa',
      title: 'Mua sắm máy tính',
      slug: null,
      noticeKind: 'Mua sắm công',
      noticeDate: '2026-03-16',
      packageValue: '285000000',
      contractValue: null,
      project: { documentId: 'pr1aaaaaaaaaaaaaaaaaaaaa', name: 'Đường', slug: null },
      files: [{ name: 'a.pdf', url: `${STRAPI}/uploads/a.pdf` }],
    };
    expect(toNoticeDetail(raw, STRAPI)).toMatchObject({
      path: '/dau-tu-dau-thau/dau-thau/n2aaaaaaaaaaaaaaaaaaaaaa',
      packageValue: '285000000',
      contractValue: null,
      project: { name: 'Đường', path: '/dau-tu-dau-thau/du-an/pr1aaaaaaaaaaaaaaaaaaaaa' },
      files: [{ url: '/uploads/a.pdf' }],
    });
  });

  it("reads one project's notices within the commune, newest first", () => {
    const query = toStrapiQuery(noticeListQuery({ commune: { slug: { $eq: 'quoc-tuan' } } }, 100, 'pr1aaaaaaaaaaaaaaaaaaaaa'));
    expect(query).toContain('filters[commune][slug][$eq]=quoc-tuan');
    expect(query).toContain('filters[project][documentId][$eq]=pr1aaaaaaaaaaaaaaaaaaaaa');
    expect(query).toContain('sort[0]=noticeDate%3Adesc');
  });
});
