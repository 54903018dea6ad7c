import { legalStatus } from '../../../../../../cms/src/domain/document-rules';
import type { LegalStatus } from '../../../../shared';
import { communeFilter, documentFilterParts, literal, removeFilter, statusFilter, typesFilter } from '../typesense/filters';
import {
  dayNumber,
  isoDay,
  NO_END_DAY,
  NO_START_DAY,
  numberKeyToken,
  searchableText,
  SNIPPET_SOURCE_CHARS,
  toTypesenseDocument,
  type TypesenseDocument,
} from '../typesense/schema';
import type { SearchEntry } from '../types';

const entry: SearchEntry = {
  communeId: 1,
  type: 'document',
  documentId: 'doc-nghi-quyet',
  locale: 'vi',
  slug: 'nghi-quyet-08',
  title: 'Nghị quyết số 08-NQ/ĐU: Nghị quyết của Đảng ủy xã về chuyển đổi số',
  numberSymbol: '08-NQ/ĐU',
  summary: 'Nghị quyết của Đảng ủy xã',
  body: null,
  attachmentText: '   ',
  documentType: 'Nghị quyết',
  issuingBody: 'Đảng ủy xã Khánh Khê',
  field: null,
  signer: 'Hoàng Thị Bình',
  issueDate: '2024-05-20',
  effectiveDate: null,
  expiryDate: '2025-12-31',
  publishedAt: '2026-10-01T08:00:00.000Z',
};

