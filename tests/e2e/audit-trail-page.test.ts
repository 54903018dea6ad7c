/**
 * The admin page *Nhật ký hoạt động* (plugins/audit-trail) in Chromium, in Vietnamese: province
 * IT and a commune admin find it in the main menu and read their rows, filter them and export
 * them to Excel; a board member has no menu link. Set E2E_SCREENSHOTS to a folder to keep a
 * screenshot of the page.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';
import { createCommuneMember } from '../support/uploads';
import { browserLogin } from '../support/admin-login';

const PASSWORD = 'Nhat-Ky-Trang-2026';
const ADMIN_A = 'quan.tri.khanh.khe@nhatky.thu.vn';
const MEMBER_A = 'uy.vien.khanh.khe@nhatky.thu.vn';
const ADMIN_B = 'quan.tri.son.giang@nhatky.thu.vn';

let db: TestDatabase;
let strapi: StrapiInstance;
let browser: Browser;

async function logIn(email: string, password: string): Promise<Page> {
  const newContext = () => browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', acceptDownloads: true });
  const { page } = await browserLogin(newContext, strapi.url, email, password);
  return page;
}

const menuLink = (page: Page) => page.getByRole('link', { name: 'Nhật ký hoạt động', exact: true });

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_audit_trail_page');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  browser = await launchChromium([]);
  const province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const communes = Object.fromEntries(
    (await db.query<{ slug: string; document_id: string }>('SELECT slug, document_id FROM communes')).map((row) => [
      row.slug,
      row.document_id,
    ]),
  );
  await createCommuneMember(province, {
    email: ADMIN_A,
    password: PASSWORD,
    role: 'commune-admin',
    communeDocumentId: communes['khanh-khe'] ?? '',
  });
  await createCommuneMember(province, {
    email: MEMBER_A,
    password: PASSWORD,
    role: 'commune-board-member',
    communeDocumentId: communes['khanh-khe'] ?? '',
  });
  await createCommuneMember(province, {
    email: ADMIN_B,
    password: PASSWORD,
    role: 'commune-admin',
    communeDocumentId: communes['son-giang'] ?? '',
  });
});

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await db?.drop();
});

describe('Nhật ký hoạt động', () => {
  it("province IT opens it from the menu, sees every commune's rows, filters them and exports them", async () => {
    const page = await logIn(SUPER_ADMIN.email, SUPER_ADMIN.password);
    await menuLink(page).first().click();
    await page.getByRole('heading', { name: 'Nhật ký hoạt động', level: 1 }).waitFor();
    const table = page.getByRole('grid');
    // The sign-ins of the set-up above, and the commune admins' memberships in both communes.
    await table
      .getByRole('row', { name: new RegExp(ADMIN_B.replace(/\./g, '\\.')) })
      .first()
      .waitFor();
    await expect(table.textContent()).resolves.toContain('Sơn Giang');
    await expect(table.textContent()).resolves.toContain('Khánh Khê');

    await page.getByLabel('Người thực hiện (mã tài khoản hoặc thư điện tử)').fill(ADMIN_A);
    const filtered = page.waitForResponse(
      (response) => response.url().includes('/audit-trail/entries?') && response.url().includes('person='),
    );
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    expect((await filtered).status()).toBe(200);
    await table
      .getByRole('row', { name: new RegExp(ADMIN_A.replace(/\./g, '\\.')) })
      .first()
      .waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toContain(ADMIN_A);

    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) {
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'nhat-ky-hoat-dong.png'), fullPage: true });
    }

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('nhat-ky-hoat-dong.xlsx');
    await page.context().close();
  });

  it("a commune admin sees the link and only their commune's rows", async () => {
    const page = await logIn(ADMIN_A, PASSWORD);
    await menuLink(page).first().click();
    await page.getByText('Mọi thao tác quản trị và đăng nhập ở xã, phường bạn quản trị.').waitFor();
    const table = page.getByRole('grid');
    await table
      .getByRole('row', { name: /Đăng nhập/ })
      .first()
      .waitFor();
    const text = await table.textContent();
    expect(text).toContain('Khánh Khê');
    expect(text).not.toContain('Sơn Giang');
    expect(text).not.toContain(ADMIN_B);
    await page.context().close();
  });

  it('a board member has no link, and the page tells them they may not read it', async () => {
    const page = await logIn(MEMBER_A, PASSWORD);
    // The menu has loaded (the board's link is everyone's) and has no link to the trail.
    await page.getByRole('link', { name: 'Ban biên tập', exact: true }).first().waitFor();
    expect(await menuLink(page).count()).toBe(0);
    await page.goto(`${strapi.url}/admin/plugins/audit-trail`);
    await page.getByText('Chỉ quản trị tỉnh và quản trị xã được xem nhật ký hoạt động.').waitFor();
    await page.context().close();
  });
});
