/**
 * Nothing reaches the public site without the board, whatever the type. Leaders, contacts,
 * categories and site settings have no draft: a saved change is on the site at once, so only the
 * head of the board and the commune admin may make one, and every change is logged. (The board's
 * own types — articles, documents, procedures, pages — are proven in editorial-board.test.ts:
 * every path to the site without the head's approval, tried by every role.)
 *
 * Over HTTP as each role, against the real Strapi with the demo seed: the deputy, the member,
 * the contributor, the province viewer, and a person who is head of another commune but deputy
 * here (their admin roles let the content manager through: only the governance guard, which
 * reads the membership of the row's commune, stops them) try create, update, delete, clone and
 * bulk delete of each type, and get a 403 with the exact reason, nothing changed in the database
 * and nothing new on the public content API. The head and the commune admin make the same changes;
 * they show on the public content API and each is in the change log with its actor.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { repoRoot } from '../../database/paths';
import { node } from '../../scripts/lib/tools';
import { type TestDatabase } from '../support/database';
import { AdminClient, ContentClient, type StrapiErrorBody } from '../support/http';
import { createSeededDatabase } from '../support/seeded';
import { UPLOADS_DIR } from '../support/uploads';
import { SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import type { ChangeEntry, ChangesResponse } from '../../plugins/editorial-board/shared';
import { liveFileRefusal, type LiveUse } from '../../plugins/editorial-board/server/src/governance/live-files';

const CM = '/content-manager/collection-types';
const PASSWORD = 'Cau-Go-Nho-2026';
const HEAD_OR_ADMIN = (what: string) => `Chỉ Trưởng ban biên tập hoặc Quản trị xã được thay đổi ${what}; thay đổi của bạn chưa được lưu.`;

interface TypeCase {
  uid: string;
  table: string;
  api: string;
  /** Exactly what an editor reads when refused. */
  refusal: string;
  create: (label: string) => Record<string, unknown>;
  /** A field to change, its database column, and a new value. */
  field: string;
  column: string;
  value: (label: string) => string;
  /** One per commune (site settings): the head updates it, but does not create a second one. */
  single?: boolean;
}

const TYPES: Record<string, TypeCase> = {
  official: {
    uid: 'api::official.official',
    table: 'officials',
    api: '/officials',
    refusal: HEAD_OR_ADMIN('lãnh đạo, cán bộ'),
    create: (label) => ({ fullName: `Nguyễn Văn ${label}`, position: 'Phó Chủ tịch UBND xã', order: 90 }),
    field: 'position',
    column: 'position',
    value: (label) => `Chủ tịch UBND xã (${label})`,
  },
  contact: {
    uid: 'api::contact.contact',
    table: 'contacts',
    api: '/contacts',
    refusal: HEAD_OR_ADMIN('thông tin liên hệ'),
    create: (label) => ({ unitName: `Tổ công tác ${label}`, role: 'Khác', order: 90 }),
    field: 'officeHours',
    column: 'office_hours',
    value: (label) => `Sáng thứ Hai đến thứ Sáu (${label})`,
  },
  category: {
    uid: 'api::category.category',
    table: 'categories',
    api: '/categories',
    refusal: HEAD_OR_ADMIN('chuyên mục'),
    create: (label) => ({ name: `Chuyên mục ${label}`, order: 90 }),
    field: 'description',
    column: 'description',
    value: (label) => `Tin về ${label}`,
  },
  siteSetting: {
    uid: 'api::site-setting.site-setting',
    table: 'site_settings',
    api: '/site-settings',
    refusal: HEAD_OR_ADMIN('cấu hình trang'),
    create: (label) => ({ siteTitle: `Trang ${label}` }),
    field: 'footerText',
    column: 'footer_text',
    value: (label) => `Chân trang do ${label} sửa`,
    single: true,
  },
};
type TypeName = keyof typeof TYPES;
const TYPE_NAMES = Object.keys(TYPES) as TypeName[];

/** The commune's people: [admin role codes, board role, commune admin?]. */
const PEOPLE = {
  head: [['commune-board-head'], 'head', false],
  admin: [['commune-admin'], 'member', true],
  deputy: [['commune-board-deputy'], 'deputy', false],
  member: [['commune-board-member'], 'member', false],
  contributor: [['commune-contributor'], 'contributor', false],
} as const;
type Person = keyof typeof PEOPLE | 'viewer' | 'mixed';

