/**
 * Provisions one commune inside one database transaction: the commune, its default categories,
 * the six introduction pages (drafts), the site settings, and the board's admin accounts with
 * their memberships. Idempotent: on a commune that exists (same code) only what is missing is
 * added. Any error rolls the whole commune back.
 *
 * The commune itself and the accounts go through Strapi's services. The rest of a commune
 * created in this transaction is written by direct-writes.ts (same rows, same change-log entries
 * and workflows, about a third of the queries) when `context.direct`; what an existing commune
 * lacks is added through the document service, row by row, as each may have been edited since.
 */
import type { Core } from '@strapi/strapi';
import { BOARD_ROLE_LABELS, type BoardRole } from '@commune/commune-tenancy/shared';
import { DEFAULT_CATEGORIES, INTRO_PAGES, pageSummary, placeholderBody, siteSettings } from './defaults';
import type { Invitation } from './credentials';
import { writeCategories, writeInfoAccess, writeMembership, writePage, writeSettings } from './direct-writes';
import { ensureInfoAccessDraft, infoAccessDraft } from './info-access-default';
import { SLOT_BY_NAME, accountsFor, inSentence, isValidEmail, membershipOf, type CommuneSpec } from './spec';
import { UIDS, adminUsers, aliasesOf, documents, invitations, type CommuneRow, type MembershipRow, type Row } from './store';

export type ItemKind = 'commune' | 'category' | 'page' | 'settings' | 'account' | 'membership';
export type ItemCounts = Record<ItemKind, number>;

export const emptyCounts = (): ItemCounts => ({ commune: 0, category: 0, page: 0, settings: 0, account: 0, membership: 0 });

export interface ProvisionContext {
  strapi: Core.Strapi;
  /** Admin role id by role code. */
  roles: Map<string, number>;
  /** A new commune's rows may be written below the document service (direct-writes.ts). */
  direct: boolean;
}

export interface ProvisionOutcome {
  kind: 'created' | 'updated';
  commune: CommuneRow;
  /** What this run added. */
  added: ItemCounts;
  /** What was updated in place (a commune's aliases, a membership's admin flag). */
  changed: string[];
  invitations: Invitation[];
  /** Things the operator should know: kept values, accounts that already existed. */
  notes: string[];
}

export async function provisionCommune(
  context: ProvisionContext,
  spec: CommuneSpec,
  existing: CommuneRow | null,
): Promise<ProvisionOutcome> {
  return context.strapi.db.transaction(async () => {
    const outcome: ProvisionOutcome = {
      kind: existing ? 'updated' : 'created',
      commune: existing ?? (await createCommune(context, spec)),
      added: emptyCounts(),
      changed: [],
      invitations: [],
      notes: [],
    };
    if (!existing) outcome.added.commune = 1;
    else await completeCommune(context, spec, existing, outcome);
    const fresh = !existing; // nothing can exist yet: no need to look anything up
    await ensureCategories(context, outcome, fresh);
    await ensurePages(context, spec, outcome, fresh);
    await ensureSettings(context, spec, outcome, fresh);
    if (fresh && context.direct) await writeInfoAccess(context.strapi, outcome.commune, infoAccessDraft(outcome.commune));
    else await ensureInfoAccessDraft(context.strapi, outcome.commune);
    await ensureAccounts(context, spec, outcome, fresh);
    return outcome;
  });
}

async function createCommune(context: ProvisionContext, spec: CommuneSpec): Promise<CommuneRow> {
  const row = await documents(context.strapi, UIDS.commune).create({
    data: {
      name: spec.name,
      shortName: spec.shortName,
      slug: spec.slug,
      code: spec.code,
      province: spec.province,
      primaryDomain: spec.primaryDomain,
      domainAliases: spec.domainAliases,
      siteStatus: 'active',
    },
  });
  return { ...(row as unknown as CommuneRow), domainAliases: spec.domainAliases };
}

