/** Puts a generated file into the media library through Strapi's own upload service. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export interface UploadedFile {
  id: number;
  documentId: string;
  url: string;
}

interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText?: string; caption?: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<UploadedFile[]>;
}

export async function uploadBuffer(
  strapi: Core.Strapi,
  file: { buffer: Buffer; fileName: string; mime: string; alternativeText?: string; caption?: string; communeId?: number },
): Promise<UploadedFile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'commune-seed-'));
  const filepath = path.join(dir, file.fileName);
  await writeFile(filepath, file.buffer);
  try {
    const service = strapi.plugin('upload').service('upload') as UploadService;
    const [uploaded] = await service.upload({
      data: { fileInfo: { name: file.fileName, alternativeText: file.alternativeText, caption: file.caption } },
      files: { filepath, originalFilename: file.fileName, mimetype: file.mime, size: file.buffer.length },
    });
    if (!uploaded) throw new Error(`Upload of ${file.fileName} returned nothing`);
    // The seed runs as the system, so nothing stamps the commune: it says whose media library it is.
    if (file.communeId !== undefined) await assignMediaToCommune(strapi, uploaded.id, file.communeId);
    return uploaded;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Puts a media file in a commune's media library (the tenancy plugin's `communeId` column). */
export async function assignMediaToCommune(strapi: Core.Strapi, fileId: number, communeId: number): Promise<void> {
  await strapi.db.query('plugin::upload.file').update({ where: { id: fileId }, data: { communeId } });
}
