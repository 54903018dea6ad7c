/**
 * The tenancy attack matrix. Two communes (Khánh Khê and Sơn Giang, with the demo content);
 * in each, a user of every commune role. Every user tries every surface against the OTHER
 * commune's content — and must fail — and the same action on their own commune's content,
 * which must work where their role allows it. The province viewer reads every commune by
 * design, so it is attacked on writes only. The content API is attacked per commune header.
 */
import { type TestDatabase } from '../support/database';
import { createSeededDatabase } from '../support/seeded';
import { AdminClient, ContentClient, type StrapiErrorBody } from '../support/http';
import { SUPER_ADMIN, startStrapi, type StrapiInstance, type StrapiSetup } from '../support/strapi';
import { registeredRoutes } from '../support/routes';
import { ATTACKING_ROLES, roleCan, runRouteSweep } from '../support/attacks/route-sweep';
import type { Verb } from '../support/attacks/route-table';
import type { VictimIds } from '../support/attacks/route-params';

const ARTICLE = 'api::article.article';
const DOCUMENT = 'api::document.document';
const CM = '/content-manager/collection-types';
const PASSWORD = 'Thu-Nghiem-2026';

const COMMUNE_ROLES = [
  'commune-admin',
  'commune-board-head',
  'commune-board-deputy',
  'commune-board-member',
  'commune-contributor',
] as const;
const BOARD_ROLE: Record<(typeof COMMUNE_ROLES)[number], string> = {
  'commune-admin': 'member',
  'commune-board-head': 'head',
  'commune-board-deputy': 'deputy',
  'commune-board-member': 'member',
  'commune-contributor': 'contributor',
};

interface CommuneFixture {
  slug: string;
  id: number;
  documentId: string;
  publishedArticle: string;
  draftArticle: string;
  category: string;
  document: string;
  fileId: number;
  folderId: number;
}

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let superAdmin: AdminClient;
const fixtures: Record<string, CommuneFixture> = {};
const users: Record<string, AdminClient> = {};
let surfacesTried = 0;
const cellsTried = new Set<string>();

const one = async <T>(sql: string, values: unknown[] = []): Promise<T> => {
  const [row] = await db.query<T & Record<string, unknown>>(sql, values);
  if (!row) throw new Error(`no row for ${sql}`);
  return row;
};

async function fixtureFor(slug: string): Promise<CommuneFixture> {
  const commune = await one<{ id: number; document_id: string }>('SELECT id, document_id FROM communes WHERE slug = $1', [slug]);
  const inCommune = (table: string, link: string, column: string) =>
    `SELECT t.document_id FROM ${table} t JOIN ${link} l ON l.${column} = t.id WHERE l.commune_id = $1`;
  const published = await one<{ document_id: string }>(
    `${inCommune('articles', 'articles_commune_lnk', 'article_id')} AND t.published_at IS NOT NULL LIMIT 1`,
    [commune.id],
  );
  const category = await one<{ document_id: string }>(`${inCommune('categories', 'categories_commune_lnk', 'category_id')} LIMIT 1`, [
    commune.id,
  ]);
  const document = await one<{ document_id: string }>(`${inCommune('documents', 'documents_commune_lnk', 'document_id')} LIMIT 1`, [
    commune.id,
  ]);
  const file = await one<{ id: number }>("SELECT id FROM files WHERE commune_id = $1 AND mime = 'application/pdf' ORDER BY id LIMIT 1", [
    commune.id,
  ]);
  const draft = await superAdmin.create(ARTICLE, {
    title: `Bản nháp riêng của ${slug}`,
    kind: 'tin',
    featured: false,
    commune: { connect: [{ documentId: commune.document_id }] },
  });
  expect(draft.status).toBe(201);
  const folder = await superAdmin.call<{ data: { id: number } }>('POST', '/upload/folders', { name: `Ảnh hội nghị ${slug}`, parent: null });
  expect(folder.status).toBe(201);
  await db.query('UPDATE upload_folders SET commune_id = $1 WHERE id = $2', [commune.id, folder.body.data.id]);
  return {
    slug,
    id: commune.id,
    documentId: commune.document_id,
    publishedArticle: published.document_id,
    draftArticle: draft.body.data.documentId,
    category: category.document_id,
    document: document.document_id,
    fileId: file.id,
    folderId: folder.body.data.id,
  };
}

