/**
 * The law's sections (plans, investment, bidding, budget, statistics, the work schedule, access to
 * information, urgent notices), over HTTP as each role, against the real Strapi and PostgreSQL:
 * - a contributor creates an item of each type and the head approves and publishes it through
 *   the board; the site's token then reads it for its commune only, and search finds it;
 * - the tenancy attack: another commune's head and contributor can neither read, change, delete,
 *   publish nor create into this commune's items of each type (the exact refusal, no data);
 * - the approval attack: nobody, the head included, puts an item of these types on the site
 *   without the board (Publish on an item awaiting approval, create-and-publish, bulk publish);
 * - the rules: each type's invalid item is refused with its Vietnamese message, and nothing is
 *   written.
 */
import type { SearchResponse } from '../../plugins/portal-search/shared';
import { roleCan } from '../support/attacks/route-sweep';
import { press } from '../support/board';
import { type TestDatabase } from '../support/database';
import { AdminClient, ContentClient, type JsonResponse, type StrapiErrorBody } from '../support/http';
import { SECTION_TYPES, type SectionType } from '../support/law-sections';
import { createSeededDatabase } from '../support/seeded';
import { startStrapi, SUPER_ADMIN, type StrapiInstance, type StrapiSetup } from '../support/strapi';

const CM = '/content-manager/collection-types';
const PASSWORD = 'Cong-Khai-Minh-Bach-2026';
const ROLES = {
  head: { code: 'commune-board-head', boardRole: 'head' },
  member: { code: 'commune-board-member', boardRole: 'member' },
  contributor: { code: 'commune-contributor', boardRole: 'contributor' },
} as const;

let db: TestDatabase;
let setup: StrapiSetup;
let strapi: StrapiInstance;
let site: ContentClient;
const people: Record<string, AdminClient> = {};
const ids: Record<string, number> = {};
const communes: Record<string, string> = {};
/** The item of each type the legitimate path published in Khánh Khê, by UID. */
const published: Record<string, string> = {};
/** An item of each type waiting for the head's approval in Khánh Khê, by UID. */
const inReview: Record<string, string> = {};

const as = (who: string): AdminClient => {
  const user = people[who];
  if (!user) throw new Error(`no user ${who}`);
  return user;
};

