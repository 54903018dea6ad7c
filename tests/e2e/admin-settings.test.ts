/**
 * The admin panel in Chromium, in Vietnamese: province IT's Settings → Xã, phường page (the
 * communes table, a commune's members, an invitation whose link is shown once, adding a commune), and the commune
 * switcher in the content manager for a user of two communes. Set E2E_SCREENSHOTS to a folder to
 * keep screenshots of both.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient } from '../support/http';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';
import { browserLogin } from '../support/admin-login';
import { englishOn } from '../support/admin-english';

const PASSWORD = 'Thu-Nghiem-2026';
const STAFF = 'can.bo.huyen@thu.nghiem.vn';

let db: TestDatabase;
let strapi: StrapiInstance;
let browser: Browser;

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** A user of Khánh Khê and Sơn Giang, invited by province IT and registered with the link. */
async function createStaffOfTwoCommunes(): Promise<void> {
  const province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const communes = await db.query<{ document_id: string; slug: string }>(
    "SELECT document_id, slug FROM communes WHERE slug IN ('khanh-khe', 'son-giang') ORDER BY slug",
  );
  let inviteUrl: string | null = null;
  for (const commune of communes) {
    const response = await province.call<{ data: { inviteUrl: string | null } }>('POST', '/commune-tenancy/invitations', {
      email: STAFF,
      firstname: 'Huyện',
      lastname: 'Cán bộ',
      commune: commune.document_id,
      boardRole: 'contributor',
    });
    expect(response.status).toBe(201);
    inviteUrl ??= response.body.data.inviteUrl;
  }
  const registrationToken = new URL(inviteUrl ?? '').searchParams.get('registrationToken');
  const registered = await fetch(`${strapi.url}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken, userInfo: { firstname: 'Huyện', lastname: 'Cán bộ', password: PASSWORD } }),
  });
  expect(registered.status).toBe(200);
}

async function logIn(email: string, password: string): Promise<Page> {
  const { page } = await browserLogin(
    () => browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' }),
    strapi.url,
    email,
    password,
  );
  return page;
}

/** Strapi's home widgets (and their Vietnamese translations) are replaced by "Việc của bạn". */
async function assertNoStrapiWidgets(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Việc của bạn' }).waitFor();
  expect(await page.locator('[data-strapi-widget-id]').count()).toBe(1); // Strapi marks every home widget
  // Nor Strapi's banner about its media library, whose button opens Strapi's English blog.
  expect(await page.locator('a[href^="https://strapi.io/"]:visible').count()).toBe(0);
  const text = await page.locator('#main-content').innerText();
  for (const strapiWidget of ['Last edited', 'Last published', 'Project statistics', 'Thống kê dự án', 'Chỉnh sửa gần đây', 'Profile']) {
    expect({ strapiWidget, shown: text.includes(strapiWidget) }).toEqual({ strapiWidget, shown: false });
  }
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_admin_settings');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  browser = await launchChromium([]);
  await createStaffOfTwoCommunes();
});

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await db?.drop();
});

describe('Settings → Xã, phường', () => {
  it('shows province IT every commune in Vietnamese, a commune’s members, and an invitation link once', async () => {
    const page = await logIn(SUPER_ADMIN.email, SUPER_ADMIN.password);
    await page.goto(`${strapi.url}/admin/settings/commune-tenancy`);
    // The design system's tables are keyboard-navigable grids, named by their caption.
    const table = page.getByRole('grid', { name: 'Danh sách xã, phường' });
    await expect(table.getByRole('row', { name: /Khánh Khê/ }).textContent()).resolves.toContain('Đang hoạt động');
    for (const header of ['Tên', 'Mã', 'Tên miền', 'Trạng thái', 'Thành viên']) {
      await table.getByRole('gridcell', { name: header, exact: true }).first().waitFor();
    }
    expect(await table.getByRole('row').count()).toBe(4); // header + three demo communes

    await page.getByRole('button', { name: /Xem thành viên của .*Khánh Khê/ }).click();
    await page.getByRole('heading', { name: /Thành viên của .*Khánh Khê/ }).waitFor();
    await page.getByRole('button', { name: 'Mời thành viên' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Thư điện tử').fill('phong.vien@thu.nghiem.vn');
    await dialog.getByLabel('Họ và tên đệm').fill('Trần Văn');
    await dialog.getByRole('textbox', { name: /^Tên/ }).fill('Bình'); // the label reads “Tên*” (required)
    await dialog.getByRole('button', { name: 'Mời', exact: true }).click();

    const link = page.getByRole('dialog').getByLabel('Liên kết kích hoạt');
    await expect(link.inputValue()).resolves.toMatch(/\/admin\/auth\/register\?registrationToken=[0-9a-f]{40}$/);
    await screenshot(page, 'settings-invitation-link');
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).first().click();
    const members = page.getByRole('grid', { name: /Thành viên Ban biên tập của .*Khánh Khê/ });
    await expect(members.getByRole('row', { name: /phong\.vien@thu\.nghiem\.vn/ }).textContent()).resolves.toContain('Chờ kích hoạt');
    await screenshot(page, 'settings-communes');
    await page.context().close();
  });

  it('lets province IT add a commune with a form: refusals listed in place, then the links shown once', async () => {
    const page = await logIn(SUPER_ADMIN.email, SUPER_ADMIN.password);
    // Province IT's home leads to the province overview and to the communes' settings.
    await page.getByRole('link', { name: 'Tổng quan toàn tỉnh' }).waitFor();
    await assertNoStrapiWidgets(page);
    await screenshot(page, 'home-province-it');
    await page.getByRole('link', { name: 'Quản lý xã, phường và tài khoản' }).click();
    await page.getByRole('button', { name: 'Thêm xã, phường' }).click();
    const form = page.getByRole('dialog').getByRole('form', { name: 'Thêm xã, phường' });
    await form.getByRole('textbox', { name: /^Tên xã, phường/ }).fill('Xã Tân Lập');
    await form.getByRole('textbox', { name: /^Mã đơn vị hành chính/ }).fill('0630');
    await form.getByRole('textbox', { name: /^Tên miền\*?$/ }).fill('tanlap.langson.gov.vn');
    await form.getByRole('button', { name: 'Thêm xã, phường' }).click();
    // The demo communes are in three provinces, and the code is short: both named, nothing typed lost.
    const refusal = form.getByRole('alert');
    await expect(refusal.textContent()).resolves.toContain('mã đơn vị hành chính “0630” phải gồm 5 chữ số');
    await expect(refusal.textContent()).resolves.toContain('thiếu tỉnh, thành phố (ô “Tỉnh, thành phố”)');
    await expect(form.getByRole('textbox', { name: /^Tên xã, phường/ }).inputValue()).resolves.toBe('Xã Tân Lập');
    await screenshot(page, 'settings-add-commune-refused');

    await form.getByRole('textbox', { name: /^Mã đơn vị hành chính/ }).fill('06301');
    await form.getByRole('textbox', { name: /^Tỉnh, thành phố/ }).fill('Lạng Sơn');
    await form.getByRole('textbox', { name: 'Thư của trưởng ban' }).fill('truongban.tanlap@thu.nghiem.vn');
    await form.getByRole('button', { name: 'Thêm xã, phường' }).click();

    const done = page.getByRole('dialog', { name: 'Đã thêm Xã Tân Lập' });
    await expect(done.getByLabel('Liên kết kích hoạt của truongban.tanlap@thu.nghiem.vn').inputValue()).resolves.toMatch(
      /\/admin\/auth\/register\?registrationToken=[0-9a-f]{40}$/,
    );
    expect(await done.getByRole('textbox', { name: /^Liên kết kích hoạt của / }).count()).toBe(5);
    await expect(done.textContent()).resolves.toContain('6 trang giới thiệu (bản nháp)');
    await screenshot(page, 'settings-add-commune-done');
    await done.getByRole('button', { name: 'Đóng' }).first().click();
    const table = page.getByRole('grid', { name: 'Danh sách xã, phường' });
    await expect(table.getByRole('row', { name: /Tân Lập/ }).textContent()).resolves.toContain('tanlap.langson.gov.vn');
    expect(await db.query("SELECT 1 FROM communes WHERE code = '06301'")).toHaveLength(1);
    await page.context().close();
  });
});

describe('the commune switcher', () => {
  it('asks a user of two communes to choose, in the content manager, and remembers the choice', async () => {
    const page = await logIn(STAFF, PASSWORD);
    // The home page shows a contributor's work, not Strapi's widgets; "Viết tin mới" opens the form.
    const work = page.getByRole('region', { name: 'Việc của bạn' });
    await page.getByText('Việc chờ bạn', { exact: true }).waitFor();
    await expect(work.textContent()).resolves.toContain('Xã Khánh Khê, Xã Sơn Giang');
    await assertNoStrapiWidgets(page);
    await screenshot(page, 'home-contributor');
    await page.getByRole('link', { name: 'Viết tin mới' }).click();
    await page.waitForURL(/\/content-manager\/collection-types\/api::article\.article\/create/);
    await page.getByText('Tài khoản thuộc nhiều xã: hãy chọn xã đang làm việc', { exact: false }).waitFor();
    await screenshot(page, 'switcher-unselected');
    await page.getByRole('combobox', { name: 'Xã đang làm việc' }).click();
    await page.getByRole('option', { name: /Sơn Giang/ }).click();
    await page.getByText('Nội dung và tệp mới được lưu vào xã này.').waitFor();
    await screenshot(page, 'switcher-selected');
    const selected = await db.query<{ slug: string }>(
      `SELECT c.slug FROM commune_memberships m JOIN commune_memberships_commune_lnk l ON l.membership_id = m.id JOIN communes c ON c.id = l.commune_id
        JOIN admin_users u ON u.id = m.admin_user_id WHERE u.email = $1 AND m.selected`,
      [STAFF],
    );
    expect(selected.map((row) => row.slug)).toEqual(['son-giang']);
    await page.context().close();
  });
});

describe('Quy tắc an toàn', () => {
  it('shows every signed-in user the security rules from docs/, in Vietnamese, from the menu', async () => {
    const page = await logIn(STAFF, PASSWORD);
    await page.getByRole('link', { name: 'Quy tắc an toàn' }).click();
    await page.waitForURL(/\/admin\/quy-tac-an-toan$/);
    await page.getByRole('heading', { level: 1, name: 'Quy tắc an toàn khi quản trị trang thông tin điện tử của xã, phường' }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual([
      '1. Tài khoản',
      '2. Mật khẩu',
      '3. Đăng nhập hai bước',
      '4. Máy tính dùng chung',
      '5. Thư, tin nhắn và tệp đáng ngờ',
      '6. Khi nghi tài khoản bị lộ',
      '7. Gọi ai',
      'Liên hệ bộ phận CNTT của tỉnh',
    ]);
    // Bold and code are rendered, never shown as Markdown marks.
    await expect(page.locator('main strong', { hasText: 'ít nhất 12 ký tự' }).count()).resolves.toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\*\*|`/);
    // Built without STRAPI_ADMIN_SECURITY_CONTACT: the page says so rather than showing nothing.
    await expect(page.getByTestId('security-contact').innerText()).resolves.toContain('Chưa ghi số liên hệ');
    await screenshot(page, 'security-rules');
    await page.context().close();
  });
});