/** Everyone who may not change these types, and why they are interesting. */
const REFUSED: Person[] = ['deputy', 'member', 'contributor', 'viewer', 'mixed'];

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let superAdmin: AdminClient;
let site: ContentClient;
const users: Partial<Record<Person, AdminClient>> = {};
const userIds: Partial<Record<Person, number>> = {};
const communes: Record<string, { id: number; documentId: string }> = {};
const existing: Partial<Record<TypeName, string>> = {};
let cellsTried = 0;

const as = (person: Person): AdminClient => {
  const user = users[person];
  if (!user) throw new Error(`no user ${person}`);
  return user;
};

const khanhKhe = () => {
  const commune = communes['khanh-khe'];
  if (!commune) throw new Error('no Khánh Khê');
  return commune;
};

/** Every row of the governed tables, their links and components: any write changes this. */
async function fingerprint(): Promise<string> {
  const tables = [
    'officials',
    'contacts',
    'categories',
    'site_settings',
    'officials_commune_lnk',
    'contacts_commune_lnk',
    'categories_commune_lnk',
    'site_settings_commune_lnk',
    'site_settings_cmps',
    'components_navigation_menu_items',
  ];
  const perTable = tables
    .map((table) => `SELECT '${table}' AS name, count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`)
    .join(' UNION ALL ');
  const rows = await db.query<{ name: string; n: string; digest: string | null }>(perTable);
  return rows.map((row) => `${row.name}:${row.n}:${row.digest}`).join(' ');
}

/** What the public site's server gets for a type, for Khánh Khê. */
async function publicList(type: TypeCase): Promise<string> {
  const response = await site.get<{ data: unknown[] }>(`${type.api}?pagination[pageSize]=100&sort=id`);
  expect(response.status).toBe(200);
  return JSON.stringify(response.body.data);
}

async function publicEntry(type: TypeCase, documentId: string): Promise<Record<string, unknown> | null> {
  const response = await site.get<{ data: Array<Record<string, unknown>> }>(`${type.api}?filters[documentId][$eq]=${documentId}`);
  expect(response.status).toBe(200);
  return response.body.data[0] ?? null;
}

const changeCount = async (): Promise<number> => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM site_changes'))[0]?.n);

async function changesOf(reader: AdminClient, uid: string, documentId: string): Promise<ChangeEntry[]> {
  const response = await reader.call<ChangesResponse & StrapiErrorBody>(
    'GET',
    `/editorial-board/changes?uid=${encodeURIComponent(uid)}&documentId=${documentId}`,
  );
  expect(response.status).toBe(200);
  return response.body.data;
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('site_governance');
  db = seeded.db;
  setup = seeded.setup;
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const row of await db.query<{ id: number; document_id: string; slug: string }>(
    "SELECT id, document_id, slug FROM communes WHERE slug IN ('khanh-khe', 'son-giang')",
  )) {
    communes[row.slug] = { id: row.id, documentId: row.document_id };
  }
  const join = async (
    person: Person,
    roleCodes: readonly string[],
    memberships: Array<{ slug: string; boardRole: string; isCommuneAdmin: boolean }>,
  ) => {
    const email = `${person}@quantri.thu.vn`;
    const roleIds = await Promise.all(roleCodes.map((code) => superAdmin.roleIdByCode(code)));
    const userId = await superAdmin.createUser({ email, firstname: person, lastname: 'Thử', password: PASSWORD, roleIds });
    for (const membership of memberships) {
      const response = await superAdmin.call('POST', '/commune-tenancy/memberships', {
        adminUserId: userId,
        commune: communes[membership.slug]?.documentId,
        boardRole: membership.boardRole,
        isCommuneAdmin: membership.isCommuneAdmin,
      });
      expect(response.status).toBe(200);
    }
    userIds[person] = userId;
    users[person] = await AdminClient.login(strapi.url, email, PASSWORD);
  };
  for (const [person, [roleCodes, boardRole, isCommuneAdmin]] of Object.entries(PEOPLE)) {
    await join(person as Person, roleCodes, [{ slug: 'khanh-khe', boardRole, isCommuneAdmin }]);
  }
  await join('viewer', ['commune-province-viewer'], []);
  // Head of Sơn Giang, deputy in Khánh Khê: holds the head's admin role, which the content manager
  // honours in both communes; the membership in Khánh Khê says deputy.
  await join(
    'mixed',
    ['commune-board-head', 'commune-board-deputy'],
    [
      { slug: 'son-giang', boardRole: 'head', isCommuneAdmin: false },
      { slug: 'khanh-khe', boardRole: 'deputy', isCommuneAdmin: false },
    ],
  );
  site = new ContentClient(strapi.url, await strapi.publicToken()).as('khanh-khe');
  for (const name of TYPE_NAMES) {
    const [row] = await db.query<{ document_id: string }>(
      `SELECT document_id FROM ${TYPES[name]?.table} WHERE commune_key = $1 ORDER BY id LIMIT 1`,
      [khanhKhe().id],
    );
    if (!row) throw new Error(`the seed left Khánh Khê no ${name}`);
    existing[name] = row.document_id;
  }
});

