/**
 * "Thêm xã, phường" on the settings page: one new commune, with the same checks and the same
 * one-transaction provisioning as `npm run commune -- add`. Unlike the command line, which
 * completes a commune that exists, the form only creates: a code, domain or slug already in use
 * is refused (409) and nothing is written. The invitation links go back to province IT on the
 * page (shown once), not into a credentials file.
 *
 * Handed to the commune-tenancy plugin at register (cms/src/index.ts): the plugin owns the
 * route and the page, the application owns what a new commune contains.
 */
import type { Core } from '@strapi/strapi';
import type { AddCommuneRequest, ProvisionSlot } from '@commune/commune-tenancy/shared';
import { conflictsWithDatabase } from './commands';
import { provisionCommune } from './provision-commune';
import { SLOTS, checkRow, type Column, type CommuneSpec, type RawRow } from './spec';
import { allCommunes, roleIds } from './store';

/** The form's labels, so that a reason names the field province IT sees. */
const FIELD_LABELS: Record<Column, string> = {
  name: 'Tên xã, phường',
  code: 'Mã đơn vị hành chính',
  province: 'Tỉnh, thành phố',
  domain: 'Tên miền',
  aliases: 'Tên miền phụ',
  short_name: 'Tên ngắn',
  slug: 'Đường dẫn ngắn (slug)',
  admin_email: 'Thư của quản trị xã',
  head_email: 'Thư của trưởng ban',
  deputy_email: 'Thư của phó trưởng ban',
  member_email: 'Thư của ủy viên',
  contributor_email: 'Thư của cộng tác viên',
};

export interface ProvisionedCommune {
  communeDocumentId: string;
  added: { category: number; page: number; settings: number; account: number; membership: number };
  accounts: Array<{ email: string; roles: string; inviteUrl: string }>;
  notes: string[];
}

export type AdminProvisionOutcome = { ok: true; result: ProvisionedCommune } | { ok: false; status: 400 | 409; reasons: string[] };

function rawRow(request: AddCommuneRequest): RawRow {
  const raw: RawRow = {
    name: request.name,
    code: request.code,
    domain: request.domain,
    province: request.province,
    aliases: request.aliases,
    short_name: request.shortName,
    slug: request.slug,
  };
  for (const slot of SLOTS) raw[slot.column] = request.emails?.[slot.slot as ProvisionSlot];
  return raw;
}

/** Reasons the database refuses the commune: its code, a domain or its slug is taken. */
async function conflicts(strapi: Core.Strapi, spec: CommuneSpec): Promise<string[]> {
  const communes = await allCommunes(strapi);
  const sameCode = communes.find((commune) => commune.code === spec.code);
  if (sameCode) return [`mã đơn vị hành chính “${spec.code}” đã là của ${sameCode.name}: mỗi xã, phường chỉ thêm một lần`];
  return conflictsWithDatabase(spec, communes);
}

export async function addCommuneFromAdmin(strapi: Core.Strapi, request: AddCommuneRequest): Promise<AdminProvisionOutcome> {
  let defaultProvince: string | undefined;
  if (!request.province?.trim()) {
    const provinces = new Set((await allCommunes(strapi)).map((commune) => commune.province));
    if (provinces.size === 1) defaultProvince = [...provinces][0];
  }
  const checked = checkRow(rawRow(request), null, { defaultProvince, fieldName: (column) => `ô “${FIELD_LABELS[column]}”` });
  if (!checked.ok) return { ok: false, status: 400, reasons: checked.reasons };
  const spec = checked.spec;

  const roles = await roleIds(strapi, [...new Set(SLOTS.map((slot) => slot.roleCode))]);
  // provisionCommune's transaction joins this one (Strapi nests transactions into the outer).
  return strapi.db.transaction(async ({ trx }) => {
    // One commune added from the admin at a time: Strapi's unique checks are reads, not database
    // constraints, so two requests for the same commune would otherwise both pass them.
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext('commune-tenancy:add-commune'))");
    const taken = await conflicts(strapi, spec);
    if (taken.length > 0) return { ok: false, status: 409, reasons: taken } satisfies AdminProvisionOutcome;
    // Through the document service: here the request's user is the actor the change log and the
    // workflows name (direct-writes.ts writes as the system, for the command line).
    const outcome = await provisionCommune({ strapi, roles, direct: false }, spec, null);
    return {
      ok: true,
      result: {
        communeDocumentId: outcome.commune.documentId,
        added: {
          category: outcome.added.category,
          page: outcome.added.page,
          settings: outcome.added.settings,
          account: outcome.added.account,
          membership: outcome.added.membership,
        },
        accounts: outcome.invitations.map((invitation) => ({
          email: invitation.email,
          roles: invitation.roles,
          inviteUrl: invitation.link,
        })),
        notes: outcome.notes,
      },
    } satisfies AdminProvisionOutcome;
  });
}
