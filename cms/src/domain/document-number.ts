/**
 * Parser and validator for Vietnamese document numbers and symbols ("số, ký hiệu văn bản")
 * as editors really type or paste them.
 *
 * Pure and dependency-free on purpose: the same rules run in Strapi lifecycles, in the seed
 * scripts and in unit tests, and must never need a database or the network.
 *
 * Written forms accepted (Decree 30/2020/NĐ-CP for administrative documents, Law 80/2015/QH13
 * for legal documents, Party regulations for Party documents):
 *
 *   administrative, with a type        239/BC-UBND        <number>/<type>-<issuer>
 *   công văn (no type abbreviation)    6126/VP-TT         <number>/<issuer>-<drafting unit>
 *   legal document, with a year        42/2022/NĐ-CP      <number>/<year>/<type>-<issuer>
 *   law or National Assembly act       18/2025/QH15       <number>/<year>/QH<legislature>
 *   Party document                     08-NQ/ĐU           <number>-<type>/<issuer>
 *
 * What "symbol" means in the result (the CMS stores number and symbol in two fields):
 *   - everything after the number and the separator that follows it, so
 *     "BC-UBND" for 239/BC-UBND, "2022/NĐ-CP" for 42/2022/NĐ-CP (the year stays in the symbol,
 *     because that is how the form reads after the first "/"), and "NQ/ĐU" for 08-NQ/ĐU
 *     (for Party documents the separator after the number is "-", not "/").
 *   Joining `number`, the separator and `symbol` always gives back `written`.
 */

/** The CMS enumeration `documentType` (cms/src/api/document/content-types/document/schema.json), in its order. */
export const DOCUMENT_TYPE_NAMES = [
  'Nghị quyết',
  'Quyết định',
  'Chỉ thị',
  'Quy chế',
  'Quy định',
  'Thông cáo',
  'Thông báo',
  'Hướng dẫn',
  'Chương trình',
  'Kế hoạch',
  'Phương án',
  'Đề án',
  'Dự án',
  'Báo cáo',
  'Biên bản',
  'Tờ trình',
  'Hợp đồng',
  'Công văn',
  'Công điện',
  'Bản ghi nhớ',
  'Bản thỏa thuận',
  'Giấy ủy quyền',
  'Giấy mời',
  'Giấy giới thiệu',
  'Giấy nghỉ phép',
  'Phiếu gửi',
  'Phiếu chuyển',
  'Phiếu báo',
  'Thư công',
  'Luật',
  'Nghị định',
  'Thông tư',
  'Văn bản khác',
] as const;

export type DocumentTypeName = (typeof DOCUMENT_TYPE_NAMES)[number];

export interface ParsedDocumentNumber {
  /** As written, leading zeros kept ("02"): the number is an identifier, not a quantity. */
  number: string;
  /** Year of a legal document (2022 for 42/2022/NĐ-CP), otherwise null. */
  year: number | null;
  /** Everything after the number and its separator: "BC-UBND", "2022/NĐ-CP", "NQ/ĐU" (see the file header). */
  symbol: string;
  /** "BC", "NĐ", "TTr"… in canonical case; null for a công văn written without one and for a law (…/QH15). */
  typeAbbreviation: string | null;
  /**
   * The CMS type name inferred from the form: 'Công văn' when there is no type abbreviation.
   * Never null for a successful parse under the current rules; nullable to keep the agreed API open.
   */
  documentType: DocumentTypeName | null;
  /** Issuing body code(s): "UBND", "CP", "QH15"; joint issuers stay joined: "BTC-BNV". */
  issuer: string;
  /** Drafting unit of a công văn: "TT" in 6126/VP-TT, "VP" in 215/UBND-VP; null for other documents. */
  unit: string | null;
  /** Canonical written form: "239/BC-UBND", "42/2022/NĐ-CP", "08-NQ/ĐU". */
  written: string;
}

export type ParseResult = { ok: true; value: ParsedDocumentNumber } | { ok: false; error: string };

