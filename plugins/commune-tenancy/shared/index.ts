/**
 * Types shared by the commune-tenancy plugin's server, its admin UI and the Nuxt BFF.
 * Keep this file free of runtime dependencies: the frontend imports it too.
 */

export { COMMUNE_UID, MEMBERSHIP_UID } from './uids';

export type CommuneStatus = 'active' | 'suspended';

/** A commune as the public site needs it: identity, domains, footer facts. */
export interface PublicCommune {
  documentId: string;
  name: string;
  shortName: string | null;
  slug: string;
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases: string[];
  themeColor: string | null;
  address: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  contentResponsible: string | null;
  reuseNote: string | null;
  logoUrl: string | null;
  bannerUrl: string | null;
}

/** Response of `GET /api/commune-tenancy/communes`. */
export interface PublicCommuneList {
  data: PublicCommune[];
}

/** Response of `GET /api/commune-tenancy/resolve?host=…`. */
export interface ResolvedCommune {
  data: PublicCommune;
}

/** Lower-cases a Host header and strips the port and a trailing dot. */
export function normaliseHost(host: string): string {
  const withoutPort = host.trim().toLowerCase().replace(/:\d+$/, '');
  return withoutPort.endsWith('.') ? withoutPort.slice(0, -1) : withoutPort;
}

/** A member's place in the commune's editorial board (Ban biên tập). */
export type BoardRole = 'head' | 'deputy' | 'member' | 'contributor';

export const BOARD_ROLE_LABELS: Record<BoardRole, string> = {
  head: 'Trưởng ban biên tập',
  deputy: 'Phó trưởng ban biên tập',
  member: 'Ủy viên ban biên tập',
  contributor: 'Cộng tác viên',
};

export const BOARD_ROLES: readonly BoardRole[] = ['head', 'deputy', 'member', 'contributor'];

/*
 * Admin API (`/commune-tenancy/…`, admin panel JWT). Province IT only, except the `me` routes,
 * which any logged-in admin user calls for their own communes.
 */

/** A commune as province IT manages it: `GET /commune-tenancy/communes-admin`. */
export interface AdminCommune {
  documentId: string;
  name: string;
  slug: string;
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases: string[];
  siteStatus: CommuneStatus;
  memberCount: number;
}

/**
 * One page of province IT's list, `GET /commune-tenancy/communes-admin?page=&pageSize=&q=&status=`:
 * at national scale (about 3,300 communes) the whole list is most of a megabyte, so it is paged
 * and searched on the server. `q` matches the name, slug, code or a domain, accents ignored.
 */
export interface AdminCommuneQuery {
  page: number;
  pageSize: number;
  q: string;
  status: CommuneStatus | null;
}

export const ADMIN_COMMUNES_PAGE_SIZE = 50;
export const ADMIN_COMMUNES_MAX_PAGE_SIZE = 200;

export interface AdminCommuneList {
  data: AdminCommune[];
  meta: {
    page: number;
    pageSize: number;
    pageCount: number;
    /** Communes that match the query. */
    total: number;
    /** Every commune, and how many of them are suspended, whatever the query. */
    all: number;
    suspended: number;
  };
}

/** Response of `POST /commune-tenancy/communes-admin/:documentId/suspend` and `/resume`. */
export interface AdminCommuneResult {
  data: AdminCommune;
}

/** The board places the form of "Thêm xã, phường" asks an address for (each optional). */
export const PROVISION_SLOTS = ['admin', 'head', 'deputy', 'member', 'contributor'] as const;
export type ProvisionSlot = (typeof PROVISION_SLOTS)[number];

/**
 * Body of `POST /commune-tenancy/communes-admin`: a new commune, as the command line's `add`
 * takes it. Only the name, code and domain are required; the province defaults to the one every
 * commune shares, the short name and slug are made from the name, and each board place without
 * an address gets `<role>.<slug>@<domain>`.
 */
