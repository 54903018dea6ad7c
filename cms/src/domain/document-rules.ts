/**
 * Rules a directive document must satisfy before it is written, apart from uniqueness (which
 * needs the database). Pure, so that it is unit-tested; messages are for editors, in Vietnamese.
 */
import { parseNumberAndSymbol } from './document-number';

export const SUMMARY_MAX_LENGTH = 500;

export interface DocumentFields {
  number?: unknown;
  symbol?: unknown;
  issueDate?: unknown;
  effectiveDate?: unknown;
  expiryDate?: unknown;
  summary?: unknown;
}

export interface NormalisedNumber {
  number: string;
  symbol: string;
  numberSymbol: string;
}

export type RulesResult = { ok: true; value: NormalisedNumber } | { ok: false; errors: Array<{ path: string; message: string }> };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A date field as the API receives it: "2025-03-14", a full ISO string, or nothing. */
export function toIsoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const match = ISO_DATE.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

const viDate = (iso: string): string => {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
};

export function checkDocumentRules(fields: DocumentFields): RulesResult {
  const errors: Array<{ path: string; message: string }> = [];

  const parsed = parseNumberAndSymbol(
    typeof fields.number === 'string' ? fields.number : String(fields.number ?? ''),
    typeof fields.symbol === 'string' ? fields.symbol : String(fields.symbol ?? ''),
  );
  if (!parsed.ok) errors.push({ path: 'number', message: parsed.error });

  const issue = toIsoDate(fields.issueDate);
  const effective = toIsoDate(fields.effectiveDate);
  const expiry = toIsoDate(fields.expiryDate);
  if (!issue) errors.push({ path: 'issueDate', message: 'Chưa nhập ngày ban hành của văn bản.' });
  if (issue && effective && effective < issue) {
    errors.push({
      path: 'effectiveDate',
      message: `Ngày có hiệu lực (${viDate(effective)}) không được trước ngày ban hành (${viDate(issue)}).`,
    });
  }
  const expiryFloor = effective ?? issue;
  if (expiryFloor && expiry && expiry <= expiryFloor) {
    errors.push({
      path: 'expiryDate',
      message: `Ngày hết hiệu lực (${viDate(expiry)}) phải sau ngày ${effective ? 'có hiệu lực' : 'ban hành'} (${viDate(expiryFloor)}).`,
    });
  }

  const summary = typeof fields.summary === 'string' ? fields.summary.trim() : '';
  if (!summary) errors.push({ path: 'summary', message: 'Chưa nhập trích yếu nội dung văn bản.' });
  if (summary.length > SUMMARY_MAX_LENGTH) {
    errors.push({ path: 'summary', message: `Trích yếu dài ${summary.length} ký tự, vượt quá ${SUMMARY_MAX_LENGTH} ký tự cho phép.` });
  }

  if (errors.length > 0 || !parsed.ok) return { ok: false, errors };
  return { ok: true, value: { number: parsed.value.number, symbol: parsed.value.symbol, numberSymbol: parsed.value.written } };
}

export type LegalStatus = 'in_force' | 'expired' | 'not_yet_in_force';

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  in_force: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  not_yet_in_force: 'Chưa có hiệu lực',
};

/** Status is computed from the dates on the day asked, never stored: time changes it. */
export function legalStatus(fields: DocumentFields, today: string): LegalStatus {
  const issue = toIsoDate(fields.issueDate);
  const effective = toIsoDate(fields.effectiveDate) ?? issue;
  const expiry = toIsoDate(fields.expiryDate);
  if (expiry && expiry <= today) return 'expired';
  if (effective && effective > today) return 'not_yet_in_force';
  return 'in_force';
}
