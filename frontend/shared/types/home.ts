/**
 * The home page (`GET /api/home`): the commune's front page as Decree 42 expects it, in one
 * answer. Lists carry only what the home page shows; the featured links come from the site
 * settings the layout already has.
 */
import type { ArticleSummary, CategoryRef, DocumentSummary } from './content';
import type { ProcedureFieldOption } from './procedure';

/**
 * The newest news of one top-level category and its sub-categories. Only the first item has
 * its cover and summary; the others are headlines.
 */
export interface HomeNewsSection {
  category: CategoryRef;
  articles: ArticleSummary[];
}

export interface HomeProcedureLink {
  name: string;
  /** This site's address of the procedure page. */
  path: string;
}

export interface HomeProcedures {
  /** How many procedures the commune publishes. */
  total: number;
  /** Every field with its number of procedures, in Vietnamese alphabetical order. */
  fields: ProcedureFieldOption[];
  /** Procedures a citizen can file entirely online (toàn trình). */
  online: HomeProcedureLink[];
}

/** A leader as the home page lists them: who, which position, which number to call. */
export interface HomeLeader {
  documentId: string;
  fullName: string;
  position: string;
  phone: string | null;
  /** `tel:` link of `phone`; null when it is not dialable. */
  phoneHref: string | null;
}

export interface HomeResponse {
  /** Featured articles, newest first: the first with its cover and summary, the others headlines. */
  featured: ArticleSummary[];
  /** Top-level categories in the editors' order; categories without news are left out. */
  news: HomeNewsSection[];
  documents: DocumentSummary[];
  procedures: HomeProcedures;
  /** The first leaders in the editors' order. */
  leaders: HomeLeader[];
}