export interface AddCommuneRequest {
  name: string;
  code: string;
  domain: string;
  province?: string;
  /** Further host names, separated by commas, semicolons or spaces. */
  aliases?: string;
  shortName?: string;
  slug?: string;
  emails?: Partial<Record<ProvisionSlot, string>>;
}

/** An account the new commune's board got, with its invitation link (shown once). */
export interface ProvisionedAccount {
  email: string;
  /** The board places it holds, in Vietnamese ("Trưởng ban biên tập + Quản trị xã"). */
  roles: string;
  inviteUrl: string;
}

/** Response of `POST /commune-tenancy/communes-admin` (201). */
export interface AddCommuneResult {
  data: {
    commune: AdminCommune;
    /** What was created with it: categories, introduction pages (drafts), settings, accounts, memberships. */
    added: { category: number; page: number; settings: number; account: number; membership: number };
    accounts: ProvisionedAccount[];
    /** What province IT should know (e.g. an address that already had an account), in Vietnamese. */
    notes: string[];
  };
}

/** A membership with its admin account: `GET /commune-tenancy/memberships?commune=…`. */
export interface CommuneMember {
  id: number;
  adminUserId: number;
  commune: { documentId: string; name: string; slug: string } | null;
  boardRole: BoardRole;
  isCommuneAdmin: boolean;
  selected: boolean;
  /** Null when the admin account no longer exists. */
  email: string | null;
  firstname: string | null;
  lastname: string | null;
  /** False until the person has set a password with their invitation link. */
  isActive: boolean;
}

export interface CommuneMemberList {
  data: CommuneMember[];
}

/** Body of `POST /commune-tenancy/invitations`. */
export interface InvitationRequest {
  email: string;
  firstname: string;
  lastname?: string;
  /** The commune's documentId. */
  commune: string;
  boardRole: BoardRole;
  isCommuneAdmin?: boolean;
}

/**
 * Response of `POST /commune-tenancy/invitations`. The link is shown once and never stored in
 * readable form; it is null when the e-mail address already had an account (only the
 * membership, and the missing roles, were added).
 */
export interface InvitationResult {
  data: { inviteUrl: string | null; accountCreated: boolean; member: CommuneMember };
}

/** Response of `POST /commune-tenancy/memberships/:id/reset`: a new invitation link, shown once. */
export interface ResetResult {
  data: { inviteUrl: string };
}

export interface MyCommune {
  documentId: string;
  name: string;
  slug: string;
}

/** Response of `GET /commune-tenancy/me/communes` and `PUT /commune-tenancy/me/selected-commune`. */
export interface MyCommunes {
  data: {
    /** The caller's active communes, by name. */
    communes: MyCommune[];
    /** The commune the caller chose in the switcher (documentId), if any. */
    selected: string | null;
    /** Where the caller's new entries and uploads go: the only commune, or the selected one; null means "choose first". */
    current: string | null;
    /** Province IT and province viewers work across every commune; the switcher does not apply. */
    allCommunes: boolean;
  };
}

/** Body of `PUT /commune-tenancy/me/selected-commune`. */
export interface SelectCommuneRequest {
  commune: string;
}

/** Header the public site's server sends with its token to say which commune it serves. */
export const COMMUNE_HEADER = 'x-commune';

export { readRelationRef, readRelationRefs, relationFilter, type RelationRef } from './relation-ref';
export {
  DIRECT_WRITERS,
  SITE_GOVERNANCE,
  SITE_TYPES,
  directWriteRefusal,
  governanceOf,
  governanceProblems,
  isSiteType,
  mayWriteDirectly,
  typesGovernedBy,
  ungovernedReadTypes,
  type Governance,
  type Writer,
  type SiteType,
  type SiteTypeGovernance,
  type TypesGovernedBy,
} from './site-governance';

export { CITIZEN_VOICE_SECTIONS, DISCLOSURE_SECTIONS, WORK_SCHEDULE_SECTION, type SectionLink } from './law-sections';
