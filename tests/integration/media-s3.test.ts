/**
 * Media on S3 (README "Media storage (local or S3)"): the real Strapi with
 * @strapi/provider-upload-aws-s3 against an S3-protocol server — `s3rver`, started here, or the
 * real endpoint when S3_ENDPOINT (with S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and
 * BACKUP_S3_BUCKET) is set. Keys are `<commune slug>/…` (or `_province/…`); the bucket stays
 * private and the CMS and the site serve `/uploads/<key>` with the same rules as from the disk;
 * the content check still refuses before anything reaches the bucket; backups read the bucket,
 * copy to a second bucket, and a commune restore puts a deleted object back.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import { runCli } from '../support/backup-cli';
import type { TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { freePort, SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import { createCommuneMember, getOnHost, postFiles } from '../support/uploads';

const KHANH_KHE = { slug: 'khanh-khe', host: 'khanhkhe.langson.gov.vn' };
const SON_GIANG = { slug: 'son-giang', host: 'songiang.hatinh.gov.vn' };
const SANDBOX = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";
const REAL = process.env.S3_ENDPOINT
  ? { endpoint: process.env.S3_ENDPOINT, bucket: process.env.S3_BUCKET ?? '', backups: process.env.BACKUP_S3_BUCKET ?? '' }
  : null;

interface Target {
  endpoint: string;
  media: string;
  backups: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  region: string;
  forcePathStyle: boolean;
}

let target: Target;
let server: S3rver | null = null;
let s3: S3Client;
let scratch: string;
let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let site: SiteInstance;
let superAdmin: AdminClient;
let contributor: AdminClient;
let picture: Uint8Array<ArrayBuffer>;
/** The original as stored (Strapi re-encodes pictures it optimises): what every reader must get. */
let storedSha = '';
let communeUpload: { id: number; url: string };
let provinceUpload: { id: number; url: string };

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function objectBytes(bucket: string, key: string): Promise<Buffer | null> {
  try {
    const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from((await output.Body?.transformToByteArray()) ?? []);
  } catch {
    return null;
  }
}

async function keysIn(bucket: string, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ''));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys.sort();
}

const s3Env = (): Record<string, string> => ({
  UPLOAD_PROVIDER: 's3',
  S3_ENDPOINT: target.endpoint,
  S3_BUCKET: target.media,
  S3_REGION: target.region,
  S3_ACCESS_KEY_ID: target.credentials.accessKeyId,
  S3_SECRET_ACCESS_KEY: target.credentials.secretAccessKey,
  S3_FORCE_PATH_STYLE: String(target.forcePathStyle),
});

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'commune-s3-'));
  if (REAL) {
    if (!REAL.bucket || !process.env.S3_ACCESS_KEY_ID || !process.env.S3_SECRET_ACCESS_KEY || !REAL.backups) {
      throw new Error(
        'With S3_ENDPOINT set, also set S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and BACKUP_S3_BUCKET (two empty test buckets)',
      );
    }
    target = {
      endpoint: REAL.endpoint,
      media: REAL.bucket,
      backups: REAL.backups,
      credentials: { accessKeyId: process.env.S3_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY },
      region: process.env.S3_REGION ?? 'us-east-1',
      forcePathStyle: /^(1|true|yes)$/i.test(process.env.S3_FORCE_PATH_STYLE ?? ''),
    };
  } else {
    const port = await freePort();
    server = new S3rver({
      address: '127.0.0.1',
      port,
      silent: true,
      directory: path.join(scratch, 's3rver'),
      configureBuckets: [
        { name: 'media', configs: [] },
        { name: 'backups', configs: [] },
      ],
    });
    await server.run();
    target = {
      endpoint: `http://127.0.0.1:${port}`,
      media: 'media',
      backups: 'backups',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      region: 'us-east-1',
      forcePathStyle: true,
    };
  }
  s3 = new S3Client({
    endpoint: target.endpoint,
    region: target.region,
    forcePathStyle: target.forcePathStyle,
    credentials: target.credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

  ({ db, setup } = await createSeededDatabase('media_s3'));
  Object.assign(setup.env, s3Env());
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ document_id: string }>('SELECT document_id FROM communes WHERE slug = $1', [KHANH_KHE.slug]);
  contributor = await createCommuneMember(superAdmin, {
    email: 'ctv.s3@thu.nghiem.vn',
    password: 'May-Chu-S3-Khanh-Khe-2026',
    role: 'commune-contributor',
    communeDocumentId: commune?.document_id ?? '',
  });
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });
  picture = new Uint8Array(
    await sharp({ create: { width: 640, height: 400, channels: 3, background: `#${randomBytes(3).toString('hex')}` } })
      .png()
      .toBuffer(),
  );
});

