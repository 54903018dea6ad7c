/**
 * The site governance table against what the site reads: every type the public site's token may
 * read, every scoped type the roles know and every type declared scoped in this repository is in
 * the table. A new type the site shows cannot be forgotten: this fails, and Strapi refuses to
 * start (the same checks run at boot: editorial-board's assertSiteGovernance and the CMS's
 * assertPublicTypesGoverned).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_TOKEN_PERMISSIONS } from '../../../../cms/src/bootstrap/public-token';
import { SCOPED_TYPES } from '../../server/src/guard/roles';
import {
  SITE_GOVERNANCE,
  SITE_TYPES,
  directWriteRefusal,
  governanceOf,
  governanceProblems,
  mayWriteDirectly,
  typesGovernedBy,
  ungovernedReadTypes,
  type Writer,
} from '../site-governance';

interface Schema {
  info: { singularName: string };
  options?: { draftAndPublish?: boolean };
  pluginOptions?: Record<string, unknown>;
}

const root = path.resolve(__dirname, '../../../..');

function findSchemas(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : findSchemas(full);
    return entry.name === 'schema.json' ? [full] : [];
  });
}

const read = (file: string): Schema => JSON.parse(readFileSync(file, 'utf8')) as Schema;

/** The content types of this repository by UID, as Strapi registers them. */
const apiTypes = Object.fromEntries(
  findSchemas(path.join(root, 'cms', 'src', 'api')).map((file) => {
    const schema = read(file);
    return [`api::${schema.info.singularName}.${schema.info.singularName}`, schema] as const;
  }),
);
const pluginTypes = Object.fromEntries(
  readdirSync(path.join(root, 'plugins')).flatMap((plugin) => {
    const dir = path.join(root, 'plugins', plugin, 'server', 'src', 'content-types');
    try {
      return findSchemas(dir).map((file) => {
        const schema = read(file);
        return [`plugin::${plugin}.${schema.info.singularName}`, schema] as const;
      });
    } catch {
      return [];
    }
  }),
);
const repositoryTypes = { ...apiTypes, ...pluginTypes };
const registered = Object.keys(repositoryTypes);

describe('the site governance table covers every type the site reads', () => {
  it("finds the repository's content types", () => {
    expect(Object.keys(apiTypes).length).toBeGreaterThanOrEqual(8);
    expect(registered).toContain('plugin::commune-tenancy.commune');
  });

  it("lists every content type the public site's token may read", () => {
    const read = [
      ...new Set(
        PUBLIC_TOKEN_PERMISSIONS.map((action) => action.slice(0, action.lastIndexOf('.'))).filter((uid) => registered.includes(uid)),
      ),
    ];
    // The eight content types and the commune record: the check below must have something to check.
    expect(read.sort()).toEqual([...SITE_TYPES].sort());
    for (const uid of read) expect({ uid, governance: governanceOf(uid) }).toEqual({ uid, governance: expect.any(String) });
    expect(ungovernedReadTypes(PUBLIC_TOKEN_PERMISSIONS, registered)).toEqual([]);
  });

  it('lists every scoped type of the roles', () => {
    expect(SCOPED_TYPES.length).toBe(18);
    for (const uid of SCOPED_TYPES)
      expect({ uid, governance: governanceOf(uid) }).toEqual({ uid, governance: expect.stringMatching(/^(board|head-and-admin)$/) });
  });

  it('lists every type declared scoped under cms/src/api', () => {
    const scoped = Object.entries(apiTypes).filter(
      ([, schema]) => (schema.pluginOptions?.['commune-tenancy'] as { scoped?: boolean } | undefined)?.scoped === true,
    );
    expect(scoped.length).toBe(18);
    for (const [uid] of scoped) expect({ uid, listed: governanceOf(uid) !== null }).toEqual({ uid, listed: true });
  });

  it("fits the repository's schemas: nothing missing, nothing unknown, board types have draft and publish", () => {
    expect(governanceProblems(repositoryTypes)).toEqual([]);
  });

  it('puts the standing reference data under the head and the admin, the commune record and the maintenance windows under the province', () => {
    expect(typesGovernedBy('board')).toEqual([
      'api::article.article',
      'api::document.document',
      'api::procedure.procedure',
      'api::page.page',
      'api::plan.plan',
      'api::investment-project.investment-project',
      'api::bidding-notice.bidding-notice',
      'api::budget-report.budget-report',
      'api::statistic.statistic',
      'api::work-schedule.work-schedule',
      'api::info-access.info-access',
      'api::urgent-notice.urgent-notice',
      'api::question-answer.question-answer',
      'api::consultation.consultation',
    ]);
    expect(typesGovernedBy('head-and-admin')).toEqual([
      'api::official.official',
      'api::contact.contact',
      'api::category.category',
      'api::site-setting.site-setting',
    ]);
    expect(typesGovernedBy('province')).toEqual(['plugin::commune-tenancy.commune', 'api::maintenance-window.maintenance-window']);
  });
});

