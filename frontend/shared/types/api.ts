/** Responses of the BFF routes in server/api, as the pages receive them. */
import type { PublicCommune } from '#commune-tenancy';
import type { Article, ArticleSummary, DocumentSummary, SiteSettings } from './content';

/** `GET /api/site`: the commune serving this host and its site settings (null until configured). */
export interface SiteResponse {
  commune: PublicCommune;
  settings: SiteSettings | null;
}

/** `GET /api/home`. */
export interface HomeResponse {
  articles: ArticleSummary[];
  documents: DocumentSummary[];
}

/** `GET /api/articles/:slug`. */
export type ArticleResponse = Article;