export interface ParseOptions {
  /**
   * The year "now", used for the upper bound of a legal document's year (current year + 1, because
   * documents for the coming year are numbered in December). Defaults to the clock; tests pass it so
   * that they do not depend on the day they run.
   */
  currentYear?: number;
}

/** Same limit as the `symbol` field of the CMS; a longer text is a paste accident, not a symbol. */
export const DOCUMENT_NUMBER_MAX_LENGTH = 60;
/** Registers restart every year; six digits is far beyond any real yearly count and catches pasted dates or phone numbers. */
const NUMBER_MAX_DIGITS = 6;
/** The Democratic Republic of Vietnam's first documents date from 1945. */
const YEAR_MIN = 1945;

/**
 * What to do with a type abbreviation found where the form has no year:
 *   'type'       it is the document type (239/BC-UBND);
 *   'issuer'     it is a legal-only type whose letters are also common body codes, so without a year the
 *                position says it is the issuer of a công văn (TT = Trung tâm, Thanh tra: 45/TT-HCTH);
 *   'needs-year' a legal-only type that cannot be anything else, so a missing year is the editor's mistake.
 */
type WithoutYear = 'type' | 'issuer' | 'needs-year';

interface TypeEntry {
  abbreviation: string;
  name: DocumentTypeName;
  withoutYear: WithoutYear;
}

const TYPE_ENTRIES: readonly TypeEntry[] = [
  // Decree 30/2020/NĐ-CP, Appendix III (abbreviations of administrative document types).
  { abbreviation: 'NQ', name: 'Nghị quyết', withoutYear: 'type' },
  { abbreviation: 'QĐ', name: 'Quyết định', withoutYear: 'type' },
  { abbreviation: 'CT', name: 'Chỉ thị', withoutYear: 'type' },
  { abbreviation: 'QC', name: 'Quy chế', withoutYear: 'type' },
  { abbreviation: 'QyĐ', name: 'Quy định', withoutYear: 'type' },
  { abbreviation: 'TC', name: 'Thông cáo', withoutYear: 'type' },
  { abbreviation: 'TB', name: 'Thông báo', withoutYear: 'type' },
  { abbreviation: 'HD', name: 'Hướng dẫn', withoutYear: 'type' },
  { abbreviation: 'CTr', name: 'Chương trình', withoutYear: 'type' },
  { abbreviation: 'KH', name: 'Kế hoạch', withoutYear: 'type' },
  { abbreviation: 'PA', name: 'Phương án', withoutYear: 'type' },
  { abbreviation: 'ĐA', name: 'Đề án', withoutYear: 'type' },
  { abbreviation: 'DA', name: 'Dự án', withoutYear: 'type' },
  { abbreviation: 'BC', name: 'Báo cáo', withoutYear: 'type' },
  { abbreviation: 'BB', name: 'Biên bản', withoutYear: 'type' },
  { abbreviation: 'TTr', name: 'Tờ trình', withoutYear: 'type' },
  { abbreviation: 'HĐ', name: 'Hợp đồng', withoutYear: 'type' },
  { abbreviation: 'CĐ', name: 'Công điện', withoutYear: 'type' },
  { abbreviation: 'BGN', name: 'Bản ghi nhớ', withoutYear: 'type' },
  { abbreviation: 'BTT', name: 'Bản thỏa thuận', withoutYear: 'type' },
  { abbreviation: 'GUQ', name: 'Giấy ủy quyền', withoutYear: 'type' },
  { abbreviation: 'GM', name: 'Giấy mời', withoutYear: 'type' },
  { abbreviation: 'GGT', name: 'Giấy giới thiệu', withoutYear: 'type' },
  { abbreviation: 'GNP', name: 'Giấy nghỉ phép', withoutYear: 'type' },
  { abbreviation: 'PG', name: 'Phiếu gửi', withoutYear: 'type' },
  { abbreviation: 'PC', name: 'Phiếu chuyển', withoutYear: 'type' },
  { abbreviation: 'PB', name: 'Phiếu báo', withoutYear: 'type' },
  // In use although not in Decree 30's table: Party documents write công văn as CV (45-CV/TU), Party
  // committees and inspectors issue conclusions (45-KL/TW, 12/KL-TTr), and joint resolutions are NQLT.
  // "Kết luận" has no value of its own in the CMS enumeration, hence 'Văn bản khác'.
  { abbreviation: 'CV', name: 'Công văn', withoutYear: 'type' },
  { abbreviation: 'KL', name: 'Văn bản khác', withoutYear: 'type' },
  { abbreviation: 'NQLT', name: 'Nghị quyết', withoutYear: 'type' },
  // Legal documents (Law 80/2015/QH13): only meaningful in the form with a year.
  { abbreviation: 'NĐ', name: 'Nghị định', withoutYear: 'needs-year' },
  { abbreviation: 'TTLT', name: 'Thông tư', withoutYear: 'needs-year' },
  { abbreviation: 'TT', name: 'Thông tư', withoutYear: 'issuer' },
  // Older forms still cited: a President's order (05/2015/L-CTN) and an ordinance (34/2007/PL-UBTVQH11).
  { abbreviation: 'L', name: 'Văn bản khác', withoutYear: 'issuer' },
  { abbreviation: 'PL', name: 'Văn bản khác', withoutYear: 'issuer' },
];

