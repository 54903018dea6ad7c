/**
 * The checks of what a citizen typed, before anything is stored: sizes, the contact data's shape,
 * no markup, few links. Pure; every message is Vietnamese and names what to fix. The text is
 * stored as typed (plain text, rendered escaped): refusing markup is about intent (nobody asks
 * their commune a question in HTML), not about making storage safe.
 */
import { FIELD_LIMITS, MAX_LINKS, MIN_BODY_LENGTH, isQuestionTopic, QUESTION_KINDS, type QuestionKind } from '../../../shared';

export type FieldErrors = Record<string, string>;

/** Plain fields of a contact block, trimmed, empty as undefined. */
export interface ContactFields {
  fullName: string;
  phone?: string;
  email?: string;
  address?: string;
}

const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript\s*:|\bon[a-z]+\s*=/i;
const LINK = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|info|xyz|top|ru|cn|vn|io|ly)\b\/?/gi;
/** Control characters but tab and new lines: a text box never sends them. */
const hasControl = (value: string): boolean =>
  [...value].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 32 && char !== '\t' && char !== '\n') || code === 127;
  });

const text = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? undefined : trimmed;
};

/** A Vietnamese phone number: 0 or +84 then 9 or 10 digits; spaces, dots and dashes allowed. */
export function normalisePhone(value: string): string | null {
  const digits = value.replace(/[\s.-]/g, '');
  if (!/^(?:\+84|84|0)\d{9,10}$/.test(digits)) return null;
  return digits.replace(/^(?:\+84|84)/, '0');
}

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]{2,}$/;

function plainText(errors: FieldErrors, field: string, label: string, value: string | undefined, max: number): void {
  if (value === undefined) return;
  if (value.length > max) errors[field] = `${label} dài quá ${max} ký tự (hiện có ${value.length}).`;
  else if (hasControl(value)) errors[field] = `${label} có ký tự không hợp lệ.`;
  else if (MARKUP.test(value)) errors[field] = `${label} không được chứa mã HTML hoặc mã lệnh.`;
}

/** The contact block's errors, and its cleaned values. */
export function checkContact(input: Record<string, unknown>, errors: FieldErrors): ContactFields {
  const fullName = text(input.fullName);
  const phone = text(input.phone);
  const email = text(input.email);
  const address = text(input.address);
  if (!fullName) errors.fullName = 'Vui lòng nhập họ và tên.';
  else plainText(errors, 'fullName', 'Họ và tên', fullName, FIELD_LIMITS.fullName);
  if (fullName && !errors.fullName && (fullName.match(LINK) ?? []).length > 0) errors.fullName = 'Họ và tên không được chứa đường dẫn.';
  let cleanPhone: string | undefined;
  if (phone !== undefined) {
    if (phone.length > FIELD_LIMITS.phone) errors.phone = `Số điện thoại dài quá ${FIELD_LIMITS.phone} ký tự.`;
    else cleanPhone = normalisePhone(phone) ?? undefined;
    if (!errors.phone && cleanPhone === undefined) errors.phone = 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).';
  }
  if (email !== undefined) {
    if (email.length > FIELD_LIMITS.email) errors.email = `Địa chỉ thư điện tử dài quá ${FIELD_LIMITS.email} ký tự.`;
    else if (!EMAIL.test(email)) errors.email = 'Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).';
  }
  if (phone === undefined && email === undefined)
    errors.phone = 'Vui lòng nhập số điện thoại hoặc địa chỉ thư điện tử để xã liên hệ khi cần.';
  plainText(errors, 'address', 'Địa chỉ', address, FIELD_LIMITS.address);
  if (input.consent !== true && input.consent !== 'true' && input.consent !== 'on') {
    errors.consent =
      'Vui lòng đồng ý để xã xử lý thông tin cá nhân của bạn (Nghị định 13/2023/NĐ-CP); nếu không, xã không thể nhận câu hỏi.';
  }
  return { fullName: fullName ?? '', phone: cleanPhone, email: email?.toLowerCase(), address };
}

/** The question's or comment's text: required, sized, plain, few links. */
export function checkBody(input: Record<string, unknown>, errors: FieldErrors, max: number, label: string): string {
  const body = text(input.body);
  if (!body) {
    errors.body = `Vui lòng nhập ${label.toLowerCase()}.`;
    return '';
  }
  if (body.length < MIN_BODY_LENGTH) errors.body = `${label} quá ngắn: hãy viết ít nhất ${MIN_BODY_LENGTH} ký tự.`;
  else plainText(errors, 'body', label, body, max);
  if (!errors.body && (body.match(LINK) ?? []).length > MAX_LINKS) errors.body = `${label} có quá nhiều đường dẫn (tối đa ${MAX_LINKS}).`;
  return body;
}

export interface QuestionFields extends ContactFields {
  kind: QuestionKind;
  topic: string;
  body: string;
}

export function checkQuestion(input: Record<string, unknown>): { fields: QuestionFields; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const kind = (QUESTION_KINDS as readonly unknown[]).includes(input.kind) ? (input.kind as QuestionKind) : null;
  if (!kind) errors.kind = 'Vui lòng chọn loại: hỏi đáp hoặc phản ánh, kiến nghị.';
  const topic = text(input.topic);
  if (!isQuestionTopic(topic)) errors.topic = 'Vui lòng chọn lĩnh vực.';
  const contact = checkContact(input, errors);
  const body = checkBody(input, errors, FIELD_LIMITS.body, 'Nội dung câu hỏi');
  return { fields: { ...contact, kind: kind ?? 'question', topic: topic ?? '', body }, errors };
}

export function checkComment(input: Record<string, unknown>): { fields: ContactFields & { body: string }; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const contact = checkContact(input, errors);
  const body = checkBody(input, errors, FIELD_LIMITS.comment, 'Nội dung góp ý');
  return { fields: { ...contact, body }, errors };
}

/** The optional remark with a rating: short, plain, at most one link. */
export function checkRatingComment(value: unknown, errors: FieldErrors): string | undefined {
  const comment = text(value);
  plainText(errors, 'comment', 'Góp ý', comment, FIELD_LIMITS.ratingComment);
  if (comment && !errors.comment && (comment.match(LINK) ?? []).length > 1) errors.comment = 'Góp ý có quá nhiều đường dẫn.';
  return comment;
}

/** A page path as the site sends it: absolute, no query, no markup, bounded. */
export function checkPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > FIELD_LIMITS.path) return null;
  return /^\/[\p{L}\p{N}\-._~/%]*$/u.test(value) && !value.includes('//') ? value : null;
}
