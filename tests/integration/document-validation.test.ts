/**
 * A directive document with a malformed number, impossible dates, an over-long summary or a
 * number already used that year is refused with a Vietnamese message — from the admin panel
 * and from the REST API — and nothing is written.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient, ContentClient } from '../support/http';
import { SUPER_ADMIN, prepareStrapi, startStrapi, type StrapiInstance } from '../support/strapi';

const DOCUMENT = 'api::document.document';
const COMMUNE = 'plugin::commune-tenancy.commune';

let db: TestDatabase;
let strapi: StrapiInstance;
let admin: AdminClient;
let communeId: string;
let fileId: number;

const validDocument = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  number: '239',
  symbol: 'BC-UBND',
  documentType: 'Báo cáo',
  issuingBody: 'UBND xã Khánh Khê',
  signer: 'Hoàng Văn Thạch',
  signerPosition: 'Chủ tịch',
  issueDate: '2025-03-14',
  effectiveDate: '2025-03-14',
  field: 'Văn hóa – Xã hội',
  summary: 'Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2025',
  files: [fileId],
  commune: { connect: [{ documentId: communeId }] },
  ...overrides,
});

const documentRows = async (): Promise<number> => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM documents'))[0]?.n);

beforeAll(async () => {
  db = await createTestDatabase('document_validation');
  strapi = await startStrapi(await prepareStrapi(db.url));
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  const commune = await admin.create(COMMUNE, {
    name: 'Xã Khánh Khê',
    shortName: 'Khánh Khê',
    slug: 'khanh-khe',
    code: '06235',
    province: 'Lạng Sơn',
    primaryDomain: 'khanhkhe.langson.gov.vn',
    siteStatus: 'active',
  });
  if (commune.status !== 201) throw new Error(`commune creation failed: ${JSON.stringify(commune.body)}`);
  communeId = commune.body.data.documentId;
  const [file] = await admin.upload('239-BC-UBND.pdf', 'application/pdf', '%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  if (!file) throw new Error('upload returned nothing');
  fileId = file.id;
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('document number, dates and summary are validated on every write path', () => {
  it('stores a valid document with its number and symbol in canonical written form', async () => {
    const created = await admin.create(DOCUMENT, validDocument({ number: ' 239 ', symbol: 'bc – ubnd' }));
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ number: '239', symbol: 'BC-UBND', numberSymbol: '239/BC-UBND' });
  });

  it.each([
    ['a number without its slash', { number: '239BC-UBND', symbol: '' }, 'không đúng dạng'],
    ['a number that is not a number', { number: 'abc', symbol: 'BC-UBND' }, 'Số'],
    ['an effective date before the issue date', { number: '240', effectiveDate: '2025-03-01' }, 'không được trước ngày ban hành'],
    ['an expiry date before the effective date', { number: '241', expiryDate: '2025-03-10' }, 'Ngày hết hiệu lực'],
    ['a summary over 500 characters', { number: '242', summary: 'Về việc '.repeat(80) }, 'vượt quá 500 ký tự'],
    [
      'a number already used by the same body in the same year',
      { symbol: 'BC-UBND', issueDate: '2025-11-02', effectiveDate: null },
      'Đã có văn bản số 239/BC-UBND',
    ],
  ])('refuses %s from the admin panel with a Vietnamese message and writes nothing', async (_label, overrides, message) => {
    const before = await documentRows();
    const response = await admin.create(DOCUMENT, validDocument(overrides));
    expect(response.status).toBe(400);
    expect(response.body.error?.name).toBe('ValidationError');
    expect(response.body.error?.message).toContain(message);
    expect(await documentRows()).toBe(before);
  });

  it('accepts the same number from the same body in another year', async () => {
    const created = await admin.create(DOCUMENT, validDocument({ issueDate: '2026-02-02', effectiveDate: '2026-02-02' }));
    expect(created.status).toBe(201);
  });

  it('refuses an edit that would make a stored document invalid, and keeps the stored values', async () => {
    const created = await admin.create(DOCUMENT, validDocument({ number: '300' }));
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    const edited = await admin.update(DOCUMENT, documentId, { ...validDocument({ number: '300' }), effectiveDate: '2024-01-01' });
    expect(edited.status).toBe(400);
    expect(edited.body.error?.message).toContain('không được trước ngày ban hành');
    const stored = await db.query<{ effective_date: string }>(
      "SELECT to_char(effective_date, 'YYYY-MM-DD') AS effective_date FROM documents WHERE document_id = $1",
      [documentId],
    );
    expect(stored.map((row) => row.effective_date)).toEqual(['2025-03-14']);
  });

  it('lets no document be written through the REST API, not even with a full-access token', async () => {
    const rest = new ContentClient(strapi.url, await admin.createApiToken('kiểm thử ghi', 'full-access'), 'khanh-khe');
    const before = await documentRows();
    const response = await rest.send('POST', '/documents?status=draft', { data: validDocument({ number: '17' }) });
    expect(response.status).toBe(403);
    expect(await documentRows()).toBe(before);
  });
});
