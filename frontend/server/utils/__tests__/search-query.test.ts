import { parseDocumentSearchQuery, parseSiteSearchQuery, searchKeyParts } from '../search-query';

describe('parseSiteSearchQuery', () => {
  it('reads words, type and page, collapsing spaces and keeping the first of repeated parameters', () => {
    expect(parseSiteSearchQuery({ q: '  van   ban ', type: ['document', 'article'], page: '3' })).toEqual({
      ok: true,
      query: { q: 'van ban', type: 'document', page: 3 },
    });
    expect(parseSiteSearchQuery({ q: 'đảng ủy' })).toEqual({ ok: true, query: { q: 'đảng ủy', type: undefined, page: 1 } });
  });

  it('composes accents typed with combining marks, so both spellings share a cache entry', () => {
    const decomposed = parseSiteSearchQuery({ q: 'văn bản'.normalize('NFD') });
    const composed = parseSiteSearchQuery({ q: 'văn bản' });
    expect(searchKeyParts(decomposed)).toEqual(searchKeyParts(composed));
  });

  it.each([
    [{}, 'Hãy nhập từ khóa cần tìm.'],
    [{ q: '   ' }, 'Hãy nhập từ khóa cần tìm.'],
    [{ q: 'x'.repeat(201) }, 'Từ khóa dài quá 200 ký tự.'],
    [{ q: 'van ban', type: 'video' }, 'Loại nội dung không hợp lệ.'],
    [{ q: 'van ban', page: '0' }, 'Số trang không hợp lệ.'],
    [{ q: 'van ban', page: '2.5' }, 'Số trang không hợp lệ.'],
    [{ q: 'van ban', page: 'abc' }, 'Số trang không hợp lệ.'],
    [{ q: 'van ban', page: '1001' }, 'Số trang không hợp lệ.'],
  ])('refuses %j with a Vietnamese message', (raw, message) => {
    expect(parseSiteSearchQuery(raw)).toEqual({ ok: false, message });
  });
});

describe('parseDocumentSearchQuery', () => {
  it('reads every filter and leaves unfilled form fields out', () => {
    const parsed = parseDocumentSearchQuery({
      q: '',
      number: '239/BC-UBND',
      documentType: 'Quyết định',
      issuingBody: '',
      year: '2026',
      status: 'in_force',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(parsed).toEqual({
      ok: true,
      query: {
        q: undefined,
        number: '239/BC-UBND',
        documentType: 'Quyết định',
        issuingBody: undefined,
        field: undefined,
        signer: undefined,
        year: 2026,
        status: 'in_force',
        from: '2026-01-01',
        to: '2026-12-31',
        page: 1,
      },
    });
  });

  it.each([
    [{ status: 'valid' }, 'Tình trạng hiệu lực không hợp lệ.'],
    [{ year: '1900' }, 'Năm ban hành không hợp lệ.'],
    [{ from: '2026-02-30' }, '“Từ ngày” không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-01-31).'],
    [{ to: '31/12/2026' }, '“Đến ngày” không hợp lệ (dạng năm-tháng-ngày, ví dụ 2026-01-31).'],
    [{ from: '2026-05-01', to: '2026-04-30' }, '“Từ ngày” phải trước “đến ngày”.'],
    [{ signer: 'x'.repeat(201) }, 'Người ký dài quá 200 ký tự.'],
  ])('refuses %j with a Vietnamese message', (raw, message) => {
    expect(parseDocumentSearchQuery(raw)).toEqual({ ok: false, message });
  });
});

describe('searchKeyParts', () => {
  it('gives the same key whatever the parameter order, and different keys for different queries', () => {
    const a = searchKeyParts(parseDocumentSearchQuery({ q: 'van ban', year: '2026' }));
    const b = searchKeyParts(parseDocumentSearchQuery({ year: '2026', q: 'van ban' }));
    const c = searchKeyParts(parseDocumentSearchQuery({ q: 'van ban', year: '2025' }));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });
});
