/**
 * Maps Strapi's categories and articles to the news section's shapes (shared/types/news.ts):
 * the category tree, the category a list is about, list items.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { CategoryRef } from '#shared/types/content';
import type { CategoryDetail, CategoryNode, NewsListItem } from '#shared/types/news';
import { toArticleSummary, type RawArticle } from './content';
import type { Populated } from '../types/strapi-answer';
import type { CategoryAnswer } from '../types/strapi-answers.generated';

export type RawCategory = Pick<CategoryAnswer, 'documentId' | 'name' | 'slug' | 'description'> &
  Populated<CategoryAnswer, 'parent', Pick<CategoryAnswer, 'slug'>>;

/** Items per page of a news list: 12 fills the one-, two- and three-column grids. */
export const NEWS_PAGE_SIZE = 12;

/** Page numbers come from the address; far beyond any commune's news, and bounded for the cache. */
export const MAX_NEWS_PAGE = 1000;

/** More than any commune's category tree; a tree is read in one request. */
export const MAX_CATEGORIES = 200;

export const CATEGORY_QUERY = {
  fields: ['name', 'slug', 'description', 'order'],
  populate: { parent: { fields: ['slug'] } },
  sort: ['order:asc', 'name:asc'],
  pagination: { page: 1, pageSize: MAX_CATEGORIES },
} as const;

export const NEWS_LIST_FIELDS = ['title', 'slug', 'summary', 'kind', 'publishedAt'] as const;

/** Newest first; the id breaks ties so paging never shows an item twice. */
export const NEWS_SORT = ['publishedAt:desc', 'id:desc'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A category slug as the address gives it; null when it cannot be one. */
export function parseCategorySlug(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 120 && SLUG.test(value) ? value : null;
}

/** `?page=` of the BFF (the page's `?trang=`): absent is 1, anything but 1…MAX_NEWS_PAGE is null. */
export function parsePageNumber(value: unknown): number | null {
  if (value === undefined || value === '') return 1;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value)) return null;
  const page = Number(value);
  return page >= 1 && page <= MAX_NEWS_PAGE ? page : null;
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

interface NamedCategory {
  name: string;
  slug: string;
  description: string | null;
  parentSlug: string | null;
}

/** Categories with a name and a slug, the only ones a page can link to. */
function named(raws: readonly RawCategory[]): NamedCategory[] {
  const result: NamedCategory[] = [];
  for (const raw of raws) {
    const name = text(raw.name);
    const slug = text(raw.slug);
    if (name && slug) result.push({ name, slug, description: text(raw.description), parentSlug: text(raw.parent?.slug) });
  }
  return result;
}

/**
 * The category tree in the editors' order (the input's). A category whose parent is missing from
 * the list is a root; a parent loop (which the CMS should never let through) cannot hang the page.
 */
export function toCategoryTree(raws: readonly RawCategory[]): CategoryNode[] {
  const categories = named(raws);
  const slugs = new Set(categories.map((category) => category.slug));
  const build = (category: NamedCategory, ancestors: ReadonlySet<string>): CategoryNode => {
    const path = new Set(ancestors).add(category.slug);
    const children = categories
      .filter((child) => child.parentSlug === category.slug && !path.has(child.slug))
      .map((child) => build(child, path));
    return { name: category.name, slug: category.slug, children };
  };
  return categories
    .filter((category) => !category.parentSlug || !slugs.has(category.parentSlug) || category.parentSlug === category.slug)
    .map((category) => build(category, new Set()));
}

/** The category with this slug and every category below it, for a list that includes sub-categories. */
export function categoryAndDescendants(raws: readonly RawCategory[], slug: string): string[] | null {
  const categories = named(raws);
  if (!categories.some((category) => category.slug === slug)) return null;
  const found = [slug];
  for (let index = 0; index < found.length; index += 1) {
    for (const category of categories) {
      if (category.parentSlug === found[index] && !found.includes(category.slug)) found.push(category.slug);
    }
  }
  return found;
}

export function toCategoryDetail(raws: readonly RawCategory[], slug: string): CategoryDetail | null {
  const categories = named(raws);
  const category = categories.find((candidate) => candidate.slug === slug);
  if (!category) return null;
  const parent = categories.find((candidate) => candidate.slug === category.parentSlug && candidate.slug !== slug);
  return {
    name: category.name,
    slug: category.slug,
    description: category.description,
    parent: parent ? { name: parent.name, slug: parent.slug } : null,
  };
}

function toCategoryRef(raw: RawArticle['category']): CategoryRef | null {
  const name = text(raw?.name);
  const slug = text(raw?.slug);
  return name && slug ? { name, slug } : null;
}

export function toNewsListItem(raw: RawArticle, strapiUrl: string): NewsListItem {
  return { ...toArticleSummary(raw, strapiUrl), category: toCategoryRef(raw.category) };
}

/** Strapi's page count, at least 1 so that the first page of an empty list exists. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
