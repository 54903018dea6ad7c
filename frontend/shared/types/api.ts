/** Responses of the BFF routes in server/api, as the pages receive them. */
import type { PublicCommune } from '#commune-tenancy';
import type { DocumentSearchResponse, SearchHit, SearchResponse } from '#portal-search';
import type { DocumentStatusKind } from '../utils/document-status';
import type { Article, SiteSettings } from './content';
import type { IntroPage } from './intro';

/** `GET /api/site`: the commune serving this host and its site settings (null until configured). */
export interface SiteResponse {
  commune: PublicCommune;
  settings: SiteSettings | null;
  /** The national emblem province IT configured (`/quoc-huy?v=…`), or null: none is shown. */
  emblemUrl: string | null;
}

/** `GET /api/articles/:slug`. */
export type ArticleResponse = Article;

/** A draft shown by a preview link (server/api/preview/[token].get.ts), in its page's own shape. */
export type PreviewResponse = { kind: 'article'; article: Article } | { kind: 'page'; page: IntroPage };

/** `GET /api/search?q=&type=&page=`: the portal-search API's answer as it is. */
export type SiteSearchResponse = SearchResponse;

/** A document hit with what the results table shows besides the search API's fields. */
export interface DocumentSearchHit extends SearchHit {
  /** Trích yếu, plain text. */
  summary: string | null;
  /** On the day of the search, in Việt Nam; null if the document could not be read. */
  status: DocumentStatusKind | null;
}

/** `GET /api/documents/search?q=&number=&documentType=&…&page=`. */
export interface DocumentSearchResult extends Omit<DocumentSearchResponse, 'data'> {
  data: DocumentSearchHit[];
}
