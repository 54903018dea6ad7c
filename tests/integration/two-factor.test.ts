/**
 * Two-step sign-in over HTTP, as the admin panel and an attacker call it: the password alone
 * gives no session to anyone who has or must have a second factor; a code is used once; a
 * recovery code is used once; wrong, expired and exhausted challenges are 4xx and change
 * nothing; a required account cannot reach content before enrolling, whatever route gave it a
 * token; province IT's reset is logged and refused to everyone else; changing the factor ends
 * the other sessions.
 */
import { completeChallenge } from '../support/admin-login';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient, type JsonResponse } from '../support/http';
import { prepareStrapi, startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';
import { freshCode, noteUsedStep, recoveryCodesOf, rememberSecret, secretOf, totpCode } from '../support/two-factor';

// Holds none of the test users' names (the password policy refuses that).
const PASSWORD = 'Mua-Xuan-Lang-Son-2026';
const ARTICLES = '/content-manager/collection-types/api::article.article?page=1&pageSize=1';
/** Any signed-in account may read its profile (the test accounts belong to no commune, so content is theirs to be refused). */
const ME = '/admin/users/me';

interface Challenge {
  challenge: string;
  step: 'verify' | 'enrol';
}

interface Answer<Body = Record<string, unknown>>
  extends JsonResponse<Body & { data?: Record<string, unknown>; error?: { status: number; details?: { code?: string } } }> {
  cookies: string[];
}

let db: TestDatabase;
let strapi: StrapiInstance;
let province: AdminClient;
let headId = 0;
/** The head's signed-in client (Strapi allows five sign-ins per account in five minutes). */
let headClient: AdminClient;
const HEAD = 'truongban.haibuoc@thu.nghiem.vn';
const MEMBER = 'thanhvien.haibuoc@thu.nghiem.vn';
const CONTRIBUTOR = 'congtacvien.haibuoc@thu.nghiem.vn';

async function send(method: string, path: string, body?: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${strapi.url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as Answer['body'], cookies: response.headers.getSetCookie() };
}

async function passwordStep(email: string, password = PASSWORD): Promise<Answer & { challenge: Challenge }> {
  const answer = await send('POST', '/admin/login', { email, password });
  expect(answer.status).toBe(200);
  const challenge = (answer.body.data as { twoFactor?: Challenge } | undefined)?.twoFactor;
  if (!challenge) throw new Error(`no challenge for ${email}: ${JSON.stringify(answer.body)}`);
  return { ...answer, challenge };
}

const errorCode = (answer: Answer): string | undefined => answer.body.error?.details?.code;

/** An account made as province IT makes them (invitation, then registration); returns its id. */
async function account(email: string, roleCode: string): Promise<number> {
  return province.createUser({
    email,
    firstname: 'Thử',
    lastname: 'Hai bước',
    password: PASSWORD,
    roleIds: [await province.roleIdByCode(roleCode)],
  });
}

beforeAll(async () => {
  db = await createTestDatabase('two_factor');
  strapi = await startStrapi(await prepareStrapi(db.url));
}, 240_000);

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('the password alone gives no session', () => {
  it('province IT (required, not enrolled) gets an enrolment challenge, no token, no cookie; the challenge reaches no content', async () => {
    const login = await passwordStep(SUPER_ADMIN.email, SUPER_ADMIN.password);
    expect(login.challenge.step).toBe('enrol');
    expect(login.body.data).not.toHaveProperty('token');
    expect(login.cookies).toEqual([]);
    expect((await send('GET', ARTICLES, undefined, login.challenge.challenge)).status).toBe(401);

    const offer = await send('POST', '/two-factor/challenge/enrol', { challenge: login.challenge.challenge });
    expect(offer.status).toBe(200);
    const secret = String((offer.body.data as { secret: string }).secret);
    expect((offer.body.data as { qrSvg: string }).qrSvg).toContain('<svg');
    rememberSecret(strapi.url, SUPER_ADMIN.email, secret);

    const wrong = await send('POST', '/two-factor/challenge/enrol/confirm', { challenge: login.challenge.challenge, code: '000000' });
    expect(wrong.status).toBe(400);
    expect(errorCode(wrong)).toBe('CODE_INVALID');
    expect(await db.query('SELECT 1 FROM two_factor_factors')).toEqual([]);

    const confirmed = await send('POST', '/two-factor/challenge/enrol/confirm', {
      challenge: login.challenge.challenge,
      code: await freshCode(strapi.url, SUPER_ADMIN.email),
    });
    expect(confirmed.status).toBe(200);
    const data = confirmed.body.data as { token: string; user: { email: string }; recoveryCodes: string[] };
    expect(data.user.email).toBe(SUPER_ADMIN.email);
    expect(data.recoveryCodes).toHaveLength(10);
    expect(confirmed.cookies.some((cookie) => cookie.startsWith('strapi_admin_refresh='))).toBe(true);
    rememberSecret(strapi.url, SUPER_ADMIN.email, secret, data.recoveryCodes);
    province = new AdminClient(strapi.url, data.token);
    expect((await province.call('GET', ARTICLES)).status).toBe(200);

    const [row] = await db.query<{ secret_encrypted: string }>('SELECT secret_encrypted FROM two_factor_factors');
    expect(row?.secret_encrypted).toMatch(/^v1:/);
    expect(row?.secret_encrypted).not.toContain(secret);
    const hashes = await db.query<{ code_hash: string }>('SELECT code_hash FROM two_factor_recovery_codes');
    expect(hashes).toHaveLength(10);
    for (const code of data.recoveryCodes) expect(JSON.stringify(hashes)).not.toContain(code.replace('-', ''));
  });

  it('a board member (not required, not enrolled) signs in with the password as before', async () => {
    await account(MEMBER, 'commune-board-member');
    const answer = await send('POST', '/admin/login', { email: MEMBER, password: PASSWORD });
    expect(answer.status).toBe(200);
    expect(typeof (answer.body.data as { token?: string }).token).toBe('string');
  });

  it('a board head invited and registered (required) cannot use the token registration gave: 401 until enrolled', async () => {
    const created = await province.call<{ data: { id: number; registrationToken: string } }>('POST', '/admin/users', {
      email: HEAD,
      firstname: 'Trưởng',
      lastname: 'Ban',
      roles: [await province.roleIdByCode('commune-board-head')],
    });
    headId = created.body.data.id;
    const registered = await send('POST', '/admin/register', {
      registrationToken: created.body.data.registrationToken,
      userInfo: { firstname: 'Trưởng', lastname: 'Ban', password: PASSWORD },
    });
    expect(registered.status).toBe(200);
    const token = (registered.body.data as { token: string }).token;
    const refused = await send('GET', ARTICLES, undefined, token);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('TWO_FACTOR_REQUIRED');
    expect((await send('GET', '/admin/users/me', undefined, token)).status).toBe(401);

    const login = await passwordStep(HEAD);
    expect(login.challenge.step).toBe('enrol');
    const headToken = await completeChallenge(strapi.url, HEAD, login.challenge);
    expect((await send('GET', ME, undefined, headToken)).status).toBe(200);
  });
});

describe('codes are checked, used once, and refusals change nothing', () => {
  it('wrong code 400, a used step 400, the right code signs in once; the challenge is then spent', async () => {
    const login = await passwordStep(HEAD);
    expect(login.challenge.step).toBe('verify');
    const wrong = await send('POST', '/two-factor/challenge/verify', { challenge: login.challenge.challenge, code: '000000' });
    expect([wrong.status, errorCode(wrong)]).toEqual([400, 'CODE_INVALID']);
    expect(wrong.cookies).toEqual([]);

    // The code of the step used at enrolment (this step or the one before): refused as reused.
    const secret = secretOf(strapi.url, HEAD) ?? '';
    const [factor] = await db.query<{ last_step: string }>('SELECT last_step FROM two_factor_factors WHERE user_id = $1', [headId]);
    const usedStep = Number(factor?.last_step);
    if (Math.abs(usedStep - Math.floor(Date.now() / 30_000)) <= 1) {
      const replay = await send('POST', '/two-factor/challenge/verify', {
        challenge: login.challenge.challenge,
        code: totpCode(secret, usedStep * 30_000 + 1000),
      });
      expect([replay.status, errorCode(replay)]).toEqual([400, 'CODE_REUSED']);
    }

    const right = await send('POST', '/two-factor/challenge/verify', {
      challenge: login.challenge.challenge,
      code: await freshCode(strapi.url, HEAD),
    });
    expect(right.status).toBe(200);
    expect(right.cookies.some((cookie) => cookie.startsWith('strapi_admin_refresh='))).toBe(true);
    const again = await send('POST', '/two-factor/challenge/verify', {
      challenge: login.challenge.challenge,
      code: await freshCode(strapi.url, HEAD),
    });
    expect([again.status, errorCode(again)]).toEqual([400, 'CHALLENGE_INVALID']);
  });

  it('five wrong codes exhaust a challenge (429), an expired challenge is refused (400)', async () => {
    const login = await passwordStep(HEAD);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await send('POST', '/two-factor/challenge/verify', { challenge: login.challenge.challenge, code: '111111' })).status).toBe(
        400,
      );
    }
    const exhausted = await send('POST', '/two-factor/challenge/verify', {
      challenge: login.challenge.challenge,
      code: await freshCode(strapi.url, HEAD),
    });
    expect([exhausted.status, errorCode(exhausted)]).toEqual([429, 'TOO_MANY_ATTEMPTS']);

    const late = await passwordStep(SUPER_ADMIN.email, SUPER_ADMIN.password);
    await db.query("UPDATE two_factor_challenges SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND attempts = 0");
    const expired = await send('POST', '/two-factor/challenge/verify', {
      challenge: late.challenge.challenge,
      code: await freshCode(strapi.url, SUPER_ADMIN.email),
    });
    expect([expired.status, errorCode(expired)]).toEqual([400, 'CHALLENGE_EXPIRED']);
    expect((await send('POST', '/two-factor/challenge/verify', { challenge: 'not-a-challenge', code: '123456' })).status).toBe(400);
  });

  it('a recovery code signs in once; the second time it is refused', async () => {
    const [code] = recoveryCodesOf(strapi.url, SUPER_ADMIN.email);
    const first = await passwordStep(SUPER_ADMIN.email, SUPER_ADMIN.password);
    const used = await send('POST', '/two-factor/challenge/verify', { challenge: first.challenge.challenge, code: code?.toUpperCase() });
    expect(used.status).toBe(200);
    const second = await passwordStep(SUPER_ADMIN.email, SUPER_ADMIN.password);
    const reused = await send('POST', '/two-factor/challenge/verify', { challenge: second.challenge.challenge, code });
    expect([reused.status, errorCode(reused)]).toEqual([400, 'CODE_INVALID']);
    expect((await province.call<{ data: { recoveryCodesLeft: number } }>('GET', '/two-factor/me')).body.data.recoveryCodesLeft).toBe(9);
  });
});

