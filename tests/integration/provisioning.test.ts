/**
 * Province IT's provisioning command line (cms/dist/scripts/provision.js, what
 * `npm run commune` runs): a CSV import creates each good commune completely — categories,
 * draft introduction pages, settings, five invited board accounts with memberships and roles —
 * reports bad rows by line number and creates nothing of them; it is idempotent; invitation
 * links go to a 0600 file only; suspend and resume; a failure half-way leaves nothing behind;
 * 55 communes import in well under a minute.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cmsDir } from '../../database/paths';
import { node } from '../../scripts/lib/tools';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { prepareStrapi, type StrapiSetup } from '../support/strapi';

interface ProvisionResult {
  command: string;
  created: number;
  updated: number;
  failed: number;
  failedRows: Array<{ line: number | null; code: string | null; reasons: string[] }>;
  items: Record<'commune' | 'category' | 'page' | 'settings' | 'account' | 'membership', number>;
  accountsCreated: number;
  credentialsFile: string | null;
  seconds: number;
  siteStatus?: string;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  result: ProvisionResult;
  wallSeconds: number;
}

let db: TestDatabase;
let setup: StrapiSetup;
let workDir: string;
let credentialsDir: string;
let firstRun: Run;
let secondRun: Run;
let countsAfterFirst: Record<string, number>;
let countsAfterSecond: Record<string, number>;

const TABLES = ['communes', 'categories', 'pages', 'site_settings', 'admin_users', 'admin_users_roles_lnk', 'commune_memberships'];

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  return counts;
}

/** Runs the compiled provisioning script as `npm run commune` does, and reads its result line. */
function provision(args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env = { ...setup.env, COMMUNE_CREDENTIALS_DIR: credentialsDir, PUBLIC_URL: 'https://cms.test.gov.vn' };
    const child = spawn(node, [path.join(cmsDir, 'dist', 'scripts', 'provision.js'), ...args], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = stdout.split('\n').find((entry) => entry.startsWith('PROVISION_RESULT '));
      if (!line)
        reject(
          new Error(`provision ${args.join(' ')} exited with ${code} without a result:\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`),
        );
      else
        resolve({
          code,
          stdout,
          stderr,
          result: JSON.parse(line.slice('PROVISION_RESULT '.length)) as ProvisionResult,
          wallSeconds: (Date.now() - started) / 1000,
        });
    });
  });
}

const GOOD = [
  { code: '06235', slug: 'khanh-khe', domain: 'khanhkhe.langson.gov.vn', name: 'Xã Khánh Khê' },
  { code: '06241', slug: 'son-giang', domain: 'songiang.langson.gov.vn', name: 'Xã Sơn Giang' },
  { code: '06001', slug: 'tam-thanh', domain: 'tamthanh.langson.gov.vn', name: 'Phường Tam Thanh' },
];

// A byte-order mark, CRLF line ends, quoted fields with commas and quotes inside, a blank line.
const LIST = [
  '\ufeffname,code,province,domain,aliases,short_name,slug,admin_email,head_email,deputy_email,member_email,contributor_email',
  'Xã Khánh Khê,06235,Lạng Sơn,khanhkhe.langson.gov.vn,khanhkhe.localhost,,,,chutich@khanhkhe.vn,,,',
  '"Xã Sơn Giang",06241,"Lạng Sơn","songiang.langson.gov.vn","songiang.localhost;sg.example, sg2.example",Sơn Giang,,,,,,',
  'Xã Sai Mã,0623,Lạng Sơn,saima.langson.gov.vn,,,,,,,,',
  '',
  'Phường Tam Thanh,06001,Lạng Sơn,TamThanh.LangSon.gov.vn,,"Tam Thanh",tam-thanh,QuanTri@TamThanh.vn,,,,',
  'Xã Trùng Tên Miền,06250,Lạng Sơn,khanhkhe.langson.gov.vn,,,,,,,,',
].join('\r\n');

const ROLE_OF_LOCAL_PART: Record<string, string> = {
  quantri: 'commune-admin',
  truongban: 'commune-board-head',
  photruongban: 'commune-board-deputy',
  uyvien: 'commune-board-member',
  congtacvien: 'commune-contributor',
};

