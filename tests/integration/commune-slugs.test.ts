/**
 * Slugs are unique within a commune and free across communes: two communes both have a
 * "thong-bao" category, but one commune cannot have two. Empty slugs are made from the title.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { AdminClient } from '../support/http';
import { SUPER_ADMIN, prepareStrapi, startStrapi, type StrapiInstance } from '../support/strapi';

const COMMUNE = 'plugin::commune-tenancy.commune';
const CATEGORY = 'api::category.category';
const ARTICLE = 'api::article.article';
const PAGE = 'api::page.page';

let db: TestDatabase;
let strapi: StrapiInstance;
let admin: AdminClient;
const communes: Record<string, string> = {};

const inCommune = (slug: string) => ({ commune: { connect: [{ documentId: communes[slug] }] } });

beforeAll(async () => {
  db = await createTestDatabase('commune_slugs');
  strapi = await startStrapi(await prepareStrapi(db.url));
  admin = await AdminClient.login(strapi.url, SUPER_ADMIN.email, SUPER_ADMIN.password);
  for (const [slug, name, code, domain] of [
    ['khanh-khe', 'Xã Khánh Khê', '06235', 'khanhkhe.langson.gov.vn'],
    ['son-giang', 'Xã Sơn Giang', '18412', 'songiang.hatinh.gov.vn'],
  ] as const) {
    const created = await admin.create(COMMUNE, {
      name,
      shortName: name.replace('Xã ', ''),
      slug,
      code,
      province: 'Lạng Sơn',
      primaryDomain: domain,
      siteStatus: 'active',
    });
    if (created.status !== 201) throw new Error(`commune creation failed: ${JSON.stringify(created.body)}`);
    communes[slug] = created.body.data.documentId;
  }
});

afterAll(async () => {
  await strapi?.stop();
  await db?.drop();
});

describe('slugs per commune', () => {
  it('lets two communes use the same slug', async () => {
    const first = await admin.create(CATEGORY, { name: 'Thông báo', slug: 'thong-bao', order: 1, ...inCommune('khanh-khe') });
    const second = await admin.create(CATEGORY, { name: 'Thông báo', slug: 'thong-bao', order: 1, ...inCommune('son-giang') });
    expect([first.status, second.status]).toEqual([201, 201]);
  });

  it('refuses a typed slug already used in the same commune, with a Vietnamese message', async () => {
    const again = await admin.create(CATEGORY, { name: 'Thông báo mới', slug: 'thong-bao', order: 2, ...inCommune('khanh-khe') });
    expect(again.status).toBe(400);
    expect(again.body.error?.message).toContain('Đường dẫn “thong-bao” đã được dùng cho một chuyên mục khác của xã');
  });

  it('makes an empty slug from the Vietnamese title, numbered when taken', async () => {
    const title = 'Đảng ủy xã họp phiên thường kỳ tháng 11';
    const first = await admin.create(ARTICLE, { title, slug: '', kind: 'tin', featured: false, ...inCommune('khanh-khe') });
    const second = await admin.create(ARTICLE, { title, kind: 'tin', featured: false, ...inCommune('khanh-khe') });
    const other = await admin.create(ARTICLE, { title, kind: 'tin', featured: false, ...inCommune('son-giang') });
    expect(first.body.data?.slug).toBe('dang-uy-xa-hop-phien-thuong-ky-thang-11');
    expect(second.body.data?.slug).toBe('dang-uy-xa-hop-phien-thuong-ky-thang-11-2');
    expect(other.body.data?.slug).toBe('dang-uy-xa-hop-phien-thuong-ky-thang-11');
  });

  it("keeps lanh-dao, the site's leaders page, out of the introduction pages' slugs", async () => {
    const typed = await admin.create(PAGE, {
      title: 'Lãnh đạo',
      slug: 'lanh-dao',
      section: 'organisation',
      order: 7,
      ...inCommune('khanh-khe'),
    });
    expect(typed.status).toBe(400);
    expect(typed.body.error?.message).toContain('Đường dẫn “lanh-dao” đã được trang thông tin điện tử dùng cho một trang có sẵn');
    const generated = await admin.create(PAGE, { title: 'Lãnh đạo', section: 'organisation', order: 7, ...inCommune('khanh-khe') });
    expect(generated.body.data?.slug).toBe('lanh-dao-2');
  });

  it('refuses a malformed slug', async () => {
    const response = await admin.create(ARTICLE, {
      title: 'Tin thử',
      slug: 'Tin Thử',
      kind: 'tin',
      featured: false,
      ...inCommune('khanh-khe'),
    });
    expect(response.status).toBe(400);
    expect(response.body.error?.message).toContain('không hợp lệ');
  });

  it('keeps the slug when an update does not touch it, and checks a changed one', async () => {
    const created = await admin.create(ARTICLE, { title: 'Lịch tiếp công dân', kind: 'tin', featured: false, ...inCommune('khanh-khe') });
    const documentId = created.body.data.documentId;
    const renamed = await admin.update(ARTICLE, documentId, { title: 'Lịch tiếp công dân tháng 12' });
    expect(renamed.body.data?.slug).toBe('lich-tiep-cong-dan');
    const clash = await admin.update(ARTICLE, documentId, { slug: 'dang-uy-xa-hop-phien-thuong-ky-thang-11' });
    expect(clash.status).toBe(400);
  });
});
