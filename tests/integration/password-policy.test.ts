/**
 * The password policy (issue 13, item 3) on every route that sets an admin password, and the
 * admin session lifetimes (item 4), over HTTP against the real Strapi on an empty database:
 *
 * - invitation registration, reset by link, one's own change and province IT's change refuse a
 *   weak password with 400 and a Vietnamese message, and change nothing (the hash, the tokens,
 *   the sessions stay as they were); a good password then goes through;
 * - sessions: 2 hours idle and 12 hours in all whatever "remember me" says, the cookie ends with
 *   the browser, and a password change ends the person's other sessions.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient, type JsonResponse, type StrapiErrorBody } from '../support/http';
import { prepareStrapi, startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const GOOD = 'Rung-Tre-Doi-Nui-2026';
const BETTER = 'Doi-Che-Xanh-2027';

let db: TestDatabase;
let strapi: StrapiInstance;
let province: AdminClient;
let contributorRole: number;

interface UserRow {
  password: string | null;
  registration_token: string | null;
  reset_password_token: string | null;
  is_active: boolean;
}

const userRow = async (email: string): Promise<UserRow> => {
  const [row] = await db.query<UserRow>(
    'SELECT password, registration_token, reset_password_token, is_active FROM admin_users WHERE email = $1',
    [email],
  );
  if (!row) throw new Error(`no admin user ${email}`);
  return row;
};

async function post<Body>(path: string, body: unknown): Promise<JsonResponse<Body & StrapiErrorBody>> {
  const response = await fetch(`${strapi.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body & StrapiErrorBody };
}

/** Weak passwords for a person called Nguyễn Thị Hoa <hoa.nguyen@…>, each with the message it gets. */
const WEAK: Array<[string, string, RegExp]> = [
  ['too short (Strapi accepted it)', 'Password1', /^Mật khẩu phải có ít nhất 12 ký tự\.$/],
  ['on the common list, decorated', 'Password2026!', /^Mật khẩu này quá phổ biến/],
  ['a look-alike of a common one', 'P@ssw0rd-12345', /^Mật khẩu này quá phổ biến/],
  ['Vietnamese and common', 'MatKhau@123456', /^Mật khẩu này quá phổ biến/],
  ['the name, without diacritics', 'NguyenHoa-2026x', /^Mật khẩu không được chứa họ, tên/],
  ['the e-mail local part', 'hoa.nguyen#Rung99', /^Mật khẩu không được chứa họ, tên/],
];

/** An invited account (not yet registered) and its registration token. */
async function invite(email: string): Promise<string> {
  const created = await province.call<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    email,
    firstname: 'Hoa',
    lastname: 'Nguyễn Thị',
    roles: [contributorRole],
  });
  expect(created.status).toBe(201);
  return created.body.data.registrationToken;
}

async function registered(email: string): Promise<AdminClient> {
  const token = await invite(email);
  expect(
    (await post('/admin/register', { registrationToken: token, userInfo: { firstname: 'Hoa', lastname: 'Nguyễn Thị', password: GOOD } }))
      .status,
  ).toBe(200);
  return AdminClient.login(strapi.url, email, GOOD);
}

