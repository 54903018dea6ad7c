/**
 * Leaders' own pages and documents that replace one another, against the real Strapi: a leader's
 * slug is made from the name per commune (the same name in two communes gets the same slug, a
 * second one in the same commune is numbered), the biography and duties are stored as typed, the
 * organisation chart's address is kept out of the introduction pages' slugs, and a document of
 * one commune cannot name another commune's document as the one it replaces — refused, with
 * nothing written. One Strapi boot for the file.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { SUPER_ADMIN, prepareStrapi, startStrapi, type StrapiInstance } from '../support/strapi';
import { createCommuneMember } from '../support/uploads';

const COMMUNE = 'plugin::commune-tenancy.commune';
const OFFICIAL = 'api::official.official';
const DOCUMENT = 'api::document.document';
const PAGE = 'api::page.page';
const PDF = '%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

let db: TestDatabase;
let strapi: StrapiInstance;
let admin: AdminClient;
const communes: Record<'khanhKhe' | 'sonGiang', string> = { khanhKhe: '', sonGiang: '' };
const heads: Partial<Record<'khanhKhe' | 'sonGiang', AdminClient>> = {};

function head(commune: 'khanhKhe' | 'sonGiang'): AdminClient {
  const client = heads[commune];
  if (!client) throw new Error(`no board head for ${commune}`);
  return client;
}

/** What the database holds for an official (the head's answer is sanitised by the panel's view settings). */
async function stored(documentId: unknown): Promise<{ slug: string | null; biography: string | null; duties: string | null } | undefined> {
  const rows = await db.query<{ slug: string | null; biography: string | null; duties: string | null }>(
    'SELECT slug, biography, duties FROM officials WHERE document_id = $1',
    [String(documentId)],
  );
  return rows[0];
}

const inCommune = (commune: 'khanhKhe' | 'sonGiang') => ({ commune: { connect: [{ documentId: communes[commune] }] } });

async function createDocument(
  commune: 'khanhKhe' | 'sonGiang',
  fields: Record<string, unknown>,
): Promise<{ status: number; documentId: string | undefined; body: unknown }> {
  const [file] = await head(commune).upload(`${String(fields.number)}.pdf`, 'application/pdf', PDF);
  if (!file) throw new Error('upload returned nothing');
  const response = await head(commune).create(DOCUMENT, {
    documentType: 'Nghị định',
    issuingBody: 'Chính phủ',
    field: 'Công nghệ thông tin',
    files: [file.id],
    ...inCommune(commune),
    ...fields,
  });
  return { status: response.status, documentId: response.body.data?.documentId, body: response.body };
}

