import {
  documentAdvancedFilterCount,
  documentSearchApiQuery,
  legalStatusOn,
  pageWindow,
  paramFor,
  LEGAL_STATUS_PARAMS,
  searchHitPath,
  siteSearchApiQuery,
  todayInVietnamIso,
} from '../search';

describe('the search pages’ addresses', () => {
  it('turn /tim-kiem parameters into the BFF’s', () => {
    expect(siteSearchApiQuery({ q: ' van ban ', loai: 'van-ban', trang: '2' })).toEqual({ q: 'van ban', type: 'document', page: '2' });
    expect(siteSearchApiQuery({ q: 'x', loai: '' })).toEqual({ q: 'x' });
    // An unknown kind is passed on, so that the BFF refuses it with its message.
    expect(siteSearchApiQuery({ q: 'x', loai: 'video' })).toEqual({ q: 'x', type: 'video' });
  });

  it('turn /van-ban parameters into the BFF’s, leaving out unfilled fields', () => {
    expect(
      documentSearchApiQuery({
        q: '',
        so: '239/BC-UBND',
        loai: 'Báo cáo',
        'co-quan': '',
        nam: '2026',
        'hieu-luc': 'het-hieu-luc',
        'tu-ngay': '2026-01-01',
        trang: '2',
      }),
    ).toEqual({ number: '239/BC-UBND', documentType: 'Báo cáo', year: '2026', status: 'expired', from: '2026-01-01', page: '2' });
    expect(paramFor(LEGAL_STATUS_PARAMS, 'not_yet_in_force')).toBe('chua-co-hieu-luc');
  });

  it('count the filled fields behind “Tìm nâng cao”, not the keywords or the page', () => {
    expect(documentAdvancedFilterCount({})).toBe(0);
    expect(documentAdvancedFilterCount({ q: 'quyet dinh', trang: '3', loai: '', so: '  ' })).toBe(0);
    expect(documentAdvancedFilterCount({ q: 'x', loai: 'Quyết định' })).toBe(1);
    expect(documentAdvancedFilterCount({ so: '120', 'hieu-luc': 'het-hieu-luc', 'tu-ngay': '2026-01-01', 'den-ngay': '2026-02-01' })).toBe(
      4,
    );
    // A repeated parameter (?nam=2025&nam=2026) is still one field in use.
    expect(documentAdvancedFilterCount({ nam: ['2025', '2026'] })).toBe(1);
  });

  it('link each kind of hit to its page', () => {
    const hit = { documentId: 'abc123', locale: 'vi', slug: 'tong-quan' };
    expect(searchHitPath({ ...hit, type: 'article' })).toBe('/tin-tuc/tong-quan');
    expect(searchHitPath({ ...hit, type: 'document', slug: null })).toBe('/van-ban/abc123');
    expect(searchHitPath({ ...hit, type: 'procedure', slug: null })).toBe('/thu-tuc-hanh-chinh/abc123');
    expect(searchHitPath({ ...hit, type: 'page' })).toBe('/gioi-thieu/tong-quan');
    expect(searchHitPath({ ...hit, type: 'page', locale: 'en', slug: 'organisation' })).toBe('/en/organisation');
  });
});

describe('legalStatusOn', () => {
  const dates = { issueDate: '2026-01-10', effectiveDate: '2026-02-01', expiryDate: '2026-12-31' };
  it.each([
    ['2026-01-20', 'not_yet_in_force'],
    ['2026-02-01', 'in_force'],
    ['2026-12-30', 'in_force'],
    ['2026-12-31', 'expired'],
  ])('on %s is %s', (today, status) => {
    expect(legalStatusOn(dates, today)).toBe(status);
  });

  it('counts from the issue date when there is no effective date', () => {
    expect(legalStatusOn({ issueDate: '2026-01-10', effectiveDate: null, expiryDate: null }, '2026-01-10')).toBe('in_force');
  });

  it('takes the day in Việt Nam', () => {
    expect(todayInVietnamIso(new Date('2026-03-31T17:30:00Z'))).toBe('2026-04-01');
  });
});

describe('pageWindow', () => {
  it('shows the first, the last and two pages either side of the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(12, 12)).toEqual([1, null, 10, 11, 12]);
  });
});
