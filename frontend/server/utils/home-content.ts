/**
 * The home page's lists (shared/types/home.ts) from Strapi's answers, and how many of each the
 * page shows. The page must stay light on a phone over 3G: lists are short, and only their
 * first item carries a picture and a summary.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { ArticleSummary, CategoryRef } from '#shared/types/content';
import type { HomeLeader, HomeProcedures } from '#shared/types/home';
import type { Official } from '#shared/types/intro';
import { toArticleSummary, type RawArticle } from './content';
import { categoryAndDescendants, toCategoryTree, type RawCategory } from './news-content';
import { toProcedureList, type RawProcedureSummary } from './procedure-content';

/** Featured articles: one in large, the others as headlines. */
export const HOME_FEATURED = 5;
/** News of each top-level category: one with its picture, two headlines. */
export const HOME_NEWS_PER_CATEGORY = 3;
/**
 * Top-level categories with a block. A commune has four to eight, and each one (announcements
 * too) belongs on the front page; the bound only caps the reads of one home page.
 */
export const HOME_MAX_CATEGORIES = 10;
export const HOME_DOCUMENTS = 5;
export const HOME_LEADERS = 4;
/** Procedures filed entirely online, as shortcuts. */
export const HOME_ONLINE_PROCEDURES = 5;

/** A top-level category and every category below it, whose news its block shows. */
export interface HomeCategoryScope {
  category: CategoryRef;
  slugs: string[];
}

/** The top-level categories in the editors' order, each with its sub-categories' slugs. */
export function homeCategoryScopes(raws: readonly RawCategory[]): HomeCategoryScope[] {
  return toCategoryTree(raws)
    .slice(0, HOME_MAX_CATEGORIES)
    .map((root) => ({
      category: { name: root.name, slug: root.slug },
      slugs: categoryAndDescendants(raws, root.slug) ?? [root.slug],
    }));
}

/** A home-page list: the first item in full (cover, summary), the others as headlines only. */
export function toHomeNewsItems(raws: readonly RawArticle[], strapiUrl: string): ArticleSummary[] {
  return raws.map((raw, index) => {
    const summary = toArticleSummary(raw, strapiUrl);
    return index === 0 ? summary : { ...summary, summary: null, cover: null };
  });
}

/** The fields with their counts, and the first procedures (by field, then name) filed entirely online. */
export function toHomeProcedures(raws: readonly RawProcedureSummary[]): HomeProcedures {
  const list = toProcedureList(raws, { field: '', q: '' });
  const online = list.groups
    .flatMap((group) => group.procedures)
    .filter((procedure) => procedure.onlineLevel === 'Toàn trình')
    .slice(0, HOME_ONLINE_PROCEDURES)
    .map((procedure) => ({ name: procedure.name, path: procedure.path }));
  return { total: list.total, fields: list.fields, online };
}

/** The first leaders, with only what the home page shows of them. */
export function toHomeLeaders(officials: readonly Official[]): HomeLeader[] {
  return officials.slice(0, HOME_LEADERS).map((official) => ({
    documentId: official.documentId,
    fullName: official.fullName,
    position: official.position,
    phone: official.phone,
    phoneHref: official.phoneHref,
  }));
}
