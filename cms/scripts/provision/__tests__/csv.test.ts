import { normaliseHeader, parseCsv } from '../csv';

const rows = (text: string): Array<[number, string[]]> => parseCsv(text).records.map((record) => [record.line, record.fields]);

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and a byte-order mark', () => {
    expect(rows('\uFEFFname,code\n"Xã Khánh Khê, Lạng Sơn","0""1"\n')).toEqual([
      [1, ['name', 'code']],
      [2, ['Xã Khánh Khê, Lạng Sơn', '0"1']],
    ]);
  });

  it('accepts LF, CRLF and CR line ends mixed in one file', () => {
    expect(rows('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['3', '4']],
      [4, ['5', '6']],
    ]);
  });

  // The error messages of the import name the line a record starts on; a record with a line
  // break inside quotes spans two lines, and the ones after it keep their own line numbers.
  it('keeps the line a record starts on, past line breaks inside quotes (normalised to \\n)', () => {
    expect(rows('a,b\n1,"two\r\nlines"\n2,x\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'two\nlines']],
      [4, ['2', 'x']],
    ]);
  });

  it('drops records made only of empty fields, keeping the line numbers of the others', () => {
    expect(rows('a,b\n\n , \n1,2\n')).toEqual([
      [1, ['a', 'b']],
      [4, ['1', '2']],
    ]);
  });

  it('names the line an unclosed quote opened on, not the end of the file', () => {
    const result = parseCsv('a,b\n1,2\n3,"open\nmore\nstill\n');
    expect(result.error).toEqual({ line: 3, message: 'Dòng 3: dấu ngoặc kép (") mở nhưng không đóng' });
  });

  // As spreadsheet programs do: a quote after leading spaces still opens a quoted field, and
  // text after the closing quote is kept.
  it('is lenient around quotes', () => {
    expect(rows('a,b\n  "x",2\n"x"tail,3\nsay "hi",4\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['x', '2']],
      [3, ['xtail', '3']],
      [4, ['say "hi"', '4']],
    ]);
  });

  it('keeps a last record without a line end and fields of uneven counts', () => {
    expect(rows('a,b,c\n1\n2,3,4,5')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1']],
      [3, ['2', '3', '4', '5']],
    ]);
  });
});

describe('normaliseHeader', () => {
  it('folds case, spaces and dashes', () => {
    expect(['Short Name', 'short-name', ' SHORT_NAME '].map(normaliseHeader)).toEqual(['short_name', 'short_name', 'short_name']);
  });
});
