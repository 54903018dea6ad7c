/**
 * The password dialog of sensitive actions, in the built admin panel in Chromium: once the
 * sign-in is more than 10 minutes old (rewound in SQL), a request that creates an account is
 * refused with 403 PasswordConfirmationRequired; the panel asks for the password in Vietnamese,
 * a wrong one is refused in the dialog, the right one sends the request again and it succeeds.
 * Cancelling hands the 403 to the caller.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { prepareStrapi, startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';
import { browserLogin } from '../support/admin-login';

let db: TestDatabase;
let strapi: StrapiInstance;
let browser: Browser;
let page: Page;
let contributorRole = 0;

/** Calls the admin API from the page, as the panel's fetch client does (token from its cookie). */
function createAccountFromPage(email: string): Promise<number> {
  return page.evaluate(
    async ({ email: address, role }) => {
      const token = decodeURIComponent(
        document.cookie
          .split('; ')
          .find((entry) => entry.startsWith('jwtToken='))
          ?.slice('jwtToken='.length) ?? '',
      );
      const response = await fetch('/admin/users', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: address, firstname: 'Mới', lastname: 'Tạo', roles: [role] }),
      });
      return response.status;
    },
    { email, role: contributorRole },
  );
}

const rewind = () => db.query("UPDATE account_security_confirmations SET confirmed_at = confirmed_at - interval '11 minutes'");

beforeAll(async () => {
  db = await createTestDatabase('e2e_password_confirmation');
  const setup = await prepareStrapi(db.url);
  setup.env.PASSWORD_CONFIRMATION_MINUTES = '10';
  strapi = await startStrapi(setup);
  const [role] = await db.query<{ id: number }>("SELECT id FROM admin_roles WHERE code = 'commune-contributor'");
  contributorRole = role?.id ?? 0;
  browser = await launchChromium([]);
  // Signing in (password, then the enrolment of the second step) counts as a fresh confirmation.
  ({ page } = await browserLogin(
    () => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' }),
    strapi.url,
    SUPER_ADMIN.email,
    SUPER_ADMIN.password,
  ));
});

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await db?.drop();
});

describe('sensitive actions in the admin panel', () => {
  it('right after signing in, no password is asked', async () => {
    expect(await createAccountFromPage('moi.1@hop.thoai.vn')).toBe(201);
    expect(await page.locator('dialog[open]').count()).toBe(0);
  });

  it('later, the panel asks for the password, refuses a wrong one, and retries the action with the right one', async () => {
    await rewind();
    const status = createAccountFromPage('moi.2@hop.thoai.vn');
    const dialog = page.getByRole('dialog', { name: 'Xác nhận mật khẩu' });
    await dialog.waitFor();
    await dialog.getByLabel('Mật khẩu').fill('Sai-Mat-Khau-2026');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForFunction(() => document.querySelector('dialog [role="alert"]')?.textContent === 'Mật khẩu không đúng.');
    await dialog.getByLabel('Mật khẩu').fill(SUPER_ADMIN.password);
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    expect(await status).toBe(201);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await db.query("SELECT 1 FROM admin_users WHERE email = 'moi.2@hop.thoai.vn'")).toHaveLength(1);
  });

  it('cancelling gives the page the refusal, and nothing is created', async () => {
    await rewind();
    const status = createAccountFromPage('moi.3@hop.thoai.vn');
    const dialog = page.getByRole('dialog', { name: 'Xác nhận mật khẩu' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    expect(await status).toBe(403);
    expect(await db.query("SELECT 1 FROM admin_users WHERE email = 'moi.3@hop.thoai.vn'")).toHaveLength(0);
  });
});
