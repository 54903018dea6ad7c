/**
 * Maintenance windows on the public sites (README "Maintenance windows"), with the real Strapi
 * and the built site: a window province IT schedules is announced on the pages of the communes
 * it covers (cached or freshly rendered, and nowhere else); during the window the site serves
 * its cache with a Vietnamese notice, and a page it never cached answers the maintenance page
 * (503, Retry-After) — also once Strapi itself is stopped for the maintenance.
 */
import { request } from 'node:http';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const UID = 'api::maintenance-window.maintenance-window';
const KHANH_KHE = 'khanhkhe.langson.gov.vn';
const QUOC_TUAN = 'quoctuan.haiphong.gov.vn';

let db: TestDatabase;
let strapi: StrapiInstance;
let strapiStopped = false;
let site: SiteInstance;
let province: AdminClient;

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function get(path: string, host: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path, headers: { host, accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(what: string, probe: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < 10_000) {
    if (await probe()) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not within 10 s`);
}

/** `22:00 ngày 06/12/2026` in Việt Nam's time, as the notice writes it. */
function vietnamTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ngày ${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

const minutesFromNow = (minutes: number): Date => {
  const date = new Date(Date.now() + minutes * 60_000);
  date.setUTCSeconds(0, 0);
  return date;
};

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_maintenance');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  // Windows read every half second here (10 s by default), so the test need not wait.
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken(), env: { NUXT_MAINTENANCE_POLL_MS: '500' } });
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
});

afterAll(async () => {
  await site?.stop();
  if (!strapiStopped) await strapi?.stop();
  await db?.drop();
});

describe('a window announced in advance', () => {
  const startsAt = minutesFromNow(26 * 60);
  const endsAt = minutesFromNow(29 * 60);
  const announcement = `Hệ thống sẽ tạm dừng để bảo trì từ ${vietnamTime(startsAt)} đến ${vietnamTime(endsAt)}.`;
  let documentId = '';

  it('is on the pages of the communes it covers, cached or not, and on no other commune', async () => {
    // Cached before the window is scheduled: the notice must reach it without a purge.
    await get('/lien-he', KHANH_KHE);
    expect((await get('/lien-he', KHANH_KHE)).headers['x-page-cache']).toBe('HIT');
    const created = await province.create(UID, {
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      message: 'Nâng cấp máy chủ của tỉnh.',
      allCommunes: false,
      communes: 'khanh-khe',
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    const ms = await until('the notice on the cached page', async () => (await get('/lien-he', KHANH_KHE)).body.includes(announcement));
    const cached = await get('/lien-he', KHANH_KHE);
    expect(cached.headers['x-page-cache']).toBe('HIT');
    expect(cached.body).toContain('Nâng cấp máy chủ của tỉnh.');
    expect(cached.body).toContain('class="maintenance-notice" role="status"');
    const fresh = await get('/thu-tuc-hanh-chinh', KHANH_KHE);
    expect(fresh.headers['x-page-cache']).toBe('MISS');
    expect(fresh.body).toContain(announcement);
    // The copy kept in the cache has no notice: it is put on as the page is served.
    expect((await get('/thu-tuc-hanh-chinh', KHANH_KHE)).body.split(announcement)).toHaveLength(2);
    const other = await get('/lien-he', QUOC_TUAN);
    expect(other.status).toBe(200);
    expect(other.body).not.toContain('maintenance-notice');
    console.info(`the announcement reached a cached page ${ms} ms after province IT saved the window`);
  });

  it('goes away when the window is moved beyond 72 hours', async () => {
    const moved = await province.update(UID, documentId, {
      startsAt: minutesFromNow(100 * 60).toISOString(),
      endsAt: minutesFromNow(101 * 60).toISOString(),
    });
    expect(moved.status).toBe(200);
    await until('no notice', async () => !(await get('/lien-he', KHANH_KHE)).body.includes('maintenance-notice'));
  });
});

describe('during the window', () => {
  const endsAt = minutesFromNow(120);
  const duringNotice = `Hệ thống đang được bảo trì đến ${vietnamTime(endsAt)}.`;

  it('serves cached pages with the notice, and never-cached pages answer the Vietnamese maintenance page, 503 with Retry-After', async () => {
    // Every commune this time; Khánh Khê's home page and Quốc Tuấn's contacts page are cached.
    for (const [path, host] of [
      ['/', KHANH_KHE],
      ['/lien-he', QUOC_TUAN],
    ] as const) {
      await get(path, host);
      expect((await get(path, host)).headers['x-page-cache']).toBe('HIT');
    }
    const created = await province.create(UID, {
      startsAt: minutesFromNow(-1).toISOString(),
      endsAt: endsAt.toISOString(),
      message: '',
      allCommunes: true,
    });
    expect(created.status).toBe(201);
    await until('the notice during the window', async () => (await get('/', KHANH_KHE)).body.includes(duringNotice));
    for (const [path, host] of [
      ['/', KHANH_KHE],
      ['/lien-he', QUOC_TUAN],
    ] as const) {
      const page = await get(path, host);
      expect(page.status).toBe(200);
      expect(page.body).toContain(duringNotice);
    }
    const never = await get('/gioi-thieu/lanh-dao', QUOC_TUAN);
    expect(never.status).toBe(503);
    expect(never.body).toContain('Hệ thống đang bảo trì');
    expect(never.body).toContain(`đến ${vietnamTime(endsAt)}`);
    expect(never.body).toContain('<html lang="vi">');
    const retryAfter = Number(never.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(100 * 60);
    expect(retryAfter).toBeLessThanOrEqual(120 * 60);
  });

  it('keeps doing so once Strapi is stopped for the maintenance: the site knew the window beforehand', async () => {
    await strapi.stop();
    strapiStopped = true;
    await until('the site notices', async () => (await fetch(`http://127.0.0.1:${site.port}/_ready`)).status === 503);
    const cached = await get('/', KHANH_KHE);
    expect(cached.status).toBe(200);
    // Younger than a minute it is still a HIT; either way it says it cannot be fresher.
    expect(['HIT', 'STALE']).toContain(cached.headers['x-page-cache']);
    expect(cached.headers['x-stale']).toBe('1');
    expect(cached.body).toContain(duringNotice);
    const never = await get('/tin-tuc', QUOC_TUAN);
    expect(never.status).toBe(503);
    expect(never.body).toContain('Hệ thống đang bảo trì');
  });
});
