/**
 * The built Nuxt site in Chromium, against the real Strapi with the demo data: each commune's
 * home page and an article, chosen by the Host header of the commune's own domain.
 */
import { request } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, type StrapiInstance } from '../support/strapi';

const COMMUNES = [
  { host: 'khanhkhe.langson.gov.vn', name: 'Khánh Khê', province: 'Lạng Sơn' },
  { host: 'songiang.hatinh.gov.vn', name: 'Sơn Giang', province: 'Hà Tĩnh' },
];

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let browser: Browser;

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_site');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });
  browser = await launchChromium(COMMUNES.map((commune) => commune.host));
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

/** Opens a page and records every request, to prove nothing leaves the commune's own origin. */
async function open(url: string): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, requested };
}

/** Status of GET / with an arbitrary Host header (fetch would not let us set it). */
function answerForHost(port: number, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host, accept: 'text/html' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

const homeArticleLinks = (page: Page) => page.locator('main a[href^="/tin-tuc/"]:not([href^="/tin-tuc/chuyen-muc"])');

describe.each(COMMUNES)('the site of $name, reached at $host', ({ host, name, province }) => {
  it("shows the commune's home page with its latest news and documents, in Vietnamese", async () => {
    const { page, requested } = await open(`${site.urlFor(host)}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.locator('h1').first().textContent()).resolves.toContain(name);
    await expect(page.locator('header').first().textContent()).resolves.toContain(province);
    // The header names the agency that owns the site, not "a website".
    await expect(page.locator('header').first().textContent()).resolves.toContain(`Ủy ban nhân dân xã ${name}`);
    expect(await homeArticleLinks(page).count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('main a[href^="/van-ban/"]').count()).toBeGreaterThanOrEqual(3);
    const origins = new Set(requested.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([site.urlFor(host)]);
    await page.close();
  });

  it('opens an article from the home page, with its title, cover picture and alt text', async () => {
    const { page } = await open(`${site.urlFor(host)}/`);
    const link = homeArticleLinks(page).first();
    const title = ((await link.textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(10);
    await Promise.all([page.waitForURL(/\/tin-tuc\/[a-z0-9-]+$/), link.click()]);
    // Navigation is client-side: the URL changes before the article has rendered.
    await page.locator('main h1', { hasText: title }).waitFor({ timeout: 15000 });
    const cover = page.locator('main figure img').first();
    expect(((await cover.getAttribute('alt')) ?? '').length).toBeGreaterThan(5);
    const loaded = await cover.evaluate((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0);
    expect(loaded).toBe(true);
    await page.close();
  });
});

describe('each commune sees only its own content', () => {
  it("does not show one commune's articles on the other's home page or article URLs", async () => {
    const [first, second] = COMMUNES;
    if (!first || !second) throw new Error('two communes needed');
    const { page: home } = await open(`${site.urlFor(first.host)}/`);
    const href = await homeArticleLinks(home).first().getAttribute('href');
    const title = ((await homeArticleLinks(home).first().textContent()) ?? '').trim();
    await home.close();
    const { page: other } = await open(`${site.urlFor(second.host)}/`);
    expect(await other.locator('main').textContent()).not.toContain(title);
    await other.close();
    const page = await browser.newPage();
    const response = await page.goto(`${site.urlFor(second.host)}${href}`);
    expect(response?.status()).toBe(404);
    await page.close();
  });

  it('answers a host name no commune owns with the 404 page, in Vietnamese', async () => {
    const answer = await answerForHost(site.port, 'unknown.example.vn');
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('Không tìm thấy trang thông tin điện tử của xã cho tên miền này');
  });
});
