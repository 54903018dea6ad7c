/**
 * Citizens' voice on the built site, driven without JavaScript in Debian's Chromium (a context
 * with `javaScriptEnabled: false`) and Firefox ESR, against the real
 * Strapi and PostgreSQL: a citizen asks a question through the form and gets a tracking code;
 * refused input (empty, bad phone, script, oversized, honeypot) is said beside the fields with
 * everything typed kept and nothing stored; the board drafts the answer, the head approves and
 * publishes it; the status page says "Đã trả lời" and links it, and the public answer shows the
 * asker's initials and none of their contact data; a consultation takes a comment that shows
 * with initials once approved; a rating counts once per visitor and day; axe-core finds nothing
 * on the new pages, a refused form included. One Strapi, one site, one browser of each kind.
 *
 * Chromium and the HTTP requests speak from addresses of their own (X-Forwarded-For through the
 * site's trusted loopback proxy), as citizens do, so one's refusals do not bring another the
 * challenge; Firefox ESR (no extra headers in its BiDi) speaks from 127.0.0.1.
 *
 * Firefox ESR keeps `javascript.enabled`: puppeteer's BiDi driver finds and fills fields with
 * script in the page's realm, which that preference stops. No page script runs there anyway:
 * the HTML carries no script (asserted on every form) and the CSP says `script-src 'none'`
 * (asserted), so the forms are exactly as a browser without JavaScript uses them.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Browser as PlaywrightBrowser, BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { todayInVietnam, type AnswerDraft, type RatingFigures } from '../../plugins/citizen-voice/shared';
import { press } from '../support/board';
import { launchChromium } from '../support/browser';
import { axeSource, FIREFOX_PATH, type BrowserName } from '../support/browsers';
import { type TestDatabase } from '../support/database';
import { AdminClient, type JsonResponse } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startSite, type SiteInstance } from '../support/site';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const HOST = 'khanhkhe.langson.gov.vn';
const PASSWORD = 'Tieng-Noi-Cong-Dan-2026';
const QA = 'api::question-answer.question-answer';
const CONSULTATION = 'api::consultation.consultation';
const BROWSERS: BrowserName[] = ['Chromium', 'Firefox ESR'];
/** The minimum fill time is 3 s from the form token: a person needs that long. */
const FILL_MS = 3300;

/** What each browser's citizen types: their own name and contacts, none of which may become public. */
const CITIZENS: Record<
  BrowserName,
  { fullName: string; phone: string; email: string; address: string; address4: string; ratePath: string }
> = {
  Chromium: {
    fullName: 'Hoàng Thị Bích Ngọc',
    phone: '0912 345 678',
    email: 'bich.ngoc.hoang@example.vn',
    address: 'Số nhà 17, ngõ Hoa Mai',
    address4: '203.0.113.11',
    ratePath: '/thu-tuc-hanh-chinh/dang-ky-khai-sinh',
  },
  'Firefox ESR': {
    fullName: 'Lương Văn Tuấn',
    phone: '0987 111 222',
    email: 'tuan.luong@example.vn',
    address: 'Số nhà 5, tổ dân cư Cầu Gỗ',
    // (Firefox ESR cannot send X-Forwarded-For: this is the address the site sees from it.)
    address4: '127.0.0.1',
    ratePath: '/quy-hoach-ke-hoach/quy-hoach-chung-xay-dung-xa-2021-2030',
  },
};
const INITIALS: Record<BrowserName, string> = { Chromium: 'H.T.B.N.', 'Firefox ESR': 'L.V.T.' };

let db: TestDatabase;
let strapi: StrapiInstance;
let site: SiteInstance;
let province: AdminClient;
let chromium: PlaywrightBrowser;
let firefox: PuppeteerBrowser;
let axe: string;
let communeDocumentId = '';
let consultationSlug = '';
const people: Record<string, AdminClient> = {};
const ids: Record<string, number> = {};
const codes: Partial<Record<BrowserName, string>> = {};

const as = (who: string): AdminClient => {
  const user = people[who];
  if (!user) throw new Error(`no user ${who}`);
  return user;
};

