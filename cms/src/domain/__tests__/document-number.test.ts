import * as fs from 'node:fs';
import * as path from 'node:path';

import {
  DOCUMENT_NUMBER_MAX_LENGTH,
  DOCUMENT_TYPE_NAMES,
  normalizeWrittenForm,
  parseDocumentNumber,
  parseNumberAndSymbol,
  type ParsedDocumentNumber,
  type ParseResult,
} from '../document-number';

/** Fixed so that the year bounds (1945..currentYear + 1) do not depend on the day the tests run. */
const options = { currentYear: 2025 };

function parsed(result: ParseResult): ParsedDocumentNumber {
  if (!result.ok) throw new Error(`expected a successful parse, got: ${result.error}`);
  return result.value;
}

function refused(result: ParseResult): string {
  if (result.ok) throw new Error(`expected a refusal, got: ${result.value.written}`);
  return result.error;
}

type Expected = Omit<ParsedDocumentNumber, 'year' | 'unit'> & { year?: number; unit?: string };

/** [input, what it shows, expected parts]; year and unit default to null. */
const VALID: ReadonlyArray<readonly [string, string, Expected]> = [
  [
    '239/BC-UBND',
    'a report of the People’s Committee',
    { number: '239', symbol: 'BC-UBND', typeAbbreviation: 'BC', documentType: 'Báo cáo', issuer: 'UBND', written: '239/BC-UBND' },
  ],
  [
    '6126/VP-TT',
    'a công văn: issuer VP then drafting unit TT (TT is not Thông tư without a year)',
    { number: '6126', symbol: 'VP-TT', typeAbbreviation: null, documentType: 'Công văn', issuer: 'VP', unit: 'TT', written: '6126/VP-TT' },
  ],
  [
    '215/UBND-VP',
    'a công văn of UBND drafted by VP',
    {
      number: '215',
      symbol: 'UBND-VP',
      typeAbbreviation: null,
      documentType: 'Công văn',
      issuer: 'UBND',
      unit: 'VP',
      written: '215/UBND-VP',
    },
  ],
  [
    '02/KH-BCĐTW',
    'a leading zero kept and an issuer with Đ',
    { number: '02', symbol: 'KH-BCĐTW', typeAbbreviation: 'KH', documentType: 'Kế hoạch', issuer: 'BCĐTW', written: '02/KH-BCĐTW' },
  ],
  [
    '42/2022/NĐ-CP',
    'a decree with its year',
    {
      number: '42',
      year: 2022,
      symbol: '2022/NĐ-CP',
      typeAbbreviation: 'NĐ',
      documentType: 'Nghị định',
      issuer: 'CP',
      written: '42/2022/NĐ-CP',
    },
  ],
  [
    '22/2023/TT-BTTTT',
    'TT after a year is Thông tư',
    {
      number: '22',
      year: 2023,
      symbol: '2023/TT-BTTTT',
      typeAbbreviation: 'TT',
      documentType: 'Thông tư',
      issuer: 'BTTTT',
      written: '22/2023/TT-BTTTT',
    },
  ],
  [
    '123/2015/NĐ-CP',
    'another decree',
    {
      number: '123',
      year: 2015,
      symbol: '2015/NĐ-CP',
      typeAbbreviation: 'NĐ',
      documentType: 'Nghị định',
      issuer: 'CP',
      written: '123/2015/NĐ-CP',
    },
  ],
  [
    '01/2021/NQ-HĐND',
    'a legal resolution of the People’s Council',
    {
      number: '01',
      year: 2021,
      symbol: '2021/NQ-HĐND',
      typeAbbreviation: 'NQ',
      documentType: 'Nghị quyết',
      issuer: 'HĐND',
      written: '01/2021/NQ-HĐND',
    },
  ],
  [
    '15/2024/QĐ-UBND',
    'a legal decision of the People’s Committee',
    {
      number: '15',
      year: 2024,
      symbol: '2024/QĐ-UBND',
      typeAbbreviation: 'QĐ',
      documentType: 'Quyết định',
      issuer: 'UBND',
      written: '15/2024/QĐ-UBND',
    },
  ],
  [
    '35/QĐ-UBND',
    'an administrative decision',
    { number: '35', symbol: 'QĐ-UBND', typeAbbreviation: 'QĐ', documentType: 'Quyết định', issuer: 'UBND', written: '35/QĐ-UBND' },
  ],
  [
    '12/NQ-ĐU',
    'a resolution of the Party committee written the state way',
    { number: '12', symbol: 'NQ-ĐU', typeAbbreviation: 'NQ', documentType: 'Nghị quyết', issuer: 'ĐU', written: '12/NQ-ĐU' },
  ],
  [
    '08-NQ/ĐU',
    'a Party resolution: number-type/issuer',
    { number: '08', symbol: 'NQ/ĐU', typeAbbreviation: 'NQ', documentType: 'Nghị quyết', issuer: 'ĐU', written: '08-NQ/ĐU' },
  ],
  [
    '45-KL/TW',
    'a Party conclusion (KL has no enum value of its own)',
    { number: '45', symbol: 'KL/TW', typeAbbreviation: 'KL', documentType: 'Văn bản khác', issuer: 'TW', written: '45-KL/TW' },
  ],
  [
    '1234/QĐ-TTg',
    'the Prime Minister’s mixed-case code TTg',
    { number: '1234', symbol: 'QĐ-TTg', typeAbbreviation: 'QĐ', documentType: 'Quyết định', issuer: 'TTg', written: '1234/QĐ-TTg' },
  ],
  [
    '05/CT-UBND',
    'a directive',
    { number: '05', symbol: 'CT-UBND', typeAbbreviation: 'CT', documentType: 'Chỉ thị', issuer: 'UBND', written: '05/CT-UBND' },
  ],
  [
    '10/TTr-UBND',
    'TTr (Tờ trình) is not TT',
    { number: '10', symbol: 'TTr-UBND', typeAbbreviation: 'TTr', documentType: 'Tờ trình', issuer: 'UBND', written: '10/TTr-UBND' },
  ],
  [
    '3/GM-UBND',
    'a one-digit number',
    { number: '3', symbol: 'GM-UBND', typeAbbreviation: 'GM', documentType: 'Giấy mời', issuer: 'UBND', written: '3/GM-UBND' },
  ],
  [
    '09/HD-UBND',
    'HD (Hướng dẫn) without a stroke',
    { number: '09', symbol: 'HD-UBND', typeAbbreviation: 'HD', documentType: 'Hướng dẫn', issuer: 'UBND', written: '09/HD-UBND' },
  ],
  [
    '124/TB-VPCP',
    'a notice of the Government Office',
    { number: '124', symbol: 'TB-VPCP', typeAbbreviation: 'TB', documentType: 'Thông báo', issuer: 'VPCP', written: '124/TB-VPCP' },
  ],
  [
    '18/2025/QH15',
    'a law of the 15th National Assembly',
    {
      number: '18',
      year: 2025,
      symbol: '2025/QH15',
      typeAbbreviation: null,
      documentType: 'Luật',
      issuer: 'QH15',
      written: '18/2025/QH15',
    },
  ],
  [
    '59/2020/QH14',
    'a law of the 14th National Assembly',
    {
      number: '59',
      year: 2020,
      symbol: '2020/QH14',
      typeAbbreviation: null,
      documentType: 'Luật',
      issuer: 'QH14',
      written: '59/2020/QH14',
    },
  ],
  [
    'Số: 02/KH-BCĐTW'.normalize('NFD'),
    'NFD text pasted from Word, with the header label “Số:”',
    { number: '02', symbol: 'KH-BCĐTW', typeAbbreviation: 'KH', documentType: 'Kế hoạch', issuer: 'BCĐTW', written: '02/KH-BCĐTW' },
  ],
  [
    '239/BC\u2013UBND',
    'an en dash from Word’s autocorrect',
    { number: '239', symbol: 'BC-UBND', typeAbbreviation: 'BC', documentType: 'Báo cáo', issuer: 'UBND', written: '239/BC-UBND' },
  ],
  [
    '  239 / BC - UBND ',
    'spaces around the slash and the hyphen',
    { number: '239', symbol: 'BC-UBND', typeAbbreviation: 'BC', documentType: 'Báo cáo', issuer: 'UBND', written: '239/BC-UBND' },
  ],
  [
    '42/2022/N\u00D0-CP',
    'the lookalike Ð (U+00D0) from legacy fonts',
    {
      number: '42',
      year: 2022,
      symbol: '2022/NĐ-CP',
      typeAbbreviation: 'NĐ',
      documentType: 'Nghị định',
      issuer: 'CP',
      written: '42/2022/NĐ-CP',
    },
  ],
  [
    '12/NQ-đU',
    'a lower-case đ typed in the issuer',
    { number: '12', symbol: 'NQ-ĐU', typeAbbreviation: 'NQ', documentType: 'Nghị quyết', issuer: 'ĐU', written: '12/NQ-ĐU' },
  ],
  [
    '1234/qđ-ttg',
    'lower case typed everywhere, mixed-case codes restored',
    { number: '1234', symbol: 'QĐ-TTg', typeAbbreviation: 'QĐ', documentType: 'Quyết định', issuer: 'TTg', written: '1234/QĐ-TTg' },
  ],
  [
    '10/TTR-ubnd',
    'TTR typed with caps lock in the type position is still Tờ trình',
    { number: '10', symbol: 'TTr-UBND', typeAbbreviation: 'TTr', documentType: 'Tờ trình', issuer: 'UBND', written: '10/TTr-UBND' },
  ],
  [
    '15/CTr-UBND',
    'CTr (Chương trình) is not CT',
    { number: '15', symbol: 'CTr-UBND', typeAbbreviation: 'CTr', documentType: 'Chương trình', issuer: 'UBND', written: '15/CTr-UBND' },
  ],
  [
    '07/QyĐ-UBND',
    'QyĐ (Quy định) is not QĐ',
    { number: '07', symbol: 'QyĐ-UBND', typeAbbreviation: 'QyĐ', documentType: 'Quy định', issuer: 'UBND', written: '07/QyĐ-UBND' },
  ],
  [
    '14/ĐA-UBND',
    'ĐA (Đề án) and DA (Dự án) differ by the stroke',
    { number: '14', symbol: 'ĐA-UBND', typeAbbreviation: 'ĐA', documentType: 'Đề án', issuer: 'UBND', written: '14/ĐA-UBND' },
  ],
  [
    '16/DA-UBND',
    'DA is Dự án',
    { number: '16', symbol: 'DA-UBND', typeAbbreviation: 'DA', documentType: 'Dự án', issuer: 'UBND', written: '16/DA-UBND' },
  ],
  [
    '02/2015/TTLT-BTC-BNV',
    'a joint circular keeps both issuers',
    {
      number: '02',
      year: 2015,
      symbol: '2015/TTLT-BTC-BNV',
      typeAbbreviation: 'TTLT',
      documentType: 'Thông tư',
      issuer: 'BTC-BNV',
      written: '02/2015/TTLT-BTC-BNV',
    },
  ],
  [
    '123/UBND',
    'a công văn without a drafting unit',
    { number: '123', symbol: 'UBND', typeAbbreviation: null, documentType: 'Công văn', issuer: 'UBND', written: '123/UBND' },
  ],
  [
    '45/TT-HCTH',
    'TT first without a year is the issuer of a công văn',
    {
      number: '45',
      symbol: 'TT-HCTH',
      typeAbbreviation: null,
      documentType: 'Công văn',
      issuer: 'TT',
      unit: 'HCTH',
      written: '45/TT-HCTH',
    },
  ],
  [
    '12/KL-TTr',
    'an inspection conclusion issued by the inspectorate TTr',
    { number: '12', symbol: 'KL-TTr', typeAbbreviation: 'KL', documentType: 'Văn bản khác', issuer: 'TTr', written: '12/KL-TTr' },
  ],
  [
    '45-CV/TU',
    'a Party công văn uses CV',
    { number: '45', symbol: 'CV/TU', typeAbbreviation: 'CV', documentType: 'Công văn', issuer: 'TU', written: '45-CV/TU' },
  ],
  [
    '08\u2014NQ/ĐU',
    'an em dash in a Party number',
    { number: '08', symbol: 'NQ/ĐU', typeAbbreviation: 'NQ', documentType: 'Nghị quyết', issuer: 'ĐU', written: '08-NQ/ĐU' },
  ],
  [
    '\u00A0239/BC\u2011UB\u200BND',
    'a non-breaking hyphen, a no-break space and a zero-width space from a web page',
    { number: '239', symbol: 'BC-UBND', typeAbbreviation: 'BC', documentType: 'Báo cáo', issuer: 'UBND', written: '239/BC-UBND' },
  ],
  [
    '02/2022/UBTVQH15',
    'an ordinance of the National Assembly Standing Committee',
    {
      number: '02',
      year: 2022,
      symbol: '2022/UBTVQH15',
      typeAbbreviation: null,
      documentType: 'Văn bản khác',
      issuer: 'UBTVQH15',
      written: '02/2022/UBTVQH15',
    },
  ],
  [
    '57/PC06-ĐKQLCT',
    'a police unit code with digits in a công văn',
    {
      number: '57',
      symbol: 'PC06-ĐKQLCT',
      typeAbbreviation: null,
      documentType: 'Công văn',
      issuer: 'PC06',
      unit: 'ĐKQLCT',
      written: '57/PC06-ĐKQLCT',
    },
  ],
  [
    '01/2026/QĐ-UBND',
    'the upper year bound is next year (documents numbered in December)',
    {
      number: '01',
      year: 2026,
      symbol: '2026/QĐ-UBND',
      typeAbbreviation: 'QĐ',
      documentType: 'Quyết định',
      issuer: 'UBND',
      written: '01/2026/QĐ-UBND',
    },
  ],
];