afterAll(async () => {
  console.log(`Site governance matrix: ${cellsTried} refusal cells (type × action × role) tried.`);
  await strapi?.stop();
  await db?.drop();
});

describe('changes by anyone but the head and the commune admin are refused, and nothing reaches the site', () => {
  /** One attack: a 403 with the type's reason, nothing written, the site's answer unchanged. */
  async function refused(person: Person, type: TypeCase, attempt: () => Promise<{ status: number; body: unknown }>): Promise<void> {
    const before = await fingerprint();
    const shown = await publicList(type);
    const response = await attempt();
    expect({ person, status: response.status, message: (response.body as StrapiErrorBody).error?.message }).toEqual({
      person,
      status: 403,
      message: type.refusal,
    });
    expect(await fingerprint()).toBe(before);
    expect(await publicList(type)).toBe(shown);
    cellsTried += 1;
  }

  const payload = (type: TypeCase, label: string) => ({
    ...type.create(label),
    commune: { connect: [{ documentId: khanhKhe().documentId }] },
  });

  describe.each(TYPE_NAMES)('%s', (name) => {
    const type = TYPES[name] as TypeCase;
    const target = () => existing[name] ?? '';

    it.each(REFUSED)('create is refused to %s', async (person) => {
      await refused(person, type, () => as(person).create(type.uid, payload(type, `tạo bởi ${person}`)));
    });

    it.each(REFUSED)('update is refused to %s', async (person) => {
      await refused(person, type, () => as(person).update(type.uid, target(), { [type.field]: type.value(person) }));
    });

    it.each(REFUSED)('delete is refused to %s', async (person) => {
      await refused(person, type, () => as(person).call('DELETE', `${CM}/${type.uid}/${target()}`));
    });

    it.each(REFUSED)('clone is refused to %s', async (person) => {
      await refused(person, type, () =>
        as(person).call('POST', `${CM}/${type.uid}/clone/${target()}`, type.create(`bản sao của ${person}`)),
      );
    });

    it.each(REFUSED)('bulk delete is refused to %s', async (person) => {
      await refused(person, type, () => as(person).call('POST', `${CM}/${type.uid}/actions/bulkDelete`, { documentIds: [target()] }));
    });
  });

  it("the commune record is province IT's: a head and a commune admin are refused with the reason", async () => {
    for (const person of ['head', 'admin'] as const) {
      const before = await db.query('SELECT name, primary_domain, updated_at FROM communes WHERE id = $1', [khanhKhe().id]);
      const response = await as(person).update('plugin::commune-tenancy.commune', khanhKhe().documentId, { name: 'Xã Đổi Tên' });
      expect({ person, status: response.status, message: response.body.error?.message }).toEqual({
        person,
        status: 403,
        message: 'Chỉ cán bộ quản trị của tỉnh được thay đổi thông tin xã, phường; thay đổi của bạn chưa được lưu.',
      });
      expect(await db.query('SELECT name, primary_domain, updated_at FROM communes WHERE id = $1', [khanhKhe().id])).toEqual(before);
    }
  });

  it('logs each refused attempt with who tried, which row and the reason', async () => {
    const attempt = await as('deputy').update(TYPES.official?.uid ?? '', existing.official ?? '', { position: 'Bí thư Đảng ủy' });
    expect(attempt.status).toBe(403);
    const [entry] = await changesOf(as('head'), 'api::official.official', existing.official ?? '');
    expect(entry).toMatchObject({
      outcome: 'refused',
      action: 'update',
      actorKind: 'user',
      actor: { id: userIds.deputy, email: 'deputy@quantri.thu.vn' },
      commune: { documentId: khanhKhe().documentId },
      reason: TYPES.official?.refusal,
      fields: ['position'],
      address: expect.stringMatching(/127\.0\.0\.1/),
    });
    // Refused by the governance guard itself (the admin role let it through): logged the same way.
    expect((await as('mixed').update(TYPES.contact?.uid ?? '', existing.contact ?? '', { personName: 'Người lạ' })).status).toBe(403);
    const [guarded] = await changesOf(as('admin'), 'api::contact.contact', existing.contact ?? '');
    expect(guarded).toMatchObject({
      outcome: 'refused',
      action: 'update',
      actor: { id: userIds.mixed },
      fields: ['personName'],
      reason: TYPES.contact?.refusal,
    });
  });
});

