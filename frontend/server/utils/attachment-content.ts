/**
 * Strapi media files → the pages' downloadable attachments.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { Attachment } from '#shared/types/attachment';
import { publicMediaUrl } from './content';
import type { UploadFileAnswer } from '../types/strapi-answers.generated';

/** A media file as an attachment: the fields ATTACHMENT_FIELDS selects. */
export type RawUploadFile = Pick<UploadFileAnswer, (typeof ATTACHMENT_FIELDS)[number]>;

/** The fields of a media file the pages use: the Strapi query's `fields` for a populated file. */
export const ATTACHMENT_FIELDS = ['name', 'url', 'caption', 'mime', 'size'] as const;

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function lastPathSegment(url: string): string {
  const segment = url.split(/[?#]/)[0]?.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A file without a URL (deleted from the media library) is dropped. */
export function toAttachment(raw: RawUploadFile | null | undefined, strapiUrl: string): Attachment | null {
  const url = text(raw?.url);
  if (!raw || !url) return null;
  const fromUrl = lastPathSegment(url);
  return {
    name: text(raw.name) ?? (fromUrl || 'tep-dinh-kem'),
    url: publicMediaUrl(url, strapiUrl),
    caption: text(raw.caption),
    mime: text(raw.mime),
    bytes: typeof raw.size === 'number' && Number.isFinite(raw.size) ? Math.round(raw.size * 1024) : null,
  };
}

export function toAttachments(raw: readonly (RawUploadFile | null)[] | null | undefined, strapiUrl: string): Attachment[] {
  return (raw ?? []).map((file) => toAttachment(file, strapiUrl)).filter((file) => file !== null);
}