/** [input, why it is refused, fragment of the Vietnamese message]. */
const INVALID: ReadonlyArray<readonly [string, string, string]> = [
  ['', 'empty input', 'Chưa nhập số, ký hiệu văn bản'],
  [' \u00A0\u200B ', 'only spaces and invisible characters', 'Chưa nhập số, ký hiệu văn bản'],
  ['239BC-UBND', 'no slash between number and symbol', 'thiếu dấu “/” giữa số và ký hiệu'],
  ['239 BC-UBND', 'a space instead of the slash', 'thiếu dấu “/” giữa số và ký hiệu'],
  ['BC-UBND', 'no number at all', 'thiếu số văn bản'],
  ['/BC-UBND', 'nothing before the slash', 'thiếu số văn bản trước dấu “/”'],
  ['12a/QĐ-UBND', 'a letter in the number', 'số văn bản “12a” chỉ được gồm chữ số'],
  ['0/QĐ-UBND', 'number zero', 'số văn bản phải lớn hơn 0'],
  ['000/QĐ-UBND', 'number all zeros', 'số văn bản phải lớn hơn 0'],
  ['1234567/QĐ-UBND', 'number longer than 6 digits', 'dài quá 6 chữ số'],
  ['42/1944/NĐ-CP', 'year before 1945', 'năm ban hành 1944 phải trong khoảng 1945–2026'],
  ['42/2027/NĐ-CP', 'year after next year', 'năm ban hành 2027 phải trong khoảng 1945–2026'],
  ['42/22/NĐ-CP', 'a two-digit year', 'năm ban hành “22” phải gồm đúng 4 chữ số'],
  ['239/', 'nothing after the slash', 'thiếu ký hiệu sau dấu “/”'],
  ['42/2022', 'a year but no symbol', 'thiếu ký hiệu sau năm ban hành “2022”'],
  ['239/BC_UBND', 'an underscore in the symbol', 'ký tự không hợp lệ “_” (gạch dưới)'],
  ['239/BC UBND', 'a space inside the symbol', 'ký tự không hợp lệ dấu cách'],
  ['239/BC.UBND', 'a dot in the symbol', 'ký tự không hợp lệ “.”'],
  ['239/BC\\UBND', 'a backslash in the symbol', 'dùng “/” thay cho “\\”'],
  ['239/BC--UBND', 'a doubled hyphen', 'có dấu “-” hoặc “/” thừa hoặc đứng liền nhau'],
  ['239/BC-', 'a trailing hyphen', 'có dấu “-” hoặc “/” thừa'],
  ['239/BC-UBND/VP', 'a second slash without a year', 'giữa số và ký hiệu chỉ có một dấu “/”'],
  ['42/2022/NĐ/CP', 'too many slashes', 'có quá nhiều dấu “/”'],
  ['42/2022/XYZ-CP', 'an unknown type where a year requires one', '“XYZ” không phải chữ viết tắt tên loại văn bản'],
  ['1/1945/SL', 'an unknown single code after the year', 'sau năm ban hành phải là loại văn bản và cơ quan ban hành'],
  ['100/NĐ-CP', 'a decree without its year', 'phải ghi năm ban hành'],
  ['02/TTLT-BTC-BNV', 'a joint circular without its year', 'phải ghi năm ban hành'],
  ['12/QĐ', 'a type without an issuer', 'thiếu chữ viết tắt tên cơ quan ban hành sau “QĐ-”'],
  ['42/2022/NĐ', 'a legal type without an issuer', 'thiếu chữ viết tắt tên cơ quan ban hành sau “NĐ-”'],
  ['08-XX/ĐU', 'an unknown Party type', '“XX” không phải chữ viết tắt tên loại văn bản của Đảng'],
  ['08-NQ-TW/ĐU', 'a Party form with a hyphenated type', 'văn bản của Đảng viết dạng số-loại văn bản/cơ quan ban hành'],
  ['08-NQ', 'a Party number without its slash', 'thiếu dấu “/”'],
  ['239/BC-15', 'an issuer made of digits only', '“15” không phải chữ viết tắt tên cơ quan'],
  ['239/15', 'a symbol of digits only', 'ký hiệu “15” chỉ có chữ số'],
  ['239/BC-UBND\u0301', 'a combining accent left over from a broken paste', 'ký tự không hợp lệ'],
];

