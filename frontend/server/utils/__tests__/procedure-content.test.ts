import {
  filterProcedures,
  groupProceduresByField,
  nestBlocks,
  onlineServiceHref,
  parseProcedureFilter,
  procedureDetailQuery,
  toOnlineLevel,
  toProcedureDetail,
  toProcedureList,
  toProcedureSummary,
  type RawProcedureSummary,
} from '../procedure-content';
import type { RawDocumentRef } from '../document-content';
import { toStrapiQuery } from '../strapi-query';
import { fromCms } from './from-cms';

const STRAPI = 'http://127.0.0.1:1337';

const marriage: RawProcedureSummary = {
  documentId: 'p1aaaaaaaaaaaaaaaaaaaaaa',
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  slug: 'dang-ky-ket-hon',
  field: 'Hộ tịch',
  onlineLevel: 'Một phần',
};
const birth: RawProcedureSummary = {
  documentId: 'p2aaaaaaaaaaaaaaaaaaaaaa',
  code: '1.001193',
  name: 'Đăng ký khai sinh',
  slug: 'dang-ky-khai-sinh',
  field: 'Hộ tịch',
  onlineLevel: 'Toàn trình',
};
const copy: RawProcedureSummary = {
  documentId: 'p3aaaaaaaaaaaaaaaaaaaaaa',
  code: '2.000815',
  name: 'Chứng thực bản sao từ bản chính',
  slug: null,
  field: 'Chứng thực',
  onlineLevel: 'Trực tiếp',
};
const rows: RawProcedureSummary[] = [
  marriage,
  birth,
  copy,
  {
    documentId: 'p4aaaaaaaaaaaaaaaaaaaaaa',
    code: '1.003622',
    name: 'Xác nhận hộ gia đình làm nông nghiệp',
    slug: 'xac-nhan-ho-nong-nghiep',
    field: 'Đất đai',
    onlineLevel: fromCms<RawProcedureSummary['onlineLevel']>('toàn trình?'),
  },
  { documentId: 'p5aaaaaaaaaaaaaaaaaaaaaa', code: '1.000001', name: 'Thủ tục không có lĩnh vực', field: '  ' },
];

