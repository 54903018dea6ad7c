/**
 * Maintenance windows (README "Maintenance windows") and the CMS's health endpoints, against the
 * real Strapi and PostgreSQL: province IT schedules a window in the admin (the content manager's
 * "Lịch bảo trì"), with Vietnamese refusals for windows that make no sense; a commune admin is
 * refused 403 and nothing is written; every change is in the audit trail; the public site's token
 * reads the windows not yet over and can write none. `/_ready` checks the database.
 */
import { type TestDatabase } from '../support/database';
import { AdminClient, ContentClient, type StrapiErrorBody } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { startStrapi, SUPER_ADMIN, type StrapiInstance } from '../support/strapi';

const UID = 'api::maintenance-window.maintenance-window';
const PASSWORD = 'Bao-Mat-Vung-2026-thu';

let db: TestDatabase;
let strapi: StrapiInstance;
let province: AdminClient;
let communeAdmin: AdminClient;
let site: ContentClient;

interface PublicWindow {
  id: number;
  startsAt: string;
  endsAt: string;
  message: string;
  communes: string[] | null;
}

const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * 3600_000).toISOString();
const windowCount = async (): Promise<number> =>
  Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM maintenance_windows'))[0]?.n);
const messageOf = (body: StrapiErrorBody): string => body.error?.message ?? '';