describe('parseDocumentNumber: valid real-world forms', () => {
  it.each(VALID)('accepts %j: %s', (input, _shows, expected) => {
    expect(parseDocumentNumber(input, options)).toEqual({
      ok: true,
      value: { year: null, unit: null, ...expected },
    });
  });

  it('covers at least 25 valid inputs', () => {
    expect(VALID.length).toBeGreaterThanOrEqual(25);
  });

  it.each(VALID)('re-parses the written form of %j unchanged', (input) => {
    const first = parsed(parseDocumentNumber(input, options));
    expect(parsed(parseDocumentNumber(first.written, options))).toEqual(first);
  });

  it.each(VALID)('joins number, separator and symbol of %j back into its written form', (input) => {
    const value = parsed(parseDocumentNumber(input, options));
    const separator = value.written.charAt(value.number.length);
    expect(`${value.number}${separator}${value.symbol}`).toBe(value.written);
  });

  it('uses the clock for the year bound when no current year is given', () => {
    const nextYear = new Date().getFullYear() + 1;
    expect(parsed(parseDocumentNumber(`1/${nextYear}/QĐ-UBND`)).year).toBe(nextYear);
    expect(refused(parseDocumentNumber(`1/${nextYear + 1}/QĐ-UBND`))).toContain(`1945–${nextYear}`);
  });

  it('accepts exactly 60 characters', () => {
    const input = `1/BC-${'A'.repeat(DOCUMENT_NUMBER_MAX_LENGTH - 5)}`;
    expect(input).toHaveLength(DOCUMENT_NUMBER_MAX_LENGTH);
    expect(parsed(parseDocumentNumber(input, options)).written).toBe(input);
  });

  it('accepts a six-digit number and the year 1945', () => {
    expect(parsed(parseDocumentNumber('123456/QĐ-UBND', options)).number).toBe('123456');
    expect(parsed(parseDocumentNumber('1/1945/QĐ-CP', options)).year).toBe(1945);
  });
});