describe('Hướng dẫn', () => {
  it('shows a signed-in user the illustrated guide for each role, in Vietnamese, from the menu', async () => {
    const page = await logIn(STAFF, PASSWORD);
    await page.getByRole('link', { name: 'Hướng dẫn' }).click();
    await page.waitForURL(/\/admin\/huong-dan$/);
    await page.getByRole('heading', { level: 2, name: 'Hướng dẫn cho Cộng tác viên' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Viết một tin có ảnh' }).waitFor();
    // Built (npm run guide) or not, the page says which: the PDFs' links, or a note for province IT.
    await page
      .getByTestId('guide-not-built')
      .or(page.getByRole('link', { name: 'Tải bản in (PDF)' }))
      .waitFor();
    const picture = page.locator('main figure img').first();
    if ((await picture.count()) > 0) {
      // Same-origin pictures pass the admin's Content-Security-Policy (img-src 'self') and load.
      await picture.scrollIntoViewIfNeeded();
      await expect(picture.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBeGreaterThan(0);
    }
    expect(await englishOn(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Trưởng ban biên tập' }).click();
    await page.getByRole('heading', { level: 2, name: 'Hướng dẫn cho Trưởng ban biên tập' }).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\*\*|!\[/);
    await screenshot(page, 'huong-dan');
    await page.context().close();
  });
});

/** The labels each law section's form must show (cms/src/bootstrap/admin-labels.ts), a few per type. */
const SECTION_FORMS: Array<{ uid: string; labels: string[] }> = [
  {
    uid: 'api::plan.plan',
    labels: [
      'Tên chiến lược, chương trình, quy hoạch, kế hoạch',
      'Loại',
      'Từ năm',
      'Tình trạng',
      'Văn bản phê duyệt',
      'Báo cáo kết quả thực hiện',
    ],
  },
  {
    uid: 'api::investment-project.investment-project',
    labels: ['Tên dự án, chương trình', 'Chủ đầu tư', 'Tổng mức đầu tư (đồng)', 'Nguồn vốn', 'Tiến độ thực hiện (theo ngày)'],
  },
  { uid: 'api::bidding-notice.bidding-notice', labels: ['Loại thông tin', 'Tên gói thầu', 'Ngày đăng tải', 'Nhà thầu trúng thầu'] },
  { uid: 'api::budget-report.budget-report', labels: ['Năm ngân sách', 'Loại báo cáo', 'Ngày công khai', 'Bảng số liệu thu, chi'] },
  {
    uid: 'api::statistic.statistic',
    labels: ['Lĩnh vực', 'Kỳ số liệu (ví dụ: Năm 2025)', 'Bảng số liệu', 'Vẽ biểu đồ cột từ bảng số liệu'],
  },
  { uid: 'api::work-schedule.work-schedule', labels: ['Ngày thứ Hai của tuần', 'Các nội dung trong tuần'] },
  {
    uid: 'api::info-access.info-access',
    labels: ['Đầu mối tiếp nhận yêu cầu cung cấp thông tin', 'Cách thức yêu cầu cung cấp thông tin', 'Mẫu phiếu yêu cầu (tải về)'],
  },
  { uid: 'api::urgent-notice.urgent-notice', labels: ['Nội dung thông báo', 'Mức độ', 'Hiển thị đến'] },
];

describe('the law sections’ forms', () => {
  const CONTRIBUTOR = 'cong.tac.vien.congkhai@thu.nghiem.vn';

  beforeAll(async () => {
    const province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
    const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
    const userId = await province.createUser({
      email: CONTRIBUTOR,
      firstname: 'Lan',
      lastname: 'Nguyễn Thị',
      password: PASSWORD,
      roleIds: [await province.roleIdByCode('commune-contributor')],
    });
    const membership = await province.call('POST', '/commune-tenancy/memberships', {
      adminUserId: userId,
      commune: commune?.document_id,
      boardRole: 'contributor',
      isCommuneAdmin: false,
    });
    expect(membership.status).toBe(200);
  });

  it('shows a contributor every section’s form in Vietnamese, and saves a plan written in it', async () => {
    const page = await logIn(CONTRIBUTOR, PASSWORD);
    for (const { uid, labels } of SECTION_FORMS) {
      await page.goto(`${strapi.url}/admin/content-manager/collection-types/${uid}/create`);
      // A required field's label ends with an asterisk, a relation's with its count, in the same element.
      const exactly = (label: string) => new RegExp(`^${label.replace(/[()]/g, '\\$&')}(\\*|\\s*\\(\\d+\\))?\\s*$`);
      for (const label of labels) await page.getByText(exactly(label)).first().waitFor();
      await screenshot(page, `form-${uid.split('.')[1] ?? uid}`);
    }

    await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::plan.plan/create`);
    await page.getByRole('textbox', { name: /^Tên chiến lược/ }).fill('Kế hoạch chuyển đổi số xã năm 2027');
    await page.getByLabel(/^Từ năm/).fill('2027');
    await page.getByRole('textbox', { name: /^Tóm tắt nội dung/ }).fill('Đưa 100% hồ sơ thủ tục hành chính của xã lên môi trường điện tử.');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu', { exact: false }).first().waitFor();
    const saved = await db.query<{ period_start: number; published_at: string | null }>(
      'SELECT period_start, published_at FROM plans WHERE title = $1',
      ['Kế hoạch chuyển đổi số xã năm 2027'],
    );
    expect(saved).toEqual([{ period_start: 2027, published_at: null }]);
    await page.context().close();
  });
});