beforeAll(async () => {
  db = await createTestDatabase('provisioning');
  setup = await prepareStrapi(db.url);
  workDir = await mkdtemp(path.join(tmpdir(), 'commune-provision-'));
  credentialsDir = path.join(workDir, 'credentials');
  await writeFile(path.join(workDir, 'communes.csv'), LIST);
  firstRun = await provision(['import', path.join(workDir, 'communes.csv')]);
  countsAfterFirst = await tableCounts();
  secondRun = await provision(['import', path.join(workDir, 'communes.csv')]);
  countsAfterSecond = await tableCounts();
});

afterAll(async () => {
  await db?.drop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (setup) await rm(setup.workDir, { recursive: true, force: true });
});

describe('import of a commune list', () => {
  it('provisions the good rows, reports the bad ones with their line numbers, and exits with 1', () => {
    expect(firstRun.code).toBe(1);
    expect(firstRun.result).toMatchObject({ command: 'import', created: 3, updated: 0, failed: 2 });
    expect(firstRun.result.items).toEqual({ commune: 3, category: 24, page: 18, settings: 3, account: 15, membership: 15 });
    const bad = firstRun.result.failedRows;
    expect(bad.map((row) => row.line)).toEqual([4, 7]);
    expect(bad[0]?.reasons.join(' ')).toContain('mã đơn vị hành chính “0623” phải gồm 5 chữ số');
    expect(bad[1]?.reasons.join(' ')).toContain('tên miền “khanhkhe.langson.gov.vn” trùng với dòng 2');
    // The operator sees them too, by line.
    expect(firstRun.stderr).toContain('Dòng 4: mã đơn vị hành chính “0623” phải gồm 5 chữ số');
    expect(firstRun.stderr).toContain('Dòng 7: tên miền “khanhkhe.langson.gov.vn” trùng với dòng 2');
  });

  it('creates nothing of the bad rows', async () => {
    const communes = await db.query<{ code: string; slug: string; primary_domain: string }>(
      'SELECT code, slug, primary_domain FROM communes ORDER BY code',
    );
    expect(communes.map((row) => row.code)).toEqual(['06001', '06235', '06241']);
    expect(await db.query("SELECT id FROM communes WHERE code IN ('0623', '06250') OR slug IN ('sai-ma', 'trung-ten-mien')")).toHaveLength(
      0,
    );
    expect(
      await db.query("SELECT id FROM admin_users WHERE email LIKE '%sai-ma%' OR email LIKE '%trung-ten-mien%' OR email LIKE '%saima%'"),
    ).toHaveLength(0);
  });

  it('stores each commune as written: slug from the short name, lower-cased domains, aliases split on “;” and kept whole inside quotes', async () => {
    const rows = await db.query<{
      code: string;
      slug: string;
      short_name: string;
      primary_domain: string;
      site_status: string;
      domain_aliases: string[];
    }>('SELECT code, slug, short_name, primary_domain, site_status, domain_aliases FROM communes ORDER BY code');
    expect(rows).toEqual([
      {
        code: '06001',
        slug: 'tam-thanh',
        short_name: 'Tam Thanh',
        primary_domain: 'tamthanh.langson.gov.vn',
        site_status: 'active',
        domain_aliases: [],
      },
      {
        code: '06235',
        slug: 'khanh-khe',
        short_name: 'Khánh Khê',
        primary_domain: 'khanhkhe.langson.gov.vn',
        site_status: 'active',
        domain_aliases: ['khanhkhe.localhost'],
      },
      {
        code: '06241',
        slug: 'son-giang',
        short_name: 'Sơn Giang',
        primary_domain: 'songiang.langson.gov.vn',
        site_status: 'active',
        domain_aliases: ['songiang.localhost', 'sg.example', 'sg2.example'],
      },
    ]);
  });

  it.each(GOOD)('gives $name its categories, six draft introduction pages and its site settings', async (commune) => {
    const categories = await db.query<{ name: string }>(
      'SELECT c.name FROM categories c JOIN categories_commune_lnk l ON l.category_id = c.id JOIN communes m ON m.id = l.commune_id WHERE m.code = $1 ORDER BY c."order"',
      [commune.code],
    );
    expect(categories.map((row) => row.name)).toEqual([
      'Hoạt động của Đảng ủy',
      'Hoạt động HĐND – UBND',
      'Mặt trận Tổ quốc và các đoàn thể',
      'Quân sự – Công an',
      'Tin thôn, bản',
      'Thông tin tuyên truyền',
      'Cải cách hành chính',
      'Thông báo',
    ]);

    const pages = await db.query<{ section: string; slug: string; locale: string; published_at: Date | null; body: unknown }>(
      'SELECT p.section, p.slug, p.locale, p.published_at, p.body FROM pages p JOIN pages_commune_lnk l ON l.page_id = p.id JOIN communes m ON m.id = l.commune_id WHERE m.code = $1 ORDER BY p."order"',
      [commune.code],
    );
    expect(pages.map((page) => [page.section, page.slug])).toEqual([
      ['overview', 'tong-quan'],
      ['history', 'lich-su'],
      ['natural_conditions', 'dieu-kien-tu-nhien'],
      ['culture', 'van-hoa'],
      ['organisation', 'co-cau-to-chuc'],
      ['boundary_map', 'ban-do-dia-gioi'],
    ]);
    // Drafts only: no published row exists until the editors publish.
    expect(pages.every((page) => page.locale === 'vi' && page.published_at === null)).toBe(true);
    expect(JSON.stringify(pages[0]?.body)).toContain('Nội dung mẫu');

    const [settings, ...others] = await db.query<{ id: number; site_title: string }>(
      'SELECT s.id, s.site_title FROM site_settings s JOIN site_settings_commune_lnk l ON l.site_setting_id = s.id JOIN communes m ON m.id = l.commune_id WHERE m.code = $1',
      [commune.code],
    );
    expect(others).toHaveLength(0);
    expect(settings?.site_title).toBe(`Trang thông tin điện tử ${commune.name.replace(/^Xã /, 'xã ').replace(/^Phường /, 'phường ')}`);
    const menu = await db.query<{ url: string }>(
      'SELECT i.url FROM components_navigation_menu_items i JOIN site_settings_cmps c ON c.cmp_id = i.id AND c.component_type = \'navigation.menu-item\' WHERE c.entity_id = $1 ORDER BY c."order"',
      [settings?.id],
    );
    // Every section the law asks for (cms/scripts/provision/menu.ts): "Công khai" opens on the access-to-information page;
    // Hỏi đáp and Lấy ý kiến dự thảo (citizens' questions and comments) come before Liên hệ.
    expect(menu.map((item) => item.url)).toEqual([
      '/',
      '/gioi-thieu/tong-quan',
      '/tin-tuc',
      '/van-ban',
      '/thu-tuc-hanh-chinh',
      '/tiep-can-thong-tin',
      '/lich-cong-tac',
      '/hoi-dap',
      '/lay-y-kien',
      '/lien-he',
    ]);
    const links = await db.query<{ url: string }>(
      'SELECT k.url FROM components_navigation_links k JOIN site_settings_cmps c ON c.cmp_id = k.id AND c.component_type = \'navigation.link\' WHERE c.entity_id = $1 ORDER BY c."order"',
      [settings?.id],
    );
    expect(links.map((link) => link.url)).toEqual(['https://dichvucong.gov.vn', 'https://chinhphu.vn']);
  });

  it.each(GOOD)('gives $name five invited board accounts with their roles and memberships', async (commune) => {
    const members = await db.query<{
      email: string;
      is_active: boolean;
      has_token: boolean;
      board_role: string;
      is_commune_admin: boolean;
      roles: string[];
    }>(
      `SELECT u.email, u.is_active, u.registration_token IS NOT NULL AS has_token, m.board_role, m.is_commune_admin,
              array(SELECT r.code FROM admin_users_roles_lnk ur JOIN admin_roles r ON r.id = ur.role_id WHERE ur.user_id = u.id ORDER BY r.code) AS roles
         FROM commune_memberships m
         JOIN commune_memberships_commune_lnk l ON l.membership_id = m.id
         JOIN communes c ON c.id = l.commune_id
         JOIN admin_users u ON u.id = m.admin_user_id
        WHERE c.code = $1
        ORDER BY u.email`,
      [commune.code],
    );
    expect(members).toHaveLength(5);
    for (const member of members) {
      expect(member.is_active).toBe(false);
      expect(member.has_token).toBe(true);
      expect(member.roles).toHaveLength(1);
    }
    const bySlot = (role: string) => members.find((member) => member.roles[0] === role);
    expect(bySlot('commune-admin')).toMatchObject({ board_role: 'member', is_commune_admin: true });
    expect(bySlot('commune-board-head')).toMatchObject({ board_role: 'head', is_commune_admin: false });
    expect(bySlot('commune-board-deputy')).toMatchObject({ board_role: 'deputy', is_commune_admin: false });
    expect(bySlot('commune-board-member')).toMatchObject({ board_role: 'member', is_commune_admin: false });
    expect(bySlot('commune-contributor')).toMatchObject({ board_role: 'contributor', is_commune_admin: false });
    // Default addresses are <role>.<slug>@<domain>; given ones are used as written (lower-cased).
    for (const member of members) {
      const [local, domain] = member.email.split('@');
      const [prefix, slug] = (local ?? '').split('.');
      if (domain === commune.domain) {
        expect(slug).toBe(commune.slug);
        expect(ROLE_OF_LOCAL_PART[prefix ?? '']).toBe(member.roles[0]);
      }
    }
    if (commune.code === '06235') expect(bySlot('commune-board-head')?.email).toBe('chutich@khanhkhe.vn');
    if (commune.code === '06001') expect(bySlot('commune-admin')?.email).toBe('quantri@tamthanh.vn');
  });

  it('creates nothing on a second run: every piece is found, and the same rows are refused', () => {
    expect(secondRun.code).toBe(1);
    expect(secondRun.result).toMatchObject({ created: 0, updated: 3, failed: 2, accountsCreated: 0, credentialsFile: null });
    expect(Object.values(secondRun.result.items).every((count) => count === 0)).toBe(true);
    expect(secondRun.result.failedRows.map((row) => row.line)).toEqual([4, 7]);
    expect(countsAfterSecond).toEqual(countsAfterFirst);
    expect(countsAfterFirst).toMatchObject({ communes: 3, categories: 24, pages: 18, site_settings: 3, commune_memberships: 15 });
  });

  it('gives each new commune one draft access-to-information entry, left for the board to publish', async () => {
    const rows = await db.query<{ contact_unit: string; published_at: string | null; code: string }>(
      'SELECT i.contact_unit, i.published_at, c.code FROM info_accesses i JOIN info_accesses_commune_lnk l ON l.info_access_id = i.id ' +
        'JOIN communes c ON c.id = l.commune_id ORDER BY c.code',
    );
    // Three communes, two runs: one entry each, none published.
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.code)).size).toBe(3);
    for (const row of rows) {
      expect(row.published_at).toBeNull();
      expect(row.contact_unit).toMatch(/^Văn phòng HĐND và UBND /);
    }
  });

  // A new commune's rows are written below the document service (cms/scripts/provision/direct-writes.ts):
  // the trail the document service's middlewares leave must be there all the same.
  it.each(GOOD)('leaves the trail of $name: change-log entries by the system, a draft workflow for each draft', async (commune) => {
    const changes = await db.query<{ target_uid: string; action: string; actor_kind: string; outcome: string; n: string }>(
      `SELECT s.target_uid, s.action, s.actor_kind, s.outcome, count(*) AS n FROM site_changes s JOIN communes c ON c.id = s.commune_id
        WHERE c.code = $1 GROUP BY 1, 2, 3, 4 ORDER BY 1`,
      [commune.code],
    );
    expect(changes.map((row) => [row.target_uid, row.action, row.actor_kind, row.outcome, Number(row.n)])).toEqual([
      ['api::category.category', 'create', 'system', 'done', 8],
      ['api::site-setting.site-setting', 'create', 'system', 'done', 1],
      ['plugin::commune-tenancy.commune', 'create', 'system', 'done', 1],
    ]);
    const [settingsEntry] = await db.query<{ fields: string[]; target_label: string }>(
      "SELECT s.fields, s.target_label FROM site_changes s JOIN communes c ON c.id = s.commune_id WHERE c.code = $1 AND s.target_uid = 'api::site-setting.site-setting'",
      [commune.code],
    );
    expect(settingsEntry?.fields).toEqual(expect.arrayContaining(['featuredLinks', 'footerText', 'menu', 'siteTitle']));
    expect(settingsEntry?.target_label).toMatch(/^Trang thông tin điện tử /);

    const workflows = await db.query<{ target_uid: string; state: string; workflows: string; created: string; keyed: string }>(
      `SELECT w.target_uid, w.state, count(DISTINCT w.id) AS workflows, count(e.id) AS created,
              count(DISTINCT w.id) FILTER (WHERE w.target_document_id IN (SELECT document_id FROM pages UNION SELECT document_id FROM info_accesses)) AS keyed
         FROM editorial_workflows w JOIN communes c ON c.id = w.commune_id
         LEFT JOIN editorial_events e ON e.workflow_id = w.id AND e.action = 'create'
        WHERE c.code = $1 GROUP BY 1, 2 ORDER BY 1`,
      [commune.code],
    );
    expect(workflows.map((row) => [row.target_uid, row.state, Number(row.workflows), Number(row.created), Number(row.keyed)])).toEqual([
      ['api::info-access.info-access', 'draft', 1, 1, 1],
      ['api::page.page', 'draft', 6, 6, 6],
    ]);
    // The tenancy key of every row, derived from its commune relation.
    const unkeyed = await db.query(
      `SELECT 'category' FROM categories k JOIN categories_commune_lnk l ON l.category_id = k.id JOIN communes c ON c.id = l.commune_id WHERE c.code = $1 AND k.commune_key IS DISTINCT FROM c.id
       UNION ALL SELECT 'page' FROM pages p JOIN pages_commune_lnk l ON l.page_id = p.id JOIN communes c ON c.id = l.commune_id WHERE c.code = $1 AND p.commune_key IS DISTINCT FROM c.id
       UNION ALL SELECT 'settings' FROM site_settings s JOIN site_settings_commune_lnk l ON l.site_setting_id = s.id JOIN communes c ON c.id = l.commune_id WHERE c.code = $1 AND s.commune_key IS DISTINCT FROM c.id`,
      [commune.code],
    );
    expect(unkeyed).toEqual([]);
  });

  it('adds only what is missing to a commune that exists', async () => {
    await db.query(
      "DELETE FROM categories WHERE id IN (SELECT l.category_id FROM categories_commune_lnk l JOIN communes c ON c.id = l.commune_id JOIN categories k ON k.id = l.category_id WHERE c.code = '06241' AND k.slug = 'thong-bao')",
    );
    await db.query(
      "DELETE FROM commune_memberships WHERE id IN (SELECT l.membership_id FROM commune_memberships_commune_lnk l JOIN communes c ON c.id = l.commune_id JOIN commune_memberships m ON m.id = l.membership_id WHERE c.code = '06241' AND m.board_role = 'contributor')",
    );
    const run = await provision(['import', path.join(workDir, 'communes.csv')]);
    expect(run.result.items).toEqual({ commune: 0, category: 1, page: 0, settings: 0, account: 0, membership: 1 });
    expect(await tableCounts()).toEqual(countsAfterFirst);
  });
});

