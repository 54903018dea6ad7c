/**
 * The news section (Tin tức – sự kiện) as the BFF hands it to the pages: lists, categories,
 * related articles.
 */
import type { ArticleSummary, CategoryRef } from './content';

/** An item of a news list: the summary and, on lists that mix categories, its category. */
export interface NewsListItem extends ArticleSummary {
  category: CategoryRef | null;
}

/** A category in the category navigation, with its sub-categories. */
export interface CategoryNode extends CategoryRef {
  children: CategoryNode[];
}

/** The category a list is about. */
export interface CategoryDetail extends CategoryRef {
  description: string | null;
  /** Its parent, for the breadcrumbs. */
  parent: CategoryRef | null;
}

export interface ListPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** `GET /api/news?page=&category=`: newest first; a category includes its sub-categories' news. */
export interface NewsListResponse {
  category: CategoryDetail | null;
  categories: CategoryNode[];
  articles: NewsListItem[];
  pagination: ListPagination;
}

/** `GET /api/articles/:slug/related`: the latest others of the article's category. */
export interface RelatedArticlesResponse {
  articles: NewsListItem[];
}