describe('the checks fail when a type is forgotten', () => {
  it('reports a type the token reads that the table does not list, and ignores actions that name no type', () => {
    const permissions = [...PUBLIC_TOKEN_PERMISSIONS, 'api::notice.notice.find', 'api::notice.notice.findOne'];
    expect(ungovernedReadTypes(permissions, [...registered, 'api::notice.notice'])).toEqual(['api::notice.notice']);
    expect(ungovernedReadTypes(['plugin::portal-search.search.find'], registered)).toEqual([]);
  });

  it('reports a scoped type missing from the table, a row naming no type, and a board type without draft', () => {
    const types: Record<string, Schema> = {
      ...repositoryTypes,
      'api::notice.notice': { info: { singularName: 'notice' }, pluginOptions: { 'commune-tenancy': { scoped: true } } },
    };
    const { ['api::contact.contact']: _removed, ...withoutContact } = types;
    const article = repositoryTypes['api::article.article'];
    if (!article) throw new Error('no article schema');
    withoutContact['api::article.article'] = { ...article, options: { draftAndPublish: false } };
    expect(governanceProblems(withoutContact)).toEqual([
      'api::notice.notice belongs to a commune but is not in the site governance table',
      'api::article.article is governed by the board but has no draft and publish',
      'api::contact.contact is in the site governance table but is not a registered content type',
    ]);
  });
});

describe('who may change a head-and-admin or province row directly', () => {
  const parts = (...writers: Writer[]) => new Set(writers);

  it('the head, the commune admin, province IT and the system change head-and-admin rows; nobody else', () => {
    for (const writer of ['head', 'commune-admin', 'province-it', 'system'] as const)
      expect(mayWriteDirectly('head-and-admin', parts(writer))).toBe(true);
    // A deputy, a member, a contributor or a viewer plays none of the writers' parts.
    expect(mayWriteDirectly('head-and-admin', parts())).toBe(false);
  });

  it('only province IT and the system change the commune record', () => {
    expect(mayWriteDirectly('province', parts('province-it'))).toBe(true);
    expect(mayWriteDirectly('province', parts('system'))).toBe(true);
    expect(mayWriteDirectly('province', parts('head', 'commune-admin'))).toBe(false);
  });

  it('tells the editor who may, and that nothing was saved', () => {
    expect(directWriteRefusal('api::official.official')).toBe(
      'Chỉ Trưởng ban biên tập hoặc Quản trị xã được thay đổi lãnh đạo, cán bộ; thay đổi của bạn chưa được lưu.',
    );
    expect(directWriteRefusal('api::site-setting.site-setting')).toBe(
      'Chỉ Trưởng ban biên tập hoặc Quản trị xã được thay đổi cấu hình trang; thay đổi của bạn chưa được lưu.',
    );
    expect(directWriteRefusal('plugin::commune-tenancy.commune')).toBe(
      'Chỉ cán bộ quản trị của tỉnh được thay đổi thông tin xã, phường; thay đổi của bạn chưa được lưu.',
    );
  });

  it('labels every row in Vietnamese', () => {
    for (const uid of SITE_TYPES) expect(SITE_GOVERNANCE[uid].label).toMatch(/\S/);
  });
});
