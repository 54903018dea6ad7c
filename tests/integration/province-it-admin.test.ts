/**
 * Province IT's admin tools (Settings → Xã, phường) and the commune switcher, over HTTP as the
 * admin panel calls them: communes with status and member counts, suspend and resume, members
 * with their accounts, invitations that people really register with, resets, removals; every
 * one refused to commune accounts. Adding a commune from the settings page: the command line's
 * checks and its one-transaction provisioning, refusals that write nothing. And the switcher: a user of two communes must choose before
 * creating, and new entries then land in the chosen commune.
 */
import type {
  AddCommuneResult,
  AdminCommune,
  AdminCommuneList,
  CommuneMember,
  InvitationResult,
  MyCommunes,
} from '../../plugins/commune-tenancy/shared';
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, ContentClient, type JsonResponse, type StrapiErrorBody } from '../support/http';
import { SUPER_ADMIN, startStrapi, type StrapiInstance } from '../support/strapi';

const ARTICLE = 'api::article.article';
const PASSWORD = 'Rung-Tre-Doi-Nui-2026';
const NEW_PASSWORD = 'Doi-Che-Xanh-2027';

interface Commune {
  id: number;
  documentId: string;
  slug: string;
  primaryDomain: string;
}

let db: TestDatabase;
let strapi: StrapiInstance;
let province: AdminClient;
let communeAdmin: AdminClient;
let boardHead: AdminClient;
const communes: Record<string, Commune> = {};

const commune = (slug: string): Commune => {
  const found = communes[slug];
  if (!found) throw new Error(`no commune ${slug}`);
  return found;
};