beforeAll(async () => {
  const seeded = await createSeededDatabase('maintenance_windows');
  db = seeded.db;
  strapi = await startStrapi(seeded.setup);
  province = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const [khanhKhe] = await db.query<{ document_id: string }>("SELECT document_id FROM communes WHERE slug = 'khanh-khe'");
  const userId = await province.createUser({
    email: 'khanhkhe.admin@quantri.thu.vn',
    firstname: 'Lan',
    lastname: 'Nguyễn',
    password: PASSWORD,
    roleIds: [await province.roleIdByCode('commune-admin')],
  });
  const joined = await province.call('POST', '/commune-tenancy/memberships', {
    adminUserId: userId,
    commune: khanhKhe?.document_id,
    boardRole: 'member',
    isCommuneAdmin: true,
  });
  expect(joined.status).toBe(200);
  communeAdmin = await AdminClient.login(strapi.url, 'khanhkhe.admin@quantri.thu.vn', PASSWORD);
  site = new ContentClient(strapi.url, await strapi.publicToken());
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('health endpoints of the CMS', () => {
  it('answers /_ready 200 with a small JSON when the database answers, and /_health 204', async () => {
    const ready = await fetch(`${strapi.url}/_ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect((await fetch(`${strapi.url}/_health`)).status).toBe(204);
    expect((await fetch(`${strapi.url}/_ready`, { method: 'POST' })).status).toBe(405);
  });
});

describe('province IT schedules maintenance windows', () => {
  let documentId = '';

  it('creates a window for some communes, which the site token reads', async () => {
    const created = await province.create(UID, {
      startsAt: hoursFromNow(30),
      endsAt: hoursFromNow(33),
      message: 'Nâng cấp máy chủ của tỉnh.',
      allCommunes: false,
      communes: 'khanh-khe, son-giang',
    });
    expect(created.status).toBe(201);
    documentId = created.body.data.documentId;
    const read = await site.get<{ data: PublicWindow[] }>('/maintenance-windows');
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual([
      expect.objectContaining({ message: 'Nâng cấp máy chủ của tỉnh.', communes: ['khanh-khe', 'son-giang'] }),
    ]);
    // The same answer when the site names a commune: the list is the platform's.
    expect((await site.as('khanh-khe').get<{ data: PublicWindow[] }>('/maintenance-windows')).body.data).toHaveLength(1);
  });

  it('updates it to every commune and deletes it, each change in the audit trail', async () => {
    const updated = await province.update(UID, documentId, { allCommunes: true, communes: '' });
    expect([updated.status, messageOf(updated.body)]).toEqual([200, '']);
    const read = await site.get<{ data: PublicWindow[] }>('/maintenance-windows');
    expect(read.body.data[0]?.communes).toBeNull();
    const deleted = await province.call('DELETE', `/content-manager/collection-types/${UID}/${documentId}`);
    expect(deleted.status).toBe(200);
    expect((await site.get<{ data: PublicWindow[] }>('/maintenance-windows')).body.data).toEqual([]);
    const trail = await db.query<{ method: string; http_status: number; outcome: string }>(
      'SELECT method, http_status, outcome FROM audit_events WHERE target_type = $1 AND actor_email = $2 ORDER BY id',
      [UID, SUPER_ADMIN.email],
    );
    expect(trail.map((row) => `${row.method} ${row.http_status} ${row.outcome}`)).toEqual([
      'POST 201 succeeded',
      'PUT 200 succeeded',
      'DELETE 200 succeeded',
    ]);
  });

  it('refuses a window that ends before it starts, too long, or names an unknown commune, in Vietnamese, writing nothing', async () => {
    const before = await windowCount();
    const backwards = await province.create(UID, { startsAt: hoursFromNow(10), endsAt: hoursFromNow(9), allCommunes: true });
    expect(backwards.status).toBe(400);
    expect(messageOf(backwards.body)).toBe('Thời điểm kết thúc phải sau thời điểm bắt đầu.');
    const tooLong = await province.create(UID, { startsAt: hoursFromNow(10), endsAt: hoursFromNow(10 + 24 * 30), allCommunes: true });
    expect(tooLong.status).toBe(400);
    expect(messageOf(tooLong.body)).toBe('Một lần bảo trì dài nhất 72 giờ.');
    const unknown = await province.create(UID, {
      startsAt: hoursFromNow(10),
      endsAt: hoursFromNow(11),
      allCommunes: false,
      communes: 'khanh-khe, khong-co-xa-nay',
    });
    expect(unknown.status).toBe(400);
    expect(messageOf(unknown.body)).toBe('Không có xã, phường với đường dẫn: khong-co-xa-nay.');
    const none = await province.create(UID, { startsAt: hoursFromNow(10), endsAt: hoursFromNow(11), allCommunes: false, communes: ' ' });
    expect(none.status).toBe(400);
    expect(messageOf(none.body)).toContain('Hãy ghi đường dẫn');
    expect(await windowCount()).toBe(before);
  });

  it('does not list windows that are over', async () => {
    const past = await province.create(UID, { startsAt: hoursFromNow(-5), endsAt: hoursFromNow(-4), allCommunes: true });
    expect(past.status).toBe(201);
    const read = await site.get<{ data: PublicWindow[] }>('/maintenance-windows');
    expect(read.body.data.some((window) => window.id === past.body.data.id)).toBe(false);
  });
});

describe('nobody else may write them', () => {
  it('refuses a commune admin 403 on create, update and delete, writing nothing', async () => {
    const kept = await province.create(UID, {
      startsAt: hoursFromNow(40),
      endsAt: hoursFromNow(41),
      allCommunes: true,
      message: 'Giữ nguyên',
    });
    expect(kept.status).toBe(201);
    const before = await windowCount();
    const created = await communeAdmin.create(UID, { startsAt: hoursFromNow(20), endsAt: hoursFromNow(21), allCommunes: true });
    expect(created.status).toBe(403);
    const updated = await communeAdmin.update(UID, kept.body.data.documentId, { message: 'Sửa trộm' });
    expect(updated.status).toBe(403);
    const deleted = await communeAdmin.call('DELETE', `/content-manager/collection-types/${UID}/${kept.body.data.documentId}`);
    expect(deleted.status).toBe(403);
    expect(await windowCount()).toBe(before);
    const [row] = await db.query<{ message: string }>('SELECT message FROM maintenance_windows WHERE document_id = $1', [
      kept.body.data.documentId,
    ]);
    expect(row?.message).toBe('Giữ nguyên');
  });

  it('gives the site token no write', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const answer = await site.send(method, '/maintenance-windows', { data: { startsAt: hoursFromNow(1), endsAt: hoursFromNow(2) } });
      expect([403, 404, 405]).toContain(answer.status);
    }
    expect((await new ContentClient(strapi.url).get('/maintenance-windows')).status).toBe(401);
  });
});