beforeAll(async () => {
  const seeded = await createSeededDatabase('tenancy_matrix');
  db = seeded.db;
  setup = seeded.setup;
  strapi = await startStrapi(setup);
  superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const slug of ['khanh-khe', 'son-giang']) fixtures[slug] = await fixtureFor(slug);
  for (const slug of Object.keys(fixtures)) {
    for (const role of COMMUNE_ROLES) {
      const email = `${role}.${slug}@thu.nghiem.vn`;
      const userId = await superAdmin.createUser({
        email,
        firstname: role,
        lastname: slug,
        password: PASSWORD,
        roleIds: [await superAdmin.roleIdByCode(role)],
      });
      const membership = await superAdmin.call('POST', '/commune-tenancy/memberships', {
        adminUserId: userId,
        commune: fixtures[slug]?.documentId,
        boardRole: BOARD_ROLE[role],
        isCommuneAdmin: role === 'commune-admin',
      });
      expect(membership.status).toBe(200);
      users[`${role}@${slug}`] = await AdminClient.login(strapi.url, email, PASSWORD);
    }
  }
  const viewerEmail = 'xem.toan.tinh@thu.nghiem.vn';
  await superAdmin.createUser({
    email: viewerEmail,
    firstname: 'Xem',
    lastname: 'Tỉnh',
    password: PASSWORD,
    roleIds: [await superAdmin.roleIdByCode('commune-province-viewer')],
  });
  users['viewer'] = await AdminClient.login(strapi.url, viewerEmail, PASSWORD);
});

afterAll(async () => {
  console.log(`Tenancy attack matrix: ${cellsTried.size} cells (surface × role × direction), ${surfacesTried} attacks run.`);
  await strapi?.stop();
  await db?.drop();
});

const title = async (documentId: string): Promise<string[]> =>
  (await db.query<{ title: string }>('SELECT title FROM articles WHERE document_id = $1 ORDER BY id', [documentId])).map(
    (row) => row.title,
  );
const isPublished = async (documentId: string): Promise<boolean> =>
  (await db.query('SELECT 1 FROM articles WHERE document_id = $1 AND published_at IS NOT NULL', [documentId])).length > 0;
const articleExists = async (documentId: string): Promise<boolean> =>
  (await db.query('SELECT 1 FROM articles WHERE document_id = $1', [documentId])).length > 0;

type Attacker = (typeof COMMUNE_ROLES)[number] | 'viewer';

/**
 * The exact refusal of a write on the other commune's entry: "not found" (404) when the role may
 * do it in its own commune, 403 when the role may not do it at all (the province viewer writes
 * nothing). roles.ts is the source of who may do what.
 */
const refusalOf = (attacker: Attacker, subject: string, verb: Verb): 403 | 404 =>
  attacker !== 'viewer' && roleCan(attacker, subject, verb) ? 404 : 403;

