/**
 * Sensitive actions ask for the password again (issue 13, item 4): creating accounts, API tokens,
 * invitations… need a password confirmed on the same device within 10 minutes (a sign-in counts).
 * Otherwise 403 with the error name PasswordConfirmationRequired and a Vietnamese message, and
 * nothing happens; POST /account-security/confirm-password with the right password lets them
 * through again. Real Strapi over HTTP on an empty database; the clock is moved by rewinding the
 * stored confirmation.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient, type StrapiErrorBody } from '../support/http';
import { prepareStrapi, startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const PASSWORD = 'Rung-Tre-Doi-Nui-2026';

let db: TestDatabase;
let strapi: StrapiInstance;
let province: AdminClient;
let contributorRole: number;

/** Moves this user's confirmations back by 11 minutes: past the 10-minute window. */
const rewind = (email: string) =>
  db.query(
    "UPDATE account_security_confirmations SET confirmed_at = confirmed_at - interval '11 minutes' WHERE user_id = (SELECT id FROM admin_users WHERE email = $1)",
    [email],
  );

const userCount = async (email: string): Promise<number> =>
  Number((await db.query<{ count: string }>('SELECT count(*) FROM admin_users WHERE email = $1', [email]))[0]?.count);

beforeAll(async () => {
  db = await createTestDatabase('password_confirmation');
  const setup = await prepareStrapi(db.url);
  setup.env.PASSWORD_CONFIRMATION_MINUTES = '10';
  strapi = await startStrapi(setup);
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  contributorRole = await province.roleIdByCode('commune-contributor');
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('a sensitive action needs a fresh password', () => {
  it('right after signing in it goes through', async () => {
    const created = await province.call('POST', '/admin/users', {
      email: 'moi.1@xac.nhan.vn',
      firstname: 'Mới',
      lastname: 'Một',
      roles: [contributorRole],
    });
    expect(created.status).toBe(201);
  });

  it.each([
    [
      'creating an account',
      'POST',
      '/admin/users',
      { email: 'moi.2@xac.nhan.vn', firstname: 'Mới', lastname: 'Hai', roles: [] as number[] },
    ],
    ['creating an API token', 'POST', '/admin/api-tokens', { name: 'khong-duoc', type: 'read-only', lifespan: null, description: 'x' }],
    [
      'inviting to a commune',
      'POST',
      '/commune-tenancy/invitations',
      { email: 'moi.3@xac.nhan.vn', firstname: 'Mới', commune: 'x', boardRole: 'member' },
    ],
    ['changing a role', 'PUT', '/admin/roles/1', { name: 'Đổi tên' }],
    // Adding a commune creates its five board accounts.
    [
      'adding a commune',
      'POST',
      '/commune-tenancy/communes-admin',
      { name: 'Xã Xác Nhận', code: '06399', province: 'Lạng Sơn', domain: 'xacnhan.langson.gov.vn' },
    ],
  ])('ten minutes later, %s is refused with 403 PasswordConfirmationRequired and nothing happens', async (_label, method, path, body) => {
    await rewind(SUPER_ADMIN.email);
    const answer = await province.call<StrapiErrorBody>(method, path, body);
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({
      status: 403,
      name: 'PasswordConfirmationRequired',
      message: 'Thao tác này cần xác nhận lại mật khẩu. Vui lòng nhập mật khẩu của bạn.',
    });
    expect(await userCount('moi.2@xac.nhan.vn')).toBe(0);
    expect(await db.query("SELECT 1 FROM strapi_api_tokens WHERE name = 'khong-duoc'")).toEqual([]);
    expect(await db.query("SELECT 1 FROM communes WHERE code = '06399'")).toEqual([]);
  });

  it('reading is not sensitive', async () => {
    expect((await province.call('GET', '/admin/users')).status).toBe(200);
  });

  it('a wrong password does not confirm; the right one lets the action through', async () => {
    const wrong = await province.call<StrapiErrorBody>('POST', '/account-security/confirm-password', { password: 'Sai-Mat-Khau-2026' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error?.message).toBe('Mật khẩu không đúng.');
    expect(
      (
        await province.call('POST', '/admin/users', {
          email: 'moi.2@xac.nhan.vn',
          firstname: 'Mới',
          lastname: 'Hai',
          roles: [contributorRole],
        })
      ).status,
    ).toBe(403);
    const right = await province.call('POST', '/account-security/confirm-password', { password: SUPER_ADMIN.password });
    expect(right.status).toBe(200);
    expect(
      (
        await province.call('POST', '/admin/users', {
          email: 'moi.2@xac.nhan.vn',
          firstname: 'Mới',
          lastname: 'Hai',
          roles: [contributorRole],
        })
      ).status,
    ).toBe(201);
  });

  it('the confirmation belongs to one device: another sign-in of the same person has its own', async () => {
    const elsewhere = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
    await db.query(
      "UPDATE account_security_confirmations SET confirmed_at = confirmed_at - interval '11 minutes' WHERE confirmed_at < (SELECT max(confirmed_at) FROM account_security_confirmations)",
    );
    expect((await elsewhere.call('GET', '/admin/users')).status).toBe(200);
    expect(
      (
        await elsewhere.call('POST', '/admin/users', {
          email: 'moi.4@xac.nhan.vn',
          firstname: 'Mới',
          lastname: 'Bốn',
          roles: [contributorRole],
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await province.call('POST', '/admin/users', {
          email: 'moi.5@xac.nhan.vn',
          firstname: 'Mới',
          lastname: 'Năm',
          roles: [contributorRole],
        })
      ).status,
    ).toBe(403);
  });

  it('someone who may not act at all still gets the route’s own 403, and confirming is for signed-in people only', async () => {
    expect((await province.call('POST', '/account-security/confirm-password', { password: SUPER_ADMIN.password })).status).toBe(200);
    await province.createUser({
      email: 'ctv@xac.nhan.vn',
      firstname: 'Cộng',
      lastname: 'Tác',
      password: PASSWORD,
      roleIds: [contributorRole],
    });
    const contributor = await AdminClient.login(strapi.url, 'ctv@xac.nhan.vn', PASSWORD);
    const refused = await contributor.call<StrapiErrorBody>('POST', '/admin/users', {
      email: 'moi.6@xac.nhan.vn',
      firstname: 'Mới',
      roles: [contributorRole],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.name).not.toBe('PasswordConfirmationRequired');
    const anonymous = await fetch(`${strapi.url}/account-security/confirm-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(anonymous.status).toBe(401);
  });
});
