/**
 * The admin page *Hộp thư người dân* (plugins/citizen-voice) in Chromium at 1366×768, in
 * Vietnamese, on the demo commune Khánh Khê: a board member finds it in the main menu, sees the
 * question past its due date marked in words, opens it, reads the citizen's contact data, assigns
 * it and drafts the answer, landing in the content manager's edit view of the public answer. A
 * contributor of the same commune has no link and is refused by the server (403), and the page
 * says so. axe-core finds nothing on the page, its tabs and the detail. The submissions are
 * written in SQL in place of the demo seed's (the public forms have their own tests): one past
 * due, one nearly due, one on time, one of another commune, a comment on a seeded consultation
 * and two ratings. Set E2E_SCREENSHOTS to a folder to keep screenshots.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { adminViolations } from '../support/admin-axe';
import { axeSource } from '../support/browsers';
import { launchChromium } from '../support/browser';
import { type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';
import { browserLogin } from '../support/admin-login';

const PASSWORD = 'Phan-Anh-Kien-Nghi-2026';
const PEOPLE = {
  head: {
    email: 'truongban.hopthu@khanhkhe.thu.vn',
    firstname: 'Hùng',
    lastname: 'Nguyễn Văn',
    role: 'commune-board-head',
    boardRole: 'head',
  },
  member: {
    email: 'uyvien.hopthu@khanhkhe.thu.vn',
    firstname: 'Mai',
    lastname: 'Trần Thị',
    role: 'commune-board-member',
    boardRole: 'member',
  },
  contributor: {
    email: 'congtacvien.hopthu@khanhkhe.thu.vn',
    firstname: 'Lan',
    lastname: 'Hoàng Thị',
    role: 'commune-contributor',
    boardRole: 'contributor',
  },
} as const;
type Person = keyof typeof PEOPLE;

/** Tracking codes (10 characters of the plugin's alphabet). */
const LATE = 'QUAHAN2345';
const SOON = 'SAPHAN2345';
const ON_TIME = 'CANHAN2345';
const ELSEWHERE = 'XAKHAC2345';
const COMMENT = 'GPYDUTHA23';
const LATE_BODY = 'Đường liên thôn Nà Pàn bị sạt lở sau mưa lớn, xe máy không qua được. Đề nghị xã sớm khắc phục.';
const CITIZEN = { name: 'Hoàng Văn Cường', phone: '0912345678', email: 'cuong.hv@example.vn', address: 'Thôn Nà Pàn' };

let db: TestDatabase;
let strapi: StrapiInstance;
let browser: Browser;
let axe: string;
const users: Partial<Record<Person, number>> = {};
let khanhKhe = { id: 0, documentId: '' };
/** A consultation of the demo seed, which the comment is about. */
let consultation = { documentId: '', title: '' };

async function logIn(who: Person): Promise<Page> {
  const newContext = () => browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  const { page } = await browserLogin(newContext, strapi.url, PEOPLE[who].email, PASSWORD);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `hop-thu-${name}.png`), fullPage: true });
}

const violations = (page: Page): Promise<string[]> => adminViolations(page, axe);

const menuLink = (page: Page) => page.getByRole('link', { name: 'Hộp thư người dân', exact: true });

/** Vietnam's calendar day `offset` days from today (YYYY-MM-DD). */
function vietnamDay(offset: number): string {
  const day = new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000);
  return day.toISOString().slice(0, 10);
}