/** An existing commune keeps its values (province IT may have edited them); only gaps are filled. */
async function completeCommune(
  context: ProvisionContext,
  spec: CommuneSpec,
  existing: CommuneRow,
  outcome: ProvisionOutcome,
): Promise<void> {
  const data: Record<string, unknown> = {};
  const stored = aliasesOf(existing);
  const newAliases = spec.domainAliases.filter((alias) => alias !== existing.primaryDomain && !stored.includes(alias));
  if (newAliases.length > 0) {
    data.domainAliases = [...stored, ...newAliases];
    outcome.changed.push(`thêm tên miền phụ ${newAliases.join(', ')}`);
  }
  if (!existing.shortName && spec.shortName) {
    data.shortName = spec.shortName;
    outcome.changed.push(`thêm tên ngắn “${spec.shortName}”`);
  }
  if (Object.keys(data).length > 0) {
    await documents(context.strapi, UIDS.commune).update({ documentId: existing.documentId, data });
    outcome.commune = { ...existing, ...data } as CommuneRow;
  }
  const kept: Array<[string, string, string]> = [
    ['tên', existing.name, spec.name],
    ['tên miền', existing.primaryDomain, spec.primaryDomain],
    ['tỉnh', existing.province, spec.province],
    ['slug', existing.slug, spec.slug],
  ];
  for (const [what, current, wanted] of kept) {
    if (current !== wanted)
      outcome.notes.push(
        `${what} đang là “${current}”, khác với “${wanted}” trong danh sách: giữ nguyên (sửa trong trang quản trị nếu cần)`,
      );
  }
  if (existing.siteStatus === 'suspended') outcome.notes.push('trang đang tạm ngừng: giữ nguyên (dùng lệnh resume để mở lại)');
}

const inCommune = (commune: CommuneRow): Record<string, unknown> => ({ commune: { documentId: { $eq: commune.documentId } } });

async function ensureCategories(context: ProvisionContext, outcome: ProvisionOutcome, fresh: boolean): Promise<void> {
  if (fresh && context.direct) {
    await writeCategories(context.strapi, outcome.commune, DEFAULT_CATEGORIES);
    outcome.added.category += DEFAULT_CATEGORIES.length;
    return;
  }
  const categories = documents(context.strapi, UIDS.category);
  const present = fresh
    ? new Set<string>()
    : new Set(
        (await categories.findMany({ filters: inCommune(outcome.commune), fields: ['slug'], limit: 1000 })).map((row) => String(row.slug)),
      );
  for (const [index, category] of DEFAULT_CATEGORIES.entries()) {
    if (present.has(category.slug)) continue;
    await categories.create({
      data: {
        name: category.name,
        slug: category.slug,
        description: category.description,
        order: index + 1,
        commune: outcome.commune.documentId,
      },
    });
    outcome.added.category += 1;
  }
}

async function ensurePages(context: ProvisionContext, spec: CommuneSpec, outcome: ProvisionOutcome, fresh: boolean): Promise<void> {
  const pages = documents(context.strapi, UIDS.page);
  const existing: Row[] = fresh
    ? []
    : await pages.findMany({
        filters: inCommune(outcome.commune),
        fields: ['section', 'slug'],
        status: 'draft',
        locale: 'vi',
        limit: 1000,
      });
  const sections = new Set(existing.map((row) => String(row.section)));
  const slugs = new Set(existing.map((row) => String(row.slug)));
  const commune = inSentence(outcome.commune.name || spec.name);
  for (const page of INTRO_PAGES) {
    if (sections.has(page.section)) continue;
    const data = {
      title: page.title(commune),
      // An editor may have used the slug for another page; then one is made from the title.
      ...(slugs.has(page.slug) ? {} : { slug: page.slug }),
      section: page.section,
      summary: pageSummary(page, commune),
      body: placeholderBody(page, commune),
      order: page.order,
    };
    // A draft: the editors replace the placeholder and publish it themselves.
    if (fresh && context.direct) await writePage(context.strapi, outcome.commune, data, 'vi');
    else await pages.create({ locale: 'vi', data: { ...data, commune: outcome.commune.documentId } });
    outcome.added.page += 1;
  }
}

async function ensureSettings(context: ProvisionContext, spec: CommuneSpec, outcome: ProvisionOutcome, fresh: boolean): Promise<void> {
  const settings = documents(context.strapi, UIDS.settings);
  if (!fresh && (await settings.findFirst({ filters: inCommune(outcome.commune), fields: ['id'] }))) return;
  const data = siteSettings({ ...spec, name: outcome.commune.name || spec.name });
  if (fresh && context.direct) await writeSettings(context.strapi, outcome.commune, data);
  else await settings.create({ data: { ...data, commune: outcome.commune.documentId } });
  outcome.added.settings += 1;
}

