/**
 * What every page of a commune site carries around its content, on the built site against the
 * seeded Strapi, over HTTP with the communes' own host names:
 * - the header names the agency and shows the national emblem province IT configured;
 * - the commune's urgent notices, published through the board, on every page until their end
 *   time, and not a moment after — also from the page cache;
 * - the ministry's EMC script and the official social channels, per commune: with EMC on, a
 *   commune's pages carry exactly that script and a CSP that allows that host only; the other
 *   commune's pages keep no script and the strict CSP. (The one test of the site with a script.)
 * - the province host: every active commune's site, and their published news and documents in
 *   one RSS feed and one paginated, filterable JSON list each; a suspended commune drops out.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';
import { PAGE_CONTENT_SECURITY_POLICY } from '../../frontend/server/utils/security-headers';

const KHANH_KHE = 'khanhkhe.langson.gov.vn';
const QUOC_TUAN = 'quoctuan.haiphong.gov.vn';
const PROVINCE = 'xaphuong.langson.gov.vn';
const NOTICE = 'api::urgent-notice.urgent-notice';
const SETTINGS = 'api::site-setting.site-setting';
const PAGES = ['/', '/van-ban', '/tin-tuc', '/so-do-trang', '/lien-he'];
/** The seeded demo notice (cms/scripts/seed/content/khanh-khe/urgent-notices.yaml). */
const SEEDED_NOTICE = 'Tạm ngừng cung cấp điện để bảo dưỡng đường dây 35 kV';
const EMBLEM_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#da251d"/></svg>\n';

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let admin: AdminClient;
let head: AdminClient;
let workDir: string;
let khanhKhe: string;

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function get(pathname: string, host: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: site.port, path: pathname, headers: { host, accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Polls until every page of `host` satisfies `done`, at most 10 s. */
async function until(host: string, pages: readonly string[], done: (answer: Answer) => boolean): Promise<void> {
  const since = Date.now();
  for (const page of pages) {
    for (;;) {
      if (done(await get(page, host))) break;
      if (Date.now() - since > 10_000) throw new Error(`${host}${page} did not change within 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const scriptsIn = (body: string): string[] => [...body.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'site-layout-'));
  const emblem = path.join(workDir, 'quoc-huy.svg');
  await writeFile(emblem, EMBLEM_SVG);
  const seeded = await createSeededDatabase('e2e_site_layout');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  site = await startSite({
    strapiUrl: strapi.url,
    token: await strapi.publicToken(),
    env: { NUXT_NATIONAL_EMBLEM_FILE: emblem, NUXT_PROVINCE_HOST: PROVINCE, NUXT_PROVINCE_NAME: 'Tỉnh Lạng Sơn' },
  });
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  khanhKhe = commune.document_id;
  const email = 'truongban.thongbao@khanhkhe.thu.vn';
  const userId = await admin.createUser({
    email,
    firstname: 'Trưởng',
    lastname: 'Ban',
    password: 'Mua-Lu-Som-2026',
    roleIds: [await admin.roleIdByCode('commune-board-head')],
  });
  expect(
    (await admin.call('POST', '/commune-tenancy/memberships', { adminUserId: userId, commune: khanhKhe, boardRole: 'head' })).status,
  ).toBe(200);
  head = await AdminClient.login(strapi.url, email, 'Mua-Lu-Som-2026');
});

afterAll(async () => {
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('the header', () => {
  it.each([
    [KHANH_KHE, 'Ủy ban nhân dân xã Khánh Khê', 'Tỉnh Lạng Sơn'],
    [QUOC_TUAN, 'Ủy ban nhân dân xã Quốc Tuấn', 'Thành phố Hải Phòng'],
  ])('on %s names the agency and its province, with the configured emblem', async (host, agency, province) => {
    const { body } = await get('/', host);
    const header = /<header[\s\S]*?<\/header>/.exec(body)?.[0] ?? '';
    expect(header).toContain(agency);
    expect(header).toContain(province);
    expect(header).not.toContain('Trang thông tin điện tử');
    const emblem =
      /<img class="site-brand__emblem" src="(\/quoc-huy\?v=[0-9a-f]{12})" alt="Quốc huy nước Cộng hòa xã hội chủ nghĩa Việt Nam"/.exec(
        header,
      );
    expect(emblem).not.toBeNull();
    const file = await get(emblem?.[1] ?? '', host);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/svg+xml');
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(file.body).toBe(EMBLEM_SVG);
  });
});

describe('urgent notices', () => {
  it('shows the seeded notice at the top of every Khánh Khê page, served from the cache too, and not on another commune', async () => {
    for (const page of PAGES) {
      for (let round = 0; round < 2; round += 1) {
        const { status, body } = await get(page, KHANH_KHE);
        expect({ page, status }).toEqual({ page, status: 200 });
        const region = body.indexOf('<section class="urgent-notices" aria-label="Thông báo khẩn"');
        expect({ page, region: region > 0 && region < body.indexOf('<header') }).toEqual({ page, region: true });
        expect(body).toContain(SEEDED_NOTICE);
        expect(body).toContain('urgent-notice--canh-bao');
      }
    }
    for (const page of PAGES) expect((await get(page, QUOC_TUAN)).body).not.toContain('urgent-notices');
  });

  it('shows the notice the head publishes within seconds, and takes it off every page once it ends, cached or not', async () => {
    const title = 'Cảnh báo lũ quét trên suối Khuổi Slẻ (kiểm thử)';
    const endsAt = new Date(Date.now() + 12_000);
    const created = await head.create(NOTICE, {
      title,
      message: 'Mưa lớn kéo dài, nguy cơ lũ quét; không qua ngầm tràn thôn Khuổi Slẻ.',
      level: 'Khẩn cấp',
      link: '/lien-he',
      endsAt: endsAt.toISOString(),
      commune: { connect: [{ documentId: khanhKhe }] },
    });
    expect(created.status).toBe(201);
    // Not shown before the board's approval: a draft is not on the site.
    expect((await get('/', KHANH_KHE)).body).not.toContain(title);
    expect(
      (await press(head, NOTICE, created.body.data.documentId, { action: 'force_publish', comment: 'Cảnh báo khẩn cấp' })).status,
    ).toBe(200);
    await until(KHANH_KHE, PAGES, (answer) => answer.body.includes(title));
    const shown = await get('/van-ban', KHANH_KHE);
    expect(shown.headers['x-page-cache']).toBe('HIT');
    // The most urgent first.
    expect(shown.body.indexOf(title)).toBeLessThan(shown.body.indexOf(SEEDED_NOTICE));
    expect(shown.body).toContain('urgent-notice--khan-cap');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endsAt.getTime() - Date.now() + 100)));
    for (const page of PAGES) {
      const after = await get(page, KHANH_KHE);
      expect({ page, status: after.status, shown: after.body.includes(title) }).toEqual({ page, status: 200, shown: false });
      expect(after.body).toContain(SEEDED_NOTICE);
    }
    // Nothing changed in Strapi: the page came from the cache, and still has no ended notice.
    expect((await get('/van-ban', KHANH_KHE)).headers['x-page-cache']).toBe('HIT');
  });
});

describe('EMC measurement and the official channels', () => {
  const script = 'https://emc.gov.vn/tracking/emc.js?site=khanhkhe-langson';
  let settingsId: string;

  beforeAll(async () => {
    const settings = await admin.list(SETTINGS, `&filters[commune][documentId][$eq]=${khanhKhe}`);
    settingsId = String(settings.body.results[0]?.documentId ?? '');
    expect(settingsId).not.toBe('');
  });

  it('is off by default: no commune page carries a script, every CSP is the strict one', async () => {
    for (const host of [KHANH_KHE, QUOC_TUAN]) {
      const { body, headers } = await get('/', host);
      expect(scriptsIn(body)).toEqual([]);
      expect(headers['content-security-policy']).toBe(PAGE_CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses a script from another host, or EMC on without a script, in Vietnamese, writing nothing', async () => {
    const elsewhere = await admin.update(SETTINGS, settingsId, { emcEnabled: true, emcScriptUrl: 'https://cdn.example.com/emc.js' });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error?.message).toContain('Địa chỉ mã theo dõi EMC phải bắt đầu bằng https://');
    const empty = await admin.update(SETTINGS, settingsId, { emcEnabled: true, emcScriptUrl: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.message).toBe('Đã bật kết nối EMC thì phải nhập địa chỉ mã theo dõi EMC do Bộ cấp.');
    const social = await admin.update(SETTINGS, settingsId, { facebookUrl: 'http://facebook.com.evil.example/ubnd' });
    expect(social.status).toBe(400);
    const [row] = await db.query<{ emc_enabled: boolean | null; facebook_url: string | null }>(
      'SELECT emc_enabled, facebook_url FROM site_settings WHERE document_id = $1',
      [settingsId],
    );
    expect(row).toEqual({ emc_enabled: false, facebook_url: null });
  });

  it('with EMC on for Khánh Khê, its pages carry exactly that script and allow only its host; Quốc Tuấn stays without', async () => {
    const saved = await admin.update(SETTINGS, settingsId, {
      emcEnabled: true,
      emcScriptUrl: script,
      facebookUrl: 'https://www.facebook.com/ubndxakhanhkhe',
      zaloUrl: 'https://zalo.me/2304718659412',
    });
    expect(saved.status).toBe(200);
    await until(KHANH_KHE, PAGES, (answer) => scriptsIn(answer.body).length > 0);
    for (const page of PAGES) {
      for (let round = 0; round < 2; round += 1) {
        const { body, headers } = await get(page, KHANH_KHE);
        expect({ page, scripts: scriptsIn(body) }).toEqual({
          page,
          scripts: ['<script src="https://emc.gov.vn/tracking/emc.js?site=khanhkhe-langson" async>'],
        });
        const policy = String(headers['content-security-policy']);
        expect(policy).toContain('script-src https://emc.gov.vn;');
        expect(policy).toContain('connect-src https://emc.gov.vn');
        // No other outside origin anywhere in the policy.
        expect(
          [...policy.matchAll(/https?:\/\/[^\s;]+/g)].map((match) => match[0]).filter((origin) => origin !== 'https://emc.gov.vn'),
        ).toEqual([]);
        expect(policy).not.toContain('unsafe');
      }
    }
    const footer = /<footer[\s\S]*?<\/footer>/.exec((await get('/', KHANH_KHE)).body)?.[0] ?? '';
    expect(footer).toContain(
      '<a href="https://www.facebook.com/ubndxakhanhkhe" rel="noopener">Trang Facebook<span class="visually-hidden"> của Ủy ban nhân dân xã Khánh Khê</span></a>',
    );
    expect(footer).toContain('Zalo OA');
    for (const page of PAGES) {
      const other = await get(page, QUOC_TUAN);
      expect({ page, scripts: scriptsIn(other.body), policy: other.headers['content-security-policy'] }).toEqual({
        page,
        scripts: [],
        policy: PAGE_CONTENT_SECURITY_POLICY,
      });
    }
    // Feeds and the API never carry it.
    expect(String((await get('/rss/tin-tuc.xml', KHANH_KHE)).headers['content-security-policy'])).not.toContain('emc.gov.vn');
  });

  it('takes the script off again when EMC is turned off', async () => {
    expect((await admin.update(SETTINGS, settingsId, { emcEnabled: false })).status).toBe(200);
    await until(
      KHANH_KHE,
      PAGES,
      (answer) => scriptsIn(answer.body).length === 0 && answer.headers['content-security-policy'] === PAGE_CONTENT_SECURITY_POLICY,
    );
  });
});

describe('the province host', () => {
  interface ApiList {
    province: { name: string; url: string };
    data: Array<{
      id: string;
      title?: string;
      numberSymbol?: string;
      url: string;
      publishedAt: string | null;
      category?: { slug: string } | null;
      commune: { slug: string; name: string; url: string };
    }>;
    meta: { page: number; pageSize: number; pageCount: number; total: number };
    links: { self: string; prev: string | null; next: string | null };
  }
  const api = async (pathname: string): Promise<{ status: number; body: ApiList & { message?: string }; headers: Answer['headers'] }> => {
    const answer = await get(pathname, PROVINCE);
    return { status: answer.status, body: JSON.parse(answer.body) as ApiList & { message?: string }, headers: answer.headers };
  };
  const published = async (table: 'articles' | 'documents', slug?: string): Promise<number> => {
    const [row] = await db.query<{ count: string }>(
      `SELECT count(*) FROM ${table} t JOIN communes c ON c.id = t.commune_key WHERE t.published_at IS NOT NULL AND c.site_status = 'active'${slug ? ' AND c.slug = $1' : ''}`,
      slug ? [slug] : [],
    );
    return Number(row?.count ?? -1);
  };

  it('lists every active commune’s site, without script', async () => {
    const { status, body, headers } = await get('/', PROVINCE);
    expect(status).toBe(200);
    expect(body).toContain('<h1>Trang thông tin điện tử các xã, phường – Tỉnh Lạng Sơn</h1>');
    for (const [name, host] of [
      ['Xã Khánh Khê', KHANH_KHE],
      ['Xã Quốc Tuấn', QUOC_TUAN],
      ['Xã Sơn Giang', 'songiang.hatinh.gov.vn'],
    ]) {
      expect(body).toContain(`<a href="http://${host}:${site.port}/">${name}</a>`);
    }
    expect(scriptsIn(body)).toEqual([]);
    expect(headers['content-security-policy']).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect((await get('/tin-tuc', PROVINCE)).status).toBe(404);
  });

  it('pages the news of every commune in one list, newest first, filterable by commune and category', async () => {
    const all = await api('/api/public/v1/news?pageSize=10');
    expect(all.status).toBe(200);
    expect(all.headers['access-control-allow-origin']).toBe('*');
    expect(all.body.province).toEqual({ name: 'Tỉnh Lạng Sơn', url: `http://${PROVINCE}:${site.port}/` });
    expect(all.body.meta).toEqual({
      page: 1,
      pageSize: 10,
      pageCount: Math.ceil((await published('articles')) / 10),
      total: await published('articles'),
    });
    expect(all.body.links.next).toBe(`http://${PROVINCE}:${site.port}/api/public/v1/news?page=2&pageSize=10`);
    const dates = all.body.data.map((item) => item.publishedAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const second = await api('/api/public/v1/news?pageSize=10&page=2');
    expect(second.body.data.map((item) => item.id)).not.toContain(all.body.data[0]?.id);
    const slugs = new Set([...all.body.data, ...second.body.data].map((item) => item.commune.slug));
    expect(slugs.size).toBeGreaterThanOrEqual(2);
    for (const item of all.body.data) expect(item.url.startsWith(item.commune.url)).toBe(true);

    const quocTuan = await api('/api/public/v1/news?commune=quoc-tuan&pageSize=50');
    expect(quocTuan.body.meta.total).toBe(await published('articles', 'quoc-tuan'));
    expect(new Set(quocTuan.body.data.map((item) => item.commune.slug))).toEqual(new Set(['quoc-tuan']));
    const notices = await api('/api/public/v1/news?commune=khanh-khe&category=thong-bao');
    expect(notices.body.data.length).toBeGreaterThan(0);
    for (const item of notices.body.data) expect([item.commune.slug, item.category?.slug]).toEqual(['khanh-khe', 'thong-bao']);

    const bad = await api(`/api/public/v1/news?commune=${encodeURIComponent('Khánh Khê')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('Tham số commune phải là mã (slug) của một xã, phường, ví dụ khanh-khe.');
  });

  it('lists the documents of every commune, and both feeds', async () => {
    const documents = await api('/api/public/v1/documents?pageSize=5');
    expect(documents.status).toBe(200);
    expect(documents.body.meta.total).toBe(await published('documents'));
    expect(documents.body.data[0]?.numberSymbol).toBeTruthy();
    const news = await get('/rss/tin-tuc.xml', PROVINCE);
    expect(news.status).toBe(200);
    expect(news.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(news.body).toContain('<title>Tin tức các xã, phường – Tỉnh Lạng Sơn</title>');
    const communesInFeed = new Set([...news.body.matchAll(/<title>(Xã [^:<]+): /g)].map((match) => match[1]));
    expect(communesInFeed.size).toBeGreaterThanOrEqual(2);
    const docs = await get('/rss/van-ban.xml', PROVINCE);
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('<title>Văn bản các xã, phường – Tỉnh Lạng Sơn</title>');
  });

  it('shows published content only, and drops a suspended commune within seconds', async () => {
    const title = 'Bản nháp chưa duyệt (kiểm thử cổng tỉnh)';
    const draft = await head.create('api::article.article', {
      title,
      kind: 'tin',
      featured: false,
      summary: 'Nháp',
      commune: { connect: [{ documentId: khanhKhe }] },
    });
    expect(draft.status).toBe(201);
    const khanhKheNews = await api('/api/public/v1/news?commune=khanh-khe&pageSize=50');
    expect(khanhKheNews.body.data.map((item) => item.title)).not.toContain(title);

    const [sonGiang] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'son-giang'");
    expect((await admin.call('POST', `/commune-tenancy/communes-admin/${sonGiang?.document_id}/suspend`)).status).toBe(200);
    await until(PROVINCE, ['/'], (answer) => !answer.body.includes('Xã Sơn Giang'));
    const since = Date.now();
    for (;;) {
      const list = await api('/api/public/v1/news?pageSize=50&commune=son-giang');
      if (list.body.meta.total === 0) break;
      if (Date.now() - since > 10_000) throw new Error('the suspended commune’s news stayed on the province host');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await api('/api/public/v1/news?pageSize=1')).body.meta.total).toBe(await published('articles'));
  });
});