/** Looked up by the upper-cased abbreviation, so "ttr", "TTR" and "TTr" all find Tờ trình (no two entries collide once upper-cased). */
const TYPES_BY_KEY: ReadonlyMap<string, TypeEntry> = new Map(TYPE_ENTRIES.map((entry) => [entry.abbreviation.toUpperCase(), entry]));

/**
 * Codes whose lower-case letter is meaningful and must survive the upper-casing of the symbol
 * ("TTr" Tờ trình / Thanh tra is not "TT" plus a typo, "TTg" is the Prime Minister).
 */
const MIXED_CASE_CODES: ReadonlySet<string> = new Set(['TTr', 'CTr', 'QyĐ', 'TTg']);

/** A law or resolution of the National Assembly: …/2025/QH15 (Law 80/2015, art. 8). */
const NATIONAL_ASSEMBLY = /^QH\d{1,2}$/;
/** An ordinance or resolution of its Standing Committee: …/2022/UBTVQH15. */
const NATIONAL_ASSEMBLY_STANDING_COMMITTEE = /^UBTVQH\d{1,2}$/;

const FORM = '239/BC-UBND';
const LEGAL_FORM = '42/2022/NĐ-CP';
const PARTY_FORM = '08-NQ/ĐU';
const EXAMPLE = `ví dụ: ${FORM}`;
const LEGAL_EXAMPLE = `ví dụ: ${LEGAL_FORM}`;
const PARTY_EXAMPLE = `ví dụ: ${PARTY_FORM}`;

/**
 * Brings pasted or hand-typed text to one comparable shape before any rule looks at it.
 * Exported so that callers can show editors the cleaned text, and so the rules are testable on their own.
 */
export function normalizeWrittenForm(input: string): string {
  return (
    input
      // Word and some Vietnamese input methods produce decomposed text (NFD); comparisons need NFC.
      .normalize('NFC')
      // Invisible characters that survive a copy from Word or a web page: zero-width spaces and joiners,
      // word joiner, byte order mark, soft hyphen.
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      // Every kind of space (no-break, thin, ideographic, tab, line break) is an ordinary space.
      .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
      // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small and full-width hyphen-minus:
      // Word's autocorrect turns "-" into "–" and editors cannot see the difference.
      .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
      // Fraction slash, division slash and full-width solidus look like "/".
      .replace(/[\u2044\u2215\uFF0F]/g, '/')
      .trim()
      // "239 / BC - UBND" is the same symbol as "239/BC-UBND".
      .replace(/ ?([/-]) ?/g, '$1')
      // A copy from the document header brings its label: "Số: 239/BC-UBND". Only strip it before a digit,
      // so that nothing else can be mistaken for it.
      .replace(/^s[ốo] ?[:.]? ?(?=\d)/iu, '')
  );
}

