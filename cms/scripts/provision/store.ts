/**
 * The few Strapi services provisioning uses, behind small typed interfaces: the document service
 * for our content types (known here only by UID string), the admin users and the admin roles.
 */
import type { Core, UID } from '@strapi/strapi';
import { docs, type LooseDocuments } from '../seed/documents-api';

export const UIDS = {
  commune: 'plugin::commune-tenancy.commune',
  membership: 'plugin::commune-tenancy.membership',
  category: 'api::category.category',
  page: 'api::page.page',
  settings: 'api::site-setting.site-setting',
} as const;

export type { Data, Row } from '../seed/documents-api';
export type Documents = LooseDocuments;

export function documents(strapi: Core.Strapi, uid: (typeof UIDS)[keyof typeof UIDS]): Documents {
  return docs(strapi, uid);
}

/** The commune columns provisioning reads. */
export interface CommuneRow {
  id: number;
  documentId: string;
  name: string;
  shortName: string | null;
  slug: string;
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases: unknown;
  siteStatus: 'active' | 'suspended';
}

export const COMMUNE_FIELDS = [
  'id',
  'documentId',
  'name',
  'shortName',
  'slug',
  'code',
  'province',
  'primaryDomain',
  'domainAliases',
  'siteStatus',
];

export async function allCommunes(strapi: Core.Strapi): Promise<CommuneRow[]> {
  return (await strapi.db
    .query(UIDS.commune as UID.ContentType)
    .findMany({ select: COMMUNE_FIELDS, orderBy: { name: 'asc' } })) as CommuneRow[];
}

export const aliasesOf = (row: Pick<CommuneRow, 'domainAliases'>): string[] =>
  Array.isArray(row.domainAliases)
    ? row.domainAliases.filter((alias): alias is string => typeof alias === 'string').map((alias) => alias.toLowerCase())
    : [];

export interface AdminUser {
  id: number;
  email: string;
  isActive: boolean;
  registrationToken?: string | null;
  roles?: Array<{ id: number; code: string }>;
}

export interface AdminUserService {
  findOneByEmail(email: string, populate?: string[]): Promise<AdminUser | null>;
}

export const adminUsers = (strapi: Core.Strapi): AdminUserService => strapi.service('admin::user') as unknown as AdminUserService;

/** The part of the commune-tenancy plugin's invitations service that provisioning uses. */
export interface InvitationsService {
  /** Without a password: an inactive user with a registration token, and the link to activate it. */
  createInvitedAccount(input: {
    email: string;
    firstname: string;
    lastname: string | null;
    roleIds: number[];
  }): Promise<{ account: AdminUser; inviteUrl: string }>;
}

/** Accounts are invited by the plugin, as on the settings page: one implementation, one link form. */
export const invitations = (strapi: Core.Strapi): InvitationsService =>
  strapi.plugin('commune-tenancy').service('invitations') as unknown as InvitationsService;

interface PoolLike {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Waits until no database query is running or waiting. Strapi emits each document's
 * `entry.create` event after the transaction commits, without awaiting it (it loads the entry
 * with everything populated, for webhooks and other listeners); those queries must finish
 * before Strapi is destroyed, or knex aborts them and the process crashes.
 */
export async function settle(strapi: Core.Strapi, timeoutMs = 30000): Promise<void> {
  const pool = (strapi.db.connection as unknown as { client?: { pool?: PoolLike } }).client?.pool;
  if (!pool) return;
  const deadline = Date.now() + timeoutMs;
  for (let quiet = 0; quiet < 3 && Date.now() < deadline; ) {
    quiet = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface RoleService {
  findOne(params: { code: string }): Promise<{ id: number; code: string } | null>;
}

/** Ids of the admin roles with these codes; throws when one is missing. */
export async function roleIds(strapi: Core.Strapi, codes: string[]): Promise<Map<string, number>> {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const ids = new Map<string, number>();
  for (const code of codes) {
    const role = await roles.findOne({ code });
    if (!role) throw new Error(`Không tìm thấy vai trò quản trị “${code}”: plugin commune-tenancy chưa tạo các vai trò của xã.`);
    ids.set(code, role.id);
  }
  return ids;
}

export interface MembershipRow {
  id: number;
  documentId: string;
  adminUserId: number;
  boardRole: string;
  isCommuneAdmin: boolean;
  commune?: { id: number } | null;
}

interface TelemetryHooks {
  getLanguagesInUse?: () => Promise<string[]>;
  sendDidInviteUser?: () => Promise<void>;
}

/**
 * With telemetry off (STRAPI_TELEMETRY_DISABLED, as every script of ours runs), Strapi still
 * gathers what it would send: after every admin account is created it reads the interface
 * language of every admin account (a lifecycle of the admin plugin) and counts the accounts and
 * roles — only to hand them to a telemetry sender that drops them. Provisioning creates five
 * accounts per commune, so that read grew with the square of the list (16,500 accounts for 3,300
 * communes). In this process only, while telemetry is off, both gatherings answer empty.
 */
export function skipDisabledTelemetry(strapi: Core.Strapi): void {
  const telemetry = (strapi as unknown as { telemetry?: { isDisabled?: boolean } }).telemetry;
  if (telemetry?.isDisabled !== true) return;
  const users = strapi.service('admin::user') as unknown as TelemetryHooks;
  const metrics = strapi.service('admin::metrics') as unknown as TelemetryHooks;
  users.getLanguagesInUse = async () => [];
  metrics.sendDidInviteUser = async () => {};
}
