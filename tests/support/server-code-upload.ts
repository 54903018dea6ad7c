/**
 * Server code putting files into the media library without any HTTP request (as a plugin, a cron
 * job or a script would): a separate Strapi process loads the app and calls the upload service
 * and the file service directly. Bad files and URL fetches must be refused; a real PDF is stored.
 *
 * Usage: node tests/support/server-code-upload.ts <work dir with the sample files>
 * The directory holds trang.html, quyet-dinh.pdf (a Windows program) and bien-ban.pdf (a real PDF).
 * Prints one line `SERVER_CODE_RESULT {json}`: for each attempt, whether it was refused and why.
 */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as StrapiModule from '@strapi/strapi';
import { cmsDir } from '../../database/paths.ts';

// Strapi's CommonJS build, as the seed uses it (see server-code-publish.ts).
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;

interface UploadService {
  upload(input: { data: { fileInfo: { name: string } }; files: { filepath: string; originalFilename: string; mimetype: string; size: number } }): Promise<Array<{ id: number }>>;
}
interface FileService {
  fetchUrlToInputFile(url: string, directory: string, sizeLimit: number): Promise<unknown>;
}

type Attempt = { name: string; refused: boolean; message: string; error?: string };

const [workDir] = process.argv.slice(2);
if (!workDir) throw new Error('usage: server-code-upload.ts <work dir>');

const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') }).load();
strapi.log.level = 'error';
const uploads = strapi.plugin('upload').service('upload') as UploadService;
const files = strapi.plugin('upload').service('file') as FileService;
const attempts: Attempt[] = [];

async function attempt(name: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
    attempts.push({ name, refused: false, message: '' });
  } catch (error) {
    attempts.push({ name, refused: true, error: error instanceof Error ? error.name : typeof error, message: error instanceof Error ? error.message : String(error) });
  }
}

const upload = (fileName: string, mimetype: string) => {
  const filepath = path.join(workDir, fileName);
  return uploads.upload({ data: { fileInfo: { name: fileName } }, files: { filepath, originalFilename: fileName, mimetype, size: statSync(filepath).size } });
};

try {
  await attempt('upload service: an HTML page', () => upload('trang.html', 'text/html'));
  await attempt('upload service: a Windows program named .pdf', () => upload('quyet-dinh.pdf', 'application/pdf'));
  await attempt('file service: fetch a URL into the library', () => files.fetchUrlToInputFile(process.env.FETCH_TARGET ?? 'http://127.0.0.1:9/x.png', workDir, 1024 * 1024));
  await attempt('upload service: a real PDF', () => upload('bien-ban.pdf', 'application/pdf'));
  console.log(`SERVER_CODE_RESULT ${JSON.stringify(attempts)}`);
} finally {
  await strapi.destroy();
}
process.exit(0);