/**
 * Lookalikes of "Đ" (U+0110): the Icelandic eth "Ð" (U+00D0) that legacy TCVN3/VNI fonts and conversions
 * produce, and the African "Ɖ" (U+0189). They look identical on screen but would never match "NĐ" or "ĐU".
 */
function fixDLookalikes(text: string): string {
  return text.replace(/[\u00D0\u0189]/g, 'Đ').replace(/[\u00F0\u0256]/g, 'đ');
}

/** Issuer and unit codes are upper case, except the few codes whose lower-case letter carries meaning. */
function canonicalCode(token: string): string {
  if (MIXED_CASE_CODES.has(token)) return token;
  const upper = token.toUpperCase();
  // "TTG" can only be the Prime Minister typed with caps lock on.
  return upper === 'TTG' ? 'TTg' : upper;
}

function lookupType(token: string): TypeEntry | undefined {
  return TYPES_BY_KEY.get(token.toUpperCase());
}

function quote(text: string): string {
  return `“${text}”`;
}

function describeCharacter(character: string): string {
  if (character === ' ') return 'dấu cách';
  if (character === '_') return quote('_') + ' (gạch dưới)';
  if (character === '\\') return quote('\\') + ' (dùng “/” thay cho “\\”)';
  if (character === '.') return quote('.') + ' (dấu chấm)';
  return quote(character);
}

function failure(shown: string, reason: string): ParseResult {
  return { ok: false, error: `Số, ký hiệu ${quote(shown)} không đúng dạng: ${reason}.` };
}

function success(value: ParsedDocumentNumber): ParseResult {
  return { ok: true, value };
}

/** Returns the reason the number is refused, or null when it is acceptable. */
function checkNumber(number: string, separator: string): string | null {
  if (number === '' || !/\d/.test(number)) {
    return `thiếu số văn bản trước dấu ${quote(separator)} (${EXAMPLE})`;
  }
  if (!/^\d+$/.test(number)) {
    return `số văn bản ${quote(number)} chỉ được gồm chữ số (ví dụ: 239 hoặc 02)`;
  }
  if (number.length > NUMBER_MAX_DIGITS) {
    return `số văn bản ${quote(number)} dài quá ${NUMBER_MAX_DIGITS} chữ số`;
  }
  if (/^0+$/.test(number)) {
    return 'số văn bản phải lớn hơn 0 (số thứ tự bắt đầu từ 01 mỗi năm)';
  }
  return null;
}

/** Issuer and unit codes are abbreviations of names: a code made of digits only ("239/15-VP") is a typing mistake. */
function checkCodes(codes: readonly string[]): string | null {
  const bad = codes.find((code) => !/\p{L}/u.test(code));
  return bad === undefined ? null : `${quote(bad)} không phải chữ viết tắt tên cơ quan, đơn vị (phải có chữ cái)`;
}

/**
 * Parses a written document number and symbol. Never throws: an unusable input gives a message in
 * Vietnamese that tells the editor what to fix, because it is shown as is in the admin panel.
 */
