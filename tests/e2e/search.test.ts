/**
 * The site's search pages in Chromium with JavaScript turned off, against the real Strapi with the
 * demo data (the seed rebuilds the search index): what a citizen on an old phone gets. Forms are
 * submitted by the browser itself, so every step is a plain GET of a server-rendered page. Last,
 * the documents on a 360 × 740 phone: results without sideways scrolling and before the advanced
 * fields, and a document page that fetches its PDF only when the reader asks for it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { axeSource } from '../support/browsers';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, type StrapiInstance } from '../support/strapi';

const KHANH_KHE = 'khanhkhe.langson.gov.vn';
const SON_GIANG = 'songiang.hatinh.gov.vn';

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_search');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });
  browser = await launchChromium([KHANH_KHE, SON_GIANG]);
  context = await browser.newContext({ javaScriptEnabled: false });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

async function open(url: string, status = 200, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status()).toBe(status);
  return page;
}

/** Submits a form the way a browser without JavaScript does, and waits for the next page. */
async function submit(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('button', { name: button }).click()]);
}

const hitTitles = (page: Page) => page.locator('.search-hit__title a').allTextContents();
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

describe('site-wide search without JavaScript', () => {
  it('searches “van ban” from the header box of Khánh Khê and shows only Khánh Khê’s results', async () => {
    // What Sơn Giang finds for the same words, to prove none of it leaks into Khánh Khê's page.
    const other = await open(`${site.urlFor(SON_GIANG)}/tim-kiem?q=van+ban`);
    const otherTitles = (await hitTitles(other)).map((title) => title.trim()).filter((title) => title.includes('Sơn Giang'));
    expect(otherTitles.length).toBeGreaterThan(0);
    await other.close();

    const page = await open(`${site.urlFor(KHANH_KHE)}/`);
    await page.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).fill('van ban');
    await submit(page, 'Tìm kiếm');

    const url = new URL(page.url());
    expect(url.pathname).toBe('/tim-kiem');
    expect(url.searchParams.get('q')).toBe('van ban');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('h1').textContent()).toBe('Tìm kiếm');
    expect(await page.locator('.search-page__count').textContent()).toMatch(/Tìm thấy \d+ kết quả cho “van ban”/);

    const titles = await hitTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    // Accent-insensitive: the highlighted words are the accented ones of the text.
    const marks = (await page.locator('.search-snippet mark').allTextContents()).map((mark) => mark.toLowerCase());
    expect(marks.some((mark) => mark === 'văn' || mark === 'bản' || mark === 'văn bản')).toBe(true);
    const text = await mainText(page);
    expect(text).not.toContain('Sơn Giang');
    for (const title of otherTitles) expect(text).not.toContain(title);
    await page.close();
  });

  it('offers “Có phải bạn muốn tìm” for a typo and follows it to the corrected search', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/tim-kiem?q=quyet+dihn`);
    const suggestion = page.locator('a.search-page__did-you-mean');
    expect(await page.locator('main').textContent()).toContain('Có phải bạn muốn tìm');
    expect((await suggestion.textContent())?.trim()).toBe('quyet dinh');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), suggestion.click()]);

    expect(new URL(page.url()).searchParams.get('q')).toBe('quyet dinh');
    expect(await page.locator('.search-page__count').textContent()).toMatch(/Tìm thấy \d+ kết quả cho “quyet dinh”/);
    expect(await page.locator('a.search-page__did-you-mean').count()).toBe(0);
    expect((await hitTitles(page)).some((title) => title.includes('Quyết định'))).toBe(true);
    await page.close();
  });

  it('narrows to one kind of content and links articles to their page', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/tim-kiem?q=khanh+khe&loai=tin-bai`);
    const badges = await page.locator('.search-hit .badge').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges.map((badge) => badge.trim()))).toEqual(new Set(['Tin bài']));
    const href = await page.locator('.search-hit__title a').first().getAttribute('href');
    expect(href).toMatch(/^\/tin-tuc\/[a-z0-9-]+$/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('.search-hit__title a').first().click()]);
    expect(new URL(page.url()).pathname).toBe(href);
    expect(await page.locator('main h1').count()).toBe(1);
    await page.close();
  });

  it('says in Vietnamese when nothing matches and when the query is refused', async () => {
    const empty = await open(`${site.urlFor(KHANH_KHE)}/tim-kiem?q=zzqxw`);
    expect(await mainText(empty)).toContain('Không tìm thấy kết quả nào cho “zzqxw”');
    await empty.close();

    const refused = await open(`${site.urlFor(KHANH_KHE)}/tim-kiem?q=van+ban&loai=video`, 400);
    expect(await refused.locator('.search-page__error').textContent()).toBe('Loại nội dung không hợp lệ.');
    await refused.close();
  });
});

