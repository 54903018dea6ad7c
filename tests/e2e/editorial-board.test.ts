/**
 * The editorial board's flow of seed 004 in Chromium, on the demo commune Khánh Khê, pressing the
 * "Ban biên tập" panel's buttons in the real admin panel: a contributor signs in on the login page,
 * writes a news item with a cover photo and sends it to the board in at most ten counted actions
 * (the photo in one pick, its description asked in place, the category and kind defaulted, save
 * and send in one press), then only reads it, told why → the head assigns a member → the member edits and sends → the head returns it with a comment → the
 * member fixes it and sends again → the head approves and publishes → the article is on the
 * commune's public site (Nuxt, reached by its domain) within seconds. Along the way: the built-in
 * Publish button is gone for governed types, the list view has the state column and filter, and
 * the board page counts the queues; its report tab shows the site's visits and opens the printable
 * report (axe finds nothing on it). Leaders (no draft) are the head's: the head's change is in the
 * edit view's change log and on the site, a member only reads them. Every admin screen the walk
 * visits (and the login, registration and media dialogs) shows no English (tests/support/admin-english.ts).
 * Set E2E_SCREENSHOTS to a folder to keep screenshots.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { axeSource } from '../support/browsers';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import type { ReportResponse } from '../../plugins/editorial-board/shared';
import { AdminClient } from '../support/http';
import { startSite, type SiteInstance } from '../support/site';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';
import { browserLogin } from '../support/admin-login';
import { englishOn } from '../support/admin-english';
import sharp from 'sharp';

const HOST = 'khanhkhe.langson.gov.vn';
const PASSWORD = 'Cay-Go-Dau-Nho-2026';
const ARTICLE = 'api::article.article';
/** A 1×1 PNG, enough for the upload dialog to list a file. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const TITLE = 'Xã Khánh Khê ra quân làm đường giao thông nông thôn';
const BODY = 'Sáng 22/11, hơn 200 người dân xã Khánh Khê góp công làm 2 km đường bê tông liên thôn.';
const ALT = 'Người dân đổ bê tông đường liên thôn, xã Khánh Khê';
const PEOPLE = {
  contributor: {
    email: 'congtacvien.e2e@khanhkhe.thu.vn',
    firstname: 'Lan',
    lastname: 'Hoàng Thị',
    role: 'commune-contributor',
    boardRole: 'contributor',
  },
  head: {
    email: 'truongban.e2e@khanhkhe.thu.vn',
    firstname: 'Hùng',
    lastname: 'Nguyễn Văn',
    role: 'commune-board-head',
    boardRole: 'head',
  },
  member: {
    email: 'uyvien.e2e@khanhkhe.thu.vn',
    firstname: 'Mai',
    lastname: 'Trần Thị',
    role: 'commune-board-member',
    boardRole: 'member',
  },
} as const;
type Person = keyof typeof PEOPLE;

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let browser: Browser;
/** One logged-in browser context per person, kept for the whole file (Strapi limits logins). */
const pages: Partial<Record<Person, Page>> = {};
let documentId = '';
let province: AdminClient;
let khanhKheDocumentId = '';
/** The category of Khánh Khê's newest news item: what a new one starts with. */
let expectedCategory = '';

/** The contributor's actions from the login page to "sent to the board" (issue 19: at most 10). */
const actions: string[] = [];
/** One user action: a click, a field typed in, or a file picked in the system's dialog. */
async function act(what: string, step: () => Promise<unknown>): Promise<void> {
  actions.push(what);
  await step();
}