async function insertQuestion(communeId: number, code: string, dueOn: string, body: string, receivedDaysAgo: number): Promise<void> {
  await db.query(
    `INSERT INTO citizen_questions (commune_id, code, kind, topic, body, full_name, initials, phone, email, address, consent_at, due_on, body_hash, created_at)
     VALUES ($1, $2, 'feedback', 'Giao thông, hạ tầng', $3, $4, 'H.V.C.', $5, $6, $7, now(), $8::date, sha256(convert_to($3, 'UTF8')), now() - make_interval(days => $9))`,
    [communeId, code, body, CITIZEN.name, CITIZEN.phone, CITIZEN.email, CITIZEN.address, dueOn, receivedDaysAgo],
  );
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_citizen_inbox');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  [browser, axe] = await Promise.all([launchChromium([]), axeSource()]);

  const communes = await db.query<{ id: number; slug: string; document_id: string }>(
    "SELECT id, slug, document_id FROM communes WHERE slug IN ('khanh-khe', 'son-giang')",
  );
  const bySlug = Object.fromEntries(communes.map((row) => [row.slug, row]));
  khanhKhe = { id: bySlug['khanh-khe']?.id ?? 0, documentId: bySlug['khanh-khe']?.document_id ?? '' };
  const sonGiang = bySlug['son-giang']?.id ?? 0;

  const province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const who of Object.keys(PEOPLE) as Person[]) {
    const person = PEOPLE[who];
    users[who] = await province.createUser({ ...person, password: PASSWORD, roleIds: [await province.roleIdByCode(person.role)] });
    const membership = await province.call('POST', '/commune-tenancy/memberships', {
      adminUserId: users[who],
      commune: khanhKhe.documentId,
      boardRole: person.boardRole,
      isCommuneAdmin: false,
    });
    expect(membership.status).toBe(200);
  }

  // The demo seed fills the communes' inboxes too: this file writes its own, to count on them.
  await db.query('DELETE FROM citizen_questions');
  await db.query('DELETE FROM consultation_comments');
  await db.query('DELETE FROM page_ratings');
  const [draft] = await db.query<{ document_id: string; title: string }>(
    'SELECT document_id, title FROM consultations WHERE commune_key = $1 AND published_at IS NOT NULL ORDER BY id LIMIT 1',
    [khanhKhe.id],
  );
  if (!draft) throw new Error('the demo seed has no published consultation in Khánh Khê');
  consultation = { documentId: draft.document_id, title: draft.title };
  await insertQuestion(khanhKhe.id, LATE, vietnamDay(-2), LATE_BODY, 25);
  await insertQuestion(khanhKhe.id, SOON, vietnamDay(1), 'Xin hỏi thủ tục đăng ký khai sinh cho con cần những giấy tờ gì?', 20);
  await insertQuestion(khanhKhe.id, ON_TIME, vietnamDay(30), 'Đề nghị xã lắp thêm đèn chiếu sáng ở ngã ba chợ Khánh Khê.', 1);
  await insertQuestion(sonGiang, ELSEWHERE, vietnamDay(-5), 'Câu hỏi gửi xã Sơn Giang, không phải của Khánh Khê.', 30);
  await db.query(
    `INSERT INTO consultation_comments (commune_id, code, consultation_document_id, body, full_name, initials, phone, consent_at, body_hash)
     VALUES ($1, $2, $3, $4, 'Lò Thị Hoa', 'L.T.H.', '0987654321', now(), sha256(convert_to($4, 'UTF8')))`,
    [khanhKhe.id, COMMENT, consultation.documentId, 'Đề nghị bổ sung tuyến đường thôn Bản Chắt vào kế hoạch năm 2027.'],
  );
  await db.query(
    `INSERT INTO page_ratings (commune_id, path, day, visitor_hash, useful, comment)
     VALUES ($1, '/thu-tuc-hanh-chinh', $2::date, sha256('a'::bytea), true, 'Rất rõ ràng'), ($1, '/thu-tuc-hanh-chinh', $2::date, sha256('b'::bytea), false, NULL)`,
    [khanhKhe.id, vietnamDay(0)],
  );
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await strapi?.stop();
  await db?.drop();
});