const expectStatus = (response: JsonResponse<unknown>, status: number): void => {
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body).slice(0, 400)}`);
};

const url = (path: string): string => `${site.urlFor(HOST)}${path}`;
const count = async (table: 'citizen_questions' | 'consultation_comments'): Promise<number> =>
  Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n ?? 0);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/* ---------- one small driver over both browsers, JavaScript off ---------- */

interface Tab {
  goto(path: string): Promise<number>;
  fill(selector: string, value: string): Promise<void>;
  check(selector: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Clicks a submit button and waits for the page it leads to; the final status. */
  submit(selector: string): Promise<number>;
  value(selector: string): Promise<string>;
  checked(selector: string): Promise<boolean>;
  text(selector: string): Promise<string>;
  html(): Promise<string>;
  currentUrl(): string;
  /** axe-core's violations (its script is injected by the driver: the page itself runs none). */
  axe(): Promise<string[]>;
  close(): Promise<void>;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

async function runAxe(): Promise<string[]> {
  const { axe: runner } = window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } };
  const { violations } = await runner.run(document);
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

async function chromiumTab(address: string): Promise<Tab> {
  const context: BrowserContext = await chromium.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page: PlaywrightPage = await context.newPage();
  const status = (response: { status(): number } | null): number => response?.status() ?? 0;
  return {
    goto: async (path) => status(await page.goto(url(path), { waitUntil: 'load' })),
    fill: (selector, value) => page.fill(selector, value),
    check: (selector) => page.check(selector),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    submit: async (selector) => {
      const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
      return status(response);
    },
    value: (selector) => page.inputValue(selector),
    checked: (selector) => page.isChecked(selector),
    text: async (selector) => (await page.textContent(selector)) ?? '',
    html: () => page.content(),
    currentUrl: () => page.url(),
    axe: async () => {
      // The context runs no page script; the check runs in a second, scripted context on the same HTML.
      const html = await page.content();
      const scripted = await chromium.newPage({ viewport: { width: 1280, height: 900 } });
      await scripted.route('**/*', (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.continue(),
      );
      await scripted.goto(page.url(), { waitUntil: 'load' });
      await scripted.evaluate(axe);
      const violations = await scripted.evaluate(runAxe);
      await scripted.close();
      return violations;
    },
    close: () => context.close(),
  };
}

/** Firefox ESR's BiDi has no extra headers: its citizen speaks from this machine's own address. */
async function firefoxTab(): Promise<Tab> {
  const page: PuppeteerPage = await firefox.newPage();
  const status = (response: { status(): number } | null): number => response?.status() ?? 0;
  return {
    goto: async (path) => status(await page.goto(url(path), { waitUntil: 'load' })),
    fill: async (selector, value) => {
      await page.$eval(selector, (element) => {
        (element as HTMLInputElement).value = '';
      });
      await page.type(selector, value);
    },
    check: (selector) => page.click(selector),
    select: async (selector, value) => void (await page.select(selector, value)),
    submit: async (selector) => {
      const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
      return status(response);
    },
    value: (selector) => page.$eval(selector, (element) => (element as HTMLInputElement).value),
    checked: (selector) => page.$eval(selector, (element) => (element as HTMLInputElement).checked),
    text: (selector) => page.$eval(selector, (element) => element.textContent ?? ''),
    html: () => page.content(),
    currentUrl: () => page.url(),
    axe: async () => {
      await page.evaluate(axe);
      return page.evaluate(runAxe);
    },
    close: () => page.close(),
  };
}

const openTab = (browser: BrowserName, address: string): Promise<Tab> => (browser === 'Chromium' ? chromiumTab(address) : firefoxTab());

/** A fresh address for a scenario that must not share the rate-limit history of another. */
const freshAddress = (): string => `198.51.100.${1 + ((randomBytes(1)[0] ?? 0) % 250)}`;

/* ---------- the site, Strapi and the board ---------- */

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A request to the site by the commune's host name (fetch cannot set Host), from an address. */
function call(method: 'GET' | 'POST', path: string, address: string, fields?: Record<string, string>): Promise<Answer> {
  const body = fields ? new URLSearchParams(fields).toString() : '';
  const form = fields ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) } : {};
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: site.port,
        path,
        method,
        headers: { host: `${HOST}:${site.port}`, accept: 'text/html', 'x-forwarded-for': address, ...form },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const postForm = (path: string, fields: Record<string, string>, address: string): Promise<Answer> => call('POST', path, address, fields);

async function publishByBoard(uid: string, documentId: string): Promise<void> {
  expectStatus(await press(as('member'), uid, documentId, { action: 'submit' }), 200);
  expectStatus(await press(as('head'), uid, documentId, { action: 'assign', assigneeId: ids.member }), 200);
  expectStatus(await press(as('member'), uid, documentId, { action: 'send' }), 200);
  expectStatus(await press(as('head'), uid, documentId, { action: 'approve' }), 200);
  expectStatus(await press(as('head'), uid, documentId, { action: 'publish' }), 200);
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('e2e_citizen_voice');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  // Demo submissions would blur the counts: this file starts from empty tables.
  await db.query(
    'DELETE FROM citizen_questions; DELETE FROM consultation_comments; DELETE FROM page_ratings; DELETE FROM citizen_voice_attempts',
  );
  // The browsers' X-Forwarded-For counts only through a trusted proxy: here, this machine.
  site = await startSite({ strapiUrl: strapi.url, token: await strapi.publicToken(), env: { NUXT_TRUSTED_PROXIES: 'loopback' } });
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [commune] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  if (!commune) throw new Error('no Khánh Khê');
  communeDocumentId = commune.document_id;
  const join = async (name: string, code: string, boardRole: string) => {
    const email = `${name}@tiengnoi.thu.vn`;
    const userId = await province.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await province.roleIdByCode(code)],
    });
    expectStatus(
      await province.call('POST', '/commune-tenancy/memberships', {
        adminUserId: userId,
        commune: communeDocumentId,
        boardRole,
        isCommuneAdmin: false,
      }),
      200,
    );
    ids[name] = userId;
    people[name] = await AdminClient.login(strapi.url, email, PASSWORD);
  };
  await join('head', 'commune-board-head', 'head');
  await join('member', 'commune-board-member', 'member');

  // A draft open for comments since yesterday, for three weeks.
  const day = 86_400_000;
  consultationSlug = `du-thao-quy-che-van-hoa-${randomBytes(3).toString('hex')}`;
  const created = await as('member').create<{ data: { documentId: string } }>(CONSULTATION, {
    title: 'Dự thảo Quy chế xây dựng thôn văn hóa',
    slug: consultationSlug,
    draftingAgency: 'Văn phòng HĐND và UBND xã',
    summary: 'Xin ý kiến nhân dân về tiêu chí thôn văn hóa trước khi ban hành.',
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 21 * day).toISOString(),
    commentVisibility: 'Công khai sau khi duyệt',
    commune: { connect: [{ documentId: communeDocumentId }] },
  });
  expectStatus(created, 201);
  await publishByBoard(CONSULTATION, created.body.data.documentId);

  axe = await axeSource();
  chromium = await launchChromium([HOST]);
  firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      'network.dns.localDomains': HOST,
      'network.proxy.type': 0,
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
}, 300_000);

afterAll(async () => {
  await firefox?.close();
  await chromium?.close();
  await site?.stop();
  await strapi?.stop();
  await db?.drop();
});

/** Fills the question form as a citizen does. */
async function fillQuestion(tab: Tab, who: BrowserName, body: string): Promise<void> {
  const citizen = CITIZENS[who];
  await tab.check('#cau-hoi-kind-feedback');
  await tab.select('#cau-hoi-topic', 'Giao thông, hạ tầng');
  await tab.fill('#cau-hoi-body', body);
  await tab.fill('#cau-hoi-fullName', citizen.fullName);
  await tab.fill('#cau-hoi-phone', citizen.phone);
  await tab.fill('#cau-hoi-email', citizen.email);
  await tab.fill('#cau-hoi-address', citizen.address);
  await tab.check('#cau-hoi-consent');
}

describe.each(BROWSERS)('%s, without JavaScript', (browser) => {
  const citizen = CITIZENS[browser];

  it('a citizen asks a question and gets a tracking code with the due date', async () => {
    const tab = await openTab(browser, citizen.address4);
    const before = await count('citizen_questions');
    expect(await tab.goto('/hoi-dap/gui-cau-hoi')).toBe(200);
    const loadedAt = Date.now();
    expect(await tab.html()).not.toMatch(/<script\b/i);
    expect((await call('GET', '/hoi-dap/gui-cau-hoi', freshAddress())).headers['content-security-policy']).toContain("script-src 'none'");
    await fillQuestion(tab, browser, `Đường liên thôn ra trung tâm xã bị sạt lở sau mưa lớn, đề nghị xã sửa chữa sớm (${browser}).`);
    await sleep(Math.max(0, FILL_MS - (Date.now() - loadedAt)));
    expect(await tab.submit('.citizen-form button[type="submit"]')).toBe(200);
    const landed = new URL(tab.currentUrl());
    expect(landed.pathname).toBe('/hoi-dap/tra-cuu');
    const code = landed.searchParams.get('ma') ?? '';
    expect(await tab.text('[data-testid="tracking-code"]')).toBe(code);
    expect(await tab.text('[data-testid="question-state"]')).toBe('Đã tiếp nhận');
    expect(await tab.text('main')).toMatch(/Hạn trả lời\s*\d{2}\/\d{2}\/\d{4}/);
    expect(await count('citizen_questions')).toBe(before + 1);
    codes[browser] = code;
    await tab.close();
  });

  it('refused input is said beside each field, with everything typed kept and nothing stored', async () => {
    const tab = await openTab(browser, freshAddress());
    const before = await count('citizen_questions');

    // Empty: every required field named, in Vietnamese, with the summary's links to the fields.
    expect(await tab.goto('/hoi-dap/gui-cau-hoi')).toBe(200);
    await sleep(FILL_MS);
    expect(await tab.submit('.citizen-form button[type="submit"]')).toBe(400);
    expect(await tab.text('.form-errors')).toContain('Chưa gửi được');
    expect(await tab.text('#cau-hoi-fullName-loi')).toBe('Vui lòng nhập họ và tên.');
    expect(await tab.text('#cau-hoi-body-loi')).toMatch(/Vui lòng nhập nội dung câu hỏi/);
    expect(await tab.text('#cau-hoi-consent-loi')).toMatch(/Vui lòng đồng ý/);
    expect(await tab.html()).toMatch(/<a href="#cau-hoi-fullName">/);
    expect(await tab.html()).toMatch(
      /id="cau-hoi-fullName"[^>]*aria-describedby="cau-hoi-fullName-loi"|aria-describedby="cau-hoi-fullName-loi"[^>]*id="cau-hoi-fullName"/,
    );

    // A bad phone and script in the text: said beside those fields, the rest kept as typed.
    const script = '<script>alert("x")</script> Xin hỏi về hồ sơ đất đai của gia đình tôi.';
    await fillQuestion(tab, browser, script);
    await tab.fill('#cau-hoi-phone', '12345');
    await sleep(FILL_MS);
    expect(await tab.submit('.citizen-form button[type="submit"]')).toBe(400);
    expect(await tab.text('#cau-hoi-phone-loi')).toMatch(/Số điện thoại không hợp lệ/);
    expect(await tab.text('#cau-hoi-body-loi')).toMatch(/không được chứa mã HTML/);
    expect(await tab.value('#cau-hoi-body')).toBe(script);
    expect(await tab.value('#cau-hoi-phone')).toBe('12345');
    expect(await tab.value('#cau-hoi-fullName')).toBe(citizen.fullName);
    expect(await tab.value('#cau-hoi-email')).toBe(citizen.email);
    expect(await tab.value('#cau-hoi-address')).toBe(citizen.address);
    expect(await tab.value('#cau-hoi-topic')).toBe('Giao thông, hạ tầng');
    expect(await tab.checked('#cau-hoi-kind-feedback')).toBe(true);
    expect(await tab.checked('#cau-hoi-consent')).toBe(true);
    // Escaped, never run or parsed as markup.
    const html = await tab.html();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert');
    // axe on the refused form: the summary, the messages and the marked fields.
    expect({ where: `${browser} refused form`, violations: await tab.axe() }).toEqual({ where: `${browser} refused form`, violations: [] });
    expect(await count('citizen_questions')).toBe(before);
    await tab.close();
  });
});

describe('what a browser cannot type', () => {
  /** The form's token, read from the page as a browser gets it. */
  async function formToken(address: string): Promise<string> {
    const page = await call('GET', '/hoi-dap/gui-cau-hoi', address);
    const match = /name="formToken" value="([^"]+)"/.exec(page.body);
    if (!match?.[1]) throw new Error('no form token on the form');
    return match[1].replace(/&amp;/g, '&');
  }

  it('an oversized question is refused with its length, kept whole; a filled honeypot is refused; nothing stored', async () => {
    const address = freshAddress();
    const token = await formToken(address);
    await sleep(FILL_MS);
    const before = await count('citizen_questions');
    const long = `${'Đề nghị xã xem xét việc cấp nước sạch cho thôn. '.repeat(90)}`.slice(0, 4100);
    const fields = {
      kind: 'question',
      topic: 'Khác',
      body: long,
      fullName: 'Nông Thị Lan',
      phone: '0915 000 111',
      consent: 'yes',
      website: '',
      formToken: token,
    };
    const oversized = await postForm('/hoi-dap/gui-cau-hoi', fields, address);
    expect(oversized.status).toBe(400);
    expect(oversized.body).toMatch(/dài quá 4000 ký tự \(hiện có 4100\)/);
    expect(oversized.body).toContain(long.slice(-200));
    expect(oversized.body).toContain('value="Nông Thị Lan"');
    const trapped = await postForm(
      '/hoi-dap/gui-cau-hoi',
      { ...fields, body: 'Xin hỏi lịch tiếp công dân tháng này.', website: 'http://spam.example' },
      address,
    );
    expect(trapped.status).toBe(400);
    expect(trapped.body).toContain('Không gửi được');
    // Over the site's own body limit: 413 in Vietnamese, before Strapi is asked.
    const huge = await postForm('/hoi-dap/gui-cau-hoi', { ...fields, body: 'x'.repeat(70_000) }, address);
    expect(huge.status).toBe(413);
    expect(huge.body).toContain('Nội dung gửi quá dài');
    expect(await count('citizen_questions')).toBe(before);
  });

  it('POST anywhere else is 405; the form pages are never cached', async () => {
    expect((await postForm('/hoi-dap', { a: 'b' }, freshAddress())).status).toBe(405);
    expect((await postForm('/tin-tuc', { a: 'b' }, freshAddress())).status).toBe(405);
    for (const path of [
      '/hoi-dap/gui-cau-hoi',
      '/hoi-dap/gui-cau-hoi',
      `/lay-y-kien/${consultationSlug}`,
      `/lay-y-kien/${consultationSlug}`,
    ]) {
      const page = await call('GET', path, freshAddress());
      expect({ path, status: page.status, cacheControl: page.headers['cache-control'], pageCache: page.headers['x-page-cache'] }).toEqual({
        path,
        status: 200,
        cacheControl: 'no-store',
        pageCache: undefined,
      });
    }
  });
});

describe('the sections are listed', () => {
  it('in the menu, the site map, sitemap.xml and the consultations feed; the footer links the privacy notice', async () => {
    const home = await call('GET', '/', freshAddress());
    expect(home.body).toMatch(/<nav class="site-menu"[\s\S]*href="\/hoi-dap"[\s\S]*href="\/lay-y-kien"/);
    expect(home.body).toMatch(/<footer[\s\S]*href="\/bao-ve-du-lieu-ca-nhan"/);
    const siteMap = await call('GET', '/so-do-trang', freshAddress());
    expect(siteMap.body).toContain('href="/rss/lay-y-kien.xml"');
    const sitemap = await call('GET', '/sitemap.xml', freshAddress());
    expect(sitemap.status).toBe(200);
    for (const path of ['/hoi-dap', '/lay-y-kien', `/lay-y-kien/${consultationSlug}`, '/bao-ve-du-lieu-ca-nhan'])
      expect(sitemap.body).toContain(`${path}</loc>`);
    const feed = await call('GET', '/rss/lay-y-kien.xml', freshAddress());
    expect(feed.headers['content-type']).toContain('application/rss+xml');
    expect(feed.body).toContain(`/lay-y-kien/${consultationSlug}</link>`);
  });
});

describe('the board answers', () => {
  const answers: Partial<Record<BrowserName, string>> = {};

  it('drafts each answer from the inbox, the head approves and publishes it', async () => {
    for (const browser of BROWSERS) {
      const code = codes[browser];
      if (!code) throw new Error(`${browser} asked no question`);
      const draft = await as('member').call<{ data: AnswerDraft }>('POST', `/citizen-voice/inbox/${code}/answer`, {
        commune: communeDocumentId,
      });
      expectStatus(draft, 200);
      const documentId = draft.body.data.documentId;
      const answer = [
        { type: 'paragraph', children: [{ type: 'text', text: 'UBND xã đã cử cán bộ kiểm tra; đoạn đường sẽ được sửa trong tháng này.' }] },
      ];
      expectStatus(
        await as('member').update(QA, documentId, { answer, answeredOn: todayInVietnam(), answeredBy: 'Văn phòng HĐND và UBND xã' }),
        200,
      );
      await publishByBoard(QA, documentId);
      answers[browser] = documentId;
    }
  });

  it.each(BROWSERS)('%s: the status page says “Đã trả lời” and links the answer, public with initials only', async (browser) => {
    const citizen = CITIZENS[browser];
    const tab = await openTab(browser, citizen.address4);
    expect(await tab.goto(`/hoi-dap/tra-cuu?ma=${codes[browser] ?? ''}`)).toBe(200);
    expect(await tab.text('[data-testid="question-state"]')).toBe('Đã trả lời');
    expect(await tab.submit('.question-status__answer a')).toBe(200);
    expect(new URL(tab.currentUrl()).pathname).toMatch(/^\/hoi-dap\/[a-z0-9-]+$/);
    expect(await tab.text('[data-testid="asker-initials"]')).toBe(INITIALS[browser]);
    expect(await tab.text('main')).toContain('đoạn đường sẽ được sửa trong tháng này');
    const html = await tab.html();
    for (const secret of [citizen.fullName, citizen.phone, citizen.phone.replace(/\s/g, ''), citizen.email, citizen.address])
      expect(html).not.toContain(secret);
    const answerPath = new URL(tab.currentUrl()).pathname;
    // The list by topic names it with the initials; the words find it through the site search.
    expect(await tab.goto('/hoi-dap?chu-de=giao-thong-ha-tang')).toBe(200);
    expect(await tab.text('main')).toContain(INITIALS[browser]);
    let found = '';
    for (let attempt = 0; attempt < 10 && !found.includes(answerPath); attempt += 1) {
      if (attempt > 0) await sleep(1000);
      expect(await tab.goto(`/hoi-dap?q=${encodeURIComponent(`sat lo lien thon ${browser}`)}`)).toBe(200);
      found = await tab.html();
    }
    expect(found).toContain(`href="${answerPath}"`);
    const feed = (await call('GET', '/rss/hoi-dap.xml', freshAddress())).body;
    expect(feed).toContain('/hoi-dap/');
    for (const secret of [citizen.fullName, citizen.email, INITIALS[browser]]) expect(feed).not.toContain(secret);
    // An unknown code: 404, with the lookup form again.
    expect(await tab.goto('/hoi-dap/tra-cuu?ma=KHONGCO1')).toBe(404);
    expect(await tab.text('main')).toContain('Không tìm thấy câu hỏi có mã');
    await tab.close();
  });
});

describe.each(BROWSERS)('%s: a consultation', (browser) => {
  const citizen = CITIZENS[browser];

  it('takes a comment without JavaScript; once the board approves it, it shows with initials only', async () => {
    const tab = await openTab(browser, citizen.address4);
    const before = await count('consultation_comments');
    expect(await tab.goto('/lay-y-kien')).toBe(200);
    expect(await tab.text('main')).toMatch(/Đang lấy ý kiến[\s\S]*còn \d+ ngày/);
    expect(await tab.goto(`/lay-y-kien/${consultationSlug}`)).toBe(200);
    const loadedAt = Date.now();
    const text = `Đề nghị bổ sung tiêu chí giữ gìn vệ sinh đường làng vào quy chế (${browser}).`;
    await tab.fill('#gop-y-body', text);
    await tab.fill('#gop-y-fullName', citizen.fullName);
    await tab.fill('#gop-y-email', citizen.email);
    await tab.check('#gop-y-consent');
    await sleep(Math.max(0, FILL_MS - (Date.now() - loadedAt)));
    expect(await tab.submit('.citizen-form button[type="submit"]')).toBe(200);
    const landed = new URL(tab.currentUrl());
    expect(landed.pathname).toBe(`/lay-y-kien/${consultationSlug}`);
    const code = landed.searchParams.get('da-gui') ?? '';
    expect(await tab.text('[data-testid="comment-code"]')).toBe(code);
    expect(await count('consultation_comments')).toBe(before + 1);

    expectStatus(await as('member').call('POST', `/citizen-voice/comments/${code}/approve`, { commune: communeDocumentId }), 200);
    // The site's short cache of the comments (5 s) may still hold the list before the approval.
    let shown = '';
    for (let attempt = 0; attempt < 20 && !shown.includes(text); attempt += 1) {
      await sleep(1000);
      await tab.goto(`/lay-y-kien/${consultationSlug}`);
      shown = await tab.text('main');
    }
    expect(shown).toContain(text);
    expect(shown).toContain(INITIALS[browser]);
    const html = await tab.html();
    for (const secret of [citizen.fullName, citizen.email]) expect(html).not.toContain(secret);
    await tab.close();
  });
});

describe.each(BROWSERS)('%s: the rating', (browser) => {
  const citizen = CITIZENS[browser];

  it('is counted once per visitor and day; a second vote is thanked, not counted', async () => {
    const tab = await openTab(browser, citizen.address4);
    expect(await tab.goto(citizen.ratePath)).toBe(200);
    expect(await tab.text('#danh-gia')).toContain('Thông tin này có hữu ích không?');
    await tab.fill('#danh-gia-gop-y', 'Thông tin rõ ràng, dễ hiểu.');
    expect(await tab.submit('#danh-gia button[value="yes"]')).toBe(200);
    const landed = new URL(tab.currentUrl());
    expect(`${landed.pathname}${landed.search}${landed.hash}`).toBe(`${citizen.ratePath}?danh-gia=cam-on#danh-gia`);
    expect(await tab.text('.page-rating__thanks')).toContain('Cảm ơn bạn đã đánh giá');
    expect(await tab.submit('#danh-gia button[value="no"]')).toBe(200);
    expect(await tab.text('.page-rating__thanks')).toContain('Cảm ơn bạn đã đánh giá');
    const figures = await as('head').call<RatingFigures>('GET', `/citizen-voice/ratings?commune=${communeDocumentId}`);
    expectStatus(figures, 200);
    const page = figures.body.data.find((entry) => entry.path === citizen.ratePath);
    expect(page).toMatchObject({ path: citizen.ratePath, useful: 1, notUseful: 0 });
    expect(page?.comments.map((comment) => comment.comment)).toEqual(['Thông tin rõ ràng, dễ hiểu.']);
    await tab.close();
  });
});

describe('axe-core', () => {
  it.each(BROWSERS)('%s: finds nothing on the new pages', async (browser) => {
    const [answer] = await db.query<{ slug: string }>(
      'SELECT slug FROM question_answers WHERE published_at IS NOT NULL AND slug IS NOT NULL ORDER BY id DESC LIMIT 1',
    );
    const paths = [
      '/hoi-dap',
      `/hoi-dap/${answer?.slug ?? ''}`,
      '/hoi-dap/gui-cau-hoi',
      `/hoi-dap/tra-cuu?ma=${codes[browser] ?? ''}`,
      '/lay-y-kien',
      `/lay-y-kien/${consultationSlug}`,
      '/bao-ve-du-lieu-ca-nhan',
    ];
    const tab = await openTab(browser, freshAddress());
    for (const path of paths) {
      expect({ path, status: await tab.goto(path) }).toEqual({ path, status: 200 });
      expect({ path, violations: await tab.axe() }).toEqual({ path, violations: [] });
    }
    await tab.close();
  });
});
