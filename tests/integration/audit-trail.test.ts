/**
 * The audit trail (plugins/audit-trail), over HTTP against the real Strapi with the demo seed,
 * behind a "proxy" at 127.0.0.1 (TRUSTED_PROXIES): every request carries the client's address in
 * X-Forwarded-For, a different one per action, and each action must be found in the trail with
 * its actor, that address, its commune, its action code and its outcome. Then: the table refuses
 * UPDATE, DELETE and TRUNCATE from the application's own database user; the retention purge
 * removes only what is old enough; who may read which rows; the Excel export reads back; and the
 * production log is JSON lines with the request's fields and none of the secrets used.
 */
import { Workbook } from 'exceljs';
import {
  AUDIT_EXPORT_COLUMNS,
  AUDIT_EXPORT_SHEET,
  type AuditAccessResponse,
  type AuditEntry,
  type AuditListResponse,
} from '../../plugins/audit-trail/shared';
import { type TestDatabase } from '../support/database';
import { adminLogin } from '../support/admin-login';
import { AdminClient, type JsonResponse, type StrapiErrorBody } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';

const ARTICLE = 'api::article.article';
const COMMUNE = 'plugin::commune-tenancy.commune';
const CM = '/content-manager/collection-types';
const PASSWORD = 'Nhat-Ky-2026';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
const communes: Record<string, { id: number; documentId: string }> = {};
/** People by name: their token (after signing in) and user id. */
const people: Record<string, { email: string; id: number; token: string }> = {};
/** Every secret used in this file, searched for in the trail and the log. */
const secrets: string[] = [];

let nextAddress = 10;
/** A new client address for each action, so each row can only match its own. */
const newAddress = (): string => `198.51.100.${nextAddress++}`;

type Answer<Body = Record<string, unknown>> = JsonResponse<Body & StrapiErrorBody>;

/** A request from `address`, as the proxy forwards it. */
const USER_AGENT = 'Kiem-thu-nhat-ky/1.0';

async function act<Body = Record<string, unknown>>(
  token: string | null,
  method: string,
  path: string,
  address: string,
  body?: unknown,
): Promise<Answer<Body>> {
  const headers: Record<string, string> = { 'x-forwarded-for': address, 'user-agent': USER_AGENT };
  if (token) headers.authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${strapi.url}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(60000) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // not JSON (an export)
  }
  return { status: response.status, body: parsed as Body & StrapiErrorBody };
}

const pngForm = (name: string): FormData => {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  return form;
};

interface Row {
  actor_user_id: number | null;
  actor_email: string | null;
  client_address: string | null;
  user_agent: string | null;
  commune_id: number | null;
  action: string;
  category: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  http_status: number | null;
  request_id: string | null;
}

/** The one row recorded from `address`. */
async function rowFrom(address: string): Promise<Row> {
  const rows = await db.query<Row>('SELECT * FROM audit_events WHERE client_address = $1', [address]);
  if (rows.length !== 1) throw new Error(`expected one trail row from ${address}, found ${rows.length}: ${JSON.stringify(rows)}`);
  return rows[0] as Row;
}

/** Signs in from `address` as a browser would: the password, then (enrolling the first time) the code. */
async function signIn(name: string, address = newAddress()): Promise<void> {
  const person = people[name];
  if (!person) throw new Error(`no person ${name}`);
  person.token = await adminLogin(strapi.url, person.email, PASSWORD, { 'x-forwarded-for': address, 'user-agent': USER_AGENT });
  secrets.push(person.token);
}

const token = (name: string): string => people[name]?.token ?? '';