describe('an index entry as a Typesense document', () => {
  it('keeps the original text for display and indexes it folded, đ included', () => {
    const document = toTypesenseDocument(entry);
    expect(document.id).toBe('document:doc-nghi-quyet:vi');
    expect(document.title).toBe(entry.title);
    expect(document.title_folded).toBe('nghi quyet so 08 nq du nghi quyet cua dang uy xa ve chuyen doi so');
    expect(document.summary_folded).toBe('nghi quyet cua dang uy xa');
    // Its number as citizens type it ('8') is a word of it too.
    expect(document.number_folded).toBe('08 nq du 8');
    expect(document.number_head).toBe('8');
    expect(document.number_parts).toEqual(['08', 'nq', 'du']);
    expect(document.number_key).toBe(Buffer.from('08-nq/du').toString('hex'));
  });

  it('leaves out empty optional fields instead of sending nulls', () => {
    const document = toTypesenseDocument(entry);
    for (const field of ['body', 'body_folded', 'attachment_text', 'attachment_text_folded', 'field'] as const)
      expect(document).not.toHaveProperty(field);
  });

  it('stores dates as day numbers, with far-off days for an open start or end', () => {
    const document = toTypesenseDocument(entry);
    expect(document.issue_date).toBe(dayNumber('2024-05-20'));
    expect(document.issue_year).toBe(2024);
    expect(document.effective_date).toBe(dayNumber('2024-05-20'));
    expect(document.expiry_date).toBe(dayNumber('2025-12-31'));
    const undated = toTypesenseDocument({ ...entry, issueDate: null, expiryDate: null, publishedAt: null });
    expect(undated.effective_date).toBe(NO_START_DAY);
    expect(undated.expiry_date).toBe(NO_END_DAY);
    expect(undated.sort_day).toBe(NO_START_DAY);
    expect(undated).not.toHaveProperty('issue_year');
  });

  it('sorts an undated article by its publication day', () => {
    expect(toTypesenseDocument({ ...entry, type: 'article', issueDate: null }).sort_day).toBe(dayNumber('2026-10-01'));
  });

  it('keeps only the start of long texts for snippets but indexes all of it', () => {
    const long = `${'chữ '.repeat(2000)}phúc khảo`;
    const document = toTypesenseDocument({ ...entry, attachmentText: long });
    expect(document.attachment_text).toHaveLength(SNIPPET_SOURCE_CHARS);
    expect(document.attachment_text_folded?.endsWith('phuc khao')).toBe(true);
  });

  it('refuses an entry without a valid commune', () => {
    expect(() => toTypesenseDocument({ ...entry, communeId: 0 })).toThrow(/commune/);
    expect(() => toTypesenseDocument({ ...entry, communeId: Number.NaN })).toThrow(/commune/);
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2026-11-22T23:59:59.000Z', dayNumber('2026-11-22')],
    ['2026-02-31', null],
    ['22/11/2026', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(dayNumber(input)).toBe(expected);
  });

  it('turns back into the same ISO date', () => {
    expect(isoDay(dayNumber('2024-02-29') ?? 0)).toBe('2024-02-29');
  });
});

describe('searchable text', () => {
  it('folds accents and đ, and splits numbers and symbols into words', () => {
    expect(searchableText('Đảng ủy xã Khánh Khê')).toBe('dang uy xa khanh khe');
    expect(searchableText('239/BC-UBND')).toBe('239 bc ubnd');
    expect(numberKeyToken('239 / BC-UBND')).toBe(numberKeyToken('239/bc-ubnd'));
  });
});

describe('Typesense filters', () => {
  it('always starts from a valid commune id', () => {
    expect(communeFilter(12)).toBe('commune_id:=12');
    for (const invalid of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(() => communeFilter(invalid)).toThrow(/commune/);
  });

  it('quotes values as backtick literals', () => {
    expect(literal('Ủy ban nhân dân xã Khánh Khê, (UBND)')).toBe('`Ủy ban nhân dân xã Khánh Khê, (UBND)`');
  });

  it.each(['x` || commune_id:=2 || type:=`x', '`', 'Quyết*', '  '])('refuses %j, which could change the filter', (value) => {
    expect(() => literal(value)).toThrow(/không hợp lệ/);
  });

  it('cannot be turned into another commune’s filter through a facet value', () => {
    expect(() => documentFilterParts({ documentType: 'Quyết định`] || commune_id:=2 && type:=[`document' }, '2026-11-22')).toThrow(
      /không hợp lệ/,
    );
  });

  it('builds every document filter from checked values', () => {
    const parts = documentFilterParts(
      {
        documentType: 'Quyết định',
        issuingBody: 'Ủy ban nhân dân xã Khánh Khê',
        field: 'Thông tin',
        signer: 'Nguyễn Văn An',
        year: 2025,
        from: '2025-01-01',
        to: '2025-12-31',
        status: 'in_force',
        number: '12/QĐ-UBND',
      },
      '2026-11-22',
    );
    const today = dayNumber('2026-11-22');
    expect(parts).toEqual([
      'type:=[`document`]',
      'document_type:=[`Quyết định`]',
      'issuing_body:=[`Ủy ban nhân dân xã Khánh Khê`]',
      'field:=[`Thông tin`]',
      'signer:=[`Nguyễn Văn An`]',
      'issue_year:=2025',
      `issue_date:>=${dayNumber('2025-01-01')}`,
      `issue_date:<=${dayNumber('2025-12-31')}`,
      `expiry_date:>${today} && effective_date:<=${today}`,
      `number_key:=[\`${Buffer.from('12/qd-ubnd').toString('hex')}\`]`,
    ]);
  });

  it('refuses malformed years and dates rather than ignoring them', () => {
    expect(() => documentFilterParts({ year: 2025.5 }, '2026-11-22')).toThrow(/Năm/);
    expect(() => documentFilterParts({ from: '2025-13-01' }, '2026-11-22')).toThrow(/Từ ngày/);
    expect(() => documentFilterParts({ status: 'in_force' }, 'today')).toThrow(/hôm nay/);
  });

  it('limits a search to the known types', () => {
    expect(typesFilter([])).toBe(
      'type:=[`article`,`document`,`procedure`,`page`,`plan`,`investment`,`bidding`,`budget`,`statistic`,`question`,`consultation`]',
    );
    expect(typesFilter(['article'])).toBe('type:=[`article`]');
  });

  it('removes one locale by its id, or every locale, always within the commune', () => {
    expect(removeFilter(1, { type: 'article', documentId: 'abc' })).toBe('commune_id:=1 && type:=[`article`] && document_id:=[`abc`]');
    expect(removeFilter(1, { type: 'article', documentId: 'abc', locale: '' })).toBe(
      'commune_id:=1 && type:=[`article`] && document_id:=[`abc`] && id:=[`article:abc:`]',
    );
  });
});

/** Evaluates the `a:<=N && b:>N` filters statusFilter builds, as Typesense would on one document. */
function matches(filter: string, document: TypesenseDocument): boolean {
  return filter.split(' && ').every((condition) => {
    const match = /^(\w+):(<=|>=|<|>)(-?\d+)$/.exec(condition);
    if (!match) throw new Error(`unexpected condition ${condition}`);
    const [, field, operator, raw] = match as unknown as [string, keyof TypesenseDocument, string, string];
    const value = document[field];
    if (typeof value !== 'number') return false;
    const bound = Number(raw);
    return operator === '<=' ? value <= bound : operator === '>=' ? value >= bound : operator === '<' ? value < bound : value > bound;
  });
}

describe('legal status as filters on day numbers', () => {
  const dates = [null, '2026-11-21', '2026-11-22', '2026-11-23'];
  const cases = dates.flatMap((issueDate) =>
    dates.flatMap((effectiveDate) => dates.map((expiryDate) => ({ issueDate, effectiveDate, expiryDate }))),
  );

  it.each(cases)(
    'issued %s, effective %s, expiring %s: exactly the status the CMS computes',
    ({ issueDate, effectiveDate, expiryDate }) => {
      const today = '2026-11-22';
      const document = toTypesenseDocument({ ...entry, issueDate, effectiveDate, expiryDate });
      const expected = legalStatus({ issueDate, effectiveDate, expiryDate }, today);
      const found = (['in_force', 'not_yet_in_force', 'expired'] as LegalStatus[]).filter((status) =>
        matches(statusFilter(status, today), document),
      );
      expect(found).toEqual([expected]);
    },
  );
});