describe('document search without JavaScript', () => {
  it('lists the commune’s documents with facet counts in the selects, and pages through them', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/van-ban`);
    expect(await page.locator('h1').textContent()).toBe('Văn bản chỉ đạo điều hành');
    const count = (await page.locator('.search-page__count').textContent()) ?? '';
    const total = Number(/Có (\d+) văn bản/.exec(count)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('.document-table tbody tr').count()).toBe(20);
    const typeOptions = await page.getByLabel('Loại văn bản').locator('option').allTextContents();
    expect(typeOptions).toContain('Tất cả');
    expect(typeOptions.some((option) => /^Quyết định \(\d+\)$/.test(option.trim()))).toBe(true);
    expect(await mainText(page)).not.toContain('Sơn Giang');

    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.getByRole('link', { name: 'Trang sau' }).click()]);
    expect(new URL(page.url()).searchParams.get('trang')).toBe('2');
    expect(await page.locator('.document-table tbody tr').count()).toBe(total - 20);
    await page.close();
  });

  it('filters by a facet (loại văn bản) and by words, keeping the choices in the form', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/van-ban`);
    // The selects wait behind "Tìm nâng cao": the browser opens the <details> itself.
    await page.locator('summary', { hasText: 'Tìm nâng cao' }).click();
    const select = page.getByLabel('Loại văn bản');
    const option = (await select.locator('option').allTextContents()).find((text) => text.trim().startsWith('Quyết định ('));
    const expected = Number(/\((\d+)\)/.exec(option ?? '')?.[1]);
    expect(expected).toBeGreaterThan(1);
    await select.selectOption('Quyết định');
    await submit(page, 'Tìm văn bản');

    expect(new URL(page.url()).searchParams.get('loai')).toBe('Quyết định');
    expect(await page.locator('.search-page__count').textContent()).toContain(`Tìm thấy ${expected} văn bản`);
    const types = await page.locator('.document-table__type').allTextContents();
    expect(types).toHaveLength(expected);
    expect(new Set(types)).toEqual(new Set(['Quyết định']));
    expect(await page.getByLabel('Loại văn bản').inputValue()).toBe('Quyết định');
    for (const status of await page.locator('.document-table__status').allTextContents()) {
      expect(['Còn hiệu lực', 'Chưa có hiệu lực', 'Hết hiệu lực']).toContain(status.trim());
    }

    // Words without diacritics on top of the facet: fewer rows, all still decisions.
    await page.getByLabel('Từ khóa trong trích yếu, nội dung').fill('thong tin dien tu');
    await submit(page, 'Tìm văn bản');
    const narrowed = await page.locator('.document-table__type').allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(expected);
    expect(new Set(narrowed)).toEqual(new Set(['Quyết định']));
    await page.close();
  });

  it('finds a document by its number and symbol, or by its number alone', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/van-ban?so=${encodeURIComponent('42/2022/NĐ-CP')}`);
    const numbers = await page.locator('.document-table__number a').allTextContents();
    expect(numbers.map((number) => number.trim())).toEqual(['42/2022/NĐ-CP']);
    await page.close();
    // Citizens often remember only the number.
    const byNumber = await open(`${site.urlFor(KHANH_KHE)}/van-ban?so=120`);
    expect((await byNumber.locator('.document-table__number a').allTextContents()).map((number) => number.trim())).toEqual(['120/KH-UBND']);
    await byNumber.close();
  });

  it('answers an impossible date with a 400 and the reason in Vietnamese', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/van-ban?tu-ngay=2026-02-30`, 400);
    expect(await page.locator('.search-page__error').textContent()).toContain('“Từ ngày” không hợp lệ');
    await page.close();
  });
});