describe('the procedure list’s mapping', () => {
  it('links a procedure by its slug, or its documentId when it has none', () => {
    expect(toProcedureSummary(birth).path).toBe('/thu-tuc-hanh-chinh/dang-ky-khai-sinh');
    expect(toProcedureSummary(copy).path).toBe('/thu-tuc-hanh-chinh/p3aaaaaaaaaaaaaaaaaaaaaa');
  });

  it('never promises an online service for an unknown level', () => {
    expect(toOnlineLevel('Toàn trình')).toBe('Toàn trình');
    expect(toOnlineLevel(' Một phần ')).toBe('Một phần');
    expect(toOnlineLevel('toàn trình?')).toBe('Trực tiếp');
    expect(toOnlineLevel(null)).toBe('Trực tiếp');
  });

  it('groups by field in Vietnamese alphabetical order, the field-less last, names sorted inside', () => {
    const groups = groupProceduresByField(rows.map(toProcedureSummary));
    expect(groups.map((group) => [group.field, group.procedures.map((procedure) => procedure.name)])).toEqual([
      ['Chứng thực', ['Chứng thực bản sao từ bản chính']],
      ['Đất đai', ['Xác nhận hộ gia đình làm nông nghiệp']],
      ['Hộ tịch', ['Đăng ký kết hôn', 'Đăng ký khai sinh']],
      ['Lĩnh vực khác', ['Thủ tục không có lĩnh vực']],
    ]);
  });

  it('finds procedures by words without diacritics, by code, and within one field', () => {
    const all = rows.map(toProcedureSummary);
    const names = (filter: { field: string; q: string }) => filterProcedures(all, filter).map((procedure) => procedure.code);
    expect(names({ field: '', q: 'khai sinh' })).toEqual(['1.001193']);
    expect(names({ field: '', q: 'DANG KY' })).toEqual(['1.000894', '1.001193']);
    expect(names({ field: '', q: 'ket hon' })).toEqual(['1.000894']);
    expect(names({ field: '', q: '2.000815' })).toEqual(['2.000815']);
    expect(names({ field: 'Hộ tịch', q: '' })).toEqual(['1.000894', '1.001193']);
    expect(names({ field: 'Hộ tịch', q: 'chứng thực' })).toEqual([]);
    expect(names({ field: 'Không có', q: '' })).toEqual([]);
  });

  it('keeps every field in the select whatever the filter, and counts the matches', () => {
    const list = toProcedureList(rows, { field: 'Hộ tịch', q: 'khai' });
    expect(list.total).toBe(5);
    expect(list.matched).toBe(1);
    expect(list.fields).toEqual([
      { name: 'Chứng thực', count: 1 },
      { name: 'Đất đai', count: 1 },
      { name: 'Hộ tịch', count: 2 },
      { name: 'Lĩnh vực khác', count: 1 },
    ]);
    expect(list.groups).toHaveLength(1);
  });

  it('reads the filter from the query leniently: first value, trimmed, bounded', () => {
    expect(parseProcedureFilter({ field: ['Hộ tịch', 'x'], q: '  khai   sinh ' })).toEqual({ field: 'Hộ tịch', q: 'khai sinh' });
    expect(parseProcedureFilter({ field: 3, q: { a: 1 } })).toEqual({ field: '', q: '' });
    expect(parseProcedureFilter({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('the procedure page’s mapping', () => {
  it('maps every part, with the headings of the rich text below the page’s own sections', () => {
    const detail = toProcedureDetail(
      {
        ...birth,
        agency: 'UBND xã Khánh Khê',
        steps: [
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'Bước 1. Nộp hồ sơ' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Cha, mẹ nộp tờ khai.' }] },
        ],
        dossier: [{ type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Tờ khai' }] }] }],
        howToFile: 'not blocks',
        processingTime: 'Ngay trong ngày',
        fees: 'Miễn lệ phí\nđăng ký đúng hạn',
        applicants: null,
        result: 'Giấy khai sinh',
        legalBasisDocuments: [
          {
            documentId: 'd1',
            numberSymbol: '185/QĐ-UBND',
            documentType: 'Quyết định',
            summary: 'Công bố thủ tục',
            issueDate: '2025-12-01',
          },
          fromCms<RawDocumentRef>(null),
        ],
        legalBasisText: 'Luật Hộ tịch năm 2014',
        forms: [
          {
            name: 'dang-ky-khai-sinh-1.pdf',
            url: '/uploads/khanh_khe_dang_ky.pdf',
            mime: 'application/pdf',
            size: 2.5,
            caption: 'Tờ khai đăng ký khai sinh',
          },
        ],
        onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
      },
      STRAPI,
    );
    expect(detail).toMatchObject({
      code: '1.001193',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      onlineLevel: 'Toàn trình',
      agency: 'UBND xã Khánh Khê',
      howToFile: [],
      processingTime: 'Ngay trong ngày',
      fees: 'Miễn lệ phí\nđăng ký đúng hạn',
      applicants: null,
      result: 'Giấy khai sinh',
      legalBasisText: 'Luật Hộ tịch năm 2014',
      onlineServiceUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
    });
    expect(detail.steps[0]).toEqual({ type: 'heading', level: 3, children: [{ type: 'text', text: 'Bước 1. Nộp hồ sơ' }] });
    expect(detail.dossier).toHaveLength(1);
    expect(detail.legalBasisDocuments).toEqual([
      { documentId: 'd1', numberSymbol: '185/QĐ-UBND', documentType: 'Quyết định', summary: 'Công bố thủ tục', issueDate: '2025-12-01' },
    ]);
    expect(detail.forms).toEqual([
      {
        name: 'dang-ky-khai-sinh-1.pdf',
        url: '/uploads/khanh_khe_dang_ky.pdf',
        caption: 'Tờ khai đăng ký khai sinh',
        mime: 'application/pdf',
        bytes: 2560,
      },
    ]);
  });

  it('keeps deeper headings as they are', () => {
    expect(nestBlocks([{ type: 'heading', level: 4, children: [] }])).toEqual([{ type: 'heading', level: 4, children: [] }]);
  });

  it('links to the online service only over http(s)', () => {
    expect(onlineServiceHref('https://dichvucong.langson.gov.vn/thu-tuc')).toBe('https://dichvucong.langson.gov.vn/thu-tuc');
    expect(onlineServiceHref('javascript:alert(1)')).toBeNull();
    expect(onlineServiceHref('mailto:a@b.vn')).toBeNull();
    expect(onlineServiceHref('/relative')).toBeNull();
    expect(onlineServiceHref('')).toBeNull();
  });

  it('finds a procedure by slug or documentId, inside the commune', () => {
    const query = toStrapiQuery(procedureDetailQuery('dang-ky-khai-sinh', { commune: { slug: { $eq: 'khanh-khe' } } }));
    expect(query).toContain('filters[commune][slug][$eq]=khanh-khe');
    expect(query).toContain('filters[$or][0][slug][$eq]=dang-ky-khai-sinh');
    expect(query).toContain('filters[$or][1][documentId][$eq]=dang-ky-khai-sinh');
  });
});