export function parseDocumentNumber(input: string, options: ParseOptions = {}): ParseResult {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const text = normalizeWrittenForm(input);
  if (text === '') {
    return { ok: false, error: `Chưa nhập số, ký hiệu văn bản (${EXAMPLE}).` };
  }
  const length = [...text].length;
  if (length > DOCUMENT_NUMBER_MAX_LENGTH) {
    return {
      ok: false,
      error: `Số, ký hiệu văn bản quá dài: ${length} ký tự, tối đa ${DOCUMENT_NUMBER_MAX_LENGTH} ký tự. Chỉ nhập số và ký hiệu (${EXAMPLE}), không nhập trích yếu.`,
    };
  }

  const slash = text.indexOf('/');
  if (slash === -1) {
    // Without any "/" nothing separates the number from the symbol (239BC-UBND, 239 BC-UBND, 239-BC-UBND).
    return failure(
      text,
      /^\d/.test(text) ? `thiếu dấu “/” giữa số và ký hiệu (${EXAMPLE})` : `thiếu số văn bản và dấu “/” trước ký hiệu (${EXAMPLE})`,
    );
  }

  // The first separator decides the family: "/" for state documents, "-" for Party documents (08-NQ/ĐU).
  const hyphen = text.indexOf('-');
  const party = hyphen !== -1 && hyphen < slash;
  const separatorIndex = party ? hyphen : slash;
  const separator = party ? '-' : '/';
  const number = text.slice(0, separatorIndex);
  const numberProblem = checkNumber(number, separator);
  if (numberProblem !== null) return failure(text, numberProblem);

  const symbolText = fixDLookalikes(text.slice(separatorIndex + 1));
  if (symbolText === '') {
    return failure(
      text,
      party ? `thiếu loại văn bản và cơ quan ban hành sau dấu “-” (${PARTY_EXAMPLE})` : `thiếu ký hiệu sau dấu “/” (${EXAMPLE})`,
    );
  }
  // Symbols are abbreviations: Latin letters (Vietnamese capitals such as Đ included), digits and the two separators.
  // Anything else (space, "_", ".", "\", a combining accent left over from a broken paste) is a mistake.
  const badCharacter = [...symbolText].find((character) => !/^[\p{Script=Latin}0-9/-]$/u.test(character));
  if (badCharacter !== undefined) {
    return failure(text, `ký hiệu có ký tự không hợp lệ ${describeCharacter(badCharacter)}: chỉ dùng chữ cái, chữ số, dấu “-” và dấu “/”`);
  }
  if (symbolText.split(/[/-]/).some((part) => part === '')) {
    return failure(text, `ký hiệu ${quote(symbolText)} có dấu “-” hoặc “/” thừa hoặc đứng liền nhau`);
  }

  if (party) return parsePartyForm(text, number, symbolText);

  const segments = symbolText.split('/');
  const [first, second] = segments;
  if (first === undefined || segments.length > 2) {
    return failure(text, `có quá nhiều dấu “/” (${EXAMPLE}; văn bản quy phạm pháp luật: ${LEGAL_FORM})`);
  }
  if (second !== undefined) {
    if (!/^\d+$/.test(first)) {
      return failure(
        text,
        `giữa số và ký hiệu chỉ có một dấu “/” (${EXAMPLE}); chỉ văn bản quy phạm pháp luật có thêm năm ban hành (${LEGAL_EXAMPLE}), văn bản của Đảng viết ${PARTY_FORM}`,
      );
    }
    return parseLegalForm(text, number, first, second, currentYear);
  }
  if (/^\d+$/.test(first)) {
    return failure(
      text,
      first.length === 4
        ? `thiếu ký hiệu sau năm ban hành ${quote(first)} (${LEGAL_EXAMPLE})`
        : `ký hiệu ${quote(first)} chỉ có chữ số, thiếu chữ viết tắt (${EXAMPLE})`,
    );
  }
  return parseAdministrativeForm(text, number, first);
}

/** <number>/<type>-<issuer> or, for a công văn, <number>/<issuer>-<unit>. */
function parseAdministrativeForm(text: string, number: string, symbolText: string): ParseResult {
  const tokens = symbolText.split('-');
  const [head = '', ...rest] = tokens;
  const entry = lookupType(head);

  if (entry?.withoutYear === 'needs-year') {
    return failure(
      text,
      `${entry.name.toLowerCase()} (${entry.abbreviation}) là văn bản quy phạm pháp luật, phải ghi năm ban hành: số/năm/${entry.abbreviation}-cơ quan (${LEGAL_EXAMPLE})`,
    );
  }

  if (entry?.withoutYear === 'type') {
    if (rest.length === 0) {
      return failure(text, `thiếu chữ viết tắt tên cơ quan ban hành sau ${quote(entry.abbreviation + '-')} (${EXAMPLE})`);
    }
    const codesProblem = checkCodes(rest);
    if (codesProblem !== null) return failure(text, codesProblem);
    const issuer = rest.map(canonicalCode).join('-');
    const symbol = `${entry.abbreviation}-${issuer}`;
    return success({
      number,
      year: null,
      symbol,
      typeAbbreviation: entry.abbreviation,
      documentType: entry.name,
      issuer,
      unit: null,
      written: `${number}/${symbol}`,
    });
  }

  // Not a type abbreviation in this position: a công văn, whose symbol is the issuer then the drafting unit
  // (Decree 30, Appendix I). A công văn without a unit (123/UBND) is common in communes and is accepted.
  const codesProblem = checkCodes(tokens);
  if (codesProblem !== null) return failure(text, codesProblem);
  const issuer = canonicalCode(head);
  const unit = rest.length > 0 ? rest.map(canonicalCode).join('-') : null;
  const symbol = unit === null ? issuer : `${issuer}-${unit}`;
  return success({
    number,
    year: null,
    symbol,
    typeAbbreviation: null,
    documentType: 'Công văn',
    issuer,
    unit,
    written: `${number}/${symbol}`,
  });
}

