import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { foldForSearch } from './commune-search';
import {
  type AdminCommune,
  type AdminCommuneList,
  type AdminCommuneQuery,
  COMMUNE_UID,
  type CommuneStatus,
  MEMBERSHIP_UID,
  normaliseHost,
  type PublicCommune,
} from '../../../shared';

interface MediaRef {
  url: string;
  /** Kilobytes, as Strapi's media library records them. */
  size?: number | null;
  /** Smaller renditions Strapi made of a large image (none for small ones and SVG). */
  formats?: { thumbnail?: { url?: string | null; size?: number | null } | null } | null;
}

/**
 * The logo is shown small in every page's header, on every page: of the uploaded file and
 * Strapi's thumbnail (at most 245×156, enough for a 56 px logo on a sharp screen), the lighter
 * one. A logo uploaded at print size gives way to its thumbnail; a small optimised PNG stays.
 */
function logoUrlOf(logo: MediaRef | null | undefined): string | null {
  if (!logo?.url) return null;
  const thumbnail = logo.formats?.thumbnail;
  const lighter = thumbnail?.url && thumbnail.size != null && logo.size != null && thumbnail.size < logo.size;
  return lighter ? (thumbnail.url ?? logo.url) : logo.url;
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
    logoUrl: logoUrlOf(row.logo),
    bannerUrl: row.banner?.url ?? null,
  };
}

/** The columns province IT's list shows. */
const ADMIN_FIELDS = ['id', 'documentId', 'name', 'slug', 'code', 'province', 'primaryDomain', 'domainAliases', 'siteStatus'];

type AdminRow = Pick<
  CommuneRow,
  'documentId' | 'name' | 'slug' | 'code' | 'province' | 'primaryDomain' | 'domainAliases' | 'siteStatus'
> & { id: number };

export function toAdminCommune(row: AdminRow, memberCount: number): AdminCommune {
  return {
    documentId: row.documentId,
    name: row.name,
    slug: row.slug,
    code: row.code,
    province: row.province,
    primaryDomain: normaliseHost(row.primaryDomain),
    domainAliases: toAliasList(row.domainAliases),
    siteStatus: row.siteStatus === 'suspended' ? 'suspended' : 'active',
    memberCount,
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

  /**
   * One page of every commune, live or suspended, with how many accounts belong to each:
   * province IT's list. Filtered in SQL on the folded name, slug, code and domains, so a page
   * costs the same at 3,300 communes as at 55; member counts are read for the page's communes only.
   */
  async listForAdmin(query: AdminCommuneQuery): Promise<AdminCommuneList> {
    const knex = strapi.db.connection;
    const table = strapi.db.metadata.get(COMMUNE_UID).tableName;
    const matching = knex(table).where((builder) => {
      if (query.status) builder.where('site_status', query.status);
      const words = foldForSearch(query.q);
      for (const word of words) {
        // unaccent() matches what citizens and staff type without accents ("khanh khe").
        builder.whereRaw("lower(unaccent(concat_ws(' ', name, slug, code, primary_domain, domain_aliases::text))) LIKE ?", [`%${word}%`]);
      }
    });
    const [{ total }] = (await matching.clone().count<Array<{ total: string }>>({ total: '*' })) as [{ total: string }];
    const [{ all, suspended }] = (await knex(table).select(
      knex.raw('count(*) AS "all"'),
      knex.raw("count(*) FILTER (WHERE site_status = 'suspended') AS suspended"),
    )) as [{ all: string; suspended: string }];
    const ids = (await matching
      .clone()
      .select('id')
      .orderBy([{ column: 'name' }, { column: 'id' }])
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)) as Array<{ id: number }>;
    const rows =
      ids.length === 0
        ? []
        : ((await strapi.db.query(COMMUNE_UID).findMany({
            where: { id: { $in: ids.map((row) => row.id) } },
            select: ADMIN_FIELDS,
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
          })) as AdminRow[]);
    const counts = await this.memberCounts(rows.map((row) => row.id));
    const count = Number(total);
    return {
      data: rows.map((row) => toAdminCommune(row, counts.get(row.id) ?? 0)),
      meta: {
        page: query.page,
        pageSize: query.pageSize,
        pageCount: Math.max(1, Math.ceil(count / query.pageSize)),
        total: count,
        all: Number(all),
        suspended: Number(suspended),
      },
    };
  },

  /** How many accounts belong to each of these communes. */
  async memberCounts(communeIds: number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    if (communeIds.length === 0) return counts;
    const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
      where: { commune: { id: { $in: communeIds } } },
      select: ['id'],
      populate: { commune: { select: ['id'] } },
    })) as Array<{ commune?: { id: number } | null }>;
    for (const membership of memberships) {
      if (membership.commune) counts.set(membership.commune.id, (counts.get(membership.commune.id) ?? 0) + 1);
    }
    return counts;
  },

  async findForAdmin(documentId: string): Promise<AdminCommune | null> {
    const row = (await strapi.db.query(COMMUNE_UID).findOne({ where: { documentId }, select: ADMIN_FIELDS })) as AdminRow | null;
    if (!row) return null;
    return toAdminCommune(row, await strapi.db.query(MEMBERSHIP_UID).count({ where: { commune: { id: row.id } } }));
  },

  /**
   * Takes a commune's site offline (suspended) or back online. Nothing is deleted: a suspended
   * commune's public site answers "not found" and its editors cannot work until it resumes.
   */
  async setStatus(documentId: string, status: CommuneStatus): Promise<AdminCommune> {
    const existing = await this.findForAdmin(documentId);
    if (!existing) throw new errors.NotFoundError('Không tìm thấy xã, phường.');
    if (existing.siteStatus !== status) {
      // Through the document service (not a raw query), so lifecycles and webhooks see the change.
      const documents = strapi.documents(COMMUNE_UID) as unknown as {
        update(params: { documentId: string; data: { siteStatus: CommuneStatus } }): Promise<unknown>;
      };
      await documents.update({ documentId, data: { siteStatus: status } });
    }
    return { ...existing, siteStatus: status };
  },
});

export default communes;
export type CommunesService = ReturnType<typeof communes>;