describe('documents on a 360 px phone', () => {
  const PHONE = { width: 360, height: 740 };
  /** Scripts on: axe-core is evaluated by the driver (the site itself ships none, its CSP runs none). */
  let phone: BrowserContext;
  let axe: string;

  beforeAll(async () => {
    phone = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    axe = await axeSource();
  });

  afterAll(async () => {
    await phone?.close();
  });

  async function violations(page: Page): Promise<string[]> {
    await page.evaluate(axe);
    return page.evaluate(async () => {
      type Violation = { id: string; help: string; nodes: Array<{ target: unknown[] }> };
      const { axe: runner } = window as unknown as { axe: { run(context: Document): Promise<{ violations: Violation[] }> } };
      const { violations: found } = await runner.run(document);
      return found.map(
        (violation) =>
          `${violation.id}: ${violation.help} — ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    });
  }

  /** What a phone shows of /van-ban: the layout facts the checks below need. */
  const layout = (page: Page) =>
    page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect() ?? null;
      const firstResult = box('.document-table tbody tr');
      const typeSelect = document.querySelector('#van-ban-loai');
      const details = document.querySelector('details.search-form__advanced');
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        innerWidth: window.innerWidth,
        // From the top of the page's own content: above it the demo commune shows its header and an
        // urgent notice (about 600 px at 360 px wide), which every page has, not this one's doing.
        firstResultTop: firstResult ? firstResult.top - (box('main')?.top ?? 0) : null,
        firstResultRight: firstResult?.right ?? null,
        open: details instanceof HTMLDetailsElement ? details.open : null,
        // A closed <details> renders none of its fields (Chromium lays them out but skips them).
        typeSelectShown: typeSelect?.checkVisibility() ?? false,
        keywordShown: document.querySelector('#van-ban-q')?.checkVisibility() ?? false,
        headerRowShown: (document.querySelector('.document-table thead')?.getBoundingClientRect().height ?? 0) > 1,
        // The column's name shown before each cell of a card (its ::before), when the cell is shown.
        labels: Array.from(document.querySelectorAll('.document-table tbody tr:first-child td'), (cell) =>
          cell.getClientRects().length > 0 && getComputedStyle(cell, '::before').content !== 'none'
            ? (cell as HTMLElement).dataset.label
            : null,
        ),
      };
    });

  it('shows the results first, as cards with their labels, with the advanced fields closed', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/van-ban`, 200, phone);
    try {
      const facts = await layout(page);
      expect(facts.innerWidth).toBe(PHONE.width);
      expect(facts.overflow).toBeLessThanOrEqual(0);
      expect(facts.firstResultRight).toBeLessThanOrEqual(PHONE.width);
      // Above the fold: once past the site's header, the first screen shows a document, not the form.
      expect(facts.firstResultTop).not.toBeNull();
      expect(facts.firstResultTop).toBeLessThan(PHONE.height);
      expect(facts.open).toBe(false);
      expect(facts.keywordShown).toBe(true);
      expect(facts.typeSelectShown).toBe(false);
      // Each card names its fields (the header row is hidden on a phone).
      expect(facts.headerRowShown).toBe(false);
      expect(facts.labels).toEqual(['Ngày ban hành', 'Trích yếu', 'Hiệu lực']);
      expect(await page.locator('summary', { hasText: 'Tìm nâng cao' }).count()).toBe(1);
      expect(await violations(page)).toEqual([]);

      // Opening "Tìm nâng cao" (no script: the browser's own <details>) shows the fields.
      await page.locator('summary', { hasText: 'Tìm nâng cao' }).click();
      expect((await layout(page)).typeSelectShown).toBe(true);
      expect((await layout(page)).overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });

  it('opens “Tìm nâng cao” when an advanced filter is in use, and keeps the results readable', async () => {
    const page = await open(`${site.urlFor(KHANH_KHE)}/van-ban?q=quyet+dinh&loai=${encodeURIComponent('Quyết định')}`, 200, phone);
    try {
      const facts = await layout(page);
      expect(facts.open).toBe(true);
      expect(facts.typeSelectShown).toBe(true);
      expect(await page.getByLabel('Loại văn bản').inputValue()).toBe('Quyết định');
      expect(await page.locator('summary.search-form__advanced-toggle').textContent()).toContain('đang áp dụng 1 điều kiện');
      expect(facts.overflow).toBeLessThanOrEqual(0);
      expect(await page.locator('.document-table tbody tr').count()).toBeGreaterThan(0);
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
    // Keywords alone are not an advanced filter: the <details> stays closed.
    const keywords = await open(`${site.urlFor(KHANH_KHE)}/van-ban?q=quyet+dinh`, 200, phone);
    try {
      expect((await layout(keywords)).open).toBe(false);
      expect(await keywords.getByLabel('Từ khóa trong trích yếu, nội dung').inputValue()).toBe('quyet dinh');
    } finally {
      await keywords.close();
    }
  });

  it('loads no PDF with a document page, and links to the file with its size', async () => {
    const [row] = await db.query<{ document_id: string }>(
      `SELECT d.document_id FROM documents d JOIN communes c ON c.id = d.commune_key
       WHERE c.slug = 'khanh-khe' AND d.number_symbol = '47/QĐ-UBND' AND d.published_at IS NOT NULL`,
    );
    if (!row) throw new Error('the demo seed has no published 47/QĐ-UBND in Khánh Khê');
    const page = await phone.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    try {
      const response = await page.goto(`${site.urlFor(KHANH_KHE)}/van-ban/${row.document_id}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      // Time for anything lazy (an <object>, a viewer frame) to start its request.
      await page.waitForTimeout(1000);
      const link = page.locator('a.pdf-open__link');
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/uploads\/.+\.pdf$/);
      expect(((await link.textContent()) ?? '').trim()).toMatch(/^Xem văn bản \(PDF, \d+(,\d)? (KB|MB)\)$/);
      expect(requested.filter((url) => new URL(url).pathname.endsWith('.pdf'))).toEqual([]);
      expect(await page.locator('object, embed, iframe').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await violations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
