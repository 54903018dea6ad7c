import { NOTICE_KINDS, PLAN_KINDS, PLAN_STATUSES, codeOf, formatDong, formatPeriod, valueOfCode } from '../public-works';

describe('formatDong', () => {
  it('groups the digits by dots and names the currency, without a float', () => {
    expect(formatDong('1234567000')).toBe('1.234.567.000 đồng');
    expect(formatDong('999')).toBe('999 đồng');
    expect(formatDong('0')).toBe('0 đồng');
    // Beyond Number.MAX_SAFE_INTEGER the digits stay exact.
    expect(formatDong('123456789012345678901')).toBe('123.456.789.012.345.678.901 đồng');
    expect(formatDong('0004850000000')).toBe('4.850.000.000 đồng');
  });

  it('writes nothing for a missing or malformed amount', () => {
    for (const amount of [null, undefined, '', '12.5', '-100', '1e9', 'abc']) expect(formatDong(amount)).toBe('');
  });
});

describe('formatPeriod', () => {
  it('writes a span with an en dash, a single year once', () => {
    expect(formatPeriod(2021, 2030)).toBe('2021–2030');
    expect(formatPeriod(2026, 2026)).toBe('2026');
    expect(formatPeriod(2026, null)).toBe('2026');
  });
});

describe('address codes', () => {
  it('maps every code to its CMS value and back', () => {
    for (const codes of [PLAN_KINDS, PLAN_STATUSES, NOTICE_KINDS]) {
      for (const [code, value] of Object.entries(codes)) {
        expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(valueOfCode(codes, code)).toBe(value);
        expect(codeOf(codes, value)).toBe(code);
      }
    }
  });

  it('knows no other code, not even an inherited property', () => {
    expect(valueOfCode(PLAN_KINDS, 'khong-co')).toBeNull();
    expect(valueOfCode(PLAN_KINDS, 'toString')).toBeNull();
    expect(valueOfCode(PLAN_KINDS, '__proto__')).toBeNull();
    expect(codeOf(PLAN_KINDS, 'Không có')).toBe('');
  });
});