describe('invitation links', () => {
  it('go to a file only the operator can read, one link per account created, never to the terminal', async () => {
    const file = firstRun.result.credentialsFile;
    expect(file).toBeTruthy();
    if (!file) return;
    expect(path.dirname(file)).toBe(credentialsDir);
    expect(path.basename(file)).toMatch(/^\d{8}-\d{6}-import\.csv$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(credentialsDir)).mode & 0o777).toBe(0o700);

    const lines = (await readFile(file, 'utf8'))
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    const links = lines.slice(1).map((line) => line.slice(line.lastIndexOf(',') + 1));
    expect(links).toHaveLength(firstRun.result.accountsCreated);
    expect(links).toHaveLength(15);
    const tokens = links.map((link) => {
      const url = new URL(link);
      expect(`${url.origin}${url.pathname}`).toBe('https://cms.test.gov.vn/admin/auth/register');
      return url.searchParams.get('registrationToken') ?? '';
    });
    const stored = await db.query<{ registration_token: string }>(
      'SELECT registration_token FROM admin_users WHERE registration_token IS NOT NULL',
    );
    expect(new Set(tokens)).toEqual(new Set(stored.map((row) => row.registration_token)));
    for (const token of tokens) {
      expect(firstRun.stdout).not.toContain(token);
      expect(firstRun.stderr).not.toContain(token);
    }
    expect(firstRun.stdout).toContain(file);
  });
});

