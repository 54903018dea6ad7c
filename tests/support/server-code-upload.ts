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
import path from 'node:path';
import { loadStrapi, runAttempts } from './server-code.ts';

interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<Array<{ id: number }>>;
}
interface FileService {
  fetchUrlToInputFile(url: string, directory: string, sizeLimit: number): Promise<unknown>;
}

const [workDir] = process.argv.slice(2);
if (!workDir) throw new Error('usage: server-code-upload.ts <work dir>');

const strapi = await loadStrapi();
const uploads = strapi.plugin('upload').service('upload') as UploadService;
const files = strapi.plugin('upload').service('file') as FileService;

const upload = (fileName: string, mimetype: string) => {
  const filepath = path.join(workDir, fileName);
  return uploads.upload({
    data: { fileInfo: { name: fileName } },
    files: { filepath, originalFilename: fileName, mimetype, size: statSync(filepath).size },
  });
};

await runAttempts(strapi, async (attempt) => {
  await attempt('upload service: an HTML page', () => upload('trang.html', 'text/html'));
  await attempt('upload service: a Windows program named .pdf', () => upload('quyet-dinh.pdf', 'application/pdf'));
  await attempt('file service: fetch a URL into the library', () =>
    files.fetchUrlToInputFile(process.env.FETCH_TARGET ?? 'http://127.0.0.1:9/x.png', workDir, 1024 * 1024),
  );
  await attempt('upload service: a real PDF', () => upload('bien-ban.pdf', 'application/pdf'));
});
