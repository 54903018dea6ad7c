/**
 * Strapi's admin home page counts with raw SQL, below every guard:
 * - `GET /content-manager/homepage/count-documents` counts the draft, published and modified
 *   entries of every type the user may read, in every commune (the whole province's drafts
 *   included);
 * - `GET /admin/homepage/key-statistics` counts the platform's admin accounts, API tokens,
 *   webhooks and files.
 * Both are services of Strapi's own plugins, called by their controllers at request time, so the
 * service methods are replaced here:
 * - entries are counted in the actor's communes only (province IT and the province viewer, who
 *   read every commune, keep Strapi's count);
 * - the key statistics are province IT's alone (the admin panel shows that widget to the super
 *   admin only; anyone else asking gets 403).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { resolveActor, SUPER_ADMIN_ROLE } from './actor';
import { readableCommunes } from './rules';
import { scopedUids } from './commune-key';

export interface DocumentCounts {
  draft: number;
  published: number;
  modified: number;
}

interface HomepageService {
  getCountDocuments(): Promise<DocumentCounts>;
}

interface KeyStatisticsService {
  getKeyStatistics(): Promise<unknown>;
}

interface RequestState {
  state?: {
    user?: { roles?: Array<{ code?: string }> };
    userAbility?: { can(action: string, subject: string): boolean };
  };
}

const READ = 'plugin::content-manager.explorer.read';

/** One row per document: which bucket it is in (the same rule as Strapi's own count). */
const BUCKET = `CASE
  WHEN MAX(CASE WHEN published_at IS NOT NULL THEN 1 ELSE 0 END) = 0 THEN 'draft'
  WHEN MAX(CASE WHEN published_at IS NULL THEN updated_at END) = MAX(CASE WHEN published_at IS NOT NULL THEN updated_at END) THEN 'published'
  ELSE 'modified'
END AS bucket`;

/** Entries of the scoped types the user may read, in the given communes only. Exported for tests. */
export async function countInCommunes(strapi: Core.Strapi, uids: string[], communeIds: number[]): Promise<DocumentCounts> {
  const counts: DocumentCounts = { draft: 0, published: 0, modified: 0 };
  if (communeIds.length === 0) return counts;
  const knex = strapi.db.connection;
  for (const uid of uids) {
    const contentType = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0]);
    const table = contentType?.collectionName;
    if (!table) continue;
    const inCommunes = knex(table).whereIn('commune_key', communeIds);
    if (contentType.options?.draftAndPublish !== true) {
      const row = (await inCommunes.countDistinct('document_id as count').first()) as { count?: string | number } | undefined;
      counts.published += Number(row?.count ?? 0);
      continue;
    }
    const classified = inCommunes.select('document_id').select(knex.raw(BUCKET)).groupBy('document_id');
    const row = (await knex
      .from(classified.as('classified'))
      .select(
        knex.raw(
          "COUNT(CASE WHEN bucket = 'draft' THEN 1 END) AS draft, COUNT(CASE WHEN bucket = 'published' THEN 1 END) AS published, COUNT(CASE WHEN bucket = 'modified' THEN 1 END) AS modified",
        ),
      )
      .first()) as { draft?: string; published?: string; modified?: string } | undefined;
    counts.draft += Number(row?.draft ?? 0);
    counts.published += Number(row?.published ?? 0);
    counts.modified += Number(row?.modified ?? 0);
  }
  return counts;
}

/** Replaces the two home page services' counting methods; call in bootstrap. */
export function guardHomepageCounts(strapi: Core.Strapi): void {
  const homepage = strapi.plugin('content-manager').service('homepage') as unknown as HomepageService;
  const strapiCount = homepage.getCountDocuments.bind(homepage);
  homepage.getCountDocuments = async () => {
    const communes = readableCommunes(await resolveActor(strapi));
    if (communes === 'all') return strapiCount();
    const ability = (strapi.requestContext.get() as RequestState | undefined)?.state?.userAbility;
    const readable = scopedUids(strapi).filter((uid) => ability?.can(READ, uid) === true);
    return countInCommunes(strapi, readable, communes);
  };

  const statistics = strapi.service('admin::homepage') as unknown as KeyStatisticsService | undefined;
  if (!statistics?.getKeyStatistics) throw new Error('[commune-tenancy] the admin homepage service is missing');
  const strapiStatistics = statistics.getKeyStatistics.bind(statistics);
  statistics.getKeyStatistics = async () => {
    const roles = (strapi.requestContext.get() as RequestState | undefined)?.state?.user?.roles ?? [];
    if (!roles.some((role) => role.code === SUPER_ADMIN_ROLE)) {
      throw new errors.PolicyError('Chỉ quản trị tỉnh được xem thống kê toàn hệ thống.');
    }
    return strapiStatistics();
  };
}
