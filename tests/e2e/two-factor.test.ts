/**
 * Two-step sign-in in Chromium, as a board head with no IT training goes through it: the first
 * sign-in enrols (the secret read from the text under the QR code, a code, the ten recovery codes
 * acknowledged), then a sign-in with the app's code, then one with a recovery code — which then
 * no longer works. And a required account cannot reach content before enrolling.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { prepareStrapi, startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';
import { browserLogin } from '../support/admin-login';
import { freshCode, rememberSecret } from '../support/two-factor';

// Holds none of the test users' names (the password policy refuses that).
const PASSWORD = 'Mua-Xuan-Lang-Son-2026';
const HEAD = 'truongban.trinhduyet@thu.nghiem.vn';
const NEWCOMER = 'quantri.moi@thu.nghiem.vn';
const MEMBER = 'uyvien.tunguyen@thu.nghiem.vn';

let db: TestDatabase;
let strapi: StrapiInstance;
let browser: Browser;
let recoveryCodes: string[] = [];

/** Set E2E_SCREENSHOTS to a folder to keep pictures of each step. */
async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `two-factor-${name}.png`), fullPage: true });
}

/** A fresh browser (no cookie, no storage): signed out. Opens the login page and submits the password. */
async function passwordStep(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${strapi.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('two-factor-step').waitFor();
  return { context, page };
}

/** Clicks and waits until the admin panel has loaded the signed-in user. */
async function entersAdmin(page: Page, click: () => Promise<void>): Promise<void> {
  const me = page.waitForResponse((response) => response.url().endsWith('/admin/users/me') && response.status() === 200, {
    timeout: 60_000,
  });
  await click();
  await me;
  expect(new URL(page.url()).pathname).not.toContain('/auth/');
}

beforeAll(async () => {
  db = await createTestDatabase('e2e_two_factor');
  strapi = await startStrapi(await prepareStrapi(db.url));
  browser = await launchChromium([]);
  const province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const [email, role] of [
    [HEAD, 'commune-board-head'],
    [NEWCOMER, 'commune-admin'],
    [MEMBER, 'commune-board-member'],
  ] as const) {
    await province.createUser({
      email,
      firstname: 'Thử',
      lastname: 'Trình duyệt',
      password: PASSWORD,
      roleIds: [await province.roleIdByCode(role)],
    });
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await db?.drop();
});

describe('two-step sign-in in the browser', () => {
  it('a board head enrols at first sign-in: QR code, the secret in text, a code, ten recovery codes acknowledged', async () => {
    const { context, page } = await passwordStep(HEAD);
    const step = page.getByTestId('two-factor-step');
    expect(await step.getAttribute('data-step')).toBe('enrol');
    await page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).waitFor();
    const secret = (await page.getByTestId('two-factor-secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    rememberSecret(strapi.url, HEAD, secret);
    await screenshot(page, 'enrol');

    await step.getByLabel('Mã xác thực gồm 6 chữ số').fill('000000');
    await step.getByRole('button', { name: 'Xác nhận' }).click();
    await step.getByText('Mã không đúng.', { exact: false }).waitFor();

    await step.getByLabel('Mã xác thực gồm 6 chữ số').fill(await freshCode(strapi.url, HEAD));
    await step.getByRole('button', { name: 'Xác nhận' }).click();
    const list = page.getByTestId('two-factor-recovery-codes');
    await list.waitFor();
    recoveryCodes = (await list.locator('li').allInnerTexts()).map((code) => code.trim());
    await screenshot(page, 'recovery-codes');
    expect(recoveryCodes).toHaveLength(10);
    const enter = step.getByRole('button', { name: 'Vào trang quản trị' });
    expect(await enter.isDisabled()).toBe(true); // not before "đã lưu"
    await step.getByText('Tôi đã lưu các mã khôi phục').click();
    await entersAdmin(page, () => enter.click());
    await context.close();
  });

  it('signed out, the head signs in again with the code from the app', async () => {
    const { context, page } = await passwordStep(HEAD);
    const step = page.getByTestId('two-factor-step');
    expect(await step.getAttribute('data-step')).toBe('verify');
    await step.getByLabel('Mã xác thực gồm 6 chữ số').fill(await freshCode(strapi.url, HEAD));
    await entersAdmin(page, () => step.getByRole('button', { name: 'Xác nhận' }).click());
    await context.close();
  });

  it('without the phone, a recovery code signs in once; used again it is refused in Vietnamese', async () => {
    const [code] = recoveryCodes;
    if (!code) throw new Error('no recovery code');
    const first = await passwordStep(HEAD);
    const step = first.page.getByTestId('two-factor-step');
    await step.getByRole('button', { name: 'Không có điện thoại? Dùng mã khôi phục' }).click();
    await step.getByLabel('Mã khôi phục').fill(code);
    await entersAdmin(first.page, () => step.getByRole('button', { name: 'Xác nhận' }).click());
    await first.context.close();

    const again = await passwordStep(HEAD);
    const second = again.page.getByTestId('two-factor-step');
    await second.getByRole('button', { name: 'Không có điện thoại? Dùng mã khôi phục' }).click();
    await second.getByLabel('Mã khôi phục').fill(code);
    await second.getByRole('button', { name: 'Xác nhận' }).click();
    await second.getByText('Mã không đúng.', { exact: false }).waitFor();
    await screenshot(again.page, 'recovery-code-refused');
    expect(new URL(again.page.url()).pathname).toContain('/auth/login');
    await again.context.close();
  });

  it('a commune admin who must enrol reaches no content before enrolling', async () => {
    const { context, page } = await passwordStep(NEWCOMER);
    expect(await page.getByTestId('two-factor-step').getAttribute('data-step')).toBe('enrol');
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::article.article`);
    await page.waitForURL((url) => url.pathname.includes('/auth/login'));
    expect(
      await db.query('SELECT 1 FROM two_factor_factors f JOIN admin_users u ON u.id = f.user_id WHERE u.email = $1', [NEWCOMER]),
    ).toEqual([]);
    await context.close();
  });

  it('a board member (not required) turns it on from Settings → Đăng nhập hai bước', async () => {
    const { context, page } = await browserLogin(
      () => browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'vi-VN' }),
      strapi.url,
      MEMBER,
      PASSWORD,
    );
    await page.goto(`${strapi.url}/admin/settings/two-factor`);
    const settings = page.getByTestId('two-factor-settings');
    await settings.getByText('Đăng nhập hai bước chưa bật cho tài khoản của bạn.').waitFor();
    await settings.getByRole('button', { name: 'Bật đăng nhập hai bước' }).click();
    rememberSecret(strapi.url, MEMBER, (await page.getByTestId('two-factor-secret').innerText()).replace(/\s/g, ''));
    await settings.getByLabel('Mã xác thực gồm 6 chữ số').fill(await freshCode(strapi.url, MEMBER));
    await settings.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByTestId('two-factor-recovery-codes').waitFor();
    await screenshot(page, 'settings-codes');
    await settings.getByText('Tôi đã lưu các mã khôi phục').click();
    await settings.getByRole('button', { name: 'Xong' }).click();
    await settings.getByText('Đăng nhập hai bước đang bật cho tài khoản của bạn.').waitFor();
    await settings.getByText('Còn 10 mã khôi phục chưa dùng.').waitFor();
    await screenshot(page, 'settings-on');
    expect(
      await db.query('SELECT 1 FROM two_factor_factors f JOIN admin_users u ON u.id = f.user_id WHERE u.email = $1', [MEMBER]),
    ).toHaveLength(1);
    await context.close();
  });
});