/** A photo-like JPEG (a road between fields), so the cover looks like one in screenshots. */
async function coverPhoto(): Promise<Buffer> {
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="1200" height="360" fill="#9cc9e8"/><rect y="360" width="1200" height="440" fill="#5f9e4a"/>
    <polygon points="520,360 680,360 1000,800 200,800" fill="#b9b4a8"/><circle cx="980" cy="120" r="60" fill="#f4d35e"/></svg>`;
  return sharp(Buffer.from(scene)).jpeg({ quality: 80 }).toBuffer();
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `board-${name}.png`), fullPage: true });
}

async function logIn(email: string): Promise<Page> {
  const { page } = await browserLogin(
    () => browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' }),
    strapi.url,
    email,
    PASSWORD,
  );
  return page;
}

const as = (who: Person): Page => {
  const page = pages[who];
  if (!page) throw new Error(`${who} is not logged in`);
  return page;
};

/** English seen on the walk's screens, `screen → text`, asserted empty by the last test. */
const english: string[] = [];
const screensChecked: string[] = [];

/** Records the English on the screen `page` shows now (see tests/support/admin-english.ts). */
async function checkVietnamese(page: Page, screen: string): Promise<void> {
  screensChecked.push(screen);
  for (const text of await englishOn(page)) english.push(`${screen} → ${text}`);
}

const editUrl = (): string => `${strapi.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}`;

/** The "Ban biên tập" side panel of the edit view. */
const panelOf = (page: Page): Locator => page.getByTestId('editorial-board-panel');

/** Opens the article's edit view and waits for the board panel to show `state`. */
async function openItem(who: Person, state: string): Promise<Locator> {
  const page = as(who);
  await page.goto(editUrl());
  const panel = panelOf(page);
  await panel.locator(`[data-state="${state}"]`).waitFor();
  return panel;
}

/** Presses a board button, fills the dialog and confirms; waits for the new state. */
async function press(who: Person, label: string, next: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  const page = as(who);
  await panelOf(page).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await fill?.(dialog);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await panelOf(page).locator(`[data-state="${next}"]`).waitFor();
}

/** Edits the summary in the form and saves, as an editor does. */
async function editSummary(who: Person, summary: string): Promise<void> {
  const page = as(who);
  const field = page.getByRole('textbox', { name: /^Tóm tắt/ });
  await field.fill(summary);
  // Unsaved changes: the panel asks to save first and its buttons wait.
  await panelOf(page).getByText('Bạn có thay đổi chưa lưu', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await panelOf(page).getByText('Bạn có thay đổi chưa lưu', { exact: false }).waitFor({ state: 'detached' });
}

/** Status of a public page, opened in Chromium at the commune's own domain. */
async function publicStatus(reader: Page, url: string): Promise<number> {
  return (await reader.goto(url))?.status() ?? 0;
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_editorial_board');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken() });
  browser = await launchChromium([HOST]);

  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  khanhKheDocumentId = commune?.document_id ?? '';
  for (const person of Object.values(PEOPLE)) {
    const userId = await province.createUser({ ...person, password: PASSWORD, roleIds: [await province.roleIdByCode(person.role)] });
    const membership = await province.call('POST', '/commune-tenancy/memberships', {
      adminUserId: userId,
      commune: commune?.document_id,
      boardRole: person.boardRole,
      isCommuneAdmin: false,
    });
    expect(membership.status).toBe(200);
  }
  // The contributor signs in on the login page, inside the walk, where the actions are counted.
  for (const who of ['head', 'member'] as const) pages[who] = await logIn(PEOPLE[who].email);
  // Make one categorised news item of Khánh Khê the newest, so the default category is known.
  const [newest] = await db.query<{ category: string }>(
    `WITH chosen AS (
       SELECT a.document_id FROM articles a
         JOIN articles_category_lnk al ON al.article_id = a.id
         JOIN articles_commune_lnk ac ON ac.article_id = a.id
         JOIN communes co ON co.id = ac.commune_id AND co.slug = 'khanh-khe'
        ORDER BY a.id LIMIT 1),
     bumped AS (UPDATE articles SET created_at = now() WHERE document_id IN (SELECT document_id FROM chosen) RETURNING id)
     SELECT c.name AS category FROM bumped b JOIN articles_category_lnk al ON al.article_id = b.id JOIN categories c ON c.id = al.category_id LIMIT 1`,
  );
  expectedCategory = newest?.category ?? '';
  expect(expectedCategory).not.toBe('');
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

describe('the editorial board in the admin panel', () => {
  it('walks an article from a contributor to the public site by the board panel’s buttons', async () => {
    // The contributor, from the login page to "sent to the board", every action counted.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const writer = await context.newPage();
    pages.contributor = writer;
    await writer.goto(`${strapi.url}/admin/auth/login`);
    await act('gõ thư điện tử', () => writer.locator('input[name="email"]').fill(PEOPLE.contributor.email));
    await act('gõ mật khẩu', () => writer.locator('input[name="password"]').fill(PASSWORD));
    await screenshot(writer, 'w1-login');
    await act('bấm Đăng nhập', () => writer.locator('button[type="submit"]').click());
    const write = writer.getByRole('link', { name: 'Viết tin mới' });
    await write.waitFor();
    await checkVietnamese(writer, 'contributor: home');
    await screenshot(writer, 'w2-home');
    await act('bấm Viết tin mới', () => write.click());

    // A new item: the panel offers to send it at once; the built-in Publish is gone for governed types.
    const newPanel = panelOf(writer);
    await newPanel.locator('[data-action="submit"]').waitFor();
    expect(await newPanel.getByRole('button').allTextContents()).toEqual(['Gửi Ban biên tập']);
    expect(await writer.getByRole('button', { name: /^(Xuất bản|Publish)$/ }).count()).toBe(0);
    // Defaults: the kind "Tin ngắn" (a word, not the stored "tin"), the category last used in the
    // commune, the switch "Không / Có" (not "Sai / Đúng").
    await expect(writer.getByRole('combobox', { name: /^Loại/ }).textContent()).resolves.toContain('Tin ngắn');
    await writer.getByText(expectedCategory, { exact: true }).first().waitFor();
    expect(await writer.getByText(/^(Sai|Đúng)$/).count()).toBe(0);
    await writer.getByText('Không', { exact: true }).first().waitFor();
    // The commune by its name, read-only: no raw id, nothing to remove.
    const communeField = writer.getByRole('textbox', { name: /^Xã, phường/ });
    await writer.waitForFunction(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('input[readonly]')).some((input) => input.value === 'Xã Khánh Khê'),
    );
    await expect(communeField.inputValue()).resolves.toBe('Xã Khánh Khê');
    await expect(communeField.getAttribute('readonly')).resolves.not.toBeNull();
    await checkVietnamese(writer, 'contributor: new article');

    await act('gõ tiêu đề', () => writer.getByRole('textbox', { name: /^Tiêu đề/ }).fill(TITLE));
    await act('gõ nội dung', async () => {
      await writer.locator('[role="textbox"][contenteditable="true"]').first().click();
      await writer.keyboard.type(BODY);
    });
    await screenshot(writer, 'w3-new-item');

    // The cover photo: one pick, uploaded at once; its description is asked right there, focused.
    const chooser = writer.waitForEvent('filechooser');
    await act('chọn ảnh bìa', async () => {
      await writer.getByRole('button', { name: 'Chọn ảnh từ máy' }).click();
      await (await chooser).setFiles({ name: 'ra-quan-lam-duong.jpg', mimeType: 'image/jpeg', buffer: await coverPhoto() });
    });
    const alt = writer.getByRole('textbox', { name: /^Mô tả ảnh/ });
    await alt.waitFor();
    await expect(alt.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await act('gõ mô tả ảnh', () => alt.fill(ALT));
    await checkVietnamese(writer, 'contributor: cover photo');
    await screenshot(writer, 'w4-cover-photo');

    // One press saves and sends; the dialog says what happens and takes an optional note.
    await act('bấm Gửi Ban biên tập', () => newPanel.getByRole('button', { name: 'Gửi Ban biên tập', exact: true }).click());
    const sendDialog = writer.getByRole('dialog');
    await sendDialog.waitFor();
    await checkVietnamese(writer, 'contributor: send dialog');
    await screenshot(writer, 'w5-send-dialog');
    await act('xác nhận gửi', () => sendDialog.getByRole('button', { name: 'Gửi Ban biên tập', exact: true }).click());
    await writer.waitForURL(/\/collection-types\/api::article\.article\/[a-z0-9]{20,}/);
    documentId = /\/([a-z0-9]{20,})(?:\?|$)/.exec(writer.url())?.[1] ?? '';
    expect(documentId).not.toBe('');
    await panelOf(writer).locator('[data-state="submitted"]').waitFor();
    // Sent: the contributor only reads it now, is told why, and cannot save what they type.
    await panelOf(writer).getByText('Tin, bài đã gửi Ban biên tập nên bạn chỉ xem được.', { exact: false }).waitFor();
    await writer.getByRole('textbox', { name: /^Tiêu đề/ }).fill(`${TITLE} (sửa thêm)`);
    await expect(writer.getByRole('button', { name: 'Lưu', exact: true }).isDisabled()).resolves.toBe(true);
    await writer.getByRole('textbox', { name: /^Tiêu đề/ }).fill(TITLE);
    await checkVietnamese(writer, 'contributor: sent');
    await screenshot(writer, 'w6-sent');
    console.log(`Contributor, login page to "sent to the board": ${actions.length} actions (${actions.join(' → ')}).`);
    expect(actions.length).toBeLessThanOrEqual(10);
    // What was sent is what was typed and chosen, with the defaults.
    const [sent] = await db.query<{ kind: string; category: string | null; alt: string | null; image: string | null }>(
      `SELECT a.kind, c.name AS category, f.alt, m.name AS image
         FROM articles a
         LEFT JOIN articles_category_lnk al ON al.article_id = a.id
         LEFT JOIN categories c ON c.id = al.category_id
         LEFT JOIN articles_cmps ac ON ac.entity_id = a.id AND ac.field = 'cover'
         LEFT JOIN components_media_figures f ON f.id = ac.cmp_id
         LEFT JOIN files_related_mph fr ON fr.related_id = f.id AND fr.related_type = 'media.figure' AND fr.field = 'image'
         LEFT JOIN files m ON m.id = fr.file_id
        WHERE a.document_id = $1 AND a.published_at IS NULL`,
      [documentId],
    );
    expect(sent).toEqual({ kind: 'tin', category: expectedCategory, alt: ALT, image: 'ra-quan-lam-duong.jpg' });

    // The head assigns the member.
    let panel = await openItem('head', 'submitted');
    await checkVietnamese(as('head'), 'head: submitted article');
    expect(
      await as('head')
        .getByRole('button', { name: /^(Xuất bản|Publish)$/ })
        .count(),
    ).toBe(0);
    await press('head', 'Phân công biên tập', 'editing', async (dialog) => {
      await dialog.getByRole('combobox', { name: 'Giao cho' }).click();
      await as('head')
        .getByRole('option', { name: /Trần Thị Mai/ })
        .click();
      await screenshot(as('head'), 'w7-head-assign');
    });
    await panel
      .getByText(/Trần Thị Mai/)
      .first()
      .waitFor();

    // The member edits (saving first) and sends it to the head.
    await openItem('member', 'editing');
    await checkVietnamese(as('member'), 'member: article to edit');
    await editSummary('member', 'Sáng 22/11, hơn 200 người dân xã Khánh Khê góp công làm 2 km đường bê tông liên thôn.');
    await screenshot(as('member'), 'w8-member-send');
    await press('member', 'Gửi trưởng ban duyệt', 'in_review');

    // The head returns it: a comment is required, and the dialog says so.
    panel = await openItem('head', 'in_review');
    await panel.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const dialog = as('head').getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await dialog.getByRole('alert').getByText('Hãy ghi ý kiến', { exact: false }).waitFor();
    await checkVietnamese(as('head'), 'head: return dialog');
    await dialog.getByRole('textbox', { name: /Ý kiến/ }).fill('Bổ sung ảnh buổi ra quân và tên thôn.');
    await screenshot(as('head'), '2-head-returns');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await panel.locator('[data-state="returned"]').waitFor();

    // The member sees the comment in the timeline, fixes the text and sends it again.
    panel = await openItem('member', 'returned');
    await panel.getByText('Bổ sung ảnh buổi ra quân và tên thôn.').waitFor();
    await screenshot(as('member'), 'returned-comment');
    await editSummary('member', 'Sáng 22/11, hơn 200 người dân thôn Nà Lầu và Bản Chu, xã Khánh Khê góp công làm 2 km đường bê tông.');
    await press('member', 'Gửi trưởng ban duyệt', 'in_review');

    // Nothing is public yet.
    const [slugRow] = await db.query<{ slug: string }>('SELECT slug FROM articles WHERE document_id = $1 LIMIT 1', [documentId]);
    const publicUrl = `${site.urlFor(HOST)}/tin-tuc/${slugRow?.slug ?? ''}`;
    const reader = await browser.newPage();
    expect(await publicStatus(reader, publicUrl)).toBe(404);

    // The head approves and publishes in one step.
    panel = await openItem('head', 'in_review');
    await press('head', 'Duyệt', 'published', async (dialog) => {
      await dialog.getByRole('checkbox', { name: 'Đăng lên trang ngay sau khi duyệt' }).click();
      await screenshot(as('head'), 'w9-approve-dialog');
    });
    const publishedAt = Date.now();
    await panel.getByText('Đang đăng trên trang').waitFor();
    await checkVietnamese(as('head'), 'head: published article');
    await screenshot(as('head'), '3-head-published');

    // The public site shows it within seconds (the BFF does not cache a page that was not found).
    let status = 0;
    while (Date.now() - publishedAt < 10000) {
      status = await publicStatus(reader, publicUrl);
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
    await expect(reader.locator('h1').first().textContent()).resolves.toContain(TITLE);
    await expect(reader.locator('main').textContent()).resolves.toContain('Nà Lầu');
    // The cover photo the contributor chose, described as they wrote.
    await expect(reader.locator(`main img[alt="${ALT}"]`).count()).resolves.toBeGreaterThan(0);
    await screenshot(reader, 'w10-public-page');
    console.log(`Published article visible on the public site ${((Date.now() - publishedAt) / 1000).toFixed(1)} s after approval.`);
    await reader.close();

    // Every step is in the event log, with the head's comment.
    const events = await db.query<{ action: string; comment: string | null }>(
      'SELECT e.action, e.comment FROM editorial_events e WHERE e.target_document_id = $1 ORDER BY e.id',
      [documentId],
    );
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['submit', 'assign', 'send', 'return', 'send', 'approve', 'publish']),
    );
    expect(events.find((event) => event.action === 'return')?.comment).toBe('Bổ sung ảnh buổi ra quân và tên thôn.');

    // The report figures of the day are those of this walk: one tin received, returned once and
    // published (the seed's imports are not the board's work and do not count).
    const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    const report = await province.call<ReportResponse>(
      'GET',
      `/editorial-board/reports?from=${today}&to=${today}&commune=${khanhKheDocumentId}`,
    );
    expect(report.status).toBe(200);
    const figures = report.body.data.communes[0]?.figures;
    expect(figures?.byKind.tin).toMatchObject({ received: 1, published: 1, returnedItems: 1, returns: 1, rejected: 0 });
    expect(figures?.total).toMatchObject({ received: 1, published: 1, returnedItems: 1, returns: 1, rejected: 0 });
    const returns = events.filter((event) => event.action === 'return').length;
    expect(figures?.total.returns).toBe(returns);
  });

  it('shows the approval state as a list column and filters the list by it', async () => {
    const page = as('head');
    // Searched by title: the demo data fills the first pages.
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/${ARTICLE}?page=1&_q=${encodeURIComponent(TITLE)}`);
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await row.locator('[data-state="published"]').waitFor();
    await page.getByRole('gridcell', { name: 'Trạng thái duyệt', exact: true }).first().waitFor();
    // Choices read as words in the list too: the kind is "Tin ngắn", not the stored "tin".
    await row.getByRole('gridcell', { name: 'Tin ngắn', exact: true }).waitFor();
    await checkVietnamese(page, 'head: article list');
    await page.getByRole('combobox', { name: 'Lọc theo trạng thái duyệt' }).click();
    await page.getByRole('option', { name: 'Đã đăng', exact: true }).click();
    await page.waitForURL(/documentId/);
    await row.locator('[data-state="published"]').waitFor();
    await screenshot(page, '4-list-filtered');
    // Bulk actions on a governed type: delete stays, publish and unpublish are gone.
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Xóa', exact: true }).waitFor();
    await checkVietnamese(page, 'head: article list, a row selected');
    expect(await page.getByRole('button', { name: /^(Xuất bản|Gỡ xuất bản|Publish|Unpublish)$/ }).count()).toBe(0);
    await row.getByRole('checkbox').uncheck();
    // Seed content is published too; a state with nothing in it empties the list.
    await page.getByRole('combobox', { name: 'Lọc theo trạng thái duyệt' }).click();
    await page.getByRole('option', { name: 'Bị từ chối', exact: true }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('counts the queues on the board page and links each item to its edit view', async () => {
    const page = as('head');
    await page.goto(`${strapi.url}/admin/plugins/editorial-board`);
    await page.getByRole('heading', { name: 'Ban biên tập', level: 1 }).waitFor();
    await page.getByRole('tab', { name: /Đã đăng gần đây/ }).click();
    const link = page.getByRole('link', { name: TITLE });
    await link.waitFor();
    await checkVietnamese(page, 'head: board page');
    await screenshot(page, '5-board-page');
    // The report figures live in their own tab of the same page, with the site's visits: last
    // year's are in the total only; this year's are those of the walk's public page views.
    const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    const lastYearsEnd = `${Number(today.slice(0, 4)) - 1}-12-31`;
    await db.query(
      `INSERT INTO site_visits (commune_id, day, visits) SELECT id, $1::date, 1000 FROM communes WHERE slug = 'khanh-khe'
       ON CONFLICT (commune_id, day) DO UPDATE SET visits = site_visits.visits + 1000`,
      [lastYearsEnd],
    );
    const [counted] = await db.query<{ year: string; total: string }>(
      `SELECT coalesce(sum(v.visits) FILTER (WHERE v.day > $1::date), 0) AS year, coalesce(sum(v.visits), 0) AS total
       FROM site_visits v JOIN communes c ON c.id = v.commune_id WHERE c.slug = 'khanh-khe'`,
      [lastYearsEnd],
    );
    const count = (value: string | undefined): string => new Intl.NumberFormat('vi-VN').format(Number(value));
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await page.getByRole('button', { name: 'Xuất Excel' }).waitFor();
    await page
      .locator('[data-visits="total"]')
      .filter({ hasText: count(counted?.total) })
      .waitFor();
    await expect(page.locator('[data-visits="year"]').textContent()).resolves.toBe(count(counted?.year));
    await checkVietnamese(page, 'head: board reports');
    await screenshot(page, '6-board-reports');

    // "In báo cáo" opens the report in the shape of seed 003 on a page of its own, for A4.
    const [printed] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'In báo cáo' }).click()]);
    await printed.getByRole('heading', { level: 1, name: /^BÁO CÁO/ }).waitFor();
    const text = (await printed.locator('main').textContent()) ?? '';
    expect(text).toContain('XÃ KHÁNH KHÊ');
    expect(text).toContain('đã đăng tải được 1 tin, bài (1 tin, 0 bài)');
    expect(text).toContain(`Nâng tổng số lên ${count(counted?.total)} lượt`);
    expect(text).toContain('TRƯỞNG BAN BIÊN TẬP');
    // The page's own style applies (the admin's CSP lets the written page keep it).
    await expect(printed.locator('main').evaluate((main) => getComputedStyle(main).fontFamily)).resolves.toContain('Times New Roman');
    await printed.evaluate(await axeSource());
    const violations = await printed.evaluate(async () => {
      const { axe } = window as unknown as {
        axe: { run(context: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };
      };
      return (await axe.run(document)).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html.slice(0, 120)).join(' | ')}`,
      );
    });
    expect(violations).toEqual([]);
    await screenshot(printed, '6b-printable-report');
    await Promise.all([printed.waitForEvent('close'), printed.getByRole('button', { name: 'Đóng' }).click()]);
    await page.getByRole('tab', { name: /Đã đăng gần đây/ }).click();
    await Promise.all([page.waitForURL(new RegExp(`/collection-types/api::article\\.article/${documentId}`)), link.click()]);
    await panelOf(page).locator('[data-state="published"]').waitFor();
  });

  it('lets the head change a leader, logs it in the edit view, shows it on the site; a member only reads', async () => {
    const [leader] = await db.query<{ document_id: string }>(
      "SELECT o.document_id FROM officials o JOIN communes c ON c.id = o.commune_key WHERE c.slug = 'khanh-khe' ORDER BY o.id LIMIT 1",
    );
    const leaderUrl = `${strapi.url}/admin/content-manager/collection-types/api::official.official/${leader?.document_id ?? ''}`;
    const position = 'Chủ tịch UBND xã (kiêm nhiệm)';

    // A member sees the leader, cannot edit it, and reads who may.
    const member = as('member');
    await member.goto(leaderUrl);
    const memberLog = member.getByTestId('editorial-board-changes');
    await memberLog.getByText('Chỉ Trưởng ban biên tập hoặc Quản trị xã được thay đổi mục này', { exact: false }).waitFor();
    await expect(
      member
        .getByRole('textbox', { name: /^Chức vụ/ })
        .first()
        .isDisabled(),
    ).resolves.toBe(true);
    await checkVietnamese(member, 'member: leader, read only');

    // The head changes the position and the change log of the edit view shows it, with who.
    const head = as('head');
    await head.goto(leaderUrl);
    await head
      .getByRole('textbox', { name: /^Chức vụ/ })
      .first()
      .fill(position);
    await head.getByRole('button', { name: 'Lưu', exact: true }).click();
    await head.getByText('Đã lưu', { exact: false }).first().waitFor();
    const headLog = head.getByTestId('editorial-board-changes');
    await headLog.getByText(`→ ${position}`, { exact: false }).waitFor();
    await headLog
      .getByText(/Nguyễn Văn Hùng/)
      .first()
      .waitFor();
    await checkVietnamese(head, 'head: leader after saving');
    await screenshot(head, '7-leader-change-log');

    // The leaders page of the public site shows it within seconds.
    const reader = await browser.newPage();
    const changedAt = Date.now();
    let shown = false;
    while (!shown && Date.now() - changedAt < 10000) {
      expect(await publicStatus(reader, `${site.urlFor(HOST)}/gioi-thieu/lanh-dao`)).toBe(200);
      shown = ((await reader.locator('main').textContent()) ?? '').includes(position);
      if (!shown) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(shown).toBe(true);
    await reader.close();
  });

  it('shows the login and registration pages in Vietnamese, in the product’s name, without Strapi’s newsletter', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${strapi.url}/admin/auth/login`);
    await page.getByRole('heading', { name: 'Trang thông tin điện tử xã, phường' }).waitFor();
    await page.locator('input[name="email"]').waitFor();
    await checkVietnamese(page, 'login page');
    await screenshot(page, '0-login');

    // Province IT adds a person; the link they send opens the registration form.
    const invited = await province.call<{ data: { registrationToken: string } }>('POST', '/admin/users', {
      email: 'moi.e2e@khanhkhe.thu.vn',
      firstname: 'Bình',
      lastname: 'Lê Văn',
      roles: [await province.roleIdByCode('commune-contributor')],
    });
    expect(invited.status).toBe(201);
    await page.goto(`${strapi.url}/admin/auth/register?registrationToken=${invited.body.data.registrationToken}`);
    await page.locator('input[name="confirmPassword"]').waitFor();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('input[name="firstname"]')?.value === 'Bình');
    // Strapi's newsletter box, with its links to Strapi's terms, is not there for anyone.
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(
      page.locator('a[href^="https://strapi.io"]').evaluateAll((links) => links.filter((link) => link.checkVisibility()).length),
    ).resolves.toBe(0);
    await checkVietnamese(page, 'registration page');
    await screenshot(page, '0-registration');
    await context.close();
  });

  it('shows the media dialog of an edit view in Vietnamese, from the library to the files waiting to upload', async () => {
    // A tab of its own: the unsaved cover is dropped with it, and the contributor's page stays as it was.
    const page = await as('contributor').context().newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/${ARTICLE}/create`);
    await page.getByText('Chưa có mục nào. Bấm để thêm.').first().click();
    await page.getByText('Bấm để thêm tệp, hoặc kéo thả tệp vào ô này').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Thêm tệp khác' }).waitFor();
    await checkVietnamese(page, 'media dialog: library');
    await dialog.getByRole('button', { name: 'Thêm tệp khác' }).click();
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'anh-ra-quan.png', mimeType: 'image/png', buffer: TINY_PNG });
    await dialog.getByRole('button', { name: 'Tải 1 tệp lên thư viện' }).waitFor();
    await checkVietnamese(page, 'media dialog: files to upload');
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await screenshot(page, '8-media-dialog');
    await page.close();
  });

  it('shows province IT the users and roles settings in Vietnamese, and lets them pick a new item’s commune by name', async () => {
    const { context, page } = await browserLogin(
      () => browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' }),
      strapi.url,
      SUPER_ADMIN.email,
      SUPER_ADMIN.password,
    );
    await page.goto(`${strapi.url}/admin/content-manager/collection-types/${ARTICLE}/create`);
    const commune = page.getByRole('combobox', { name: /^Xã, phường/ });
    await commune.click();
    await commune.pressSequentially('Khánh');
    await page.getByRole('option', { name: 'Xã Khánh Khê' }).click();
    await expect(commune.inputValue()).resolves.toBe('Xã Khánh Khê');
    await checkVietnamese(page, 'province IT: new article');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${strapi.url}/admin/settings/users`);
    await page.getByRole('row', { name: new RegExp(PEOPLE.head.email) }).waitFor();
    await checkVietnamese(page, 'province IT: users');
    await page.goto(`${strapi.url}/admin/settings/roles`);
    await page.getByRole('row').nth(2).waitFor();
    await checkVietnamese(page, 'province IT: roles');
    await screenshot(page, '9-settings-roles');
    await context.close();
  });

  it('shows no English on any admin screen it visited', () => {
    expect(screensChecked.length).toBeGreaterThanOrEqual(18);
    expect(english).toEqual([]);
  });
});
