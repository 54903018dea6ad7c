/**
 * Helpers for the upload tests: multipart uploads as the admin panel and the content API send
 * them, the uploads directory on disk, requests to the site with a commune's Host header, and
 * commune members of a given role.
 */
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { cmsDir } from '../../database/paths.ts';
import { AdminClient, type JsonResponse, type StrapiErrorBody } from './http';

export const UPLOADS_DIR = path.join(cmsDir, 'public', 'uploads');

export interface SampleUpload {
  name: string;
  /** What the browser declares; the CMS must not believe it. */
  mime: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export type UploadAnswer = JsonResponse<
  StrapiErrorBody & Record<string, unknown> & Array<{ id: number; url: string; mime: string; name: string }>
>;

/** POST multipart `files` (and `fileInfo`, as the admin panel sends it) to `path` with a bearer token. */
export async function postFiles(
  baseUrl: string,
  token: string,
  urlPath: string,
  files: SampleUpload[],
  headers: Record<string, string> = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([file.bytes], { type: file.mime }), file.name);
  for (const file of files)
    form.append('fileInfo', JSON.stringify({ name: file.name, caption: null, alternativeText: null, folder: null }));
  const response = await fetch(`${baseUrl}${urlPath}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...headers },
    body: form,
    signal: AbortSignal.timeout(60000),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // keep the text
  }
  return { status: response.status, body: body as UploadAnswer['body'] };
}

/** The names in cms/public/uploads now. */
export async function filesOnDisk(): Promise<Set<string>> {
  try {
    return new Set(await readdir(UPLOADS_DIR));
  } catch {
    return new Set();
  }
}

export interface HostAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET on the site with a commune's Host header (fetch does not let us set it). */
export function getOnHost(port: number, host: string, urlPath: string, headers: Record<string, string> = {}): Promise<HostAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, headers: { ...headers, host: `${host}:${port}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const BOARD_ROLE: Record<string, string> = {
  'commune-admin': 'member',
  'commune-board-head': 'head',
  'commune-board-deputy': 'deputy',
  'commune-board-member': 'member',
  'commune-contributor': 'contributor',
};

/** An active admin user of one commune with the given role, logged in. */
export async function createCommuneMember(
  superAdmin: AdminClient,
  options: { email: string; password: string; role: string; communeDocumentId: string },
): Promise<AdminClient> {
  const userId = await superAdmin.createUser({
    email: options.email,
    firstname: options.role,
    lastname: 'Thử nghiệm',
    password: options.password,
    roleIds: [await superAdmin.roleIdByCode(options.role)],
  });
  const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
    adminUserId: userId,
    commune: options.communeDocumentId,
    boardRole: BOARD_ROLE[options.role] ?? 'member',
    isCommuneAdmin: options.role === 'commune-admin',
  });
  if (membership.status !== 200)
    throw new Error(`Membership of ${options.email} failed with HTTP ${membership.status}: ${JSON.stringify(membership.body)}`);
  return AdminClient.login(superAdmin.baseUrl, options.email, options.password);
}