afterAll(async () => {
  s3?.destroy();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
  if (server) await server.close();
  await rm(scratch, { recursive: true, force: true });
});

describe(`media on S3 (${REAL ? `real endpoint ${REAL.endpoint}` : 's3rver started by the test'})`, () => {
  it('stores a commune’s upload under <slug>/ and province IT’s under _province/, with no public ACL', async () => {
    const mine = await postFiles(strapi.url, contributor.token, '/upload', [{ name: 'anh-le-hoi.png', mime: 'image/png', bytes: picture }]);
    expect(mine.status).toBe(201);
    communeUpload = { id: mine.body[0]?.id ?? 0, url: mine.body[0]?.url ?? '' };
    expect(communeUpload.url).toMatch(/^\/uploads\/khanh-khe\/khanh-khe_anh_le_hoi_[0-9a-f]+\.png$/);
    const key = communeUpload.url.slice('/uploads/'.length);
    const stored = await objectBytes(target.media, key);
    expect(stored?.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    storedSha = sha(stored ?? new Uint8Array());
    // Its thumbnail and responsive formats are in the commune's folder too.
    const [row] = await db.query<{ formats: Record<string, { url: string }>; commune_id: number }>(
      'SELECT formats, commune_id FROM files WHERE id = $1',
      [communeUpload.id],
    );
    const formatKeys = Object.values(row?.formats ?? {}).map((format) => format.url.slice('/uploads/'.length));
    expect(formatKeys.length).toBeGreaterThan(0);
    for (const formatKey of formatKeys) expect(formatKey.startsWith('khanh-khe/')).toBe(true);
    expect((await keysIn(target.media, 'khanh-khe/')).filter((stored) => [key, ...formatKeys].includes(stored)).length).toBe(
      1 + formatKeys.length,
    );

    const province = await postFiles(strapi.url, superAdmin.token, '/upload', [
      { name: 'logo-tinh.png', mime: 'image/png', bytes: picture },
    ]);
    expect(province.status).toBe(201);
    provinceUpload = { id: province.body[0]?.id ?? 0, url: province.body[0]?.url ?? '' };
    expect(provinceUpload.url).toMatch(/^\/uploads\/_province\/logo_tinh_[0-9a-f]+\.png$/);
  });

  it('serves /uploads/<key> from the bucket on the CMS with the sandbox headers, per commune, with ranges', async () => {
    const direct = await fetch(`${strapi.url}${communeUpload.url}`);
    expect(direct.status).toBe(200);
    expect(direct.headers.get('content-type')).toBe('image/png');
    expect(direct.headers.get('x-content-type-options')).toBe('nosniff');
    expect(direct.headers.get('content-security-policy')).toBe(SANDBOX);
    const body = new Uint8Array(await direct.arrayBuffer());
    expect(sha(body)).toBe(storedSha);
    expect((await fetch(`${strapi.url}${communeUpload.url}`, { headers: { 'x-commune': SON_GIANG.slug } })).status).toBe(404);
    expect((await fetch(`${strapi.url}${communeUpload.url}`, { headers: { 'x-commune': KHANH_KHE.slug } })).status).toBe(200);
    const range = await fetch(`${strapi.url}${communeUpload.url}`, { headers: { range: 'bytes=0-9' } });
    expect(range.status).toBe(206);
    expect(range.headers.get('content-range')).toBe(`bytes 0-9/${body.length}`);
    expect(Buffer.from(await range.arrayBuffer()).equals(Buffer.from(body.subarray(0, 10)))).toBe(true);
    // Only stored files' keys are read: anything else in the bucket, or no such key, is 404.
    expect((await fetch(`${strapi.url}/uploads/khanh-khe/khong-co.png`)).status).toBe(404);
    const admin = await fetch(`${strapi.url}/admin`);
    expect(admin.headers.get('content-security-policy') ?? '').toContain("img-src 'self'");
  });

  it('serves a commune’s media on its own site only, and province IT’s on every site', async () => {
    const own = await getOnHost(site.port, KHANH_KHE.host, communeUpload.url);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(sha(own.body)).toBe(storedSha);
    expect((await getOnHost(site.port, SON_GIANG.host, communeUpload.url)).status).toBe(404);
    expect((await getOnHost(site.port, SON_GIANG.host, provinceUpload.url)).status).toBe(200);
  });

  it('still refuses a file by its content before anything reaches the bucket', async () => {
    const before = await keysIn(target.media);
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>') as Uint8Array<ArrayBuffer>;
    const answer = await postFiles(strapi.url, contributor.token, '/upload', [{ name: 'anh.png', mime: 'image/png', bytes: html }]);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toContain('Nội dung tệp “anh.png” không phải là');
    expect(await keysIn(target.media)).toEqual(before);
  });

  it('backs up the bucket (and copies the backup to a second bucket); a commune restore puts a deleted object back', async () => {
    const work = path.join(scratch, 'backups');
    const env = {
      ...setup.env,
      BACKUP_S3_BUCKET: target.backups,
      BACKUP_S3_ENDPOINT: target.endpoint,
      BACKUP_S3_REGION: target.region,
      BACKUP_S3_ACCESS_KEY_ID: target.credentials.accessKeyId,
      BACKUP_S3_SECRET_ACCESS_KEY: target.credentials.secretAccessKey,
      BACKUP_S3_FORCE_PATH_STYLE: String(target.forcePathStyle),
      BACKUP_S3_PREFIX: `test-${randomBytes(3).toString('hex')}`,
    };
    const backup = await runCli<{ dir: string; uploads: number; copied: boolean }>('backup', ['--dir', work], env);
    expect(backup.output).toContain('BACKUP_RESULT');
    expect(backup.code).toBe(0);
    expect(backup.result?.uploads).toBe((await keysIn(target.media)).length);
    expect(backup.result?.copied).toBe(true);
    const name = path.basename(backup.result?.dir ?? '');
    const copies = await keysIn(target.backups, `${env.BACKUP_S3_PREFIX}/${name}/`);
    expect(copies).toContain(`${env.BACKUP_S3_PREFIX}/${name}/manifest.json`);
    expect(copies).toContain(`${env.BACKUP_S3_PREFIX}/${name}/uploads/${communeUpload.url.slice('/uploads/'.length)}`);

    // Delete the picture (object and row), then restore the commune.
    const key = communeUpload.url.slice('/uploads/'.length);
    expect((await superAdmin.call('DELETE', `/upload/files/${communeUpload.id}`)).status).toBe(200);
    // The object and its formats go with the row (the provider is given the key's folder).
    expect(await objectBytes(target.media, key)).toBeNull();
    expect(
      (await keysIn(target.media, 'khanh-khe/')).filter((stored) => stored.includes(key.slice('khanh-khe/khanh-khe_'.length, -4))),
    ).toEqual([]);
    const restore = await runCli<{ applied: boolean; files: { copied: number } }>(
      'restore',
      [backup.result?.dir ?? '', '--commune', KHANH_KHE.slug, '--apply'],
      env,
    );
    expect(restore.output).toContain('RESTORE_RESULT');
    expect(restore.code).toBe(0);
    expect(restore.result?.files.copied).toBeGreaterThanOrEqual(1);
    expect(sha((await objectBytes(target.media, key)) ?? new Uint8Array())).toBe(storedSha);
    const served = await getOnHost(site.port, KHANH_KHE.host, communeUpload.url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    // Clean the real buckets' test objects (s3rver's folder goes with the scratch folder).
    if (REAL)
      await s3.send(new DeleteObjectsCommand({ Bucket: target.backups, Delete: { Objects: copies.map((copy) => ({ Key: copy })) } }));
  });
});

if (!REAL) {
  it.skip('against a real S3 endpoint — not run: S3_ENDPOINT is not set (set S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY and BACKUP_S3_BUCKET, two empty test buckets, to run this file against it instead of s3rver)', () =>
    undefined);
}
