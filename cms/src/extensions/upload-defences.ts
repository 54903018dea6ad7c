/**
 * The media defences, wired in register(): uploads are checked by content on every path
 * (upload-safety.ts), pictures in rich text must be the commune's own uploads
 * (rich-text-images.ts), and the lookups both use are indexed (upload-owner.ts). How /uploads is
 * served is the global middleware `global::upload-serving` (config/middlewares.ts).
 */
import type { Core } from '@strapi/strapi';
import { registerRichTextImages } from './rich-text-images';
import { mediaStorageFromEnv, PROVINCE_FOLDER } from '../domain/media-storage';
import { ensureUploadLookupIndexes } from './upload-owner';
import { registerS3Keys } from './upload-s3';
import { registerUploadSafety } from './upload-safety';

export function registerUploadDefences(strapi: Core.Strapi): void {
  registerUploadSafety(strapi);
  registerRichTextImages(strapi);
  ensureUploadLookupIndexes(strapi);
  const storage = mediaStorageFromEnv(process.env);
  if (storage.kind === 's3') registerS3Keys(strapi, PROVINCE_FOLDER, storage.publicUrl);
}