describe('parseDocumentNumber: refused inputs', () => {
  it.each(INVALID)('refuses %j (%s) with a message containing %j', (input, _why, fragment) => {
    expect(refused(parseDocumentNumber(input, options))).toContain(fragment);
  });

  it('covers at least 12 invalid inputs', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(12);
  });

  it('writes the whole message for the editor, quoting the input and giving an example', () => {
    expect(refused(parseDocumentNumber('239BC-UBND', options))).toBe(
      'Số, ký hiệu “239BC-UBND” không đúng dạng: thiếu dấu “/” giữa số và ký hiệu (ví dụ: 239/BC-UBND).',
    );
  });

  it('refuses more than 60 characters with the length in the message', () => {
    const input = `1/BC-${'A'.repeat(DOCUMENT_NUMBER_MAX_LENGTH - 4)}`;
    expect(refused(parseDocumentNumber(input, options))).toContain('quá dài: 61 ký tự, tối đa 60 ký tự');
  });

  it('never throws, whatever the input', () => {
    for (const input of ['/', '-', '//', '--', '1-', '1-/', '1/-', '1/2022/', 'Số:', '\u0301', '1/QH15/2022']) {
      expect(() => parseDocumentNumber(input, options)).not.toThrow();
      expect(parseDocumentNumber(input, options).ok).toBe(false);
    }
  });
});

