import type { PublicCommune } from '../../../../plugins/commune-tenancy/shared';
import { REQUIRED_INFORMATION } from '#shared/utils/required-information';
import { requiredInformationStatus, sectionTallyQuery, toInfoAccess } from '../info-access-content';

const commune = {
  documentId: 'c1',
  name: 'Xã Khánh Khê',
  shortName: 'Khánh Khê',
  slug: 'khanh-khe',
  code: '06259',
  province: 'Tỉnh Lạng Sơn',
  primaryDomain: 'khanhkhe.langson.gov.vn',
  domainAliases: [],
  themeColor: null,
  address: 'Thôn Nà Pàn',
  phone: '0205 3831 426',
  fax: null,
  email: 'ubnd@example.gov.vn',
  contentResponsible: null,
  reuseNote: null,
} as unknown as PublicCommune;

const required = REQUIRED_INFORMATION.map((row, index) =>
  requiredInformationStatus(row, { count: index, lastUpdated: index === 3 ? '2026-11-02T03:00:00.000Z' : null }),
);

describe('the access-to-information page', () => {
  it('lists every required section with a link on this site and the default deadline', () => {
    const paths = REQUIRED_INFORMATION.map((row) => row.path);
    for (const path of [
      '/van-ban',
      '/thu-tuc-hanh-chinh',
      '/quy-hoach-ke-hoach',
      '/lay-y-kien',
      '/hoi-dap',
      '/dau-tu-dau-thau',
      '/cong-khai-ngan-sach',
      '/thong-ke',
      '/lich-cong-tac',
      '/lien-he',
      '/tin-tuc',
    ]) {
      expect(paths).toContain(path);
    }
    expect(new Set(REQUIRED_INFORMATION.map((row) => row.key)).size).toBe(REQUIRED_INFORMATION.length);
    expect(required[0]?.deadline).toContain('05 ngày làm việc');
  });

  it('counts pages of one section only', () => {
    const organisation = REQUIRED_INFORMATION.find((row) => row.key === 'organisation');
    if (!organisation) throw new Error('no organisation row');
    expect(sectionTallyQuery(organisation, { commune: { slug: { $eq: 'khanh-khe' } } }).filters).toEqual({
      commune: { slug: { $eq: 'khanh-khe' } },
      section: { $eq: 'organisation' },
    });
  });

  it('falls back on the commune’s own contacts when no entry is published', () => {
    const page = toInfoAccess(null, commune, required, 'http://127.0.0.1:1337');
    expect(page.published).toBe(false);
    expect(page.contact.unit).toBe('Ủy ban nhân dân xã Khánh Khê');
    expect(page.contact.phone).toBe('0205 3831 426');
    expect(page.required).toHaveLength(REQUIRED_INFORMATION.length);
    expect(page.updatedAt).toBe('2026-11-02T03:00:00.000Z');
  });

  it('shows the published entry with its extra items, headings nested under the page’s own', () => {
    const page = toInfoAccess(
      {
        documentId: 'i1',
        title: 'Tiếp cận thông tin',
        contactUnit: 'Văn phòng HĐND và UBND xã Khánh Khê',
        address: 'Thôn Nà Pàn',
        howToRequest: [{ type: 'heading', level: 2, children: [{ type: 'text', text: 'Cách yêu cầu' }] }],
        extraItems: [{ title: 'Danh sách hộ nghèo', location: 'Bảng tin', timing: 'Hằng năm' }, { title: ' ' }],
        updatedAt: '2026-12-01T00:00:00.000Z',
      },
      commune,
      required,
      'http://127.0.0.1:1337',
    );
    expect(page.published).toBe(true);
    expect(page.contact.unit).toBe('Văn phòng HĐND và UBND xã Khánh Khê');
    expect(page.contact.email).toBe('ubnd@example.gov.vn');
    expect(page.howToRequest[0]).toMatchObject({ type: 'heading', level: 3 });
    expect(page.extraItems).toEqual([{ title: 'Danh sách hộ nghèo', legalBasis: null, location: 'Bảng tin', timing: 'Hằng năm' }]);
    expect(page.updatedAt).toBe('2026-12-01T00:00:00.000Z');
  });
});