/** <number>/<year>/<type>-<issuer>, or <number>/<year>/QH<n> for a law. */
function parseLegalForm(text: string, number: string, yearText: string, afterYear: string, currentYear: number): ParseResult {
  if (yearText.length !== 4) {
    return failure(text, `năm ban hành ${quote(yearText)} phải gồm đúng 4 chữ số (${LEGAL_EXAMPLE})`);
  }
  const year = Number(yearText);
  const maxYear = currentYear + 1;
  if (year < YEAR_MIN || year > maxYear) {
    return failure(text, `năm ban hành ${year} phải trong khoảng ${YEAR_MIN}–${maxYear}`);
  }

  const tokens = afterYear.split('-');
  const [head = '', ...rest] = tokens;

  if (rest.length === 0) {
    const code = head.toUpperCase();
    if (NATIONAL_ASSEMBLY.test(code) || NATIONAL_ASSEMBLY_STANDING_COMMITTEE.test(code)) {
      // Laws and resolutions of the National Assembly share the form …/QHxx; the form cannot tell them
      // apart, and laws are by far the most cited, hence 'Luật'. The Standing Committee's …/UBTVQHxx
      // is an ordinance or a resolution: 'Văn bản khác'.
      const symbol = `${yearText}/${code}`;
      return success({
        number,
        year,
        symbol,
        typeAbbreviation: null,
        documentType: NATIONAL_ASSEMBLY.test(code) ? 'Luật' : 'Văn bản khác',
        issuer: code,
        unit: null,
        written: `${number}/${symbol}`,
      });
    }
    const entry = lookupType(head);
    return failure(
      text,
      entry === undefined
        ? `sau năm ban hành phải là loại văn bản và cơ quan ban hành (${LEGAL_EXAMPLE}), hoặc QH và khóa Quốc hội đối với luật (ví dụ: 59/2020/QH14)`
        : `thiếu chữ viết tắt tên cơ quan ban hành sau ${quote(entry.abbreviation + '-')} (${LEGAL_EXAMPLE})`,
    );
  }

  // With a year the position requires a type: there is no công văn with a year, so an unknown head is refused.
  const entry = lookupType(head);
  if (entry === undefined) {
    return failure(
      text,
      `${quote(head)} không phải chữ viết tắt tên loại văn bản; sau năm ban hành phải là loại văn bản như NĐ, TT, QĐ, NQ (${LEGAL_EXAMPLE})`,
    );
  }
  const codesProblem = checkCodes(rest);
  if (codesProblem !== null) return failure(text, codesProblem);
  const issuer = rest.map(canonicalCode).join('-');
  const symbol = `${yearText}/${entry.abbreviation}-${issuer}`;
  return success({
    number,
    year,
    symbol,
    typeAbbreviation: entry.abbreviation,
    documentType: entry.name,
    issuer,
    unit: null,
    written: `${number}/${symbol}`,
  });
}