describe('the head and the commune admin change them; the site shows it; the log says who', () => {
  describe.each(['head', 'admin'] as const)('as %s', (person) => {
    it.each(TYPE_NAMES.filter((name) => !TYPES[name]?.single))('creates, updates, clones and deletes a %s, each logged', async (name) => {
      const type = TYPES[name] as TypeCase;
      const user = as(person);
      const logged = await changeCount();

      const created = await user.create(type.uid, type.create(`của ${person}`));
      expect(created.status).toBe(201);
      const documentId = created.body.data.documentId;
      expect(await publicEntry(type, documentId)).not.toBeNull();

      const value = type.value(person);
      expect((await user.update(type.uid, documentId, { [type.field]: value })).status).toBe(200);
      expect((await publicEntry(type, documentId))?.[type.field]).toBe(value);

      const clone = await user.call<{ data: { documentId: string } }>(
        'POST',
        `${CM}/${type.uid}/clone/${documentId}`,
        type.create(`bản sao của ${person}`),
      );
      expect(clone.status).toBe(200);
      const cloneId = clone.body.data.documentId;
      expect(await publicEntry(type, cloneId)).not.toBeNull();

      expect((await user.call('DELETE', `${CM}/${type.uid}/${documentId}`)).status).toBe(200);
      const bulk = await user.call<{ count: number }>('POST', `${CM}/${type.uid}/actions/bulkDelete`, { documentIds: [cloneId] });
      expect(bulk.status).toBe(200);
      expect(bulk.body.count).toBe(1);
      expect(await publicEntry(type, documentId)).toBeNull();
      expect(await publicEntry(type, cloneId)).toBeNull();
      expect(await db.query(`SELECT 1 FROM ${type.table} WHERE document_id IN ($1, $2)`, [documentId, cloneId])).toHaveLength(0);

      // Five changes, five entries, in the same transactions as the changes.
      expect(await changeCount()).toBe(logged + 5);
      const history = await changesOf(as('head'), type.uid, documentId);
      expect(history.map((entry) => [entry.action, entry.outcome, entry.actor?.id])).toEqual([
        ['delete', 'done', userIds[person]],
        ['update', 'done', userIds[person]],
        ['create', 'done', userIds[person]],
      ]);
      const update = history[1];
      expect(update?.fields).toEqual([type.field]);
      expect(update?.before).toEqual({ [type.field]: type.create(`của ${person}`)[type.field] ?? null });
      expect(update?.after).toEqual({ [type.field]: value });
      expect(update?.commune?.documentId).toBe(khanhKhe().documentId);
      const cloned = await changesOf(as('admin'), type.uid, cloneId);
      expect(cloned.map((entry) => [entry.action, entry.actor?.id])).toEqual([
        ['delete', userIds[person]],
        ['clone', userIds[person]],
      ]);
    });

    it('changes the site settings (a field and the menu), and the site shows them', async () => {
      const type = TYPES.siteSetting as TypeCase;
      const documentId = existing.siteSetting ?? '';
      const value = type.value(person);
      // The seed's footer is a long text: the log names it without copying it. The head's is short.
      const before = person === 'head' ? {} : { footerText: TYPES.siteSetting?.value('head') };
      const menu = [
        { label: 'Trang chủ', url: '/' },
        { label: `Liên hệ (${person})`, url: '/lien-he' },
      ];
      expect((await as(person).update(type.uid, documentId, { footerText: value, menu })).status).toBe(200);
      const shown = await site.get<{ data: Array<{ footerText: string; menu: Array<{ label: string }> }> }>('/site-settings?populate=menu');
      expect(shown.body.data[0]?.footerText).toBe(value);
      expect(shown.body.data[0]?.menu.map((item) => item.label)).toEqual(['Trang chủ', `Liên hệ (${person})`]);
      const [entry] = await changesOf(as('head'), type.uid, documentId);
      expect(entry).toMatchObject({
        action: 'update',
        outcome: 'done',
        actor: { id: userIds[person] },
        fields: ['footerText', 'menu'],
        after: { footerText: value },
      });
      expect(entry?.before).toEqual(before);
    });
  });

  it("the public site shows the leaders after the head's change", async () => {
    const type = TYPES.official as TypeCase;
    const documentId = existing.official ?? '';
    const position = 'Chủ tịch Ủy ban nhân dân xã';
    expect((await as('head').update(type.uid, documentId, { position })).status).toBe(200);
    const leaders = await site.get<{ data: Array<{ documentId: string; position: string; fullName: string }> }>(
      '/officials?pagination[pageSize]=100',
    );
    expect(leaders.status).toBe(200);
    expect(leaders.body.data.length).toBeGreaterThanOrEqual(5);
    expect(leaders.body.data.find((leader) => leader.documentId === documentId)?.position).toBe(position);
  });

  it('a save that changes nothing leaves no entry', async () => {
    const type = TYPES.contact as TypeCase;
    const documentId = existing.contact ?? '';
    const [row] = await db.query<{ unit_name: string }>('SELECT unit_name FROM contacts WHERE document_id = $1', [documentId]);
    const logged = await changeCount();
    expect((await as('head').update(type.uid, documentId, { unitName: row?.unit_name })).status).toBe(200);
    expect(await changeCount()).toBe(logged);
  });
});