async function post<Body>(path: string, body: unknown): Promise<JsonResponse<Body & StrapiErrorBody>> {
  const response = await fetch(`${strapi.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body & StrapiErrorBody };
}

/** What the invited person does on the registration page: set a password with the link's token. */
async function registerWith(inviteUrl: string, firstname: string, password: string): Promise<number> {
  const registrationToken = new URL(inviteUrl).searchParams.get('registrationToken');
  expect(registrationToken).toBeTruthy();
  return (await post('/admin/register', { registrationToken, userInfo: { firstname, lastname: 'Thử', password } })).status;
}

const loginStatus = async (email: string, password: string): Promise<number> => (await post('/admin/login', { email, password })).status;

async function invite(body: Record<string, unknown>): Promise<JsonResponse<InvitationResult & StrapiErrorBody>> {
  return province.call<InvitationResult & StrapiErrorBody>('POST', '/commune-tenancy/invitations', body);
}

async function membersOf(slug: string): Promise<CommuneMember[]> {
  const response = await province.call<{ data: CommuneMember[] }>(
    'GET',
    `/commune-tenancy/memberships?commune=${commune(slug).documentId}`,
  );
  expect(response.status).toBe(200);
  return response.body.data;
}

const roleCodesOf = async (email: string): Promise<string[]> =>
  (
    await db.query<{ code: string }>(
      'SELECT r.code FROM admin_users u JOIN admin_users_roles_lnk l ON l.user_id = u.id JOIN admin_roles r ON r.id = l.role_id WHERE u.email = $1 ORDER BY r.code',
      [email],
    )
  ).map((row) => row.code);

const articleIdsOf = async (communeId: number): Promise<Set<string>> =>
  new Set(
    (
      await db.query<{ document_id: string }>(
        'SELECT a.document_id FROM articles a JOIN articles_commune_lnk l ON l.article_id = a.id WHERE l.commune_id = $1',
        [communeId],
      )
    ).map((row) => row.document_id),
  );

/** A commune account with a password, made the way the attack matrix makes them. */
async function communeAccount(
  email: string,
  roleCode: string,
  slug: string,
  boardRole: string,
  isCommuneAdmin: boolean,
): Promise<AdminClient> {
  const userId = await province.createUser({
    email,
    firstname: 'Thử',
    lastname: slug,
    password: PASSWORD,
    roleIds: [await province.roleIdByCode(roleCode)],
  });
  const membership = await province.call('POST', '/commune-tenancy/memberships', {
    adminUserId: userId,
    commune: commune(slug).documentId,
    boardRole,
    isCommuneAdmin,
  });
  expect(membership.status).toBe(200);
  return AdminClient.login(strapi.url, email, PASSWORD);
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('province_it_admin');
  db = seeded.db;
  const { setup } = seeded;
  strapi = await startStrapi(setup);
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const row of await db.query<{ id: number; document_id: string; slug: string; primary_domain: string }>(
    'SELECT id, document_id, slug, primary_domain FROM communes',
  )) {
    communes[row.slug] = { id: row.id, documentId: row.document_id, slug: row.slug, primaryDomain: row.primary_domain };
  }
  communeAdmin = await communeAccount('quantri.khanhkhe@thu.nghiem.vn', 'commune-admin', 'khanh-khe', 'member', true);
  boardHead = await communeAccount('truongban.khanhkhe@thu.nghiem.vn', 'commune-board-head', 'khanh-khe', 'head', false);
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('province IT: communes', () => {
  it('lists every commune with domains, status and how many accounts belong to it', async () => {
    const response = await province.call<{ data: AdminCommune[] }>('GET', '/commune-tenancy/communes-admin');
    expect(response.status).toBe(200);
    const listed = response.body.data;
    expect(listed.map((entry) => entry.documentId).sort()).toEqual(
      Object.values(communes)
        .map((entry) => entry.documentId)
        .sort(),
    );
    const khanhKhe = listed.find((entry) => entry.slug === 'khanh-khe');
    const [{ count }] = (await db.query<{ count: string }>('SELECT count(*) FROM commune_memberships_commune_lnk WHERE commune_id = $1', [
      commune('khanh-khe').id,
    ])) as [{ count: string }];
    expect(khanhKhe).toMatchObject({ primaryDomain: commune('khanh-khe').primaryDomain, siteStatus: 'active', memberCount: Number(count) });
    expect(khanhKhe?.memberCount).toBeGreaterThanOrEqual(2);
    expect(Array.isArray(khanhKhe?.domainAliases)).toBe(true);
  });

  it('suspends a commune (its site goes offline, nothing is deleted) and resumes it', async () => {
    const target = commune('quoc-tuan');
    const site = new ContentClient(strapi.url, await strapi.publicToken());
    const resolve = () => site.get(`/commune-tenancy/resolve?host=${target.primaryDomain}`);
    expect((await resolve()).status).toBe(200);

    const suspended = await province.call<{ data: AdminCommune }>('POST', `/commune-tenancy/communes-admin/${target.documentId}/suspend`);
    expect(suspended.status).toBe(200);
    expect(suspended.body.data.siteStatus).toBe('suspended');
    expect(
      await db.query('SELECT 1 FROM communes WHERE document_id = $1 AND site_status = $2', [target.documentId, 'suspended']),
    ).toHaveLength(1);
    expect((await resolve()).status).toBe(404);
    expect((await articleIdsOf(target.id)).size).toBeGreaterThan(0);

    const resumed = await province.call<{ data: AdminCommune }>('POST', `/commune-tenancy/communes-admin/${target.documentId}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body.data.siteStatus).toBe('active');
    expect((await resolve()).status).toBe(200);
  });

  it('pages and searches the list on the server, accents ignored, wildcards taken literally', async () => {
    type List = AdminCommuneList & StrapiErrorBody;
    const list = (query: string) => province.call<List>('GET', `/commune-tenancy/communes-admin?${query}`);
    const first = await list('pageSize=2');
    expect(first.status).toBe(200);
    expect(first.body.meta).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3, all: 3, suspended: 0 });
    const second = await list('pageSize=2&page=2');
    expect(second.body.data).toHaveLength(1);
    const names = [...first.body.data, ...second.body.data].map((entry) => entry.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    expect(new Set(names).size).toBe(3);

    const found = await list(`q=${encodeURIComponent('KHANH khe')}`);
    expect(found.body.data.map((entry) => entry.slug)).toEqual(['khanh-khe']);
    expect(found.body.meta).toMatchObject({ total: 1, all: 3 });
    const byDomain = await list(`q=${encodeURIComponent(commune('son-giang').primaryDomain)}`);
    expect(byDomain.body.data.map((entry) => entry.slug)).toEqual(['son-giang']);
    expect((await list(`q=${encodeURIComponent('%')}`)).body.meta.total).toBe(0);
    expect((await list('status=suspended')).body.data).toEqual([]);

    for (const bad of ['page=0', 'pageSize=1000', 'page=abc', 'status=deleted', `q=${'x'.repeat(101)}`]) {
      const refused = await list(bad);
      expect({ bad, status: refused.status }).toEqual({ bad, status: 400 });
    }
  });

  it('answers 404 for a commune that does not exist', async () => {
    expect((await province.call('POST', '/commune-tenancy/communes-admin/khong-co-xa-nay/suspend')).status).toBe(404);
  });
});

