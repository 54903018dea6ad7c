import type { Core } from '@strapi/strapi';
import { normaliseHost, type PublicCommune } from '../../../shared';

export const COMMUNE_UID = 'plugin::commune-tenancy.commune';

interface MediaRef {
  url: string;
}

/** The commune row as the document service returns it with logo and banner populated. */
interface CommuneRow {
  documentId: string;
  name: string;
  shortName?: string | null;
  slug: string;
  code: string;
  province: string;
  primaryDomain: string;
  domainAliases?: unknown;
  siteStatus: string;
  themeColor?: string | null;
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  contentResponsible?: string | null;
  reuseNote?: string | null;
  logo?: MediaRef | null;
  banner?: MediaRef | null;
}

/** Domain aliases are stored as JSON; anything that is not a list of strings counts as none. */
function toAliasList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string').map(normaliseHost);
}

export function toPublicCommune(row: CommuneRow): PublicCommune {
  return {
    documentId: row.documentId,
    name: row.name,
    shortName: row.shortName ?? null,
    slug: row.slug,
    code: row.code,
    province: row.province,
    primaryDomain: normaliseHost(row.primaryDomain),
    domainAliases: toAliasList(row.domainAliases),
    themeColor: row.themeColor ?? null,
    address: row.address ?? null,
    phone: row.phone ?? null,
    fax: row.fax ?? null,
    email: row.email ?? null,
    contentResponsible: row.contentResponsible ?? null,
    reuseNote: row.reuseNote ?? null,
    logoUrl: row.logo?.url ?? null,
    bannerUrl: row.banner?.url ?? null,
  };
}

export function matchesHost(commune: PublicCommune, host: string): boolean {
  const wanted = normaliseHost(host);
  return commune.primaryDomain === wanted || commune.domainAliases.includes(wanted);
}

const communes = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every commune whose site is live, ordered by name. Suspended communes are left out. */
  async listActive(): Promise<PublicCommune[]> {
    const rows = (await strapi.documents(COMMUNE_UID).findMany({
      filters: { siteStatus: 'active' },
      populate: ['logo', 'banner'],
      sort: ['name:asc'],
      limit: -1,
    })) as unknown as CommuneRow[];
    return rows.map(toPublicCommune);
  },

  /** The active commune that owns this host name (primary domain or alias), or null. */
  async findActiveByHost(host: string): Promise<PublicCommune | null> {
    const active = await this.listActive();
    return active.find((commune) => matchesHost(commune, host)) ?? null;
  },
});

export default communes;
export type CommunesService = ReturnType<typeof communes>;