describe('the change log: who may read it', () => {
  it('is refused to everyone but the head, the commune admin and province IT', async () => {
    for (const person of ['deputy', 'member', 'contributor', 'viewer'] as const) {
      const response = await as(person).call<StrapiErrorBody>('GET', '/editorial-board/changes');
      expect({ person, status: response.status, message: response.body.error?.message }).toEqual({
        person,
        status: 403,
        message: 'Chỉ Trưởng ban biên tập, Quản trị xã và cán bộ quản trị của tỉnh được xem nhật ký thay đổi.',
      });
    }
  });

  it("shows a head only their communes' entries; another commune is not found; province IT sees every commune", async () => {
    const sonGiang = communes['son-giang'];
    if (!sonGiang) throw new Error('no Sơn Giang');
    // The mixed user is head of Sơn Giang: there the change is theirs to make.
    const created = await as('mixed').create('api::official.official', {
      ...TYPES.official?.create('Sơn Giang'),
      commune: { connect: [{ documentId: sonGiang.documentId }] },
    });
    expect(created.status).toBe(201);
    const sonGiangDoc = created.body.data.documentId;

    const own = await as('head').call<ChangesResponse>('GET', '/editorial-board/changes?pageSize=100');
    expect(own.status).toBe(200);
    expect(own.body.data.length).toBeGreaterThan(0);
    expect(new Set(own.body.data.map((entry) => entry.commune?.documentId))).toEqual(new Set([khanhKhe().documentId]));
    expect((await as('head').call('GET', `/editorial-board/changes?commune=${sonGiang.documentId}`)).status).toBe(404);

    const province = await superAdmin.call<ChangesResponse>(
      'GET',
      `/editorial-board/changes?uid=api::official.official&documentId=${sonGiangDoc}`,
    );
    expect(province.body.data.map((entry) => [entry.action, entry.actor?.id, entry.commune?.documentId])).toEqual([
      ['create', userIds.mixed, sonGiang.documentId],
    ]);
    const ofMixed = await as('mixed').call<ChangesResponse>('GET', `/editorial-board/changes?commune=${sonGiang.documentId}`);
    expect(ofMixed.body.data.map((entry) => entry.documentId)).toContain(sonGiangDoc);
  });

  it('answers 400 for a type without a change log and for a bad page size', async () => {
    const article = await as('head').call<StrapiErrorBody>('GET', '/editorial-board/changes?uid=api::article.article');
    expect(article.status).toBe(400);
    expect((await as('head').call('GET', '/editorial-board/changes?pageSize=1000')).status).toBe(400);
  });

  it("has the seed's changes as the system's", async () => {
    const [row] = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM site_changes WHERE actor_kind = 'system' AND outcome = 'done' AND action = 'create'",
    );
    expect(Number(row?.n)).toBeGreaterThan(0);
  });

  it('logs server code without a request as the system, and cannot be rewritten or erased by it', async () => {
    const documentId = existing.official ?? '';
    const phone = '0205 3831 999';
    const before = await db.query('SELECT * FROM site_changes ORDER BY id');
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(node, [path.join(repoRoot, 'tests/support/server-code-change-log.ts'), documentId, phone], {
        cwd: repoRoot,
        env: setup.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`server code exited with ${code}: ${text.slice(-3000)}`))));
    });
    const line = output.split('\n').find((entry) => entry.startsWith('SERVER_CODE_RESULT '));
    if (!line) throw new Error(`no result line: ${output.slice(-3000)}`);
    const attempts = JSON.parse(line.slice('SERVER_CODE_RESULT '.length)) as Array<{ name: string; refused: boolean; message: string }>;
    expect(attempts.map((attempt) => [attempt.name, attempt.refused])).toEqual([
      ['system update of a leader', false],
      ['db.query update of an entry', true],
      ['db.query updateMany of the log', true],
      ['db.query delete of an entry', true],
      ['db.query deleteMany of the log', true],
    ]);
    for (const refusal of attempts.slice(1)) expect(refusal.message).toBe('Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa.');
    const after = await db.query<{ id: number }>('SELECT * FROM site_changes ORDER BY id');
    // Every entry as it was, and one more: the system's change of the phone number.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    const [entry] = await changesOf(superAdmin, 'api::official.official', documentId);
    expect(entry).toMatchObject({
      actorKind: 'system',
      actor: null,
      address: null,
      action: 'update',
      outcome: 'done',
      fields: ['phone'],
      after: { phone },
    });
  });
});

