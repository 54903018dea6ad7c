/**
 * The admin roles of a commune's people, as data: which content-manager and media actions each
 * role has, always under the "in own commune" condition. Province IT is the super admin; the
 * province viewer reads every commune and changes nothing. Roles are (re)synced at every start,
 * so a role's permissions are exactly what this table says.
 *
 * Which types each role may change follows the site governance table (shared/site-governance.ts):
 * the board's types go through the editorial board (whose guard decides who publishes); the
 * head-and-admin types are changed by the head and the commune admin only, everyone else reads
 * them. Admin roles are per account, not per commune, so a person who is head in one commune and
 * member in another holds both roles everywhere: the editorial board's governance guard, which
 * checks the membership of the entry's commune, is the authority; these permissions shape what
 * the admin panel offers.
 */
import type { Core } from '@strapi/strapi';
import { DIRECT_WRITERS, typesGovernedBy, type TypesGovernedBy, type Writer } from '../../../shared';
import { PROVINCE_VIEWER_ROLE } from './actor';

export const IN_OWN_COMMUNE = 'plugin::commune-tenancy.in-own-commune';

type Verb = 'read' | 'create' | 'update' | 'delete' | 'publish';

/** Types that go through the editorial board (draft and publish). */
const BOARD_TYPES = typesGovernedBy('board');
/** Standing reference data only the head and the commune admin change. */
const HEAD_AND_ADMIN_TYPES = typesGovernedBy('head-and-admin');

/** Every type that belongs to a commune: the site's types, but the commune record itself. */
export const SCOPED_TYPES: ReadonlyArray<TypesGovernedBy<'board' | 'head-and-admin'>> = [...BOARD_TYPES, ...HEAD_AND_ADMIN_TYPES];

/** The board's types contributors write for (not the introduction pages). */
const CONTRIBUTOR_TYPES: ReadonlyArray<TypesGovernedBy<'board'>> = [
  'api::article.article',
  'api::document.document',
  'api::procedure.procedure',
  'api::plan.plan',
  'api::investment-project.investment-project',
  'api::bidding-notice.bidding-notice',
  'api::budget-report.budget-report',
  'api::statistic.statistic',
  'api::work-schedule.work-schedule',
  'api::info-access.info-access',
  'api::urgent-notice.urgent-notice',
  'api::consultation.consultation',
];
/** Reference data contributors read to fill in their items (the category of an article). */
const CONTRIBUTOR_LOOKUPS: ReadonlyArray<TypesGovernedBy<'head-and-admin'>> = ['api::category.category'];

const LOCALISED_TYPES = new Set<string>(['api::page.page']);
const ALL: Verb[] = ['read', 'create', 'update', 'delete', 'publish'];

/**
 * The verbs a role gets on the head-and-admin types: changing them (they have no draft, so
 * nothing to publish) if the table lists the role's part among their writers, reading otherwise.
 */
function headAndAdminVerbs(part: Writer | null): Verb[] {
  return part !== null && DIRECT_WRITERS['head-and-admin'].includes(part) ? ['read', 'create', 'update', 'delete'] : ['read'];
}

export interface RoleDefinition {
  code: string;
  name: string;
  description: string;
  /** Content types and the verbs allowed on each. */
  content: Array<{ types: readonly string[]; verbs: Verb[] }>;
  /** Media library: read only, or read and upload/change. */
  media: 'read' | 'write';
  /** False only for the province viewer, who sees every commune. */
  scoped: boolean;
}