beforeAll(async () => {
  db = await createTestDatabase('password_policy');
  const setup = await prepareStrapi(db.url);
  strapi = await startStrapi(setup);
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  contributorRole = await province.roleIdByCode('commune-contributor');
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('accepting an invitation (POST /admin/register)', () => {
  const email = 'hoa.nguyen@dang.ky.vn';
  let token: string;

  beforeAll(async () => {
    token = await invite(email);
  });

  it.each(WEAK)('refuses a password %s with 400 in Vietnamese, and the invitation stays unused', async (_label, password, message) => {
    const before = await userRow(email);
    const answer = await post('/admin/register', {
      registrationToken: token,
      userInfo: { firstname: 'Hoa', lastname: 'Nguyễn Thị', password },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.name).toBe('ValidationError');
    expect(answer.body.error?.message).toMatch(message);
    expect(answer.body.error?.details).toEqual({
      errors: [expect.objectContaining({ path: ['userInfo', 'password'], message: answer.body.error?.message })],
    });
    expect(await userRow(email)).toEqual(before);
    expect(before).toMatchObject({ password: null, registration_token: token, is_active: false });
  });

  it('judges the names the person types in, not only the stored ones', async () => {
    const answer = await post('/admin/register', {
      registrationToken: token,
      userInfo: { firstname: 'Phượng', lastname: 'Lò', password: 'Phuong-Bay-Cao-2026' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(/^Mật khẩu không được chứa họ, tên/);
  });

  it('accepts a good password', async () => {
    const answer = await post('/admin/register', {
      registrationToken: token,
      userInfo: { firstname: 'Hoa', lastname: 'Nguyễn Thị', password: GOOD },
    });
    expect(answer.status).toBe(200);
    expect(await userRow(email)).toMatchObject({ registration_token: null, is_active: true });
  });
});

describe('resetting by the e-mailed link (POST /admin/reset-password)', () => {
  const email = 'hoa.nguyen@dat.lai.vn';
  const resetToken = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0';

  beforeAll(async () => {
    await registered(email);
    // What POST /admin/forgot-password stores before it mails the link.
    await db.query(
      "UPDATE admin_users SET reset_password_token = $1, reset_password_token_expires_at = now() + interval '1 hour' WHERE email = $2",
      [resetToken, email],
    );
  });

  it.each(WEAK)('refuses a password %s, and neither the password nor the link changes', async (_label, password, message) => {
    const before = await userRow(email);
    const answer = await post('/admin/reset-password', { resetPasswordToken: resetToken, password });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(message);
    expect(await userRow(email)).toEqual(before);
    expect(before.reset_password_token).toBe(resetToken);
  });

  it('accepts a good password', async () => {
    const answer = await post('/admin/reset-password', { resetPasswordToken: resetToken, password: BETTER });
    expect(answer.status).toBe(200);
    await AdminClient.login(strapi.url, email, BETTER);
  });
});

describe('changing one’s own password (PUT /admin/users/me)', () => {
  const email = 'hoa.nguyen@tu.doi.vn';
  let me: AdminClient;
  let elsewhere: AdminClient;

  beforeAll(async () => {
    me = await registered(email);
    elsewhere = await AdminClient.login(strapi.url, email, GOOD);
  });

  it.each(WEAK)('refuses a password %s; the password and every session stay', async (_label, password, message) => {
    const before = await userRow(email);
    const answer = await me.call<StrapiErrorBody>('PUT', '/admin/users/me', { currentPassword: GOOD, password });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(message);
    expect(await userRow(email)).toEqual(before);
    expect((await me.call('GET', '/admin/users/me')).status).toBe(200);
    expect((await elsewhere.call('GET', '/admin/users/me')).status).toBe(200);
  });

  it('a good password goes through and ends the person’s other sessions', async () => {
    const answer = await me.call('PUT', '/admin/users/me', { currentPassword: GOOD, password: BETTER });
    expect(answer.status).toBe(200);
    expect((await elsewhere.call('GET', '/admin/users/me')).status).toBe(401);
    // Strapi ends every session of the person, the one that made the change included: they sign in again.
    expect((await me.call('GET', '/admin/users/me')).status).toBe(401);
    await AdminClient.login(strapi.url, email, BETTER);
  });
});

describe('province IT setting someone’s password (PUT /admin/users/:id)', () => {
  const email = 'hoa.nguyen@tinh.dat.vn';
  let person: AdminClient;
  let id: number;

  beforeAll(async () => {
    person = await registered(email);
    const [row] = await db.query<{ id: number }>('SELECT id FROM admin_users WHERE email = $1', [email]);
    id = row?.id ?? 0;
  });

  it.each(WEAK)('refuses a password %s and changes nothing', async (_label, password, message) => {
    const before = await userRow(email);
    const answer = await province.call<StrapiErrorBody>('PUT', `/admin/users/${id}`, { password });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.message).toMatch(message);
    expect(await userRow(email)).toEqual(before);
    expect((await person.call('GET', '/admin/users/me')).status).toBe(200);
  });

  it('a good password goes through and ends the person’s sessions (Strapi did not)', async () => {
    expect((await province.call('PUT', `/admin/users/${id}`, { password: BETTER })).status).toBe(200);
    expect((await person.call('GET', '/admin/users/me')).status).toBe(401);
    await AdminClient.login(strapi.url, email, BETTER);
  });
});

describe('session lifetimes', () => {
  interface SessionRow {
    type: string;
    idle_seconds: number;
    absolute_seconds: number;
  }

  it('“remember me” is ignored: 2 hours idle, 12 hours in all, a cookie that ends with the browser; access tokens last 30 minutes', async () => {
    const email = 'hoa.nguyen@phien.vn';
    await registered(email);
    await db.query('DELETE FROM strapi_sessions');
    const response = await fetch(`${strapi.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: GOOD, rememberMe: true }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('strapi_admin_refresh='));
    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/expires=|max-age=/i);
    const sessions = await db.query<SessionRow>(
      `SELECT type, extract(epoch FROM expires_at - created_at)::int AS idle_seconds, extract(epoch FROM absolute_expires_at - created_at)::int AS absolute_seconds FROM strapi_sessions`,
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.type).toBe('session');
    expect(Math.abs((sessions[0]?.idle_seconds ?? 0) - 2 * 3600)).toBeLessThan(5);
    expect(Math.abs((sessions[0]?.absolute_seconds ?? 0) - 12 * 3600)).toBeLessThan(5);
    const { data } = (await response.json()) as { data: { token: string } };
    const payload = JSON.parse(Buffer.from(data.token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat: number; exp: number };
    expect(payload.exp - payload.iat).toBe(30 * 60);
  });
});