beforeAll(async () => {
  db = await createTestDatabase('leaders_relations');
  strapi = await startStrapi(await prepareStrapi(db.url));
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const [key, slug, name, code, province, domain] of [
    ['khanhKhe', 'khanh-khe', 'Xã Khánh Khê', '06235', 'Lạng Sơn', 'khanhkhe.langson.gov.vn'],
    ['sonGiang', 'son-giang', 'Xã Sơn Giang', '18412', 'Hà Tĩnh', 'songiang.hatinh.gov.vn'],
  ] as const) {
    const created = await admin.create(COMMUNE, {
      name,
      shortName: name.replace('Xã ', ''),
      slug,
      code,
      province,
      primaryDomain: domain,
      siteStatus: 'active',
    });
    if (created.status !== 201) throw new Error(`commune creation failed: ${JSON.stringify(created.body)}`);
    communes[key] = created.body.data.documentId;
    heads[key] = await createCommuneMember(admin, {
      email: `bbt.${slug}@test.gov.vn`,
      password: 'Ho-So-Lanh-Dao-2026',
      role: 'commune-board-head',
      communeDocumentId: created.body.data.documentId,
    });
  }
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe("a leader's own page", () => {
  const leader = { fullName: 'Nông Văn Hải', position: 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã', unit: 'Ủy ban nhân dân xã', order: 1 };

  it('gets a slug made from the name, per commune, and keeps the biography and duties as typed', async () => {
    const biography = 'Sinh năm 1978; quê quán: xã Bình Phúc (cũ).\nTrình độ: Thạc sĩ Quản lý công.';
    const duties = 'Lãnh đạo, điều hành toàn diện hoạt động của UBND xã.\nChủ tài khoản ngân sách xã.';
    const first = await head('khanhKhe').create(OFFICIAL, { ...leader, biography, duties, ...inCommune('khanhKhe') });
    expect(first.status).toBe(201);
    expect(await stored(first.body.data.documentId)).toEqual({ slug: 'nong-van-hai', biography, duties });

    // The same name in another commune is another page of another site: the same slug.
    const other = await head('sonGiang').create(OFFICIAL, { ...leader, ...inCommune('sonGiang') });
    expect((await stored(other.body.data.documentId))?.slug).toBe('nong-van-hai');
    // A namesake in the same commune is numbered.
    const namesake = await head('khanhKhe').create(OFFICIAL, {
      ...leader,
      position: 'Công chức Văn phòng – Thống kê',
      order: 9,
      ...inCommune('khanhKhe'),
    });
    expect((await stored(namesake.body.data.documentId))?.slug).toBe('nong-van-hai-2');

    const rows = await db.query<{ slug: string; biography: string | null }>(
      'SELECT o.slug, o.biography FROM officials o JOIN communes c ON c.id = o.commune_key WHERE c.slug = $1 ORDER BY o.id',
      ['khanh-khe'],
    );
    expect(rows).toEqual([
      { slug: 'nong-van-hai', biography },
      { slug: 'nong-van-hai-2', biography: null },
    ]);
  });

  it('refuses a typed slug already used in the commune, with a Vietnamese message, and writes nothing', async () => {
    const before = await db.query('SELECT id FROM officials');
    const typed = await head('khanhKhe').create(OFFICIAL, {
      ...leader,
      fullName: 'Hoàng Văn Thắng',
      slug: 'nong-van-hai',
      ...inCommune('khanhKhe'),
    });
    expect(typed.status).toBe(400);
    expect(typed.body.error?.message).toContain('Đường dẫn “nong-van-hai” đã được dùng cho một lãnh đạo, cán bộ khác của xã');
    expect(await db.query('SELECT id FROM officials')).toHaveLength(before.length);
  });

  it('fills the slug of an entry written before leaders had pages when it is next saved', async () => {
    const created = await head('sonGiang').create(OFFICIAL, {
      ...leader,
      fullName: 'Trần Quốc Hưng',
      position: 'Bí thư Đảng ủy xã',
      ...inCommune('sonGiang'),
    });
    const documentId = String(created.body.data.documentId);
    // As a database from before this change has it: no slug.
    await db.query('UPDATE officials SET slug = NULL WHERE document_id = $1', [documentId]);
    const saved = await head('sonGiang').update(OFFICIAL, documentId, { duties: 'Lãnh đạo toàn diện hoạt động của Đảng ủy xã.' });
    expect(saved.status).toBe(200);
    expect(await stored(documentId)).toEqual({
      slug: 'tran-quoc-hung',
      biography: null,
      duties: 'Lãnh đạo toàn diện hoạt động của Đảng ủy xã.',
    });
  });

  it("keeps the organisation chart's address out of the introduction pages' slugs", async () => {
    const typed = await admin.create(PAGE, {
      title: 'Sơ đồ tổ chức',
      slug: 'so-do-to-chuc',
      section: 'organisation',
      order: 8,
      ...inCommune('khanhKhe'),
    });
    expect(typed.status).toBe(400);
    expect(typed.body.error?.message).toContain('Đường dẫn “so-do-to-chuc” đã được trang thông tin điện tử dùng cho một trang có sẵn');
    const generated = await admin.create(PAGE, { title: 'Sơ đồ tổ chức', section: 'organisation', order: 8, ...inCommune('khanhKhe') });
    expect(generated.body.data?.slug).toBe('so-do-to-chuc-2');
  });
});

describe('a document replacing another stays within its commune', () => {
  let ownOld: string;
  let otherOld: string;

  beforeAll(async () => {
    const own = await createDocument('khanhKhe', {
      number: '42',
      symbol: '2022/NĐ-CP',
      issueDate: '2022-06-24',
      effectiveDate: '2022-08-15',
      summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến.',
    });
    const other = await createDocument('sonGiang', {
      number: '42',
      symbol: '2022/NĐ-CP',
      issueDate: '2022-06-24',
      effectiveDate: '2022-08-15',
      summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến.',
    });
    if (!own.documentId || !other.documentId) throw new Error(`document creation failed: ${JSON.stringify([own.body, other.body])}`);
    ownOld = own.documentId;
    otherOld = other.documentId;
  });

  const replacing = (target: string) => ({
    number: '224',
    symbol: '2026/NĐ-CP',
    issueDate: '2026-05-15',
    effectiveDate: '2026-07-01',
    summary: 'Quy định chi tiết một số điều của Luật Chuyển đổi số.',
    relatedDocuments: [{ relationKind: 'Thay thế', document: { connect: [{ documentId: target }] } }],
  });

  /** Related-document components of Khánh Khê's documents that point at Sơn Giang's document. */
  const crossLinks = () =>
    db.query(
      `SELECT 1 FROM components_document_related_documents_document_lnk l
       JOIN documents target ON target.id = l.document_id
       WHERE target.document_id = $1`,
      [otherOld],
    );

  it("links its own commune's document as replaced", async () => {
    const created = await createDocument('khanhKhe', replacing(ownOld));
    expect(created.status).toBe(201);
    const links = await db.query(
      `SELECT 1 FROM components_document_related_documents_document_lnk l JOIN documents target ON target.id = l.document_id WHERE target.document_id = $1`,
      [ownOld],
    );
    expect(links.length).toBeGreaterThan(0);
  });

  it("refuses to create a document that replaces another commune's document, and writes nothing", async () => {
    const documentsBefore = await db.query('SELECT id FROM documents');
    const created = await createDocument('khanhKhe', { ...replacing(otherOld), number: '225' });
    expect([403, 404]).toContain(created.status);
    expect(await db.query('SELECT id FROM documents')).toHaveLength(documentsBefore.length);
    expect(await crossLinks()).toHaveLength(0);
  });

  it("refuses to point an existing document at another commune's document, and keeps what it had", async () => {
    const updated = await head('khanhKhe').update(DOCUMENT, ownOld, {
      relatedDocuments: [{ relationKind: 'Bãi bỏ một phần', document: { connect: [{ documentId: otherOld }] } }],
    });
    expect([403, 404]).toContain(updated.status);
    expect(await crossLinks()).toHaveLength(0);
    // Not one of the other commune's documents shows through the refusal.
    expect(JSON.stringify(updated.body)).not.toContain(otherOld);
  });
});