describe('Hộp thư người dân', () => {
  it('a board member sees the late question marked, reads the contact data, assigns it and drafts the answer', async () => {
    const page = await logIn('member');
    await menuLink(page).first().click();
    await page.getByRole('heading', { name: 'Hộp thư người dân', level: 1 }).waitFor();

    const table = page.getByRole('grid', { name: 'Câu hỏi, phản ánh' });
    const lateRow = table.getByRole('row').filter({ hasText: LATE });
    await lateRow.waitFor();
    // Marked in words, not by colour alone; the other commune's question is not there.
    await expect(lateRow.textContent()).resolves.toContain('Quá hạn');
    await expect(table.getByRole('row').filter({ hasText: SOON }).textContent()).resolves.toContain('Sắp đến hạn');
    expect(await table.getByRole('row').filter({ hasText: ON_TIME }).textContent()).not.toMatch(/Quá hạn|Sắp đến hạn/);
    expect(await table.textContent()).not.toContain(ELSEWHERE);
    await page.getByRole('button', { name: '1 quá hạn' }).waitFor();
    await page.getByRole('button', { name: '1 sắp đến hạn' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'danh-sach');

    // The counter filters the list to the late one.
    await page.getByRole('button', { name: '1 quá hạn' }).click();
    await table.getByRole('row').filter({ hasText: ON_TIME }).waitFor({ state: 'detached' });
    expect(await table.getByRole('row').count()).toBe(2);

    // By keyboard: the code is a button in the grid.
    await lateRow.getByRole('button', { name: `Xem ${LATE}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(LATE_BODY).waitFor();
    for (const value of Object.values(CITIZEN)) await dialog.getByText(value, { exact: true }).waitFor();
    await dialog.getByText('Chỉ Ban biên tập xã được xem; không công khai.').waitFor();
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'chi-tiet');

    // Assign to the head, by name.
    await dialog.getByRole('combobox', { name: 'Phân công cho' }).click();
    await page.getByRole('option', { name: 'Nguyễn Văn Hùng' }).click();
    await dialog.getByRole('button', { name: 'Phân công', exact: true }).click();
    await dialog.getByText('Đã phân công cho Nguyễn Văn Hùng.').waitFor();
    const [assigned] = await db.query<{ status: string; assignee_user_id: number }>(
      'SELECT status, assignee_user_id FROM citizen_questions WHERE code = $1',
      [LATE],
    );
    expect(assigned).toEqual({ status: 'assigned', assignee_user_id: users.head });

    // Drafting the answer opens the public answer's draft in the content manager.
    await dialog.getByRole('button', { name: 'Soạn câu trả lời' }).click();
    await page.waitForURL(/\/content-manager\/collection-types\/api::question-answer\.question-answer\/[a-z0-9]{20,}/, { timeout: 30_000 });
    const documentId = page.url().split('/').pop()?.split('?')[0] ?? '';
    const [question] = await db.query<{ answer_document_id: string | null }>(
      'SELECT answer_document_id FROM citizen_questions WHERE code = $1',
      [LATE],
    );
    expect(question?.answer_document_id).toBe(documentId);
    // The board's side panel takes the draft from here; the form shows the citizen's question.
    await page.getByTestId('editorial-board-panel').waitFor();
    await expect(
      page
        .getByRole('textbox', { name: /^Câu hỏi, phản ánh/ })
        .first()
        .inputValue(),
    ).resolves.toContain('Đường liên thôn Nà Pàn');
    // The tracking code links the answer to the citizen's status page: shown, not editable.
    const tracking = page.getByRole('textbox', { name: /^Mã tra cứu của người hỏi/ });
    await expect(tracking.inputValue()).resolves.toBe(LATE);
    await expect(tracking.isEditable()).resolves.toBe(false);
    await screenshot(page, 'ban-tra-loi');
    await page.context().close();
  });

  it('the head refuses a question with a reason, approves a comment and reads the ratings', async () => {
    const page = await logIn('head');
    await page.goto(`${strapi.url}/admin/plugins/citizen-voice`);
    const table = page.getByRole('grid', { name: 'Câu hỏi, phản ánh' });
    // The search box narrows the list to the question about a birth certificate.
    await table.getByRole('row').filter({ hasText: ON_TIME }).waitFor();
    await page.getByRole('searchbox', { name: /^Tìm kiếm/ }).fill('khai sinh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByText('1 câu hỏi, phản ánh', { exact: true }).waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    await table.getByRole('button', { name: `Xem ${SOON}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Từ chối', exact: true }).click();
    // No reason chosen: the page asks for one and sends nothing.
    await dialog.getByRole('button', { name: 'Xác nhận từ chối' }).click();
    await dialog.getByText('Hãy chọn lý do từ chối.').waitFor();
    await dialog.getByRole('combobox', { name: /^Lý do/ }).click();
    await page.getByRole('option', { name: 'Trùng với câu hỏi đã gửi' }).click();
    await dialog.getByText('Hãy chọn lý do từ chối.').waitFor({ state: 'detached' });
    await dialog.getByRole('textbox', { name: /^Ghi chú/ }).fill('Đã trả lời ở câu hỏi khác.');
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'tu-choi');
    await dialog.getByRole('button', { name: 'Xác nhận từ chối' }).click();
    await dialog.getByText('Đã từ chối.').waitFor();
    expect(await dialog.getByRole('button', { name: /Từ chối|Soạn câu trả lời/ }).count()).toBe(0);
    const [refused] = await db.query<{ status: string; reject_reason: string; reject_note: string }>(
      'SELECT status, reject_reason, reject_note FROM citizen_questions WHERE code = $1',
      [SOON],
    );
    expect(refused).toEqual({ status: 'rejected', reject_reason: 'duplicate', reject_note: 'Đã trả lời ở câu hỏi khác.' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('tab', { name: 'Góp ý dự thảo' }).click();
    await page.getByText('1 góp ý chờ duyệt').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: `Xem góp ý ${COMMENT}` }).click();
    await dialog.getByText('Lò Thị Hoa', { exact: true }).waitFor();
    await dialog.getByText(consultation.title).waitFor();
    await dialog.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await dialog.getByText('Đã duyệt góp ý.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);
    await screenshot(page, 'gop-y');
    const [approved] = await db.query<{ status: string }>('SELECT status FROM consultation_comments WHERE code = $1', [COMMENT]);
    expect(approved?.status).toBe('approved');
    await dialog.getByRole('button', { name: 'Đóng' }).first().click();

    await page.getByRole('tab', { name: 'Đánh giá' }).click();
    const ratings = page.getByRole('grid', { name: 'Đánh giá' });
    const row = ratings.getByRole('row').filter({ hasText: '/thu-tuc-hanh-chinh' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/50 %.*Rất rõ ràng/);
    expect(await violations(page)).toEqual([]);
    await screenshot(page, 'danh-gia');
    await page.context().close();
  });

  it('a contributor has no link, the server refuses the inbox and the page says why', async () => {
    const page = await logIn('contributor');
    // The menu has loaded (the board's link is everyone's) and has no link to the inbox.
    await page.getByRole('link', { name: 'Ban biên tập', exact: true }).first().waitFor();
    expect(await menuLink(page).count()).toBe(0);
    // The address typed by hand: the server refuses the inbox, and the page says why in Vietnamese.
    const [refused] = await Promise.all([
      page.waitForResponse((response) => new URL(response.url()).pathname === '/citizen-voice/inbox'),
      page.goto(`${strapi.url}/admin/plugins/citizen-voice`),
    ]);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).not.toContain(CITIZEN.phone);
    await page.getByRole('alert').filter({ hasText: 'Ban biên tập của xã' }).waitFor();
    expect(await page.getByText(CITIZEN.phone).count()).toBe(0);
    await page.context().close();
  });
});