export const COMMUNE_ROLES: RoleDefinition[] = [
  {
    code: 'commune-admin',
    name: 'Quản trị xã',
    description: 'Quản trị trang của một xã: mọi nội dung, cấu hình trang và tài khoản của xã.',
    content: [
      { types: BOARD_TYPES, verbs: ALL },
      { types: HEAD_AND_ADMIN_TYPES, verbs: headAndAdminVerbs('commune-admin') },
    ],
    media: 'write',
    scoped: true,
  },
  {
    code: 'commune-board-head',
    name: 'Trưởng ban biên tập',
    description: 'Duyệt và đăng nội dung của xã; chịu trách nhiệm về lãnh đạo, liên hệ, chuyên mục và cấu hình trang.',
    content: [
      { types: BOARD_TYPES, verbs: ALL },
      { types: HEAD_AND_ADMIN_TYPES, verbs: headAndAdminVerbs('head') },
    ],
    media: 'write',
    scoped: true,
  },
  {
    code: 'commune-board-deputy',
    name: 'Phó trưởng ban biên tập',
    description: 'Phân công, biên tập, duyệt và đăng nội dung của xã.',
    content: [
      { types: BOARD_TYPES, verbs: ALL },
      { types: HEAD_AND_ADMIN_TYPES, verbs: headAndAdminVerbs(null) },
    ],
    media: 'write',
    scoped: true,
  },
  {
    code: 'commune-board-member',
    name: 'Ủy viên ban biên tập',
    description: 'Biên tập nội dung được phân công; không tự đăng.',
    content: [
      { types: BOARD_TYPES, verbs: ['read', 'create', 'update'] },
      { types: HEAD_AND_ADMIN_TYPES, verbs: headAndAdminVerbs(null) },
    ],
    media: 'write',
    scoped: true,
  },
  {
    code: 'commune-contributor',
    name: 'Cộng tác viên',
    description: 'Gửi tin, bài, văn bản cho Ban biên tập; không đăng, không xóa.',
    content: [
      { types: CONTRIBUTOR_TYPES, verbs: ['read', 'create', 'update'] },
      { types: CONTRIBUTOR_LOOKUPS, verbs: ['read'] },
    ],
    media: 'write',
    scoped: true,
  },
  {
    code: PROVINCE_VIEWER_ROLE,
    name: 'Xem toàn tỉnh',
    description: 'Cán bộ tỉnh theo dõi nội dung của mọi xã; chỉ xem.',
    content: [{ types: [...SCOPED_TYPES, ...typesGovernedBy('province')], verbs: ['read'] }],
    media: 'read',
    scoped: false,
  },
];

export interface PermissionSpec {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

/** Verbs whose permission lists the fields it covers: without a list, the admin shows no field. */
const FIELD_VERBS = new Set<Verb>(['read', 'create', 'update']);

/** The permission rows of one role; `fieldsOf` gives a type's field paths. Pure, for unit tests. */
export function permissionsFor(role: RoleDefinition, fieldsOf: (subject: string) => string[] = () => []): PermissionSpec[] {
  const conditions = role.scoped ? [IN_OWN_COMMUNE] : [];
  const content = role.content.flatMap(({ types, verbs }) =>
    types.flatMap((subject) =>
      verbs.map((verb) => ({
        action: `plugin::content-manager.explorer.${verb}`,
        subject,
        properties: {
          ...(FIELD_VERBS.has(verb) ? { fields: fieldsOf(subject) } : {}),
          ...(LOCALISED_TYPES.has(subject) ? { locales: ['vi', 'en'] } : {}),
        },
        conditions,
      })),
    ),
  );
  const mediaActions =
    role.media === 'write'
      ? ['read', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link']
      : ['read', 'assets.download'];
  const media = mediaActions.map((action) => ({ action: `plugin::upload.${action}`, subject: null, properties: {}, conditions: [] }));
  return [...content, ...media];
}

interface ContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

interface RoleService {
  findOne(params: { code: string }): Promise<{ id: number } | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  update(params: { id: number }, attributes: { name: string; description: string }): Promise<unknown>;
  assignPermissions(roleId: number, permissions: PermissionSpec[]): Promise<unknown>;
}

/** Creates the commune roles, or brings their names and permissions back to this table. */
export async function syncCommuneRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  // Every field of the type, components included, as Strapi computes them for the super admin.
  const contentTypes = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const fieldsOf = (subject: string): string[] =>
    contentTypes.getNestedFields(strapi.contentTypes[subject as keyof typeof strapi.contentTypes], { components: strapi.components });
  for (const definition of COMMUNE_ROLES) {
    const existing = await roles.findOne({ code: definition.code });
    const role = existing ?? (await roles.create({ name: definition.name, code: definition.code, description: definition.description }));
    if (existing) await roles.update({ id: existing.id }, { name: definition.name, description: definition.description });
    await roles.assignPermissions(role.id, permissionsFor(definition, fieldsOf));
  }
}
