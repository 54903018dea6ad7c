import { isFetchError } from '@strapi/strapi/admin';

/** What the cover keeps of a file from the media library (the upload API answers with these). */
export interface PhotoFile {
  id: number;
  name: string;
  url: string;
  mime: string;
  alternativeText?: string | null;
  formats?: Record<string, { url: string } | undefined> | null;
}

type Post = (url: string, body: FormData) => Promise<{ data: unknown }>;

function isPhotoFile(value: unknown): value is PhotoFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return typeof file.id === 'number' && typeof file.url === 'string' && typeof file.name === 'string';
}

/**
 * Uploads one photo to the media library through the admin's upload API (the same route and
 * checks as the library dialog: size, type, content, the commune's folder) and returns it.
 */
export async function uploadPhoto(post: Post, file: File): Promise<PhotoFile> {
  const body = new FormData();
  body.append('files', file);
  body.append('fileInfo', JSON.stringify({ name: file.name, caption: null, alternativeText: null, folder: null }));
  const { data } = await post('/upload', body);
  const [uploaded] = Array.isArray(data) ? data : [];
  if (!isPhotoFile(uploaded)) throw new Error('The upload API answered without a file');
  return uploaded;
}

/** The smallest picture of the file that still reads as a photo in the form. */
export function thumbnailUrl(file: PhotoFile): string {
  return file.formats?.small?.url ?? file.formats?.thumbnail?.url ?? file.url;
}

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * The upload checks refuse in Vietnamese (cms/src/extensions/upload-safety.ts): show their
 * words. Anything else (a network error, an English message from Strapi) gets the fallback.
 */
export function uploadErrorMessage(error: unknown, fallback: string): string {
  const message = isFetchError(error) ? error.response?.data?.error?.message : undefined;
  return typeof message === 'string' && VIETNAMESE_LETTER.test(message) ? message : fallback;
}