describe('parseNumberAndSymbol: the two editor fields', () => {
  it('joins number and symbol with a slash', () => {
    expect(parsed(parseNumberAndSymbol('239', 'BC-UBND', options)).written).toBe('239/BC-UBND');
  });

  it('joins a legal symbol that carries the year', () => {
    const value = parsed(parseNumberAndSymbol('42', '2022/NĐ-CP', options));
    expect(value).toMatchObject({ number: '42', year: 2022, typeAbbreviation: 'NĐ', written: '42/2022/NĐ-CP' });
  });

  it('joins a Party symbol with a hyphen', () => {
    expect(parsed(parseNumberAndSymbol('08', 'NQ/ĐU', options)).written).toBe('08-NQ/ĐU');
  });

  it('accepts the whole written form typed into the number field with the symbol left empty', () => {
    expect(parsed(parseNumberAndSymbol('239/BC-UBND', '', options))).toEqual(parsed(parseDocumentNumber('239/BC-UBND', options)));
    expect(parsed(parseNumberAndSymbol(' 08-NQ/ĐU ', '  ', options)).written).toBe('08-NQ/ĐU');
  });

  it('accepts the whole form in the number field when the symbol field repeats the same symbol', () => {
    expect(parsed(parseNumberAndSymbol('239/BC-UBND', 'bc-ubnd', options)).written).toBe('239/BC-UBND');
    expect(parsed(parseNumberAndSymbol('08-NQ/ĐU', 'NQ/ĐU', options)).written).toBe('08-NQ/ĐU');
  });

  it('refuses a whole form in the number field that contradicts the symbol field', () => {
    expect(refused(parseNumberAndSymbol('239/BC-UBND', 'TB-UBND', options))).toContain('khác với ký hiệu “TB-UBND”');
  });

  it('accepts number and year in the number field', () => {
    expect(parsed(parseNumberAndSymbol('42/2022', 'NĐ-CP', options)).written).toBe('42/2022/NĐ-CP');
  });

  it('ignores a separator typed at the end of the number or the start of the symbol', () => {
    expect(parsed(parseNumberAndSymbol('239/', 'BC-UBND', options)).written).toBe('239/BC-UBND');
    expect(parsed(parseNumberAndSymbol('239', '/BC-UBND', options)).written).toBe('239/BC-UBND');
  });

  it('keeps the leading zero and normalises the symbol field (NFD, Ð, en dash)', () => {
    const value = parsed(parseNumberAndSymbol('02', 'KH\u2013BC\u00D0TW'.normalize('NFD'), options));
    expect(value).toMatchObject({ number: '02', issuer: 'BCĐTW', written: '02/KH-BCĐTW' });
  });

  it('says which field is missing', () => {
    expect(refused(parseNumberAndSymbol('', '', options))).toContain('Chưa nhập số và ký hiệu văn bản');
    expect(refused(parseNumberAndSymbol('', 'BC-UBND', options))).toContain('Chưa nhập số văn bản cho ký hiệu “BC-UBND”');
    expect(refused(parseNumberAndSymbol('239', '', options))).toContain('Chưa nhập ký hiệu cho văn bản số “239”');
  });

  it('passes the parser’s message through for an invalid joined form', () => {
    expect(refused(parseNumberAndSymbol('12a', 'QĐ-UBND', options))).toContain('số văn bản “12a” chỉ được gồm chữ số');
  });
});

