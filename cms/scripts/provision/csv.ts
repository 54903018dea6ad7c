/**
 * A small RFC 4180 CSV reader for the commune list: quoted fields ("a, b"), doubled quotes inside
 * quotes, line breaks inside quotes, LF / CRLF / CR line ends, UTF-8 with or without a byte-order
 * mark. Every record keeps the line of the file it starts on, so errors can name it.
 *
 * Kept hand-written (issue 20 tried csv-parse 6.2.1 with bom, relax_quotes, info and all three
 * record delimiters): it reports the line a record *ends* on and an unclosed quote at the end of
 * the file, not where it opened; it keeps a field's raw line breaks and the text of `"x"tail` and
 * `  "x"` as written. Restoring each of these would take more code than this reader, whose
 * behaviour __tests__/csv.test.ts pins.
 */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** A quote that is never closed, with the line it opened on. */
  error?: { line: number; message: string };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits CSV text into records. Records made only of empty fields (blank lines) are dropped. */
export function parseCsv(input: string): CsvParseResult {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;

  const endRecord = (): void => {
    fields.push(field);
    field = '';
    if (fields.some((value) => value.trim() !== '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (char === '\r' || char === '\n') {
        // A line break inside quotes belongs to the field (normalised to \n).
        field += '\n';
        i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line += 1;
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    // A quote opens a quoted field only at its start; text after the closing quote up to the next
    // comma is kept as written (lenient, like spreadsheet programs).
    if (char === '"' && field.trim() === '') {
      quoted = true;
      quoteLine = line;
      field = '';
      i += 1;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line += 1;
      recordLine = line;
      continue;
    }
    field += char;
    i += 1;
  }
  if (quoted) {
    return { records, error: { line: quoteLine, message: `Dòng ${quoteLine}: dấu ngoặc kép (") mở nhưng không đóng` } };
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

/** "Short Name", "short-name", " SHORT_NAME " → "short_name". */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