describe('files on the site: only the head and the commune admin replace, rename or delete them', () => {
  const FILE_UID = 'plugin::upload.file';
  /** The commune's people who may upload and organise media but not change what the site shows. */
  const EDITORS = ['deputy', 'member', 'contributor', 'mixed'] as const;
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  interface SiteFile {
    id: number;
    name: string;
    uses: LiveUse[];
  }
  let cover: SiteFile;
  /** The files on disk of every file row the seed wrote (the original and its formats). */
  let seededPaths: string[];
  let pdf: SiteFile;

  /** Every file, folder and file link: any write changes this. */
  async function mediaFingerprint(): Promise<string> {
    const tables = ['files', 'upload_folders', 'files_folder_lnk', 'files_related_mph', 'upload_folders_parent_lnk'];
    const rows = await db.query<{ digest: string | null }>(
      tables.map((table) => `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t`).join(' UNION ALL '),
    );
    return rows.map((row) => row.digest ?? '-').join(' ');
  }

  /** A multipart body as the media library sends it: a new file, its info, or both. */
  function form(info: Record<string, unknown> | null, file?: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> }): FormData {
    const body = new FormData();
    if (file) body.append('files', new Blob([file.bytes], { type: file.type }), file.name);
    if (info) body.append('fileInfo', JSON.stringify(info));
    return body;
  }

  async function send(person: Person, method: string, urlPath: string, body?: FormData | Record<string, unknown>) {
    const response = await fetch(`${strapi.url}${urlPath}`, {
      method,
      headers: {
        authorization: `Bearer ${as(person).token}`,
        ...(body && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      },
      body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as StrapiErrorBody };
  }

  /** A replacement of the cover's kind (a replacement must keep the file's type: upload-safety). */
  let jpeg: Uint8Array<ArrayBuffer>;
  const replacement = () => ({ name: 'thay-the.jpg', type: 'image/jpeg', bytes: jpeg });

  /** One attack: a 403 with the exact reason, and no file, folder or link changed. */
  async function refused(person: Person, file: SiteFile, attempt: () => Promise<{ status: number; body: StrapiErrorBody }>) {
    const before = await mediaFingerprint();
    const response = await attempt();
    expect({ person, status: response.status, message: response.body?.error?.message }).toEqual({
      person,
      status: 403,
      message: liveFileRefusal(file.name, file.uses),
    });
    expect(await mediaFingerprint()).toBe(before);
    cellsTried += 1;
  }

  /** A file no published row uses. The contributor's: `mixed` has two communes and would have to choose one first. */
  async function uploadAs(person: Person, name: string, kind: 'png' | 'jpeg' = 'png'): Promise<number> {
    const file = kind === 'png' ? { name, type: 'image/png', bytes: new Uint8Array(PNG) } : { ...replacement(), name };
    const response = await send(person, 'POST', '/upload', form(null, file));
    expect(response.status).toBe(201);
    return (response.body as unknown as Array<{ id: number }>)[0]?.id ?? 0;
  }

  /**
   * Puts a file into the text of Khánh Khê's newest published article and returns that article's
   * title. The board's publish is proven elsewhere; here the published text simply holds the
   * picture. (Files the seed uploaded are never replaced here: every test database of the run
   * shares them on disk.)
   */
  async function showInPublishedText(fileId: number): Promise<string | null> {
    const [file] = await db.query<{ hash: string; ext: string }>('SELECT hash, ext FROM files WHERE id = $1', [fileId]);
    const [article] = await db.query<{ title: string }>(
      `UPDATE articles SET body = body || $2::jsonb
       WHERE id = (SELECT id FROM articles WHERE commune_key = $1 AND published_at IS NOT NULL ORDER BY id DESC LIMIT 1)
       RETURNING title`,
      [
        khanhKhe().id,
        JSON.stringify([{ type: 'image', image: { url: `/uploads/${file?.hash}${file?.ext}` }, children: [{ type: 'text', text: '' }] }]),
      ],
    );
    return article?.title ?? null;
  }

  const version = async (): Promise<number> =>
    Number(
      (await db.query<{ version: string }>('SELECT version FROM site_content_versions WHERE commune_id = $1', [khanhKhe().id]))[0]
        ?.version ?? 0,
    );

  beforeAll(async () => {
    const rows = await db.query<{ url: string; formats: Record<string, { url: string }> | null }>('SELECT url, formats FROM files');
    seededPaths = rows.flatMap((row) => [row.url, ...Object.values(row.formats ?? {}).map((format) => format.url)]);
    jpeg = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c0392b' } })
        .jpeg()
        .toBuffer(),
    );
    // The cover picture of a published article, through its media.figure component.
    const [article] = await db.query<{ id: number; name: string; title: string }>(
      `SELECT f.id, f.name, a.title FROM articles a
       JOIN articles_cmps c ON c.entity_id = a.id AND c.field = 'cover'
       JOIN files_related_mph m ON m.related_id = c.cmp_id AND m.related_type = c.component_type AND m.field = 'image'
       JOIN files f ON f.id = m.file_id
       WHERE a.commune_key = $1 AND a.published_at IS NOT NULL ORDER BY a.id LIMIT 1`,
      [khanhKhe().id],
    );
    // The PDF of a published document, a media field of the type itself.
    const [document] = await db.query<{ id: number; name: string; number_symbol: string }>(
      `SELECT f.id, f.name, d.number_symbol FROM documents d
       JOIN files_related_mph m ON m.related_id = d.id AND m.related_type = 'api::document.document' AND m.field = 'files'
       JOIN files f ON f.id = m.file_id
       WHERE d.commune_key = $1 AND d.published_at IS NOT NULL ORDER BY d.id LIMIT 1`,
      [khanhKhe().id],
    );
    if (!article || !document) throw new Error('the seed left Khánh Khê no published cover or document file');
    cover = { id: article.id, name: article.name, uses: [{ uid: 'api::article.article', label: article.title }] };
    pdf = { id: document.id, name: document.name, uses: [{ uid: 'api::document.document', label: document.number_symbol }] };
  });

  describe.each(EDITORS)('%s', (person) => {
    it('may not replace a published article’s cover picture', async () => {
      await refused(person, cover, () => send(person, 'POST', `/upload?id=${cover.id}`, form({ name: 'thay-the.jpg' }, replacement())));
    });

    it('may not rename a published document’s file, nor change a picture’s description', async () => {
      await refused(person, pdf, () => send(person, 'POST', `/upload?id=${pdf.id}`, form({ name: 'doi-ten.pdf' })));
      await refused(person, cover, () => send(person, 'POST', `/upload?id=${cover.id}`, form({ alternativeText: 'Mô tả khác' })));
    });

    it('may not delete it, alone or in a bulk delete with a file no published row uses', async () => {
      await refused(person, pdf, () => send(person, 'DELETE', `/upload/files/${pdf.id}`));
      const own = await uploadAs('contributor', `cua-${person}.png`);
      await refused(person, pdf, () => send(person, 'POST', '/upload/actions/bulk-delete', { fileIds: [own, pdf.id], folderIds: [] }));
      expect(await db.query('SELECT id FROM files WHERE id = $1', [own])).toEqual([{ id: own }]);
    });

    it('may move it into a folder, but not delete the folder with it, even beside a free file', async () => {
      const folder = await send('contributor', 'POST', '/upload/folders', { name: `Thư mục của ${person}`, parent: null });
      expect(folder.status).toBe(201);
      const folderId = (folder.body as unknown as { data: { id: number } }).data.id;
      const moved = await send(person, 'POST', '/upload/actions/bulk-move', {
        fileIds: [cover.id],
        folderIds: [],
        destinationFolderId: folderId,
      });
      expect(moved.status).toBe(200);
      const own = await uploadAs('contributor', `rieng-${person}.png`);
      await refused(person, cover, () => send(person, 'POST', '/upload/actions/bulk-delete', { fileIds: [own], folderIds: [folderId] }));
      expect(await db.query('SELECT id FROM upload_folders WHERE id = $1', [folderId])).toEqual([{ id: folderId }]);
      expect(await db.query('SELECT id FROM files WHERE id = $1', [own])).toEqual([{ id: own }]);
    });
  });

  it('leaves files no published row uses to every editor', async () => {
    const own = await uploadAs('contributor', 'nhap.png');
    expect(
      (
        await send(
          'contributor',
          'POST',
          `/upload?id=${own}`,
          form({ name: 'nhap-moi.png' }, { name: 'nhap-moi.png', type: 'image/png', bytes: new Uint8Array(PNG) }),
        )
      ).status,
    ).toBe(200);
    expect(
      (await send('contributor', 'POST', `/upload?id=${own}`, form({ name: 'nhap-doi-ten.png', alternativeText: 'Ảnh nháp' }))).status,
    ).toBe(200);
    expect((await send('contributor', 'DELETE', `/upload/files/${own}`)).status).toBe(200);
    expect(await db.query('SELECT id FROM files WHERE id = $1', [own])).toEqual([]);
  });

  it('sees a picture inside a published article’s text too', async () => {
    const own = await uploadAs('contributor', 'trong-bai.png');
    const title = await showInPublishedText(own);
    await refused('contributor', { id: own, name: 'trong-bai.png', uses: [{ uid: 'api::article.article', label: title }] }, () =>
      send('contributor', 'DELETE', `/upload/files/${own}`),
    );
  });

  it('logs a refused attempt with who tried, which file and the reason', async () => {
    const [entry] = await db.query<{
      actor_user_id: number;
      outcome: string;
      action: string;
      target_label: string;
      reason: string;
      fields: string[];
    }>(
      `SELECT actor_user_id, outcome, action, target_label, reason, fields FROM site_changes
       WHERE target_uid = $1 AND actor_user_id = $2 AND action = 'update' ORDER BY id LIMIT 1`,
      [FILE_UID, userIds.deputy],
    );
    expect(entry).toEqual({
      actor_user_id: userIds.deputy,
      outcome: 'refused',
      action: 'update',
      target_label: null,
      reason: liveFileRefusal(pdf.name, pdf.uses),
      fields: ['name'],
    });
  });

  it.each(['head', 'admin'] as const)('lets the %s rename and replace it: logged, and the site’s pages purged', async (person) => {
    const versionBefore = await version();
    const name = `quyet-dinh-${person}.pdf`;
    expect((await send(person, 'POST', `/upload?id=${pdf.id}`, form({ name }))).status).toBe(200);
    const shown = await site.get<{ data: Array<{ files?: Array<{ name: string }> }> }>(
      `/documents?filters[files][id][$eq]=${pdf.id}&populate[files][fields][0]=name`,
    );
    expect(shown.body.data[0]?.files?.map((file) => file.name)).toContain(name);
    // Renaming a seeded file changes only this test's database; a replacement writes to disk, so
    // it replaces a picture of the test's own.
    const picture = await uploadAs('contributor', `anh-cu-${person}.jpg`, 'jpeg');
    await showInPublishedText(picture);
    expect((await send(person, 'POST', `/upload?id=${picture}`, form({ name: 'anh-moi.jpg' }, replacement()))).status).toBe(200);
    expect(await version()).toBeGreaterThan(versionBefore);
    const entries = await db.query<{ action: string; outcome: string; target_label: string }>(
      `SELECT action, outcome, target_label FROM site_changes WHERE target_uid = $1 AND actor_user_id = $2 ORDER BY id`,
      [FILE_UID, userIds[person]],
    );
    expect(entries).toEqual([
      { action: 'update', outcome: 'done', target_label: name },
      { action: 'replace', outcome: 'done', target_label: 'anh-moi.jpg' },
    ]);
    pdf = { ...pdf, name };
  });

  // Every test database of a run shares the seed's files on disk: a replacement or a delete of one
  // of them here would take it from the other test files (backup-restore found it).
  it('leaves the seed’s files on disk as they were', () => {
    expect(seededPaths.length).toBeGreaterThan(100);
    expect(seededPaths.filter((url) => !existsSync(path.join(UPLOADS_DIR, path.basename(url))))).toEqual([]);
  });
});