async function ensureAccounts(context: ProvisionContext, spec: CommuneSpec, outcome: ProvisionOutcome, fresh: boolean): Promise<void> {
  const users = adminUsers(context.strapi);
  const memberships = context.strapi.db.query(UIDS.membership);
  const commune = inSentence(outcome.commune.name || spec.name);
  // An existing commune keeps its slug and domain: default addresses are made from those.
  for (const account of accountsFor(spec.emails, outcome.commune.slug, outcome.commune.primaryDomain)) {
    if (!isValidEmail(account.email))
      throw new Error(`Địa chỉ thư mặc định “${account.email}” không hợp lệ: hãy ghi địa chỉ cho vai trò này.`);
    const definitions = account.slots.map((slot) => {
      const definition = SLOT_BY_NAME.get(slot);
      if (!definition) throw new Error(`unknown slot ${slot}`);
      return definition;
    });
    const roleIds = definitions.map((definition) => {
      const id = context.roles.get(definition.roleCode);
      if (id === undefined) throw new Error(`Không tìm thấy vai trò “${definition.roleCode}”.`);
      return id;
    });
    const labels = definitions.map((definition) => definition.label).join(' + ');

    let user = await users.findOneByEmail(account.email, ['roles']);
    if (!user) {
      const invited = await invitations(context.strapi).createInvitedAccount({
        email: account.email,
        firstname: definitions[0]?.label ?? 'Thành viên',
        lastname: commune,
        roleIds,
      });
      user = invited.account;
      outcome.added.account += 1;
      outcome.invitations.push({
        communeName: outcome.commune.name,
        communeCode: outcome.commune.code,
        roles: labels,
        email: account.email,
        link: invited.inviteUrl,
      });
    } else {
      const has = new Set((user.roles ?? []).map((role) => role.id));
      const lacking = definitions.filter((definition, index) => !has.has(roleIds[index] as number));
      if (lacking.length > 0 && !(user.roles ?? []).some((role) => role.code === 'strapi-super-admin')) {
        outcome.notes.push(
          `tài khoản ${account.email} đã có từ trước, không có vai trò ${lacking.map((definition) => `“${definition.label}”`).join(', ')}: chỉ thêm thành viên xã, hãy gán vai trò trong trang quản trị nếu cần`,
        );
      }
    }

    const wanted = membershipOf(account.slots);
    if (fresh && context.direct) {
      // A commune created in this transaction has no members yet: nothing to look up.
      await writeMembership(context.strapi, outcome.commune, {
        adminUserId: user.id,
        boardRole: wanted.boardRole,
        isCommuneAdmin: wanted.isCommuneAdmin,
      });
      outcome.added.membership += 1;
      continue;
    }
    const found = (await memberships.findOne({
      where: { adminUserId: user.id, commune: { id: outcome.commune.id } },
      select: ['id', 'documentId', 'adminUserId', 'boardRole', 'isCommuneAdmin'],
    })) as MembershipRow | null;
    if (!found) {
      await documents(context.strapi, UIDS.membership).create({
        data: {
          adminUserId: user.id,
          commune: outcome.commune.documentId,
          boardRole: wanted.boardRole,
          isCommuneAdmin: wanted.isCommuneAdmin,
        },
      });
      outcome.added.membership += 1;
    } else if (wanted.isCommuneAdmin && !found.isCommuneAdmin) {
      await documents(context.strapi, UIDS.membership).update({ documentId: found.documentId, data: { isCommuneAdmin: true } });
      outcome.changed.push(`${account.email} thành quản trị xã`);
    } else if (found.boardRole !== wanted.boardRole && account.slots.some((slot) => slot !== 'admin')) {
      const label = (role: string): string => BOARD_ROLE_LABELS[role as BoardRole] ?? role;
      outcome.notes.push(
        `${account.email} đang là “${label(found.boardRole)}” của xã, danh sách ghi “${label(wanted.boardRole)}”: giữ nguyên`,
      );
    }
  }
}