/** <number>-<type>/<issuer>: Party documents (08-NQ/ĐU, 45-KL/TW). They always carry a type. */
function parsePartyForm(text: string, number: string, symbolText: string): ParseResult {
  const slash = symbolText.indexOf('/');
  const typeText = symbolText.slice(0, slash);
  const issuerText = symbolText.slice(slash + 1);
  if (typeText.includes('-') || issuerText.includes('/')) {
    return failure(text, `văn bản của Đảng viết dạng số-loại văn bản/cơ quan ban hành (${PARTY_EXAMPLE})`);
  }
  const entry = lookupType(typeText);
  if (entry === undefined || entry.withoutYear !== 'type') {
    return failure(
      text,
      `${quote(typeText)} không phải chữ viết tắt tên loại văn bản của Đảng (${PARTY_EXAMPLE}); văn bản của chính quyền viết dấu “/” ngay sau số (${EXAMPLE})`,
    );
  }
  const codes = issuerText.split('-');
  const codesProblem = checkCodes(codes);
  if (codesProblem !== null) return failure(text, codesProblem);
  const issuer = codes.map(canonicalCode).join('-');
  const symbol = `${entry.abbreviation}/${issuer}`;
  return success({
    number,
    year: null,
    symbol,
    typeAbbreviation: entry.abbreviation,
    documentType: entry.name,
    issuer,
    unit: null,
    written: `${number}-${symbol}`,
  });
}

/**
 * A symbol field shaped like a Party symbol ("NQ/ĐU": one code, "/", the issuer) is joined to its number
 * with "-"; everything else ("BC-UBND", "2022/NĐ-CP") with "/".
 */
function isPartySymbol(symbol: string): boolean {
  const match = /^([^/-]+)\/[^/]+$/.exec(symbol);
  return match !== null && !/^\d+$/.test(match[1] ?? '');
}

/**
 * Joins the two fields editors fill in (number "239", symbol "BC-UBND") and parses the result.
 * Also accepts what editors actually do:
 *   - the whole written form in the number field and the symbol left empty ("239/BC-UBND", "");
 *   - the whole written form in the number field and the same symbol repeated in the symbol field;
 *   - number and year in the number field ("42/2022", "NĐ-CP");
 *   - a separator typed at the end of the number or the start of the symbol ("239/", "/BC-UBND").
 */
export function parseNumberAndSymbol(number: string, symbol: string, options: ParseOptions = {}): ParseResult {
  const numberText = normalizeWrittenForm(number).replace(/[/-]+$/, '');
  const symbolText = normalizeWrittenForm(symbol).replace(/^[/-]+/, '');

  if (numberText === '' && symbolText === '') {
    return { ok: false, error: `Chưa nhập số và ký hiệu văn bản (ví dụ: số 239, ký hiệu BC-UBND).` };
  }
  if (numberText === '') {
    return { ok: false, error: `Chưa nhập số văn bản cho ký hiệu ${quote(symbolText)} (ví dụ: 239).` };
  }
  if (symbolText === '') {
    if (/^\d+$/.test(numberText)) {
      return { ok: false, error: `Chưa nhập ký hiệu cho văn bản số ${quote(numberText)} (ví dụ: BC-UBND).` };
    }
    return parseDocumentNumber(numberText, options);
  }

  // "42/2022" is a number and its year, not a whole form; "08-NQ" with "ĐU" is joined like any other.
  const wholeFormInNumber = numberText.includes('/') && !/^\d+\/\d+$/.test(numberText);
  if (!wholeFormInNumber) {
    const separator = !numberText.includes('/') && isPartySymbol(symbolText) ? '-' : '/';
    return parseDocumentNumber(`${numberText}${separator}${symbolText}`, options);
  }

  // The number field already holds a full form: accept it only if the symbol field says the same thing.
  const whole = parseDocumentNumber(numberText, options);
  if (!whole.ok) return whole;
  const again = parseNumberAndSymbol(whole.value.number, symbolText, options);
  if (again.ok && again.value.written === whole.value.written) return whole;
  return {
    ok: false,
    error: `Trường số đã có cả số và ký hiệu ${quote(whole.value.written)}, khác với ký hiệu ${quote(symbolText)} đã nhập: chỉ ghi số (ví dụ: 239) vào trường số.`,
  };
}
