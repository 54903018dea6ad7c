/**
 * The admin page *Tổng quan* (plugins/province-dashboard) in Chromium at 1366×768, on the demo
 * data: province IT opens the overview from the main menu, reads the three communes' rows,
 * filters and sorts them, finds the charts' text alternatives, and opens Khánh Khê's dashboard,
 * whose scorecard links to where each section is fixed; Khánh Khê's board head lands on the
 * commune's own dashboard; a contributor has no link. axe-core finds nothing on either page.
 * Set E2E_SCREENSHOTS to a folder to keep screenshots.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { adminViolations } from '../support/admin-axe';
import { browserLogin } from '../support/admin-login';
import { launchChromium } from '../support/browser';
import { axeSource } from '../support/browsers';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';

const PASSWORD = 'Bieu-Do-Hang-Thang-2026';
const PEOPLE = {
  head: {
    email: 'truongban.tongquan@khanhkhe.thu.vn',
    firstname: 'Hùng',
    lastname: 'Nguyễn Văn',
    role: 'commune-board-head',
    boardRole: 'head',
  },
  contributor: {
    email: 'congtacvien.tongquan@khanhkhe.thu.vn',
    firstname: 'Lan',
    lastname: 'Hoàng Thị',
    role: 'commune-contributor',
    boardRole: 'contributor',
  },
} as const;

let db: TestDatabase;
let strapi: StrapiInstance;
let browser: Browser;
let axe: string;

async function logIn(email: string, password: string): Promise<Page> {
  const newContext = () => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  return (await browserLogin(newContext, strapi.url, email, password)).page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `tong-quan-${name}.png`), fullPage: true });
}

const menuLink = (page: Page) => page.getByRole('link', { name: 'Tổng quan', exact: true });

/** Every chart on the page is an image with a label saying what it shows, and its figures as a table. */
async function expectChartAlternatives(page: Page, titles: string[]): Promise<void> {
  const labels = await page
    .locator('main svg[role="img"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThanOrEqual(titles.length);
  for (const label of labels) expect(label).toMatch(/\S{3,}/);
  for (const title of titles) {
    expect(labels.some((label) => label.startsWith(title))).toBe(true);
    await page.locator('main table caption', { hasText: title }).first().waitFor({ state: 'attached' });
  }
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_province_dashboard');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  [browser, axe] = await Promise.all([launchChromium([]), axeSource()]);
  const [khanhKhe] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  // A little of everything the charts draw: visits over the last months, and a first publication.
  await db.query(
    "INSERT INTO site_visits (commune_id, day, visits) SELECT c.id, (now() - (d || ' days')::interval)::date, 20 + d FROM communes c, generate_series(0, 90, 7) AS d ON CONFLICT DO NOTHING",
  );
  const province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const person of Object.values(PEOPLE)) {
    const id = await province.createUser({ ...person, password: PASSWORD, roleIds: [await province.roleIdByCode(person.role)] });
    const membership = await province.call('POST', '/commune-tenancy/memberships', {
      adminUserId: id,
      commune: khanhKhe?.document_id,
      boardRole: person.boardRole,
      isCommuneAdmin: false,
    });
    expect(membership.status).toBe(200);
  }
});

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await db?.drop();
});

describe('Tổng quan', () => {
  it('province IT reads, filters and sorts every commune, then opens one commune', async () => {
    const page = await logIn(SUPER_ADMIN.email, SUPER_ADMIN.password);
    await menuLink(page).first().click();
    await page.getByRole('heading', { name: 'Tổng quan các xã, phường', level: 1 }).waitFor();
    const table = page.locator('main table').filter({ has: page.locator('caption', { hasText: 'Các xã, phường' }) });
    const rows = table.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    await expectChartAlternatives(page, [
      'Lượt truy cập toàn tỉnh theo tháng',
      'Tin, bài, văn bản đăng mỗi tháng',
      'Điểm đầy đủ thông tin bình quân các xã (%)',
    ]);
    expect(await adminViolations(page, axe)).toEqual([]);
    await screenshot(page, 'tinh');

    // Filter by name, accents ignored.
    await page.getByLabel('Tìm xã, phường (tên hoặc mã)').fill('khanh khe');
    await page.getByText('Đang hiện 1/3 xã, phường.').waitFor();
    await page.getByLabel('Tìm xã, phường (tên hoặc mã)').fill('');
    // Sort by the compliance score: a figure sorts highest first, the second press reverses it.
    const header = table.getByRole('columnheader', { name: /Đầy đủ thông tin/ });
    const scores = () => rows.evaluateAll((nodes) => nodes.map((node) => Number((node.children[10]?.textContent ?? '').replace('%', ''))));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const highestFirst = await scores();
    expect(highestFirst).toEqual([...highestFirst].sort((a, b) => b - a));
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(await scores()).toEqual([...highestFirst].reverse());

    await table.getByRole('link', { name: 'Xã Khánh Khê' }).click();
    await page.getByRole('heading', { name: /^Xã Khánh Khê — số liệu ngày/ }).waitFor();
    const scorecard = page.locator('main table').filter({ has: page.getByRole('columnheader', { name: 'Mục thông tin bắt buộc' }) });
    expect(await scorecard.locator('tbody tr').count()).toBe(14);
    await scorecard
      .getByRole('link', { name: /mục Lãnh đạo xã|mục Giới thiệu – Lãnh đạo xã/ })
      .first()
      .waitFor();
    await expectChartAlternatives(page, ['Lượt truy cập 30 ngày qua', 'Lượt truy cập theo tháng', 'Điểm đầy đủ thông tin theo tháng (%)']);
    expect(await adminViolations(page, axe)).toEqual([]);
    await screenshot(page, 'xa');
    await page.getByRole('link', { name: '← Tổng quan toàn tỉnh' }).click();
    await page.getByRole('heading', { name: 'Tổng quan các xã, phường', level: 1 }).waitFor();
  });

  it("a board head lands on the commune's dashboard and a contributor has no link", async () => {
    const head = await logIn(PEOPLE.head.email, PASSWORD);
    await menuLink(head).first().click();
    await head.getByRole('heading', { name: /^Xã Khánh Khê — số liệu ngày/ }).waitFor();
    expect(await head.getByText('Tổng quan toàn tỉnh').count()).toBe(0);
    // The scorecard's link opens the section's list in the content manager.
    const link = head.getByRole('link', { name: /mục Liên hệ$/ });
    await link.click();
    await head.waitForURL(/\/admin\/content-manager\/collection-types\/api::contact\.contact/);

    const contributor = await logIn(PEOPLE.contributor.email, PASSWORD);
    await contributor.getByRole('navigation').first().waitFor();
    expect(await menuLink(contributor).count()).toBe(0);
  });
});