const expectStatus = (response: JsonResponse<unknown>, status: number): void => {
  if (response.status !== status)
    throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`);
};

async function liveRows(type: SectionType, documentId: string): Promise<number> {
  return (await db.query(`SELECT 1 FROM ${type.table} WHERE document_id = $1 AND published_at IS NOT NULL`, [documentId])).length;
}

async function create(who: string, type: SectionType, marker: string): Promise<string> {
  const response = await as(who).create(type.uid, type.sample(marker, communes.khanhKhe ?? ''));
  expectStatus(response, 201);
  return response.body.data.documentId;
}

/** Contributor writes, submits; the head assigns a member, who sends it for approval. */
async function toReview(type: SectionType, marker: string): Promise<string> {
  const author = type.author ?? 'contributor';
  const documentId = await create(author, type, marker);
  expectStatus(await press(as(author), type.uid, documentId, { action: 'submit' }), 200);
  expectStatus(await press(as('head'), type.uid, documentId, { action: 'assign', assigneeId: ids.member }), 200);
  expectStatus(await press(as('member'), type.uid, documentId, { action: 'send' }), 200);
  return documentId;
}

beforeAll(async () => {
  ({ db, setup } = await createSeededDatabase('law_sections'));
  strapi = await startStrapi(setup);
  const superAdmin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const [key, slug] of [
    ['khanhKhe', 'khanh-khe'],
    ['sonGiang', 'son-giang'],
  ] as const) {
    const [row] = await db.query<{ document_id: string }>('SELECT document_id FROM communes WHERE slug = $1', [slug]);
    if (!row) throw new Error(`no commune ${slug}`);
    communes[key] = row.document_id;
  }
  // Each commune has one access-to-information entry; the seed may have made Khánh Khê's. The
  // test writes its own through the board, so the seeded one (and its board record) goes first.
  await db.query('DELETE FROM info_accesses');
  await db.query("DELETE FROM editorial_workflows WHERE target_uid = 'api::info-access.info-access'");
  const join = async (name: string, role: keyof typeof ROLES, commune: string) => {
    const email = `${name.toLowerCase()}@congkhai.thu.vn`;
    const userId = await superAdmin.createUser({
      email,
      firstname: name,
      lastname: 'Thử',
      password: PASSWORD,
      roleIds: [await superAdmin.roleIdByCode(ROLES[role].code)],
    });
    expectStatus(
      await superAdmin.call('POST', '/commune-tenancy/memberships', {
        adminUserId: userId,
        commune,
        boardRole: ROLES[role].boardRole,
        isCommuneAdmin: false,
      }),
      200,
    );
    ids[name] = userId;
    people[name] = await AdminClient.login(strapi.url, email, PASSWORD);
  };
  for (const role of Object.keys(ROLES) as Array<keyof typeof ROLES>) await join(role, role, communes.khanhKhe ?? '');
  await join('otherHead', 'head', communes.sonGiang ?? '');
  await join('otherContributor', 'contributor', communes.sonGiang ?? '');
  site = new ContentClient(strapi.url, await strapi.publicToken());
}, 300_000);

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe.each(SECTION_TYPES)('$uid', (type) => {
  it('a contributor writes it, the head approves and publishes it, and the site shows it for its commune only', async () => {
    const marker = `HopLe${type.plural.replace(/-/g, '')}`;
    const documentId = await toReview(type, marker);
    expect(await liveRows(type, documentId)).toBe(0);
    expectStatus(await press(as('head'), type.uid, documentId, { action: 'approve' }), 200);
    expectStatus(await press(as('head'), type.uid, documentId, { action: 'publish' }), 200);
    expect(await liveRows(type, documentId)).toBe(1);
    published[type.uid] = documentId;

    const own = await site
      .as('khanh-khe')
      .get<{ data: Array<Record<string, unknown>> }>(`/${type.plural}?filters[documentId][$eq]=${documentId}`);
    expectStatus(own, 200);
    expect(own.body.data.map((item) => item[type.titleField])).toEqual([expect.stringContaining(marker)]);
    const other = await site.as('son-giang').get<{ data: unknown[] }>(`/${type.plural}?filters[documentId][$eq]=${documentId}`);
    expectStatus(other, 200);
    expect(other.body.data).toEqual([]);
    expectStatus(await site.as('son-giang').get(`/${type.plural}/${documentId}`), 404);

    if (type.searchType) {
      const hits = await site.as('khanh-khe').get<SearchResponse>(`/portal-search/search?q=${marker}&type=${type.searchType}`);
      expectStatus(hits, 200);
      expect(hits.body.data.map((hit) => [hit.type, hit.documentId])).toEqual([[type.searchType, documentId]]);
      const elsewhere = await site.as('son-giang').get<SearchResponse>(`/portal-search/search?q=${marker}`);
      expect(elsewhere.body.data).toEqual([]);
    }
  });

  it('is out of reach of another commune’s head and contributor', async () => {
    const documentId = published[type.uid];
    if (!documentId) throw new Error('the legitimate path did not publish an item');
    const title = 'Sửa trộm từ xã khác';
    const attackers = [
      ['otherHead', 'commune-board-head'],
      ['otherContributor', 'commune-contributor'],
    ] as const;
    for (const [who, role] of attackers) {
      // "Not found" where the role may do the verb in its own commune, "forbidden" where it may not.
      const refusal = (verb: 'read' | 'update' | 'delete' | 'publish'): number => (roleCan(role, type.uid, verb) ? 404 : 403);
      const read = await as(who).call<StrapiErrorBody>('GET', `${CM}/${type.uid}/${documentId}`);
      expectStatus(read, refusal('read'));
      expect(JSON.stringify(read.body)).not.toContain('HopLe');
      expectStatus(await as(who).update(type.uid, documentId, { [type.titleField]: title }), refusal('update'));
      expectStatus(await as(who).call('DELETE', `${CM}/${type.uid}/${documentId}`), refusal('delete'));
      expectStatus(await as(who).call('POST', `${CM}/${type.uid}/${documentId}/actions/unpublish`, {}), refusal('publish'));
      // A role that may not read the type in its own commune (a contributor, answers to citizens) lists nothing.
      const list = await as(who).list(type.uid);
      expectStatus(list, roleCan(role, type.uid, 'read') ? 200 : 403);
      expect(JSON.stringify(list.body)).not.toContain(documentId);
      const planted = await as(who).create(type.uid, type.sample(`Cai${who}`, communes.khanhKhe ?? ''));
      expectStatus(planted, 403);
    }
    expect(await liveRows(type, documentId)).toBe(1);
    expect(await db.query(`SELECT 1 FROM ${type.table} WHERE ${type.titleField === 'name' ? 'name' : 'title'} = $1`, [title])).toEqual([]);
    expect(await db.query(`SELECT 1 FROM ${type.table} WHERE ${type.titleField} LIKE '%Cai%'`)).toEqual([]);
  });

  it('reaches the site only through the board: Publish, create-and-publish and bulk publish are refused, the head included', async () => {
    if (type.uid === 'api::info-access.info-access') {
      // One entry per commune: the second is refused by the type's rule before any publishing.
      const second = await as('head').create(type.uid, type.sample('ThuHai', communes.khanhKhe ?? ''));
      expectStatus(second, 400);
      expect(second.body.error?.message).toContain('đã có chuyên mục Tiếp cận thông tin');
      return;
    }
    const documentId = await toReview(type, `ChoDuyet${type.plural.replace(/-/g, '')}`);
    inReview[type.uid] = documentId;
    for (const who of ['head', 'member', 'contributor']) {
      expectStatus(await as(who).publish(type.uid, documentId), 403);
      expectStatus(await as(who).call('POST', `${CM}/${type.uid}/actions/bulkPublish`, { documentIds: [documentId] }), 403);
      const marker = `DangNgay${who}`;
      expectStatus(await as(who).call('POST', `${CM}/${type.uid}/actions/publish`, type.sample(marker, communes.khanhKhe ?? '')), 403);
      expect(await db.query(`SELECT 1 FROM ${type.table} WHERE ${type.titleField} LIKE $1`, [`%${marker}%`])).toEqual([]);
    }
    expect(await liveRows(type, documentId)).toBe(0);
  });

  const invalid = type.invalid;
  if (invalid) {
    it('refuses an invalid item with a Vietnamese message and writes nothing', async () => {
      const marker = `SaiQuyTac${type.plural.replace(/-/g, '')}`;
      const response = await as(type.author ?? 'contributor').create(type.uid, {
        ...type.sample(marker, communes.khanhKhe ?? ''),
        ...invalid.patch,
      });
      expectStatus(response, 400);
      expect(response.body.error?.message).toMatch(invalid.message);
      expect(response.body.error?.details).toEqual({ errors: expect.arrayContaining([expect.objectContaining({ path: [invalid.path] })]) });
      expect(await db.query(`SELECT 1 FROM ${type.table} WHERE ${type.titleField} LIKE $1`, [`%${marker}%`])).toEqual([]);
    });
  }
});

describe('links between the sections', () => {
  it('refuse another commune’s approving document and project, on create and update, and write nothing', async () => {
    const [victimDocument] = await db.query<{ document_id: string }>(
      "SELECT d.document_id FROM documents d JOIN documents_commune_lnk l ON l.document_id = d.id JOIN communes c ON c.id = l.commune_id WHERE c.slug = 'khanh-khe' LIMIT 1",
    );
    const victimProject = published['api::investment-project.investment-project'];
    if (!victimDocument || !victimProject) throw new Error('no Khánh Khê document or project to aim at');
    const [plan, , bidding] = SECTION_TYPES;
    if (!plan || !bidding) throw new Error('section table changed');
    const own = communes.sonGiang ?? '';
    const linkedPlan = await as('otherContributor').create(plan.uid, {
      ...plan.sample('LienKetTrom', own),
      approvingDocument: { connect: [{ documentId: victimDocument.document_id }] },
    });
    expectStatus(linkedPlan, 403);
    expect(JSON.stringify(linkedPlan.body)).not.toContain(victimDocument.document_id);
    const linkedNotice = await as('otherContributor').create(bidding.uid, {
      ...bidding.sample('LienKetTrom', own),
      project: { connect: [{ documentId: victimProject }] },
    });
    expectStatus(linkedNotice, 403);
    expect(
      await db.query(
        "SELECT 1 FROM plans WHERE title LIKE '%LienKetTrom%' UNION ALL SELECT 1 FROM bidding_notices WHERE title LIKE '%LienKetTrom%'",
      ),
    ).toEqual([]);

    // Its own plan, then an update that points it at the other commune's document.
    const ownPlan = await as('otherContributor').create(plan.uid, plan.sample('CuaSonGiang', own));
    expectStatus(ownPlan, 201);
    const relinked = await as('otherContributor').update(plan.uid, ownPlan.body.data.documentId, {
      approvingDocument: { connect: [{ documentId: victimDocument.document_id }] },
    });
    expectStatus(relinked, 403);
    expect(
      await db.query('SELECT 1 FROM plans_approving_document_lnk l JOIN plans p ON p.id = l.plan_id WHERE p.document_id = $1', [
        ownPlan.body.data.documentId,
      ]),
    ).toEqual([]);
  });
});
