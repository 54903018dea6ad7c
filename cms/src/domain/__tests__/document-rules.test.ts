import { checkDocumentRules, legalStatus, toIsoDate } from '../document-rules';

const valid = {
  number: '239',
  symbol: 'BC-UBND',
  issueDate: '2025-03-14',
  effectiveDate: '2025-03-20',
  expiryDate: '2026-03-20',
  summary: 'Báo cáo kết quả công tác quý I',
};

describe('checkDocumentRules', () => {
  it('accepts a complete document and returns the canonical written form', () => {
    expect(checkDocumentRules(valid)).toEqual({ ok: true, value: { number: '239', symbol: 'BC-UBND', numberSymbol: '239/BC-UBND' } });
  });

  it('accepts a document without effective or expiry date', () => {
    expect(checkDocumentRules({ ...valid, effectiveDate: null, expiryDate: undefined }).ok).toBe(true);
  });

  it('reports every broken rule at once, each with its field', () => {
    const result = checkDocumentRules({
      number: '239',
      symbol: '',
      issueDate: '2025-03-14',
      effectiveDate: '2025-03-01',
      expiryDate: '2025-02-01',
      summary: '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.path)).toEqual(['number', 'effectiveDate', 'expiryDate', 'summary']);
    expect(result.errors[1]?.message).toBe('Ngày có hiệu lực (01/03/2025) không được trước ngày ban hành (14/03/2025).');
  });

  it('refuses a missing issue date', () => {
    const result = checkDocumentRules({ ...valid, issueDate: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toBe('Chưa nhập ngày ban hành của văn bản.');
  });

  it('counts the summary limit in characters, not bytes: 500 Vietnamese letters pass, 501 fail', () => {
    expect(checkDocumentRules({ ...valid, summary: 'ệ'.repeat(500) }).ok).toBe(true);
    expect(checkDocumentRules({ ...valid, summary: 'ệ'.repeat(501) }).ok).toBe(false);
  });

  it('compares the expiry date with the issue date when there is no effective date', () => {
    const result = checkDocumentRules({ ...valid, effectiveDate: null, expiryDate: '2025-03-14' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toContain('phải sau ngày ban hành');
  });
});

describe('legalStatus is computed from the dates on the day asked', () => {
  it.each([
    ['2025-03-19', 'not_yet_in_force'],
    ['2025-03-20', 'in_force'],
    ['2026-03-19', 'in_force'],
    ['2026-03-20', 'expired'],
  ] as const)('on %s the document is %s', (today, expected) => {
    expect(legalStatus(valid, today)).toBe(expected);
  });

  it('treats a document without effective date as in force from its issue date', () => {
    expect(legalStatus({ issueDate: '2025-03-14' }, '2025-03-14')).toBe('in_force');
    expect(legalStatus({ issueDate: '2025-03-14' }, '2025-03-13')).toBe('not_yet_in_force');
  });
});

describe('toIsoDate', () => {
  it('reads plain dates, ISO timestamps and Date objects, and nothing else', () => {
    expect(toIsoDate('2025-03-14')).toBe('2025-03-14');
    expect(toIsoDate('2025-03-14T10:00:00.000Z')).toBe('2025-03-14');
    expect(toIsoDate(new Date('2025-03-14T00:00:00Z'))).toBe('2025-03-14');
    expect(toIsoDate('14/03/2025')).toBeNull();
    expect(toIsoDate(20250314)).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });
});
