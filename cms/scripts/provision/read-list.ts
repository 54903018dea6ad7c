/**
 * Reads the commune list (CSV) into checked rows: every row is validated, and compared with the
 * rows above it, before anything is written. Pure: takes the text of the file.
 */
import { normaliseHeader, parseCsv } from './csv';
import { CSV_COLUMNS, REQUIRED_COLUMNS, checkRow, duplicateReasons, type Column, type CommuneSpec, type RawRow } from './spec';

export interface BadRow {
  line: number | null;
  code?: string;
  name?: string;
  reasons: string[];
}

export interface ReadList {
  /** A problem with the file as a whole (no header, missing columns, unclosed quote): nothing is done. */
  fatal?: string;
  good: CommuneSpec[];
  bad: BadRow[];
  /** Header columns this tool does not know, ignored. */
  ignoredColumns: string[];
  rows: number;
}

const KNOWN = new Set<string>(CSV_COLUMNS);

export function readCommuneList(text: string): ReadList {
  const parsed = parseCsv(text);
  if (parsed.error) return { fatal: parsed.error.message, good: [], bad: [], ignoredColumns: [], rows: 0 };
  const [header, ...records] = parsed.records;
  if (!header)
    return {
      fatal: 'Tệp trống: dòng đầu tiên phải là tiêu đề cột (name,code,province,domain,…).',
      good: [],
      bad: [],
      ignoredColumns: [],
      rows: 0,
    };

  const columns = header.fields.map(normaliseHeader);
  const seen = new Set<string>();
  for (const column of columns) {
    if (column && seen.has(column))
      return {
        fatal: `Dòng ${header.line}: cột “${column}” xuất hiện hai lần trong tiêu đề.`,
        good: [],
        bad: [],
        ignoredColumns: [],
        rows: 0,
      };
    seen.add(column);
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    return {
      fatal: `Dòng ${header.line}: tiêu đề thiếu cột ${missing.map((column) => `“${column}”`).join(', ')}. Các cột: ${CSV_COLUMNS.join(',')} (bắt buộc: ${REQUIRED_COLUMNS.join(', ')}).`,
      good: [],
      bad: [],
      ignoredColumns: [],
      rows: 0,
    };
  }
  const ignoredColumns = columns.filter((column) => column && !KNOWN.has(column));

  const good: CommuneSpec[] = [];
  const bad: BadRow[] = [];
  for (const record of records) {
    const extra = record.fields.slice(columns.length).filter((value) => value.trim() !== '');
    const raw: RawRow = {};
    columns.forEach((column, index) => {
      if (KNOWN.has(column)) raw[column as Column] = record.fields[index] ?? '';
    });
    const identity = { line: record.line, code: raw.code?.trim() || undefined, name: raw.name?.trim() || undefined };
    if (extra.length > 0) {
      bad.push({
        ...identity,
        reasons: [
          `dòng có ${record.fields.length} cột, nhiều hơn tiêu đề (${columns.length} cột): giá trị có dấu phẩy phải đặt trong ngoặc kép`,
        ],
      });
      continue;
    }
    const checked = checkRow(raw, record.line, { fieldName: (column) => `cột ${column}` });
    if (!checked.ok) {
      bad.push({ ...identity, reasons: checked.reasons });
      continue;
    }
    const duplicates = duplicateReasons(checked.spec, good);
    if (duplicates.length > 0) {
      bad.push({ ...identity, reasons: duplicates });
      continue;
    }
    good.push(checked.spec);
  }
  return { good, bad, ignoredColumns, rows: records.length };
}