describe('normalizeWrittenForm', () => {
  it('turns every dash into a hyphen and every slash lookalike into a slash', () => {
    expect(normalizeWrittenForm('1\u2010a\u2011b\u2012c\u2013d\u2014e\u2015f\u2212g\uFF0Dh')).toBe('1-a-b-c-d-e-f-g-h');
    expect(normalizeWrittenForm('1\u2044a\u2215b\uFF0Fc')).toBe('1/a/b/c');
  });

  it('composes NFD text to NFC', () => {
    expect(normalizeWrittenForm('Quyết định'.normalize('NFD'))).toBe('Quyết định'.normalize('NFC'));
  });

  it('strips the “Số:” label only in front of a number', () => {
    expect(normalizeWrittenForm('Số: 239/BC-UBND')).toBe('239/BC-UBND');
    expect(normalizeWrittenForm('SỐ 239/BC-UBND')).toBe('239/BC-UBND');
    expect(normalizeWrittenForm('So:239/BC-UBND')).toBe('239/BC-UBND');
    expect(normalizeWrittenForm('Số:')).toBe('Số:');
  });
});

describe('DOCUMENT_TYPE_NAMES', () => {
  it('matches the documentType enumeration of the CMS document schema, so every inferred type can be saved', () => {
    const schemaPath = path.join(__dirname, '../../api/document/content-types/document/schema.json');
    const schema: unknown = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
    const enumeration = (schema as { attributes?: { documentType?: { enum?: unknown } } }).attributes?.documentType?.enum;
    expect(enumeration).toEqual([...DOCUMENT_TYPE_NAMES]);
  });

  it('only infers names from the enumeration', () => {
    const names: readonly string[] = DOCUMENT_TYPE_NAMES;
    for (const [input] of VALID) {
      const { documentType } = parsed(parseDocumentNumber(input, options));
      expect(documentType === null ? null : names.includes(documentType)).toBe(true);
    }
  });
});
