/**
 * The public JSON API's plan, investment project and bidding notice items, and their `kind`
 * and `status` filters: address codes (shared/utils/public-works.ts), an unknown one a 400.
 */
import type { H3Event } from 'h3';
import type { PublicDocumentFile, PublicProgressUpdate } from '#shared/types/public-api';
import { valueOfCode } from '#shared/utils/public-works';
import { absoluteUrl } from './feed-xml';
import { toMoney } from './investment-content';
import { documentPath, mediaUrl, uploadBytes, type RawUpload } from './public-content';
import type { RawPublicProgress } from './public-works-content';
import type { StrapiQuery } from './strapi-query';

/** `{ field: { $eq: value } }` for a known code, nothing for none, a 400 naming the parameter for an unknown one. */
export function codeFilter(
  name: 'kind' | 'status',
  code: string | undefined,
  codes: Readonly<Record<string, string>>,
  field: string,
): StrapiQuery {
  if (!code) return {};
  const value = valueOfCode(codes, code);
  if (!value) {
    throw createError({
      statusCode: 400,
      statusMessage: 'Bad Request',
      message: `Tham số ${name} không hợp lệ. Các giá trị hợp lệ: ${Object.keys(codes).join(', ')}.`,
    });
  }
  return { [field]: { $eq: value } };
}

export function publicFiles(event: H3Event, origin: string, files: readonly RawUpload[] | null | undefined): PublicDocumentFile[] {
  return (files ?? [])
    .filter((file) => Boolean(file.url))
    .map((file) => ({
      name: file.name ?? '',
      url: mediaUrl(event, origin, file.url ?? ''),
      mime: file.mime ?? null,
      size: uploadBytes(file),
    }));
}

export function publicProgress(progress: readonly RawPublicProgress[] | null | undefined): PublicProgressUpdate[] {
  return (progress ?? [])
    .map((update) => ({
      date: update.updateDate ?? null,
      percentComplete: typeof update.percentComplete === 'number' ? update.percentComplete : null,
      disbursed: toMoney(update.disbursed),
      note: update.note?.trim() || null,
    }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

export function approvingDocumentOf(
  origin: string,
  document: { documentId: string; numberSymbol?: string | null } | null | undefined,
): { id: string; numberSymbol: string | null; url: string } | null {
  return document
    ? { id: document.documentId, numberSymbol: document.numberSymbol ?? null, url: absoluteUrl(origin, documentPath(document)) }
    : null;
}