describe('suspend and resume', () => {
  const status = async (code: string): Promise<string | undefined> =>
    (await db.query<{ site_status: string }>('SELECT site_status FROM communes WHERE code = $1', [code]))[0]?.site_status;

  it('suspends a commune by its slug and resumes it by its code, deleting nothing', async () => {
    const before = await tableCounts();
    const suspended = await provision(['suspend', 'son-giang']);
    expect(suspended.code).toBe(0);
    expect(suspended.result).toMatchObject({ command: 'suspend', siteStatus: 'suspended', updated: 1 });
    expect(await status('06241')).toBe('suspended');
    expect(await status('06235')).toBe('active');

    const again = await provision(['suspend', 'son-giang']);
    expect(again.code).toBe(0);
    expect(again.result).toMatchObject({ updated: 0 });

    const resumed = await provision(['resume', '06241']);
    expect(resumed.code).toBe(0);
    expect(resumed.result).toMatchObject({ command: 'resume', siteStatus: 'active', updated: 1 });
    expect(await status('06241')).toBe('active');
    expect(await tableCounts()).toEqual(before);
  });

  it('says so when the commune does not exist', async () => {
    const run = await provision(['suspend', 'khong-co-xa-nay']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Không tìm thấy xã, phường');
  });
});

describe('one transaction per commune', () => {
  it('leaves nothing of a commune whose provisioning fails half-way', async () => {
    // Fail the fourth step (site settings), after the commune, its categories and pages were written.
    await db.query(`
      CREATE FUNCTION test_fail_settings() RETURNS trigger AS $$
      BEGIN
        IF NEW.site_title LIKE '%Thất Bại%' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER test_fail_settings BEFORE INSERT ON site_settings FOR EACH ROW EXECUTE FUNCTION test_fail_settings();
    `);
    const before = await tableCounts();
    try {
      const run = await provision([
        'add',
        '--name',
        'Xã Thất Bại',
        '--code',
        '06999',
        '--domain',
        'thatbai.langson.gov.vn',
        '--province',
        'Lạng Sơn',
      ]);
      expect(run.code).toBe(1);
      expect(run.result).toMatchObject({ created: 0, failed: 1, accountsCreated: 0, credentialsFile: null });
      expect(run.result.failedRows[0]?.reasons.join(' ')).toContain('injected failure');
      expect(await tableCounts()).toEqual(before);
      expect(await db.query("SELECT id FROM admin_users WHERE email LIKE '%thatbai%'")).toHaveLength(0);
    } finally {
      await db.query('DROP TRIGGER test_fail_settings ON site_settings; DROP FUNCTION test_fail_settings();');
    }
  });
});

describe('speed', () => {
  it('imports 55 communes in well under a minute', async () => {
    const header = 'name,code,province,domain,aliases';
    const rows = Array.from(
      { length: 55 },
      (_, index) =>
        `Xã Thử Nghiệm ${index + 1},${String(20000 + index)},Lạng Sơn,xa${index + 1}.thu.langson.gov.vn,xa${index + 1}.localhost`,
    );
    const file = path.join(workDir, 'communes-55.csv');
    await writeFile(file, [header, ...rows].join('\n'));
    const run = await provision(['import', file]);
    console.log(`Imported 55 communes in ${run.wallSeconds.toFixed(1)} s (whole process; the script reports ${run.result.seconds} s)`);
    expect(run.code).toBe(0);
    expect(run.result).toMatchObject({ created: 55, failed: 0, accountsCreated: 275 });
    expect(run.result.items).toEqual({ commune: 55, category: 440, page: 330, settings: 55, account: 275, membership: 275 });
    expect(run.wallSeconds).toBeLessThan(60);
  });
});