/** Asserts the exact status, and that the answer carries nothing of the other commune. */
function expectRefused(response: { status: number; body: unknown }, status: number, victim: CommuneFixture): void {
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${text.slice(0, 300)}`);
  for (const marker of [
    victim.publishedArticle,
    victim.draftArticle,
    victim.document,
    victim.category,
    victim.documentId,
    `Ảnh hội nghị ${victim.slug}`,
  ]) {
    expect(text).not.toContain(marker);
  }
}

interface Attack {
  surface: string;
  /** Reads are allowed for the province viewer; only write attacks are run against it. */
  kind: 'read' | 'write';
  run(user: AdminClient, victim: CommuneFixture, own: CommuneFixture, attacker: Attacker): Promise<void>;
}

const ATTACKS: Attack[] = [
  {
    surface: 'content manager list',
    kind: 'read',
    async run(user, victim) {
      const response = await user.list(ARTICLE);
      expect(response.status).toBe(200);
      const seen = response.body.results?.map((entry) => entry.documentId) ?? [];
      expect(seen).not.toContain(victim.publishedArticle);
      expect(seen).not.toContain(victim.draftArticle);
    },
  },
  {
    surface: 'content manager findOne of a guessed documentId (published and draft)',
    kind: 'read',
    async run(user, victim) {
      for (const documentId of [victim.publishedArticle, victim.draftArticle]) {
        expectRefused(await user.call('GET', `${CM}/${ARTICLE}/${documentId}`), 404, victim);
      }
    },
  },
  {
    surface: 'content manager update',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      const before = await title(victim.publishedArticle);
      expectRefused(
        await user.update(ARTICLE, victim.publishedArticle, { title: 'Tấn công sửa tin' }),
        refusalOf(attacker, ARTICLE, 'update'),
        victim,
      );
      expect(await title(victim.publishedArticle)).toEqual(before);
    },
  },
  {
    surface: 'content manager delete',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      expectRefused(
        await user.call('DELETE', `${CM}/${ARTICLE}/${victim.publishedArticle}`),
        refusalOf(attacker, ARTICLE, 'delete'),
        victim,
      );
      expect(await articleExists(victim.publishedArticle)).toBe(true);
    },
  },
  {
    surface: 'content manager publish',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      expectRefused(await user.publish(ARTICLE, victim.draftArticle), refusalOf(attacker, ARTICLE, 'publish'), victim);
      expect(await isPublished(victim.draftArticle)).toBe(false);
    },
  },
  {
    surface: 'content manager unpublish and discard draft',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      expectRefused(
        await user.call('POST', `${CM}/${ARTICLE}/${victim.publishedArticle}/actions/unpublish`, {}),
        refusalOf(attacker, ARTICLE, 'publish'),
        victim,
      );
      expectRefused(
        await user.call('POST', `${CM}/${ARTICLE}/${victim.publishedArticle}/actions/discard`, {}),
        refusalOf(attacker, ARTICLE, 'update'),
        victim,
      );
      expect(await isPublished(victim.publishedArticle)).toBe(true);
    },
  },
  {
    surface: 'content manager clone',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      const before = Number((await one<{ n: string }>('SELECT count(*) AS n FROM articles')).n);
      expectRefused(
        await user.call('POST', `${CM}/${ARTICLE}/clone/${victim.publishedArticle}`, { title: 'Bản sao trộm' }),
        refusalOf(attacker, ARTICLE, 'create'),
        victim,
      );
      expect(Number((await one<{ n: string }>('SELECT count(*) AS n FROM articles')).n)).toBe(before);
    },
  },
  {
    surface: 'content manager bulk delete, publish and unpublish',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      // Naming another commune's entries refuses the whole action (guard/content-bulk.ts).
      expectRefused(
        await user.call('POST', `${CM}/${ARTICLE}/actions/bulkDelete`, { documentIds: [victim.publishedArticle] }),
        refusalOf(attacker, ARTICLE, 'delete'),
        victim,
      );
      expectRefused(
        await user.call('POST', `${CM}/${ARTICLE}/actions/bulkPublish`, { documentIds: [victim.draftArticle] }),
        refusalOf(attacker, ARTICLE, 'publish'),
        victim,
      );
      expectRefused(
        await user.call('POST', `${CM}/${ARTICLE}/actions/bulkUnpublish`, { documentIds: [victim.publishedArticle] }),
        refusalOf(attacker, ARTICLE, 'publish'),
        victim,
      );
      expect(await articleExists(victim.publishedArticle)).toBe(true);
      expect(await isPublished(victim.draftArticle)).toBe(false);
      expect(await isPublished(victim.publishedArticle)).toBe(true);
    },
  },
  {
    surface: 'relation picker',
    kind: 'read',
    async run(user, victim) {
      const response = await user.call<{ results?: Array<{ documentId: string }> }>(
        'GET',
        `/content-manager/relations/${ARTICLE}/category?pageSize=100`,
      );
      expect(response.status).toBe(200);
      expect((response.body.results ?? []).map((entry) => entry.documentId)).not.toContain(victim.category);
    },
  },
  {
    surface: 'relation write into the other commune (create and update)',
    kind: 'write',
    async run(user, victim, own) {
      const created = await user.create(ARTICLE, {
        title: 'Tin gắn chuyên mục xã khác',
        kind: 'tin',
        featured: false,
        category: { connect: [{ documentId: victim.category }] },
        commune: { connect: [{ documentId: own.documentId }] },
      });
      expectRefused(created, 403, victim);
      const updated = await user.update(ARTICLE, own.publishedArticle, { category: { connect: [{ documentId: victim.category }] } });
      expectRefused(updated, 403, victim);
      expect(await db.query("SELECT 1 FROM articles WHERE title = 'Tin gắn chuyên mục xã khác'")).toHaveLength(0);
      const crossLinks = await db.query(
        `SELECT 1 FROM articles_category_lnk l JOIN articles a ON a.id = l.article_id JOIN categories c ON c.id = l.category_id
         WHERE a.document_id = $1 AND c.document_id = $2`,
        [own.publishedArticle, victim.category],
      );
      expect(crossLinks).toHaveLength(0);
    },
  },
  {
    surface: 'relation inside a component (related documents)',
    kind: 'write',
    async run(user, victim, own) {
      const response = await user.update(DOCUMENT, own.document, {
        relatedDocuments: [{ relationKind: 'Căn cứ', document: { connect: [{ documentId: victim.document }] } }],
      });
      expectRefused(response, 403, victim);
    },
  },
  {
    surface: 'commune field in create and update payloads',
    kind: 'write',
    async run(user, victim, own) {
      const created = await user.create(ARTICLE, {
        title: 'Tin cài vào xã khác',
        kind: 'tin',
        featured: false,
        commune: { connect: [{ documentId: victim.documentId }] },
      });
      expectRefused(created, 403, victim);
      expect(await db.query("SELECT 1 FROM articles WHERE title = 'Tin cài vào xã khác'")).toHaveLength(0);
      const moved = await user.update(ARTICLE, own.publishedArticle, { commune: { connect: [{ documentId: victim.documentId }] } });
      expectRefused(moved, 403, victim);
      const communes = await db.query<{ commune_id: number }>(
        'SELECT l.commune_id FROM articles a JOIN articles_commune_lnk l ON l.article_id = a.id WHERE a.document_id = $1',
        [own.publishedArticle],
      );
      expect(new Set(communes.map((row) => row.commune_id))).toEqual(new Set([own.id]));
    },
  },
  {
    surface: 'media library list and get by id',
    kind: 'read',
    async run(user, victim) {
      const list = await user.call<{ results?: Array<{ id: number }> }>('GET', '/upload/files?pageSize=200');
      expect(list.status).toBe(200);
      expect((list.body.results ?? []).map((file) => file.id)).not.toContain(victim.fileId);
      expectRefused(await user.call('GET', `/upload/files/${victim.fileId}`), 404, victim);
    },
  },
  {
    surface: 'media replace, update and delete',
    kind: 'write',
    async run(user, victim, _own, attacker) {
      const before = await one<{ name: string }>('SELECT name FROM files WHERE id = $1', [victim.fileId]);
      const form = new FormData();
      form.append('fileInfo', JSON.stringify({ name: 'bi-thay-the.pdf', alternativeText: 'x' }));
      const replaced = await fetch(`${strapi.url}/upload?id=${victim.fileId}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${user.token}` },
        body: form,
      });
      expectRefused({ status: replaced.status, body: await replaced.text() }, refusalOf(attacker, 'media', 'update'), victim);
      expectRefused(await user.call('DELETE', `/upload/files/${victim.fileId}`), refusalOf(attacker, 'media', 'update'), victim);
      expect(await one<{ name: string }>('SELECT name FROM files WHERE id = $1', [victim.fileId])).toEqual(before);
    },
  },
  {
    surface: 'media folders: list, structure, get',
    kind: 'read',
    async run(user, victim) {
      const list = await user.call<{ data?: Array<{ id: number }> }>('GET', '/upload/folders');
      expect(list.status).toBe(200);
      expect((list.body.data ?? []).map((folder) => folder.id)).not.toContain(victim.folderId);
      const structure = await user.call('GET', '/upload/folder-structure');
      expect(structure.status).toBe(200);
      expect(JSON.stringify(structure.body)).not.toContain(`Ảnh hội nghị ${victim.slug}`);
      expectRefused(await user.call('GET', `/upload/folders/${victim.folderId}`), 404, victim);
    },
  },
  {
    surface: 'media folders: create inside, move into, bulk move and bulk delete',
    kind: 'write',
    async run(user, victim, own) {
      // Every one is the guard's 403 "of another commune" (the viewer: no media write at all).
      expectRefused(await user.call('POST', '/upload/folders', { name: 'Thư mục lấn sân', parent: victim.folderId }), 403, victim);
      expect(await db.query("SELECT 1 FROM upload_folders WHERE name = 'Thư mục lấn sân'")).toHaveLength(0);
      expectRefused(
        await user.call('POST', '/upload/actions/bulk-move', {
          fileIds: [own.fileId],
          folderIds: [],
          destinationFolderId: victim.folderId,
        }),
        403,
        victim,
      );
      expectRefused(
        await user.call('POST', '/upload/actions/bulk-move', {
          fileIds: [victim.fileId],
          folderIds: [],
          destinationFolderId: own.folderId,
        }),
        403,
        victim,
      );
      const folderOf = async (fileId: number) =>
        (await db.query<{ folder_id: number }>('SELECT folder_id FROM files_folder_lnk WHERE file_id = $1', [fileId])).map(
          (row) => row.folder_id,
        );
      expect(await folderOf(own.fileId)).not.toContain(victim.folderId);
      expect(await folderOf(victim.fileId)).not.toContain(own.folderId);
      expectRefused(
        await user.call('POST', '/upload/actions/bulk-delete', { fileIds: [victim.fileId], folderIds: [victim.folderId] }),
        403,
        victim,
      );
      expect(await db.query('SELECT 1 FROM files WHERE id = $1', [victim.fileId])).toHaveLength(1);
      expectRefused(await user.call('PUT', `/upload/folders/${victim.folderId}`, { name: 'Đổi tên trộm', parent: null }), 403, victim);
      expect(await one<{ name: string }>('SELECT name FROM upload_folders WHERE id = $1', [victim.folderId])).toEqual({
        name: `Ảnh hội nghị ${victim.slug}`,
      });
    },
  },
];

const DIRECTIONS = [
  ['khanh-khe', 'son-giang'],
  ['son-giang', 'khanh-khe'],
] as const;

describe.each(DIRECTIONS)('users of %s attack %s', (attackerSlug, victimSlug) => {
  describe.each(COMMUNE_ROLES)('as %s', (role) => {
    it.each(ATTACKS.map((attack) => [attack.surface, attack] as const))('%s fails', async (_surface, attack) => {
      const user = users[`${role}@${attackerSlug}`];
      const victim = fixtures[victimSlug];
      const own = fixtures[attackerSlug];
      if (!user || !victim || !own) throw new Error('fixtures missing');
      await attack.run(user, victim, own, role);
      surfacesTried += 1;
      cellsTried.add(`${attack.surface}|${role}|${attackerSlug}`);
    });
  });
});

describe('the province viewer reads every commune and changes none', () => {
  it.each(ATTACKS.filter((attack) => attack.kind === 'write').map((attack) => [attack.surface, attack] as const))(
    '%s fails',
    async (_surface, attack) => {
      const viewer = users['viewer'];
      const victim = fixtures['son-giang'];
      const own = fixtures['khanh-khe'];
      if (!viewer || !victim || !own) throw new Error('fixtures missing');
      await attack.run(viewer, victim, own, 'viewer');
      surfacesTried += 1;
      cellsTried.add(`${attack.surface}|viewer`);
    },
  );

  it("lists both communes' articles", async () => {
    const seen = (await users['viewer']?.list(ARTICLE))?.body.results?.map((entry) => entry.documentId) ?? [];
    expect(seen).toEqual(expect.arrayContaining([fixtures['khanh-khe']?.publishedArticle, fixtures['son-giang']?.publishedArticle]));
  });
});

describe("the same actions inside one's own commune work", () => {
  it.each(COMMUNE_ROLES)("%s sees its commune's articles, files and categories", async (role) => {
    const own = fixtures['khanh-khe'];
    const user = users[`${role}@khanh-khe`];
    if (!own || !user) throw new Error('fixtures missing');
    const seen = (await user.list(ARTICLE)).body.results?.map((entry) => entry.documentId) ?? [];
    expect(seen).toEqual(expect.arrayContaining([own.publishedArticle, own.draftArticle]));
    expect((await user.call('GET', `${CM}/${ARTICLE}/${own.publishedArticle}`)).status).toBe(200);
    const files = await user.call<{ results?: Array<{ id: number }> }>('GET', '/upload/files?pageSize=200');
    expect((files.body.results ?? []).map((file) => file.id)).toContain(own.fileId);
    const picker = await user.call<{ results?: Array<{ documentId: string }> }>(
      'GET',
      `/content-manager/relations/${ARTICLE}/category?pageSize=100`,
    );
    expect((picker.body.results ?? []).map((entry) => entry.documentId)).toContain(own.category);
  });

  it.each(COMMUNE_ROLES)("%s can edit its commune's article, and a new entry lands in its commune", async (role) => {
    const own = fixtures['khanh-khe'];
    const user = users[`${role}@khanh-khe`];
    if (!own || !user) throw new Error('fixtures missing');
    const created = await user.create(ARTICLE, { title: `Tin mới của ${role}`, kind: 'tin', featured: false });
    expect(created.status).toBe(201);
    const commune = await one<{ commune_id: number; commune_key: number }>(
      'SELECT l.commune_id, a.commune_key FROM articles a JOIN articles_commune_lnk l ON l.article_id = a.id WHERE a.document_id = $1 LIMIT 1',
      [created.body.data.documentId],
    );
    expect(commune).toEqual({ commune_id: own.id, commune_key: own.id });
    // Its own entry: the editorial board may restrict other people's drafts (contributors), not tenancy.
    const edited = await user.update(ARTICLE, created.body.data.documentId, { summary: `Sửa bởi ${role}` });
    expect(edited.status).toBe(200);
  });

  // Publishing copies the draft through the same query-layer create; it is left out here because
  // the editorial board decides who may publish from the content manager.
  it('keeps the commune key equal to the commune on create, update and clone, whatever the payload says', async () => {
    const own = fixtures['khanh-khe'];
    const victim = fixtures['son-giang'];
    const head = users['commune-board-head@khanh-khe'];
    if (!own || !victim || !head) throw new Error('fixtures missing');
    const created = await head.create(ARTICLE, { title: 'Tin kiểm tra khóa xã', kind: 'tin', featured: false, communeKey: victim.id });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    expect((await head.update(ARTICLE, documentId, { communeKey: victim.id, summary: 'Sửa' })).status).toBe(200);
    const clone = await head.call<{ data: { documentId: string } }>('POST', `${CM}/${ARTICLE}/clone/${documentId}`, {
      title: 'Bản sao kiểm tra khóa xã',
      communeKey: victim.id,
    });
    expect(clone.status).toBe(200);
    const keys = await db.query<{ commune_key: number | null; commune_id: number | null }>(
      `SELECT a.commune_key, l.commune_id FROM articles a LEFT JOIN articles_commune_lnk l ON l.article_id = a.id WHERE a.document_id IN ($1, $2)`,
      [documentId, clone.body.data.documentId],
    );
    expect(keys).toHaveLength(2); // the draft and the clone's draft
    for (const row of keys) expect(row).toEqual({ commune_key: own.id, commune_id: own.id });
    // The key is not an API field either: never output, and no filter on it.
    const api = new ContentClient(strapi.url, await strapi.publicToken());
    const listed = await api.as('khanh-khe').get<{ data: Array<Record<string, unknown>> }>('/articles?pagination[pageSize]=5');
    expect(listed.body.data.length).toBeGreaterThan(0);
    for (const entry of listed.body.data) expect(entry).not.toHaveProperty('communeKey');
    expect((await api.as('khanh-khe').get(`/articles?filters[communeKey][$eq]=${victim.id}`)).status).toBe(400);
  });

  it('every scoped row has a commune key equal to its commune', async () => {
    for (const [table, link, column] of [
      ['articles', 'articles_commune_lnk', 'article_id'],
      ['categories', 'categories_commune_lnk', 'category_id'],
      ['documents', 'documents_commune_lnk', 'document_id'],
      ['pages', 'pages_commune_lnk', 'page_id'],
    ]) {
      const stale = await db.query(
        `SELECT t.id FROM ${table} t LEFT JOIN ${link} l ON l.${column} = t.id WHERE t.commune_key IS DISTINCT FROM l.commune_id`,
      );
      expect({ table, stale }).toEqual({ table, stale: [] });
    }
  });
});

describe('refusals are answered with their reason and never stop the server', () => {
  it("creating a folder inside, or moving one into, another commune's folder is a 403 with its Vietnamese message; Strapi stays up", async () => {
    const user = users['commune-board-member@khanh-khe'];
    const victim = fixtures['son-giang'];
    const own = fixtures['khanh-khe'];
    if (!user || !victim || !own) throw new Error('fixtures missing');
    const message = 'Không được tạo hoặc chuyển thư mục vào thư mục của xã, phường khác.';
    const created = await user.call<StrapiErrorBody>('POST', '/upload/folders', { name: 'Thư mục lấn sân', parent: victim.folderId });
    expect(created.status).toBe(403);
    expect(created.body.error?.message).toBe(message);
    const moved = await user.call<StrapiErrorBody>('PUT', `/upload/folders/${own.folderId}`, {
      name: `Ảnh hội nghị ${own.slug}`,
      parent: victim.folderId,
    });
    expect(moved.status).toBe(403);
    expect(moved.body.error?.message).toBe(message);
    // A rejection nobody handles would stop the process a moment later: wait, then ask again.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await fetch(`${strapi.url}/_health`)).status).toBe(204);
    const ownFolder = await user.call('POST', '/upload/folders', { name: 'Thư mục con hợp lệ', parent: own.folderId });
    expect(ownFolder.status).toBe(201);
  });

  it("a content manager refusal carries the guard's message to the admin panel", async () => {
    // Strapi answers a ForbiddenError thrown behind its authorize step with a bare "Forbidden";
    // the guard throws PolicyError (still a 403) so that the editor reads why.
    const user = users['commune-board-head@khanh-khe'];
    const victim = fixtures['son-giang'];
    const own = fixtures['khanh-khe'];
    if (!user || !victim || !own) throw new Error('fixtures missing');
    const created = await user.create(ARTICLE, {
      title: 'Tin gửi sang xã khác',
      kind: 'tin',
      featured: false,
      commune: { connect: [{ documentId: victim.documentId }] },
    });
    expect(created.status).toBe(403);
    expect(created.body.error?.message).toBe('Bạn không được tạo nội dung cho xã, phường này.');
    const linked = await user.update(ARTICLE, own.draftArticle, { category: { connect: [{ documentId: victim.category }] } });
    expect(linked.status).toBe(403);
    expect(linked.body.error?.message).toBe('Không được liên kết tới nội dung của xã, phường khác.');
  });
});

describe("uploads go to the uploader's commune", () => {
  it.each(COMMUNE_ROLES)("%s uploads into its own commune's library, stored under the commune's name", async (role) => {
    const own = fixtures['son-giang'];
    const user = users[`${role}@son-giang`];
    if (!own || !user) throw new Error('fixtures missing');
    const [file] = await user.upload(`bien-ban-${role}.pdf`, 'application/pdf', '%PDF-1.4\n%%EOF\n');
    expect(file?.url).toMatch(/^\/uploads\/son-giang_/);
    const stored = await one<{ commune_id: number }>('SELECT commune_id FROM files WHERE id = $1', [file?.id]);
    expect(stored.commune_id).toBe(own.id);
    const others = await users[`${role}@khanh-khe`]?.call<{ results?: Array<{ id: number }> }>('GET', '/upload/files?pageSize=200');
    expect((others?.body.results ?? []).map((entry) => entry.id)).not.toContain(file?.id);
  });
});

describe("the public content API serves one commune per request, named by the site's server", () => {
  let api: ContentClient;
  beforeAll(async () => {
    api = new ContentClient(strapi.url, await strapi.publicToken());
  });

  interface Entry {
    documentId: string;
    commune?: { slug: string };
  }

  it('ignores a filter on another commune and populates only its own', async () => {
    const filtered = await api.as('khanh-khe').get<{ data: Entry[] }>('/articles?filters[commune][slug][$eq]=son-giang');
    expect(filtered.body.data).toHaveLength(0);
    const populated = await api.as('khanh-khe').get<{ data: Entry[] }>('/articles?populate=*&pagination[pageSize]=100');
    expect(new Set(populated.body.data.map((entry) => entry.commune?.slug))).toEqual(new Set(['khanh-khe']));
  });

  it("answers 404 for another commune's documentId", async () => {
    expect((await api.as('khanh-khe').get(`/articles/${fixtures['son-giang']?.publishedArticle}`)).status).toBe(404);
    expect((await api.as('son-giang').get(`/articles/${fixtures['son-giang']?.publishedArticle}`)).status).toBe(200);
  });

  it('answers 404 without a commune, for an unknown one, and for a suspended one — never unfiltered content', async () => {
    expect((await api.as(undefined).get('/articles')).status).toBe(404);
    expect((await api.as('khong-ton-tai').get('/articles')).status).toBe(404);
    await db.query("UPDATE communes SET site_status = 'suspended' WHERE slug = 'quoc-tuan'");
    expect((await api.as('quoc-tuan').get('/articles')).status).toBe(404);
    await db.query("UPDATE communes SET site_status = 'active' WHERE slug = 'quoc-tuan'");
    expect((await api.as('quoc-tuan').get('/articles')).status).toBe(200);
  });

  it('`x-commune: *` (the province host) reads the published content of every active commune, and nothing else', async () => {
    const every = api.as('*');
    const own = fixtures['khanh-khe'];
    if (!own) throw new Error('fixtures missing');
    const listed = await every.get<{ data: Entry[] }>('/articles?populate[commune][fields][0]=slug&pagination[pageSize]=100&status=draft');
    expect(listed.status).toBe(200);
    expect(new Set(listed.body.data.map((entry) => entry.commune?.slug))).toEqual(new Set(['khanh-khe', 'son-giang', 'quoc-tuan']));
    // Drafts stay out, even asked for: the draft written for the fixtures is nowhere.
    expect(listed.body.data.map((entry) => entry.documentId)).not.toContain(own.draftArticle);
    expect((await every.get(`/articles/${own.draftArticle}`)).status).toBe(404);
    // A suspended commune drops out (the guard's cache of active communes lasts a few seconds).
    await db.query("UPDATE communes SET site_status = 'suspended' WHERE slug = 'quoc-tuan'");
    try {
      const dropped = await eventually(async () => {
        const answer = await every.get<{ data: Entry[] }>('/articles?populate[commune][fields][0]=slug&pagination[pageSize]=100');
        return !answer.body.data.some((entry) => entry.commune?.slug === 'quoc-tuan');
      });
      expect(dropped).toBe(true);
    } finally {
      await db.query("UPDATE communes SET site_status = 'active' WHERE slug = 'quoc-tuan'");
    }
    // It names no one commune: the per-commune APIs (search, visits) do not answer, and it writes nothing.
    expect((await every.get('/portal-search/search?q=xa')).status).toBe(404);
    expect((await every.send('POST', '/site-stats/visits', { day: '2026-12-06', visitors: ['a'.repeat(64)] })).status).toBe(404);
    expect(
      (await every.send('POST', '/site-stats/searches', { day: '2026-12-06', searches: [{ query: 'a', searches: 1, empty: 0 }] })).status,
    ).toBe(404);
    const planted = await every.send<StrapiErrorBody>('POST', '/articles', {
      data: { title: 'Tin cài qua máy chủ tỉnh', kind: 'tin', featured: false },
    });
    expect(planted.status).toBe(403);
    expect(await db.query("SELECT 1 FROM articles WHERE title = 'Tin cài qua máy chủ tỉnh'")).toHaveLength(0);
  });
});

/** Polls `check` for up to 10 s. */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return check();
}

describe('every route Strapi registers is accounted for, and refuses the other commune', () => {
  it("the admin home page counts only the caller's communes, and its platform statistics are province IT's", async () => {
    const own = fixtures['khanh-khe'];
    if (!own) throw new Error('fixtures missing');
    const documents = async (sql: string) => Number((await one<{ n: string }>(sql, [own.id])).n);
    const published = await documents(
      'SELECT count(DISTINCT document_id) AS n FROM articles WHERE commune_key = $1 AND published_at IS NOT NULL',
    );
    const total = await documents('SELECT count(DISTINCT document_id) AS n FROM articles WHERE commune_key = $1');
    // Every table of a type that belongs to a commune (they all carry commune_key), as the database has them.
    const scopedTables = (
      await db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE column_name = 'commune_key' AND table_schema = current_schema() ORDER BY table_name",
      )
    ).map((row) => row.table_name);
    expect(scopedTables).toEqual(expect.arrayContaining(['articles', 'plans', 'site_settings', 'urgent_notices']));
    for (const role of ATTACKING_ROLES) {
      const user = users[`${role}@khanh-khe`];
      if (!user) throw new Error('fixtures missing');
      const counts = await user.call<{ data: { draft: number; published: number; modified: number } }>(
        'GET',
        '/content-manager/homepage/count-documents',
      );
      expect(counts.status).toBe(200);
      // Contributors read articles, documents and procedures; every other role more types: at
      // least the commune's articles, never more than the commune holds in all its types.
      const all = counts.body.data.draft + counts.body.data.published + counts.body.data.modified;
      expect(all).toBeGreaterThanOrEqual(total);
      const inCommune = await documents(
        `SELECT ${scopedTables.map((table) => `(SELECT count(DISTINCT document_id) FROM ${table} WHERE commune_key = $1)`).join(' + ')} AS n`,
      );
      expect(all).toBeLessThanOrEqual(inCommune);
      expect(published).toBeGreaterThan(0);
      const statistics = await user.call<StrapiErrorBody>('GET', '/admin/homepage/key-statistics');
      expect(statistics.status).toBe(403);
      expect(statistics.body.error?.message).toBe('Chỉ quản trị tỉnh được xem thống kê toàn hệ thống.');
    }
    const platform = await superAdmin.call<{ data: { admins: number } }>('GET', '/admin/homepage/key-statistics');
    expect(platform.status).toBe(200);
    expect(platform.body.data.admins).toBe(Number((await one<{ n: string }>('SELECT count(*) AS n FROM admin_users')).n));
  });

  it("the audit trail: Khánh Khê's commune admin reads Khánh Khê's rows and none of Sơn Giang's", async () => {
    const victim = fixtures['son-giang'];
    const own = fixtures['khanh-khe'];
    const admin = users['commune-admin@khanh-khe'];
    if (!victim || !own || !admin) throw new Error('fixtures missing');
    // Sơn Giang has rows (its people's sign-ins, its memberships), so an empty answer proves nothing by accident.
    expect(
      Number((await one<{ n: string }>('SELECT count(*) AS n FROM audit_events WHERE commune_id = $1', [victim.id])).n),
    ).toBeGreaterThan(0);
    const listed = await admin.call<{ data: Array<{ communeId: number | null }>; pagination: { total: number } }>(
      'GET',
      '/audit-trail/entries?pageSize=100',
    );
    expect(listed.status).toBe(200);
    expect(listed.body.pagination.total).toBeGreaterThan(0);
    expect(listed.body.data.every((entry) => entry.communeId === own.id)).toBe(true);
    for (const marker of [victim.documentId, 'Sơn Giang']) expect(JSON.stringify(listed.body)).not.toContain(marker);
    for (const path of [
      `/audit-trail/entries?commune=${victim.documentId}`,
      `/audit-trail/entries/export?commune=${victim.documentId}`,
      '/audit-trail/entries?commune=none',
    ]) {
      expect((await admin.call('GET', path)).status).toBe(403);
    }
  });

  it('the route sweep: every registered route is classified, and every caller gets exactly what its class says', async () => {
    const victim = fixtures['son-giang'];
    const own = fixtures['khanh-khe'];
    if (!victim || !own) throw new Error('fixtures missing');
    const page = await one<{ id: number; document_id: string }>(
      "SELECT id, document_id FROM pages WHERE commune_key = $1 AND locale = 'vi' LIMIT 1",
      [victim.id],
    );
    const membership = await one<{ membership_id: number }>(
      'SELECT membership_id FROM commune_memberships_commune_lnk WHERE commune_id = $1 LIMIT 1',
      [victim.id],
    );
    const superAdminRow = await one<{ id: number }>(
      "SELECT u.id FROM admin_users u JOIN admin_users_roles_lnk l ON l.user_id = u.id JOIN admin_roles r ON r.id = l.role_id WHERE r.code = 'strapi-super-admin' LIMIT 1",
    );
    const superAdminRole = await one<{ id: number }>("SELECT id FROM admin_roles WHERE code = 'strapi-super-admin'");
    const token = await one<{ id: number }>('SELECT id FROM strapi_api_tokens ORDER BY id LIMIT 1');
    const locale = await one<{ id: number }>("SELECT id FROM i18n_locale WHERE code = 'vi'");
    const webhook = await superAdmin.call<{ data: { id: number } }>('POST', '/admin/webhooks', {
      name: 'Móc thử',
      url: 'https://hook.example.gov.vn/strapi',
      headers: {},
      events: ['entry.create'],
    });
    expect(webhook.status).toBe(201);
    const file = await one<{ name: string }>('SELECT name FROM files WHERE id = $1', [victim.fileId]);
    const ids: VictimIds = {
      article: victim.publishedArticle,
      page: page.document_id,
      pageRowId: page.id,
      commune: victim.documentId,
      fileId: victim.fileId,
      folderId: victim.folderId,
      membershipId: membership.membership_id,
      superAdminId: superAdminRow.id,
      superAdminRoleId: superAdminRole.id,
      apiTokenId: token.id,
      webhookId: webhook.body.data.id,
      localeId: locale.id,
    };
    const attackers = Object.fromEntries(ATTACKING_ROLES.map((role) => [role, users[`${role}@khanh-khe`]])) as Parameters<
      typeof runRouteSweep
    >[0]['attackers'];
    const viewer = users['viewer'];
    const victimUser = users['commune-board-head@son-giang'];
    if (!viewer || !victimUser) throw new Error('fixtures missing');
    const routes = await registeredRoutes(setup.env);
    const result = await runRouteSweep({
      baseUrl: strapi.url,
      routes,
      ids,
      attackers,
      viewer,
      province: superAdmin,
      victimUser,
      siteToken: await strapi.publicToken(),
      attackerSlug: own.slug,
      victimMarkers: [
        victim.publishedArticle,
        victim.draftArticle,
        victim.documentId,
        page.document_id,
        'Sơn Giang',
        file.name,
        `Ảnh hội nghị ${victim.slug}`,
      ],
    });
    console.log(`Route sweep: ${routes.length} registered routes, all classified; ${result.cells} calls.`);
    expect(result.failures).toEqual([]);
    // About 1,700 calls: 90 s alone, up to 170 s on a busy 2-core machine; the default 240 s is too close.
  }, 480_000);
});
