/**
 * Who may change what the public sites show, type by type: the one table of it. Every content
 * type whose rows a site shows is in exactly one of three kinds:
 *
 * - `board`: goes through the editorial board's approval flow (plugins/editorial-board,
 *   workflow/machine.ts) before it is published; draft and publish on the type.
 * - `head-and-admin`: standing reference data the commune's head of the board answers for
 *   (leaders, contacts, categories, the site's settings). No draft: a change is on the site at
 *   once, so only the head (Trưởng ban biên tập) and the commune admin (Quản trị xã) of that
 *   commune — and province IT, and the system (seed, provisioning) — may make it, and every
 *   change is logged (editorial-board, guard/site-governance.ts and services/change-log.ts).
 * - `province`: the commune record itself (name, domains, logo, status): province IT only.
 *
 * The admin roles (server/src/guard/roles.ts) and the editorial board's guards read this table;
 * a unit test and a start-up check fail when a type the public site's token can read, or a type
 * declared `scoped`, is missing from it. Keep this file free of runtime dependencies: the
 * editorial board and the CMS import it.
 */

export type Governance = 'board' | 'head-and-admin' | 'province';

export interface SiteTypeGovernance {
  governance: Governance;
  /** What the type holds, in Vietnamese, as refusals and the change log name it. */
  label: string;
}

export const SITE_GOVERNANCE = {
  'api::article.article': { governance: 'board', label: 'tin, bài' },
  'api::document.document': { governance: 'board', label: 'văn bản' },
  'api::procedure.procedure': { governance: 'board', label: 'thủ tục hành chính' },
  'api::page.page': { governance: 'board', label: 'trang giới thiệu' },
  'api::plan.plan': { governance: 'board', label: 'quy hoạch, kế hoạch' },
  'api::investment-project.investment-project': { governance: 'board', label: 'dự án đầu tư công' },
  'api::bidding-notice.bidding-notice': { governance: 'board', label: 'thông tin đấu thầu, mua sắm công' },
  'api::budget-report.budget-report': { governance: 'board', label: 'công khai ngân sách' },
  'api::statistic.statistic': { governance: 'board', label: 'số liệu thống kê' },
  'api::work-schedule.work-schedule': { governance: 'board', label: 'lịch công tác' },
  'api::info-access.info-access': { governance: 'board', label: 'chuyên mục tiếp cận thông tin' },
  'api::urgent-notice.urgent-notice': { governance: 'board', label: 'thông báo khẩn' },
  'api::question-answer.question-answer': { governance: 'board', label: 'hỏi đáp' },
  'api::consultation.consultation': { governance: 'board', label: 'lấy ý kiến dự thảo' },
  'api::official.official': { governance: 'head-and-admin', label: 'lãnh đạo, cán bộ' },
  'api::contact.contact': { governance: 'head-and-admin', label: 'thông tin liên hệ' },
  'api::category.category': { governance: 'head-and-admin', label: 'chuyên mục' },
  'api::site-setting.site-setting': { governance: 'head-and-admin', label: 'cấu hình trang' },
  'plugin::commune-tenancy.commune': { governance: 'province', label: 'thông tin xã, phường' },
  // Read by the site's token (README "Maintenance windows"); belongs to no commune.
  'api::maintenance-window.maintenance-window': { governance: 'province', label: 'lịch bảo trì' },
} as const satisfies Record<string, SiteTypeGovernance>;

export type SiteType = keyof typeof SITE_GOVERNANCE;

/** The types of one kind, as a union of their UIDs. */
export type TypesGovernedBy<G extends Governance> = {
  [K in SiteType]: (typeof SITE_GOVERNANCE)[K]['governance'] extends G ? K : never;
}[SiteType];

export const SITE_TYPES = Object.keys(SITE_GOVERNANCE) as SiteType[];

export const isSiteType = (uid: string): uid is SiteType => Object.prototype.hasOwnProperty.call(SITE_GOVERNANCE, uid);

/** The types of one kind, in table order. */
export function typesGovernedBy<G extends Governance>(governance: G): Array<TypesGovernedBy<G>> {
  return SITE_TYPES.filter((uid): uid is TypesGovernedBy<G> => SITE_GOVERNANCE[uid].governance === governance);
}

/** The kind of a type, or null when the table does not know it (then the site must not read it). */
export function governanceOf(uid: string): Governance | null {
  return isSiteType(uid) ? SITE_GOVERNANCE[uid].governance : null;
}

/**
 * Who may change the rows of a kind directly: the system (no request: the seed, provisioning,
 * scheduled jobs), province IT (the super admin), and by their membership in the row's commune,
 * the head of the board and the commune admin. The board's types are not here: they change as
 * drafts and reach the site through the board's flow (editorial-board, workflow/machine.ts).
 */
export type Writer = 'system' | 'province-it' | 'head' | 'commune-admin';

export const DIRECT_WRITERS: Record<Exclude<Governance, 'board'>, readonly Writer[]> = {
  'head-and-admin': ['system', 'province-it', 'head', 'commune-admin'],
  province: ['system', 'province-it'],
};

/** Whether someone playing `writers` may change a row of this kind directly. */
export function mayWriteDirectly(governance: Exclude<Governance, 'board'>, writers: ReadonlySet<Writer>): boolean {
  return DIRECT_WRITERS[governance].some((writer) => writers.has(writer));
}

/** The refusal an editor reads when they may not change a row of this type. */
export function directWriteRefusal(uid: TypesGovernedBy<'head-and-admin' | 'province'>): string {
  const { governance, label } = SITE_GOVERNANCE[uid];
  const who = governance === 'province' ? 'cán bộ quản trị của tỉnh' : 'Trưởng ban biên tập hoặc Quản trị xã';
  return `Chỉ ${who} được thay đổi ${label}; thay đổi của bạn chưa được lưu.`;
}

/**
 * The content types among API permissions (`api::official.official.find`, …) that the table does
 * not know. A permission names a content type when its action's prefix is a registered type's
 * UID; other actions (search, visit counts) read no type of their own. Used by the start-up
 * check on the public site's token and by the unit test.
 */
export function ungovernedReadTypes(permissions: readonly string[], registeredTypes: readonly string[]): string[] {
  const registered = new Set(registeredTypes);
  const types = permissions.map((action) => action.slice(0, action.lastIndexOf('.'))).filter((uid) => registered.has(uid));
  return [...new Set(types)].filter((uid) => !isSiteType(uid)).sort();
}

interface SchemaLike {
  options?: { draftAndPublish?: boolean };
  pluginOptions?: Record<string, unknown>;
}

/**
 * What does not fit between the registered content types and the table: a type that belongs to
 * a commune (declared `scoped`) but is not in the table, a row of the table that names no
 * registered type, a board type without draft and publish (the board could not hold it back).
 * Empty when all is well; Strapi refuses to start otherwise (editorial-board bootstrap).
 */
export function governanceProblems(types: Record<string, SchemaLike>): string[] {
  const problems: string[] = [];
  for (const [uid, schema] of Object.entries(types)) {
    const tenancy = schema.pluginOptions?.['commune-tenancy'] as { scoped?: boolean } | undefined;
    if (tenancy?.scoped === true && !isSiteType(uid)) problems.push(`${uid} belongs to a commune but is not in the site governance table`);
  }
  for (const uid of SITE_TYPES) {
    const schema = types[uid];
    if (!schema) problems.push(`${uid} is in the site governance table but is not a registered content type`);
    else if (SITE_GOVERNANCE[uid].governance === 'board' && schema.options?.draftAndPublish !== true)
      problems.push(`${uid} is governed by the board but has no draft and publish`);
  }
  return problems;
}