describe('changing the factor ends the other sessions', () => {
  it('a member enrols from the settings page: other sessions end, this one goes on; new codes and turning off need password and code', async () => {
    const here = await AdminClient.login(strapi.url, MEMBER, PASSWORD);
    const elsewhere = await AdminClient.login(strapi.url, MEMBER, PASSWORD);
    const offer = await here.call<{ data: { secret: string; sealed: string } }>('POST', '/two-factor/me/enrol');
    expect(offer.status).toBe(200);
    rememberSecret(strapi.url, MEMBER, offer.body.data.secret);
    const wrong = await here.call('POST', '/two-factor/me/enrol/confirm', { sealed: offer.body.data.sealed, code: '000000' });
    expect(wrong.status).toBe(400);
    expect((await elsewhere.call('GET', ME)).status).toBe(200); // nothing changed
    const confirmed = await here.call<{ data: { recoveryCodes: string[] } }>('POST', '/two-factor/me/enrol/confirm', {
      sealed: offer.body.data.sealed,
      code: await freshCode(strapi.url, MEMBER),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data.recoveryCodes).toHaveLength(10);
    expect((await elsewhere.call('GET', ME)).status).toBe(401);
    expect((await here.call('GET', ME)).status).toBe(200);

    const badPassword = await here.call('POST', '/two-factor/me/recovery-codes', {
      password: 'Sai-Mat-Khau-1',
      code: await freshCode(strapi.url, MEMBER),
    });
    expect(badPassword.status).toBe(400);
    const renewed = await here.call<{ data: { recoveryCodes: string[] } }>('POST', '/two-factor/me/recovery-codes', {
      password: PASSWORD,
      code: await freshCode(strapi.url, MEMBER),
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.data.recoveryCodes).not.toEqual(confirmed.body.data.recoveryCodes);

    const off = await here.call('POST', '/two-factor/me/disable', { password: PASSWORD, code: await freshCode(strapi.url, MEMBER) });
    expect(off.status).toBe(200);
    expect((await here.call('GET', ME)).status).toBe(401);
  });

  it('a head (required) cannot turn it off', async () => {
    headClient = await AdminClient.login(strapi.url, HEAD, PASSWORD);
    const refused = await headClient.call<{ error: { details: { code: string } } }>('POST', '/two-factor/me/disable', {
      password: PASSWORD,
      code: await freshCode(strapi.url, HEAD),
    });
    expect([refused.status, refused.body.error.details.code]).toEqual([400, 'REQUIRED']);
    expect(await db.query('SELECT 1 FROM two_factor_factors WHERE user_id = $1', [headId])).toHaveLength(1);
  });
});

describe('province IT', () => {
  it('resets a head’s factor (logged, sessions ended, enrols again at next sign-in); nobody else may', async () => {
    const member = await AdminClient.login(strapi.url, MEMBER, PASSWORD);
    const [superAdmin] = await db.query<{ id: number }>('SELECT id FROM admin_users WHERE email = $1', [SUPER_ADMIN.email]);
    expect((await member.call('POST', `/two-factor/users/${superAdmin?.id}/reset`)).status).toBe(403);
    expect((await send('POST', `/two-factor/users/${superAdmin?.id}/reset`)).status).toBe(401);
    expect(await db.query('SELECT 1 FROM two_factor_factors WHERE user_id = $1', [superAdmin?.id])).toHaveLength(1);

    const head = headClient;
    const reset = await province.call<{ data: { userId: number; reset: boolean } }>('POST', `/two-factor/users/${headId}/reset`);
    expect(reset.status).toBe(200);
    expect(reset.body.data).toEqual({ userId: headId, reset: true });
    expect((await head.call('GET', ARTICLES)).status).toBe(401);
    expect(strapi.output()).toContain(`second factor of admin user ${headId} reset by admin user ${superAdmin?.id}`);
    expect((await passwordStep(HEAD)).challenge.step).toBe('enrol');
    expect((await province.call('POST', '/two-factor/users/999999/reset')).status).toBe(404);
    expect((await province.call('POST', '/two-factor/users/abc/reset')).status).toBe(400);
  });

  it('can require it of everyone: a contributor is then asked to enrol; the setting is province IT’s only', async () => {
    await account(CONTRIBUTOR, 'commune-contributor');
    const member = await AdminClient.login(strapi.url, MEMBER, PASSWORD);
    expect((await member.call('PUT', '/two-factor/settings', { requireAll: true })).status).toBe(403);
    expect((await province.call('PUT', '/two-factor/settings', { requireAll: 'yes' })).status).toBe(400);
    expect((await province.call('PUT', '/two-factor/settings', { requireAll: true })).status).toBe(200);
    expect((await passwordStep(CONTRIBUTOR)).challenge.step).toBe('enrol');
    // The member's session, not verified by a code, is now refused too.
    expect((await member.call('GET', ARTICLES)).status).toBe(401);
    expect((await province.call('PUT', '/two-factor/settings', { requireAll: false })).status).toBe(200);
    noteUsedStep(strapi.url, CONTRIBUTOR);
  });
});