beforeAll(async () => {
  const seeded = await createSeededDatabase('audit_trail');
  db = seeded.db;
  setup = seeded.setup;
  // Five free failures, the fifth locks (plugins/account-security): a lock without long waits.
  Object.assign(setup.env, { TRUSTED_PROXIES: '127.0.0.1', STRAPI_LOG_LEVEL: 'http', LOGIN_FREE_FAILURES: '5', ACCOUNT_LOCK_AFTER: '5' });
  strapi = await startStrapi(setup);
  const superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  secrets.push(superAdmin.token);
  const [superRow] = await db.query<{ id: number }>('SELECT id FROM admin_users WHERE email = $1', [SUPER_ADMIN.email]);
  people.province = { email: SUPER_ADMIN.email, id: superRow?.id ?? 0, token: superAdmin.token };
  for (const row of await db.query<{ id: number; document_id: string; slug: string }>(
    "SELECT id, document_id, slug FROM communes WHERE slug IN ('khanh-khe', 'son-giang', 'quoc-tuan')",
  )) {
    communes[row.slug] = { id: row.id, documentId: row.document_id };
  }
  const join = async (name: string, role: string, slug: string, boardRole: string, isCommuneAdmin: boolean) => {
    // Strapi keeps e-mails in lower case.
    const email = `${name.toLowerCase()}@nhatky.thu.vn`;
    const id = await superAdmin.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await superAdmin.roleIdByCode(role)],
    });
    const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
      adminUserId: id,
      commune: communes[slug]?.documentId,
      boardRole,
      isCommuneAdmin,
    });
    expect(membership.status).toBe(200);
    people[name] = { email, id, token: '' };
  };
  await join('adminA', 'commune-admin', 'khanh-khe', 'member', true);
  await join('headA', 'commune-board-head', 'khanh-khe', 'head', false);
  await join('adminB', 'commune-admin', 'son-giang', 'member', true);
  for (const name of ['adminA', 'headA', 'adminB']) await signIn(name);
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

const khanhKhe = () => communes['khanh-khe'] ?? { id: 0, documentId: '' };
const sonGiang = () => communes['son-giang'] ?? { id: 0, documentId: '' };