describe('province IT: members and invitations', () => {
  const email = 'bien.tap.vien@thu.nghiem.vn';
  let inviteUrl = '';
  // Admin logins are rate-limited to five per address in five minutes: log in as few times as possible.
  let editor: AdminClient;

  it('invites a new person: an inactive account with the board role and a one-time link', async () => {
    const response = await invite({
      email: 'Bien.Tap.Vien@thu.nghiem.vn',
      firstname: 'Lan',
      lastname: 'Nguyễn Thị',
      commune: commune('khanh-khe').documentId,
      boardRole: 'member',
      isCommuneAdmin: false,
    });
    expect(response.status).toBe(201);
    expect(response.body.data.accountCreated).toBe(true);
    inviteUrl = response.body.data.inviteUrl ?? '';
    expect(inviteUrl).toMatch(new RegExp(`^${strapi.url}/admin/auth/register\\?registrationToken=[0-9a-f]{40}$`));
    expect(response.body.data.member).toMatchObject({
      email,
      firstname: 'Lan',
      lastname: 'Nguyễn Thị',
      boardRole: 'member',
      isCommuneAdmin: false,
      isActive: false,
    });
    expect(await roleCodesOf(email)).toEqual(['commune-board-member']);
    // Strapi names a person by the username when there is one: the name in Vietnamese order.
    expect(await db.query('SELECT username FROM admin_users WHERE email = $1', [email])).toEqual([{ username: 'Nguyễn Thị Lan' }]);

    const listed = (await membersOf('khanh-khe')).find((member) => member.email === email);
    expect(listed).toMatchObject({ firstname: 'Lan', isActive: false, boardRole: 'member' });
    expect(JSON.stringify(listed)).not.toContain('registrationToken');
    expect(await loginStatus(email, PASSWORD)).toBe(400);
  });

  it('lets the invited person register with the link, log in, and see only that commune’s articles', async () => {
    expect(await registerWith(inviteUrl, 'Lan', PASSWORD)).toBe(200);
    expect(await db.query('SELECT username FROM admin_users WHERE email = $1', [email])).toEqual([{ username: 'Thử Lan' }]); // the names typed at registration
    editor = await AdminClient.login(strapi.url, email, PASSWORD);
    const list = await editor.list(ARTICLE);
    expect(list.status).toBe(200);
    const seen = list.body.results.map((entry) => String(entry.documentId));
    const own = await articleIdsOf(commune('khanh-khe').id);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((documentId) => !own.has(documentId))).toEqual([]);
    expect((await membersOf('khanh-khe')).find((member) => member.email === email)?.isActive).toBe(true);
  });

  it('gives a commune admin the commune-admin role as well', async () => {
    const response = await invite({
      email: 'quan.tri.moi@thu.nghiem.vn',
      firstname: 'Minh',
      commune: commune('son-giang').documentId,
      boardRole: 'deputy',
      isCommuneAdmin: true,
    });
    expect(response.status).toBe(201);
    expect(response.body.data.member).toMatchObject({ isCommuneAdmin: true, boardRole: 'deputy' });
    expect(await roleCodesOf('quan.tri.moi@thu.nghiem.vn')).toEqual(['commune-admin', 'commune-board-deputy']);
  });

  it('adds only the membership and the missing role when the e-mail already has an account', async () => {
    const response = await invite({ email, firstname: 'Khác', commune: commune('son-giang').documentId, boardRole: 'head' });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ inviteUrl: null, accountCreated: false });
    expect(response.body.data.member).toMatchObject({ email, firstname: 'Lan', boardRole: 'head', isActive: true });
    expect(await roleCodesOf(email)).toEqual(['commune-board-head', 'commune-board-member']);

    const again = await invite({ email, firstname: 'Lan', commune: commune('son-giang').documentId, boardRole: 'head' });
    expect(again.status).toBe(400);
    expect(again.body.error?.message).toContain('đã là thành viên');
  });

  it.each([
    [{ firstname: 'A', boardRole: 'member' }, 400, 'thư điện tử'],
    [{ email: 'khong-hop-le', firstname: 'A', boardRole: 'member' }, 400, 'không hợp lệ'],
    [{ email: 'a@thu.nghiem.vn', boardRole: 'member' }, 400, 'tên'],
    [{ email: 'a@thu.nghiem.vn', firstname: 'A', boardRole: 'chairman' }, 400, 'vai trò'],
    [{ email: 'a@thu.nghiem.vn', firstname: 'A', boardRole: 'member', commune: 'khong-co-xa-nay' }, 404, 'xã, phường'],
  ])('refuses an invitation %j with %i and a Vietnamese message', async (body, status, message) => {
    const response = await invite({ commune: commune('khanh-khe').documentId, ...body });
    expect(response.status).toBe(status);
    expect(response.body.error?.message.toLowerCase()).toContain(message);
    expect(await db.query('SELECT 1 FROM admin_users WHERE email = $1', ['a@thu.nghiem.vn'])).toHaveLength(0);
  });

  it('resets an account: a new link, locked and logged out until it registers again', async () => {
    // Made head of Sơn Giang above, the editor must now use two-step sign-in: the session opened
    // with the password alone is refused (plugins/two-factor), and a sign-in with the code works.
    expect((await editor.list(ARTICLE)).status).toBe(401);
    editor = await AdminClient.login(strapi.url, email, PASSWORD);
    expect((await editor.list(ARTICLE)).status).toBe(200);
    const member = (await membersOf('khanh-khe')).find((entry) => entry.email === email);
    if (!member) throw new Error('member missing');
    const reset = await province.call<{ data: { inviteUrl: string } }>('POST', `/commune-tenancy/memberships/${member.id}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.data.inviteUrl).not.toBe(inviteUrl);

    expect((await membersOf('khanh-khe')).find((entry) => entry.id === member.id)?.isActive).toBe(false);
    expect((await editor.list(ARTICLE)).status).toBe(401);
    expect(await loginStatus(email, PASSWORD)).toBe(400);
    expect(await registerWith(inviteUrl, 'Lan', NEW_PASSWORD)).toBe(400); // the first link is spent

    expect(await registerWith(reset.body.data.inviteUrl, 'Lan', NEW_PASSWORD)).toBe(200);
    expect(await loginStatus(email, NEW_PASSWORD)).toBe(200);
  });

  it('refuses to reset the province IT account itself', async () => {
    const userId = (await db.query<{ id: number }>('SELECT id FROM admin_users WHERE email = $1', [SUPER_ADMIN.email]))[0]?.id;
    const created = await province.call<{ data: { id: number } }>('POST', '/commune-tenancy/memberships', {
      adminUserId: userId,
      commune: commune('quoc-tuan').documentId,
      boardRole: 'member',
    });
    expect(created.status).toBe(200);
    const refused = await province.call<StrapiErrorBody>('POST', `/commune-tenancy/memberships/${created.body.data.id}/reset`);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toContain('tài khoản');
    expect((await province.call('GET', '/commune-tenancy/communes-admin')).status).toBe(200);
    expect((await province.call('DELETE', `/commune-tenancy/memberships/${created.body.data.id}`)).status).toBe(204);
  });

  it('removes a membership (the account stays) and answers 404 the second time', async () => {
    const member = (await membersOf('son-giang')).find((entry) => entry.email === email);
    if (!member) throw new Error('member missing');
    expect((await province.call('DELETE', `/commune-tenancy/memberships/${member.id}`)).status).toBe(204);
    expect((await membersOf('son-giang')).some((entry) => entry.email === email)).toBe(false);
    expect(await db.query('SELECT 1 FROM admin_users WHERE email = $1', [email])).toHaveLength(1);
    expect((await province.call('DELETE', `/commune-tenancy/memberships/${member.id}`)).status).toBe(404);
  });
});

describe('province IT routes refuse commune accounts', () => {
  const routes = (): Array<[string, string, unknown?]> => {
    const khanhKhe = commune('khanh-khe').documentId;
    return [
      ['GET', '/commune-tenancy/communes-admin'],
      ['POST', '/commune-tenancy/communes-admin', { name: 'Xã Kẻ Gian', code: '09999', domain: 'kegian.langson.gov.vn' }],
      ['POST', `/commune-tenancy/communes-admin/${khanhKhe}/suspend`],
      ['POST', `/commune-tenancy/communes-admin/${khanhKhe}/resume`],
      ['GET', `/commune-tenancy/memberships?commune=${khanhKhe}`],
      ['POST', '/commune-tenancy/memberships', { adminUserId: 1, commune: khanhKhe, boardRole: 'head', isCommuneAdmin: true }],
      [
        'POST',
        '/commune-tenancy/invitations',
        { email: 'ke.gian@thu.nghiem.vn', firstname: 'X', commune: khanhKhe, boardRole: 'head', isCommuneAdmin: true },
      ],
      ['POST', '/commune-tenancy/memberships/1/reset'],
      ['DELETE', '/commune-tenancy/memberships/1'],
    ];
  };

  it.each([
    ['the commune admin', () => communeAdmin],
    ['the board head', () => boardHead],
  ])('%s gets 403 on every province IT route, and nothing changes', async (_who, client) => {
    const before = await db.query('SELECT id, site_status FROM communes ORDER BY id');
    const membershipsBefore = await db.query('SELECT id, admin_user_id, board_role, is_commune_admin FROM commune_memberships ORDER BY id');
    for (const [method, path, body] of routes()) {
      const response = await client().call<StrapiErrorBody>(method, path, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
      expect(response.body.error?.message).toBe('Chỉ quản trị tỉnh được quản lý xã, phường và tài khoản.');
    }
    expect(await db.query('SELECT id, site_status FROM communes ORDER BY id')).toEqual(before);
    expect(await db.query('SELECT id, admin_user_id, board_role, is_commune_admin FROM commune_memberships ORDER BY id')).toEqual(
      membershipsBefore,
    );
    expect(await db.query('SELECT 1 FROM admin_users WHERE email = $1', ['ke.gian@thu.nghiem.vn'])).toHaveLength(0);
    expect((await province.call('GET', '/commune-tenancy/communes-admin')).status).toBe(200);
  });
});

describe('the commune switcher', () => {
  const email = 'can.bo.huyen@thu.nghiem.vn';
  let staff: AdminClient;

  beforeAll(async () => {
    const first = await invite({ email, firstname: 'Huyện', commune: commune('khanh-khe').documentId, boardRole: 'contributor' });
    expect(first.status).toBe(201);
    expect((await invite({ email, firstname: 'Huyện', commune: commune('son-giang').documentId, boardRole: 'contributor' })).status).toBe(
      201,
    );
    expect(await registerWith(first.body.data.inviteUrl ?? '', 'Huyện', PASSWORD)).toBe(200);
    staff = await AdminClient.login(strapi.url, email, PASSWORD);
  });

  const selectedOf = async (): Promise<Array<{ slug: string; selected: boolean }>> =>
    db.query(
      `SELECT c.slug, m.selected FROM commune_memberships m JOIN commune_memberships_commune_lnk l ON l.membership_id = m.id JOIN communes c ON c.id = l.commune_id
        JOIN admin_users u ON u.id = m.admin_user_id WHERE u.email = $1 ORDER BY c.slug`,
      [email],
    );

  it('shows a single-commune user their commune, already current', async () => {
    const response = await boardHead.call<MyCommunes>('GET', '/commune-tenancy/me/communes');
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      communes: [{ documentId: commune('khanh-khe').documentId, slug: 'khanh-khe' }],
      current: commune('khanh-khe').documentId,
      allCommunes: false,
    });
  });

  it('refuses to select a commune the caller is not a member of (403), an unknown one (404) or none (400)', async () => {
    const foreign = await boardHead.call<StrapiErrorBody>('PUT', '/commune-tenancy/me/selected-commune', {
      commune: commune('son-giang').documentId,
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error?.message).toContain('không phải thành viên');
    expect((await boardHead.call('PUT', '/commune-tenancy/me/selected-commune', { commune: 'khong-co-xa-nay' })).status).toBe(404);
    expect((await boardHead.call('PUT', '/commune-tenancy/me/selected-commune', {})).status).toBe(400);
    expect(
      await db.query(
        'SELECT 1 FROM commune_memberships WHERE selected = true AND admin_user_id NOT IN (SELECT id FROM admin_users WHERE email = $1)',
        [email],
      ),
    ).toHaveLength(0);
  });

  it('makes a user of two communes choose before creating, then files new entries in the chosen commune', async () => {
    const mine = await staff.call<MyCommunes>('GET', '/commune-tenancy/me/communes');
    expect(mine.body.data.communes.map((entry) => entry.slug)).toEqual(['khanh-khe', 'son-giang']);
    expect(mine.body.data).toMatchObject({ selected: null, current: null, allCommunes: false });

    const unplaced = await staff.create(ARTICLE, { title: 'Tin chưa biết của xã nào', kind: 'tin', featured: false });
    expect(unplaced.status).toBe(400);
    expect(await db.query('SELECT 1 FROM articles WHERE title = $1', ['Tin chưa biết của xã nào'])).toHaveLength(0);

    const selected = await staff.call<MyCommunes>('PUT', '/commune-tenancy/me/selected-commune', {
      commune: commune('son-giang').documentId,
    });
    expect(selected.status).toBe(200);
    expect(selected.body.data).toMatchObject({ selected: commune('son-giang').documentId, current: commune('son-giang').documentId });
    expect(await selectedOf()).toEqual([
      { slug: 'khanh-khe', selected: false },
      { slug: 'son-giang', selected: true },
    ]);

    const created = await staff.create(ARTICLE, { title: 'Tin của Sơn Giang qua bộ chọn xã', kind: 'tin', featured: false });
    expect(created.status).toBe(201);
    expect(await articleIdsOf(commune('son-giang').id)).toContain(created.body.data.documentId);
    const links = await db.query<{ commune_id: number }>(
      'SELECT l.commune_id FROM articles a JOIN articles_commune_lnk l ON l.article_id = a.id WHERE a.document_id = $1',
      [created.body.data.documentId],
    );
    expect(links.map((row) => row.commune_id)).toEqual([commune('son-giang').id]);

    // Switching back moves the selection, and the next entry follows it.
    expect((await staff.call('PUT', '/commune-tenancy/me/selected-commune', { commune: commune('khanh-khe').documentId })).status).toBe(
      200,
    );
    expect(await selectedOf()).toEqual([
      { slug: 'khanh-khe', selected: true },
      { slug: 'son-giang', selected: false },
    ]);
    const next = await staff.create(ARTICLE, { title: 'Tin của Khánh Khê qua bộ chọn xã', kind: 'tin', featured: false });
    expect(next.status).toBe(201);
    expect(await articleIdsOf(commune('khanh-khe').id)).toContain(next.body.data.documentId);
  });
});

describe('province IT adds a commune from the settings page', () => {
  type Added = AddCommuneResult & StrapiErrorBody & { error?: { details?: { reasons?: string[] } } };
  const add = (body: unknown) => province.call<Added>('POST', '/commune-tenancy/communes-admin', body);
  /** Everything a refused or failed request must leave as it was. */
  const footprint = async (): Promise<unknown[]> =>
    Promise.all(
      ['communes', 'admin_users', 'commune_memberships', 'categories', 'pages', 'site_settings'].map((table) =>
        db.query(`SELECT count(*) FROM ${table}`),
      ),
    );

  it('creates the commune with its categories, introduction pages, settings and five invited accounts', async () => {
    const response = await add({
      name: '  Xã  Tân Lập ',
      code: '06301',
      province: 'Lạng Sơn',
      domain: 'TanLap.LangSon.gov.vn',
      emails: { head: 'truongban.tanlap@thu.nghiem.vn' },
    });
    expect(response.status).toBe(201);
    const { commune: created, added, accounts, notes } = response.body.data;
    expect(created).toMatchObject({
      name: 'Xã Tân Lập',
      code: '06301',
      slug: 'tan-lap',
      primaryDomain: 'tanlap.langson.gov.vn',
      province: 'Lạng Sơn',
      siteStatus: 'active',
      memberCount: 5,
    });
    expect(added).toMatchObject({ page: 6, settings: 1, account: 5, membership: 5 });
    expect(added.category).toBeGreaterThan(0);
    expect(notes).toEqual([]);
    expect(accounts.map((account) => account.email).sort()).toEqual([
      'congtacvien.tan-lap@tanlap.langson.gov.vn',
      'photruongban.tan-lap@tanlap.langson.gov.vn',
      'quantri.tan-lap@tanlap.langson.gov.vn',
      'truongban.tanlap@thu.nghiem.vn',
      'uyvien.tan-lap@tanlap.langson.gov.vn',
    ]);
    expect(accounts.find((account) => account.email === 'truongban.tanlap@thu.nghiem.vn')?.roles).toBe('Trưởng ban biên tập');

    const [row] = await db.query<{ id: number }>("SELECT id FROM communes WHERE code = '06301'");
    const countIn = async (table: string, link: string, column: string): Promise<number> =>
      Number(
        (
          await db.query<{ count: string }>(
            `SELECT count(DISTINCT t.document_id) AS count FROM ${table} t JOIN ${link} l ON l.${column} = t.id WHERE l.commune_id = $1`,
            [row?.id],
          )
        )[0]?.count,
      );
    expect(await countIn('categories', 'categories_commune_lnk', 'category_id')).toBe(added.category);
    expect(await countIn('pages', 'pages_commune_lnk', 'page_id')).toBe(6);
    expect(
      await db.query(
        'SELECT 1 FROM pages p JOIN pages_commune_lnk l ON l.page_id = p.id WHERE l.commune_id = $1 AND p.published_at IS NOT NULL',
        [row?.id],
      ),
    ).toEqual([]);
    expect(await countIn('site_settings', 'site_settings_commune_lnk', 'site_setting_id')).toBe(1);
    expect(await roleCodesOf('truongban.tanlap@thu.nghiem.vn')).toEqual(['commune-board-head']);

    // The head activates the account with the link shown once on the page.
    expect(
      await registerWith(
        accounts.find((account) => account.email === 'truongban.tanlap@thu.nghiem.vn')?.inviteUrl ?? '',
        'Lập',
        NEW_PASSWORD,
      ),
    ).toBe(200);
    // The public site resolves the new domain at once; the audit trail names the new commune.
    const site = new ContentClient(strapi.url, await strapi.publicToken());
    expect((await site.get('/commune-tenancy/resolve?host=tanlap.langson.gov.vn')).status).toBe(200);
    expect(
      await db.query("SELECT action, target_type, target_id FROM audit_events WHERE action = 'communes.create' AND target_id = $1", [
        created.documentId,
      ]),
    ).toEqual([{ action: 'communes.create', target_type: 'commune', target_id: created.documentId }]);
  });

  it('refuses what the command line refuses, naming each field in Vietnamese, and writes nothing', async () => {
    const before = await footprint();
    // The demo communes are in three provinces: no default, so the province must be given.
    const response = await add({
      name: '',
      code: '12',
      domain: 'http://xa-moi.langson.gov.vn',
      aliases: 'xã.vn',
      emails: { head: 'khong-phai-thu' },
    });
    expect(response.status).toBe(400);
    expect(response.body.error?.details?.reasons).toEqual([
      'thiếu tên xã, phường (ô “Tên xã, phường”)',
      'mã đơn vị hành chính “12” phải gồm 5 chữ số',
      'thiếu tỉnh, thành phố (ô “Tỉnh, thành phố”)',
      'tên miền “http://xa-moi.langson.gov.vn” chỉ ghi tên miền, không ghi “http://” hay “https://”',
      'tên miền phụ “xã.vn” có chữ có dấu: tên miền chỉ gồm chữ không dấu, chữ số, dấu chấm và dấu gạch ngang',
      'địa chỉ thư “khong-phai-thu” (ô “Thư của trưởng ban”) không hợp lệ',
    ]);
    expect(response.body.error?.message).toMatch(/^Chưa thêm xã, phường: thiếu tên xã, phường/);
    for (const body of [
      [],
      { name: 1, code: '06302', domain: 'moi.langson.gov.vn' },
      { name: 'Xã Mới', code: '06302', domain: 'moi.langson.gov.vn', emails: { chutich: 'a@b.vn' } },
    ]) {
      const refused = await add(body);
      expect({ body, status: refused.status, message: refused.body.error?.message }).toEqual({
        body,
        status: 400,
        message: 'Dữ liệu gửi lên không hợp lệ: mỗi ô là một đoạn chữ.',
      });
    }
    expect(await footprint()).toEqual(before);
  });

  it('refuses a code, domain or slug another commune has (409) and writes nothing', async () => {
    const before = await footprint();
    const khanhKhe = await db.query<{ code: string; name: string }>("SELECT code, name FROM communes WHERE slug = 'khanh-khe'");
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { name: 'Xã Khánh Khê Mới', code: khanhKhe[0]?.code, province: 'Lạng Sơn', domain: 'khanhkhe-moi.langson.gov.vn' },
        `mã đơn vị hành chính “${khanhKhe[0]?.code}” đã là của ${khanhKhe[0]?.name}: mỗi xã, phường chỉ thêm một lần`,
      ],
      [
        { name: 'Xã Sơn Giang Hai', code: '06303', province: 'Hà Tĩnh', domain: commune('son-giang').primaryDomain },
        `tên miền “${commune('son-giang').primaryDomain}” đã được dùng cho`,
      ],
      [
        { name: 'Xã Khánh Khê', code: '06304', province: 'Lạng Sơn', domain: 'khanhkhe2.langson.gov.vn' },
        'slug “khanh-khe” đã được dùng cho',
      ],
    ];
    for (const [body, reason] of cases) {
      const response = await add(body);
      expect({ body, status: response.status }).toEqual({ body, status: 409 });
      expect(response.body.error?.details?.reasons?.[0]).toContain(reason);
    }
    expect(await footprint()).toEqual(before);
  });

  it('keeps nothing of a commune whose provisioning fails half-way (one transaction)', async () => {
    const before = await footprint();
    // The fifth account's insert fails: the commune, categories, pages and four accounts are already written.
    await db.query(`CREATE FUNCTION refuse_test_account() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.email = 'hong.giua.chung@thu.nghiem.vn' THEN RAISE EXCEPTION 'disk full (test)'; END IF; RETURN NEW; END $$`);
    await db.query('CREATE TRIGGER refuse_test_account BEFORE INSERT ON admin_users FOR EACH ROW EXECUTE FUNCTION refuse_test_account()');
    try {
      const response = await add({
        name: 'Xã Hỏng Giữa Chừng',
        code: '06305',
        province: 'Lạng Sơn',
        domain: 'hong.langson.gov.vn',
        emails: { contributor: 'hong.giua.chung@thu.nghiem.vn' },
      });
      expect(response.status).toBe(500);
      expect(JSON.stringify(response.body)).not.toContain('disk full');
    } finally {
      await db.query('DROP TRIGGER refuse_test_account ON admin_users');
      await db.query('DROP FUNCTION refuse_test_account()');
    }
    expect(await footprint()).toEqual(before);
    expect(await db.query("SELECT 1 FROM admin_users WHERE email LIKE '%hong.langson.gov.vn'")).toEqual([]);
  });

  it('creates a commune once when two people add it at the same time', async () => {
    const body = { name: 'Xã Song Song', code: '06306', province: 'Lạng Sơn', domain: 'songsong.langson.gov.vn' };
    const statuses = (await Promise.all([add(body), add(body)])).map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await db.query("SELECT 1 FROM communes WHERE code = '06306'")).toHaveLength(1);
  });
});