describe('every class of admin action is in the trail, with who, where from, which commune and what came of it', () => {
  it('sign-in: a failure with the e-mail tried, a lock-out, a success with the account', async () => {
    const failedFrom = newAddress();
    expect((await act(null, 'POST', '/admin/login', failedFrom, { email: people.headA?.email, password: 'Sai-Mat-Khau-9' })).status).toBe(
      400,
    );
    expect(await rowFrom(failedFrom)).toMatchObject({
      action: 'sign-in.login',
      category: 'sign-in',
      outcome: 'refused',
      http_status: 400,
      actor_user_id: null,
      actor_email: people.headA?.email,
      user_agent: 'Kiem-thu-nhat-ky/1.0',
    });

    // The fifth failure on one account locks it (the one above was the first): that failure is
    // the lock, and the next try is a 429 even with the right password.
    const lockedFrom = newAddress();
    for (let attempt = 0; attempt < 4; attempt += 1)
      await act(null, 'POST', '/admin/login', lockedFrom, { email: people.headA?.email, password: `Thu-${attempt}` });
    expect((await act(null, 'POST', '/admin/login', lockedFrom, { email: people.headA?.email, password: PASSWORD })).status).toBe(429);
    const attempts = await db.query<Row>('SELECT * FROM audit_events WHERE client_address = $1 ORDER BY id', [lockedFrom]);
    expect(attempts.map((row) => `${row.action} ${row.http_status}`)).toEqual([
      ...Array<string>(3).fill('sign-in.login 400'),
      'sign-in.lock 400',
      'sign-in.locked 429',
    ]);
    expect(attempts.every((row) => row.actor_email === people.headA?.email && row.outcome === 'refused')).toBe(true);

    // Province IT unlocks it: recorded with province IT as the actor and the account as the target.
    const unlockFrom = newAddress();
    expect((await act(token('province'), 'DELETE', `/account-security/locks/${people.headA?.id}`, unlockFrom)).status).toBe(200);
    expect(await rowFrom(unlockFrom)).toMatchObject({
      action: 'sign-in.unlock',
      outcome: 'succeeded',
      actor_user_id: people.province?.id,
      target_type: 'admin-user',
      target_id: String(people.headA?.id),
    });

    // Answered before Strapi's router (here the body parser refuses malformed JSON): still a sign-in event.
    const unroutedFrom = newAddress();
    const unrouted = await fetch(`${strapi.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': unroutedFrom },
      body: '{"email": "x@y.vn", "password": ',
    });
    expect(unrouted.status).toBe(400);
    expect(await rowFrom(unroutedFrom)).toMatchObject({ action: 'sign-in.login', outcome: 'refused', http_status: 400, actor_email: null });

    // A right password opens no session by itself: the trail shows the password step, then the
    // code that signed the account in.
    const okFrom = newAddress();
    await signIn('headA', okFrom);
    const steps = await db.query<Row>('SELECT * FROM audit_events WHERE client_address = $1 ORDER BY id', [okFrom]);
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatchObject({
      action: 'sign-in.password-accepted',
      outcome: 'succeeded',
      http_status: 200,
      actor_user_id: people.headA?.id,
      actor_email: people.headA?.email,
    });
    expect(steps[1]).toMatchObject({
      action: 'sign-in.second-step',
      outcome: 'succeeded',
      http_status: 200,
      actor_user_id: people.headA?.id,
      commune_id: khanhKhe().id,
    });
  });

  it("second factor: enrolment at first sign-in, and province IT resetting someone's factor", async () => {
    const [row] = await db.query<{ id: number }>('SELECT id FROM admin_users WHERE email = $1', [people.adminB?.email]);
    // adminB enrolled in beforeAll: its first sign-in offered the enrolment and confirmed it.
    const enrolment = await db.query<Row>(
      "SELECT * FROM audit_events WHERE category = 'second-factor' AND actor_user_id = $1 ORDER BY id",
      [row?.id],
    );
    expect(enrolment.map((entry) => `${entry.action} ${entry.outcome}`)).toEqual([
      'second-factor.enrol-start succeeded',
      'second-factor.enrol succeeded',
    ]);
    expect(enrolment[1]).toMatchObject({ actor_email: people.adminB?.email, commune_id: sonGiang().id });

    // A wrong code at the second step is recorded against the account, not only an address.
    const wrongFrom = newAddress();
    const password = await act<{ data: { twoFactor: { challenge: string } } }>(null, 'POST', '/admin/login', wrongFrom, {
      email: people.adminB?.email,
      password: PASSWORD,
    });
    expect(password.status).toBe(200);
    expect(
      (
        await act(null, 'POST', '/two-factor/challenge/verify', wrongFrom, {
          challenge: password.body.data.twoFactor.challenge,
          code: '000000',
        })
      ).status,
    ).toBe(400);
    const wrong = await db.query<Row>('SELECT * FROM audit_events WHERE client_address = $1 ORDER BY id', [wrongFrom]);
    expect(wrong.map((entry) => `${entry.action} ${entry.outcome} ${entry.actor_user_id}`)).toEqual([
      `sign-in.password-accepted succeeded ${row?.id}`,
      `sign-in.second-step refused ${row?.id}`,
    ]);

    const resetFrom = newAddress();
    expect((await act(token('province'), 'POST', `/two-factor/users/${row?.id}/reset`, resetFrom)).status).toBe(200);
    expect(await rowFrom(resetFrom)).toMatchObject({
      action: 'second-factor.reset',
      category: 'second-factor',
      outcome: 'succeeded',
      actor_user_id: people.province?.id,
      target_type: 'admin-user',
      target_id: String(row?.id),
    });
    // A commune admin may not: refused, and recorded as refused.
    const refusedFrom = newAddress();
    expect((await act(token('adminA'), 'POST', `/two-factor/users/${row?.id}/reset`, refusedFrom)).status).toBe(403);
    expect(await rowFrom(refusedFrom)).toMatchObject({
      action: 'second-factor.reset',
      outcome: 'refused',
      http_status: 403,
      actor_user_id: people.adminA?.id,
    });
    // adminB signs in again: enrols anew (required for a commune admin).
    await signIn('adminB');
  });

  let article = '';
  it("content: create, update, publish through the board, delete — each under the entry's commune", async () => {
    const created = newAddress();
    const answer = await act<{ data: { documentId: string } }>(token('headA'), 'POST', `${CM}/${ARTICLE}`, created, {
      title: 'Tin nhật ký hoạt động',
      kind: 'tin',
      featured: false,
      summary: 'Tóm tắt',
      commune: { connect: [{ documentId: khanhKhe().documentId }] },
    });
    expect(answer.status).toBe(201);
    article = answer.body.data.documentId;
    expect(await rowFrom(created)).toMatchObject({
      action: 'content.create',
      outcome: 'succeeded',
      http_status: 201,
      actor_user_id: people.headA?.id,
      commune_id: khanhKhe().id,
      target_type: ARTICLE,
      target_id: article,
    });

    const updated = newAddress();
    expect(
      (await act(token('headA'), 'PUT', `${CM}/${ARTICLE}/${article}`, updated, { title: 'Tin nhật ký hoạt động (sửa)' })).status,
    ).toBe(200);
    expect(await rowFrom(updated)).toMatchObject({
      action: 'content.update',
      outcome: 'succeeded',
      commune_id: khanhKhe().id,
      target_id: article,
    });

    const view = await act<{ data: { version: number } }>(
      token('headA'),
      'GET',
      `/editorial-board/workflows/${ARTICLE}/${article}`,
      newAddress(),
    );
    const published = newAddress();
    const publish = await act(token('headA'), 'POST', `/editorial-board/workflows/${ARTICLE}/${article}/transitions`, published, {
      action: 'force_publish',
      version: view.body.data.version,
      comment: 'Tin khẩn, đăng ngay.',
    });
    expect(publish.status).toBe(200);
    expect(await rowFrom(published)).toMatchObject({
      action: 'content.publish',
      outcome: 'succeeded',
      commune_id: khanhKhe().id,
      target_type: ARTICLE,
      target_id: article,
    });

    const draft = await act<{ data: { documentId: string } }>(token('headA'), 'POST', `${CM}/${ARTICLE}`, newAddress(), {
      title: 'Bản nháp sẽ xóa',
      kind: 'tin',
      featured: false,
      commune: { connect: [{ documentId: khanhKhe().documentId }] },
    });
    expect(draft.status).toBe(201);
    const deleted = newAddress();
    expect((await act(token('headA'), 'DELETE', `${CM}/${ARTICLE}/${draft.body.data.documentId}`, deleted)).status).toBe(200);
    // Looked up before the delete: afterwards there is no row left to say which commune it was.
    expect(await rowFrom(deleted)).toMatchObject({
      action: 'content.delete',
      outcome: 'succeeded',
      commune_id: khanhKhe().id,
      target_id: draft.body.data.documentId,
    });
  });

  it("a refused attempt on another commune's entry is recorded as refused, under that commune", async () => {
    const [theirs] = await db.query<{ document_id: string }>('SELECT document_id FROM articles WHERE commune_key = $1 LIMIT 1', [
      sonGiang().id,
    ]);
    const tried = newAddress();
    const answer = await act(token('adminA'), 'PUT', `${CM}/${ARTICLE}/${theirs?.document_id}`, tried, { title: 'Sửa trộm' });
    expect([403, 404]).toContain(answer.status);
    expect(await rowFrom(tried)).toMatchObject({
      action: 'content.update',
      outcome: 'refused',
      http_status: answer.status,
      actor_user_id: people.adminA?.id,
      commune_id: sonGiang().id,
    });
  });

  it('media: upload, replace, move into a folder, delete', async () => {
    const uploaded = newAddress();
    const upload = await act<Array<{ id: number }>>(token('headA'), 'POST', '/upload', uploaded, pngForm('nhat-ky.png'));
    expect(upload.status).toBe(201);
    const fileId = upload.body[0]?.id;
    expect(await rowFrom(uploaded)).toMatchObject({
      action: 'media.upload',
      outcome: 'succeeded',
      commune_id: khanhKhe().id,
      target_type: 'upload-file',
      target_id: String(fileId),
    });

    const replaced = newAddress();
    expect((await act(token('headA'), 'POST', `/upload?id=${fileId}`, replaced, pngForm('nhat-ky-2.png'))).status).toBe(200);
    expect(await rowFrom(replaced)).toMatchObject({
      action: 'media.replace',
      outcome: 'succeeded',
      commune_id: khanhKhe().id,
      target_id: String(fileId),
    });

    const folder = await act<{ data: { id: number } }>(token('headA'), 'POST', '/upload/folders', newAddress(), {
      name: 'Ảnh nhật ký',
      parent: null,
    });
    expect(folder.status).toBe(201);
    const moved = newAddress();
    expect(
      (
        await act(token('headA'), 'POST', '/upload/actions/bulk-move', moved, {
          fileIds: [fileId],
          folderIds: [],
          destinationFolderId: folder.body.data.id,
        })
      ).status,
    ).toBe(200);
    expect(await rowFrom(moved)).toMatchObject({ action: 'media.move', outcome: 'succeeded', commune_id: khanhKhe().id });

    const deleted = newAddress();
    expect((await act(token('headA'), 'DELETE', `/upload/files/${fileId}`, deleted)).status).toBe(200);
    expect(await rowFrom(deleted)).toMatchObject({
      action: 'media.delete',
      outcome: 'succeeded',
      commune_id: khanhKhe().id,
      target_id: String(fileId),
    });
  });

  it('users and roles: create, change of role, delete — platform-wide, by province IT', async () => {
    const created = newAddress();
    const user = await act<{ data: { id: number; registrationToken: string } }>(token('province'), 'POST', '/admin/users', created, {
      email: 'tam.thoi@nhatky.thu.vn',
      firstname: 'Tạm',
      lastname: 'Thời',
      roles: [await new AdminClient(strapi.url, token('province')).roleIdByCode('commune-contributor')],
    });
    expect(user.status).toBe(201);
    secrets.push(user.body.data.registrationToken);
    expect(await rowFrom(created)).toMatchObject({
      action: 'accounts.user-create',
      outcome: 'succeeded',
      actor_user_id: people.province?.id,
      commune_id: null,
      target_type: 'admin-user',
      target_id: String(user.body.data.id),
    });

    const changed = newAddress();
    const headRole = await new AdminClient(strapi.url, token('province')).roleIdByCode('commune-board-head');
    expect((await act(token('province'), 'PUT', `/admin/users/${user.body.data.id}`, changed, { roles: [headRole] })).status).toBe(200);
    expect(await rowFrom(changed)).toMatchObject({
      action: 'accounts.user-update',
      outcome: 'succeeded',
      target_id: String(user.body.data.id),
    });

    const removed = newAddress();
    expect((await act(token('province'), 'DELETE', `/admin/users/${user.body.data.id}`, removed)).status).toBe(200);
    expect(await rowFrom(removed)).toMatchObject({
      action: 'accounts.user-delete',
      outcome: 'succeeded',
      target_id: String(user.body.data.id),
    });
  });

  it('memberships and invitations, under the commune they are for', async () => {
    const invited = newAddress();
    const invitation = await act<{ data: { inviteUrl: string } }>(token('province'), 'POST', '/commune-tenancy/invitations', invited, {
      email: 'moi.vao@nhatky.thu.vn',
      firstname: 'Mời',
      lastname: 'Vào',
      commune: sonGiang().documentId,
      boardRole: 'member',
      isCommuneAdmin: false,
    });
    expect(invitation.status).toBe(201);
    const registrationToken = new URL(invitation.body.data.inviteUrl).searchParams.get('registrationToken') ?? '';
    expect(registrationToken).not.toBe('');
    secrets.push(registrationToken);
    expect(await rowFrom(invited)).toMatchObject({ action: 'memberships.invite', outcome: 'succeeded', commune_id: sonGiang().id });

    const saved = newAddress();
    expect(
      (
        await act(token('province'), 'POST', '/commune-tenancy/memberships', saved, {
          adminUserId: people.adminB?.id,
          commune: sonGiang().documentId,
          boardRole: 'deputy',
          isCommuneAdmin: true,
        })
      ).status,
    ).toBe(200);
    expect(await rowFrom(saved)).toMatchObject({ action: 'memberships.save', outcome: 'succeeded', commune_id: sonGiang().id });
  });

  it('communes: a change of domains and a suspension, under that commune', async () => {
    const quocTuan = communes['quoc-tuan'] ?? { id: 0, documentId: '' };
    const changed = newAddress();
    const update = await act(token('province'), 'PUT', `${CM}/${COMMUNE}/${quocTuan.documentId}`, changed, {
      domainAliases: ['quoctuan-nhatky.example.vn'],
    });
    expect(update.status).toBe(200);
    expect(await rowFrom(changed)).toMatchObject({
      action: 'communes.update',
      outcome: 'succeeded',
      commune_id: quocTuan.id,
      target_id: quocTuan.documentId,
    });

    const suspended = newAddress();
    expect((await act(token('province'), 'POST', `/commune-tenancy/communes-admin/${quocTuan.documentId}/suspend`, suspended)).status).toBe(
      200,
    );
    expect(await rowFrom(suspended)).toMatchObject({ action: 'communes.suspend', outcome: 'succeeded', commune_id: quocTuan.id });
    const resumed = newAddress();
    expect((await act(token('province'), 'POST', `/commune-tenancy/communes-admin/${quocTuan.documentId}/resume`, resumed)).status).toBe(
      200,
    );
    expect(await rowFrom(resumed)).toMatchObject({ action: 'communes.resume', outcome: 'succeeded' });
  });

  it('API tokens: create and delete, and the token itself is nowhere in the trail', async () => {
    const created = newAddress();
    const answer = await act<{ data: { id: number; accessKey: string } }>(token('province'), 'POST', '/admin/api-tokens', created, {
      name: 'Nhật ký thử',
      type: 'read-only',
      lifespan: null,
      description: 'thử',
    });
    expect(answer.status).toBe(201);
    secrets.push(answer.body.data.accessKey);
    expect(await rowFrom(created)).toMatchObject({
      action: 'tokens.api-create',
      outcome: 'succeeded',
      target_id: String(answer.body.data.id),
      commune_id: null,
    });
    // The token at work: a content API call with it (for the log scan below).
    await fetch(`${strapi.url}/api/articles`, {
      headers: { authorization: `Bearer ${answer.body.data.accessKey}`, 'x-commune': 'khanh-khe' },
    });

    const revoked = newAddress();
    expect((await act(token('province'), 'DELETE', `/admin/api-tokens/${answer.body.data.id}`, revoked)).status).toBe(200);
    expect(await rowFrom(revoked)).toMatchObject({
      action: 'tokens.api-revoke',
      outcome: 'succeeded',
      target_id: String(answer.body.data.id),
    });
  });

  it("exports: the board's Excel report", async () => {
    const exported = newAddress();
    expect((await act(token('headA'), 'GET', '/editorial-board/reports/export', exported)).status).toBe(200);
    expect(await rowFrom(exported)).toMatchObject({ action: 'exports.board-report', outcome: 'succeeded', commune_id: khanhKhe().id });
  });

  it('no row holds a password, a token or a registration token', async () => {
    const all = JSON.stringify(await db.query('SELECT * FROM audit_events'));
    for (const secret of [...secrets, PASSWORD, 'Sai-Mat-Khau-9']) expect(all).not.toContain(secret);
  });
});

describe('the trail cannot be rewritten, only aged out', () => {
  it("UPDATE, DELETE and TRUNCATE by the application's database user are refused by PostgreSQL", async () => {
    await expect(db.query("UPDATE audit_events SET actor_email = 'ai.khac@x.vn'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    // Opening the guard by hand only reaches rows older than the minimum retention.
    await expect(
      db.query("BEGIN; SELECT set_config('audit_trail.purge_before', now()::text, true); DELETE FROM audit_events; COMMIT"),
    ).rejects.toThrow(/append-only/);
  });

  it('the purge removes rows older than the retention period and nothing else', async () => {
    const insert = (days: number) =>
      db.query(
        "INSERT INTO audit_events (occurred_at, category, action, outcome, method, detail) VALUES (now() - make_interval(days => $1), 'other', 'retention.test', 'succeeded', 'SYSTEM', $2)",
        [days, `${days} ngày`],
      );
    await insert(800);
    await insert(700);
    const before = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM audit_events'))[0]?.n);
    const [purged] = await db.query<{ removed: string }>('SELECT audit_events_purge(730) AS removed');
    expect(Number(purged?.removed)).toBe(1);
    const left = await db.query<{ detail: string }>("SELECT detail FROM audit_events WHERE action = 'retention.test'");
    expect(left.map((row) => row.detail)).toEqual(['700 ngày']);
    expect(Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM audit_events'))[0]?.n)).toBe(before - 1);
    await expect(db.query('SELECT audit_events_purge(5)')).rejects.toThrow(/at least 30 days/);
  });
});

describe('who reads the trail', () => {
  const list = (who: string, query = ''): Promise<Answer<AuditListResponse>> =>
    act<AuditListResponse>(token(who), 'GET', `/audit-trail/entries${query}`, newAddress());

  it('province IT reads every commune and the platform-wide rows', async () => {
    const answer = await list('province', '?pageSize=100');
    expect(answer.status).toBe(200);
    const seen = new Set(answer.body.data.map((entry) => entry.communeId));
    expect(seen).toContain(khanhKhe().id);
    expect(seen).toContain(sonGiang().id);
    expect(seen).toContain(null);
    const platform = await list('province', '?commune=none&action=accounts.user-create');
    expect(platform.body.data.length).toBeGreaterThan(0);
    expect(platform.body.data.every((entry) => entry.communeId === null)).toBe(true);
  });

  it('a commune admin reads only their commune: never a row of another, and asking for it is 403', async () => {
    const answer = await list('adminA', '?pageSize=100');
    expect(answer.status).toBe(200);
    expect(answer.body.pagination.total).toBeGreaterThan(0);
    expect(answer.body.data.every((entry) => entry.communeId === khanhKhe().id)).toBe(true);
    expect(JSON.stringify(answer.body)).not.toContain(sonGiang().documentId);
    expect((await list('adminA', `?commune=${sonGiang().documentId}`)).status).toBe(403);
    expect((await list('adminA', '?commune=none')).status).toBe(403);
    // Son Giang's admin sees Khánh Khê's admin's attempt on a Son Giang entry.
    const theirs = await list('adminB', `?person=${people.adminA?.id}`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.map((entry: AuditEntry) => entry.outcome)).toEqual(['refused']);
  });

  it("the menu link shows for those who may read: the page's permission is province IT's and the commune admin's", async () => {
    const actionsOf = async (who: string): Promise<string[]> => {
      const answer = await act<{ data: Array<{ action: string }> }>(token(who), 'GET', '/admin/users/me/permissions', newAddress());
      expect(answer.status).toBe(200);
      return answer.body.data.map((permission) => permission.action).filter((action) => action.startsWith('plugin::audit-trail.'));
    };
    expect((await actionsOf('province')).sort()).toEqual(['plugin::audit-trail.read', 'plugin::audit-trail.read-all']);
    expect(await actionsOf('adminA')).toEqual(['plugin::audit-trail.read']);
    expect(await actionsOf('headA')).toEqual([]);
  });

  it('everyone else is refused, and the page tells them so', async () => {
    expect((await list('headA')).status).toBe(403);
    const access = await act<AuditAccessResponse>(token('headA'), 'GET', '/audit-trail/access', newAddress());
    expect(access.status).toBe(200);
    expect(access.body.data.scope).toBe('none');
    expect((await act(null, 'GET', '/audit-trail/entries', newAddress())).status).toBe(401);
  });

  it('filters by person, action and dates, one page at a time; bad filters are a 400', async () => {
    const mine = await list('province', `?person=${encodeURIComponent('heada@')}&action=content.create&pageSize=1`);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toHaveLength(1);
    expect(mine.body.pagination.total).toBe(2);
    expect(mine.body.data[0]).toMatchObject({ actorEmail: people.headA?.email, action: 'content.create', actionLabel: 'Tạo nội dung' });
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await list('province', `?from=${today}&to=${today}&action=content.create`)).body.pagination.total).toBe(2);
    expect((await list('province', '?from=2020-01-01&to=2020-01-02&action=content.create')).body.pagination.total).toBe(0);
    for (const bad of ['?from=2026-13-01', '?to=hom-nay', '?page=0', '?pageSize=500', '?outcome=co-le', '?from=2026-05-02&to=2026-05-01']) {
      const answer = await list('province', bad);
      expect(answer.status).toBe(400);
      expect(answer.body.error?.message).toBeTruthy();
    }
  });

  it('exports the filtered rows to an Excel file that reads back, and records the export', async () => {
    const address = newAddress();
    const response = await fetch(`${strapi.url}/audit-trail/entries/export?category=content`, {
      headers: { authorization: `Bearer ${token('adminA')}`, 'x-forwarded-for': address },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="nhat-ky-hoat-dong-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(AUDIT_EXPORT_SHEET);
    expect(sheet).toBeDefined();
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...AUDIT_EXPORT_COLUMNS]);
    const listed = await list('adminA', '?category=content&pageSize=100');
    expect((sheet?.rowCount ?? 0) - 1).toBe(listed.body.pagination.total);
    const actions = new Set<string>();
    sheet?.eachRow((row, number) => {
      if (number > 1) actions.add(String(row.getCell(8).value));
    });
    expect(actions).toContain('content.create');
    expect(await rowFrom(address)).toMatchObject({
      action: 'exports.audit-trail',
      outcome: 'succeeded',
      actor_user_id: people.adminA?.id,
      commune_id: khanhKhe().id,
    });
  });
});

describe('the production log', () => {
  const lines = (): Array<Record<string, unknown>> =>
    strapi
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it("is JSON lines; a request's line has its id, user, client address, method, route, status and duration", async () => {
    const address = newAddress();
    const answer = await fetch(`${strapi.url}/audit-trail/access`, {
      headers: { authorization: `Bearer ${token('adminA')}`, 'x-forwarded-for': address },
    });
    const requestId = answer.headers.get('x-request-id');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const all = lines();
    expect(all.length).toBeGreaterThan(20);
    for (const line of all)
      expect(line).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.any(String), message: expect.any(String) }));
    const line = all.find((entry) => entry.requestId === requestId);
    expect(line).toEqual({
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      level: 'http',
      message: expect.stringContaining('GET /audit-trail/access'),
      requestId,
      userId: people.adminA?.id,
      clientAddress: address,
      method: 'GET',
      route: '/audit-trail/access',
      url: '/audit-trail/access',
      status: 200,
      durationMs: expect.any(Number),
    });
    // The trail row of an action carries the same request id as its log line.
    const [row] = await db.query<{ request_id: string }>("SELECT request_id FROM audit_events WHERE action = 'content.create' LIMIT 1");
    expect(all.some((entry) => entry.requestId === row?.request_id)).toBe(true);
  });

  it('holds none of the secrets this file used: sign-in tokens, the API token, the registration token, the passwords', () => {
    const output = strapi.output();
    expect(secrets.length).toBeGreaterThanOrEqual(6);
    for (const secret of [...secrets, PASSWORD]) expect(output).not.toContain(secret);
  });
});
