/**
 * The category a new news item starts with: the one of the last item this person wrote in the
 * commune they work in, else the commune's last item's. Read through the content manager's own
 * list and relation routes, so the commune guard applies as it does to the lists.
 */
import type { MyCommunes } from '@commune/commune-tenancy/shared';
import { isRelatedEntry, type RelatedEntry } from '../relation-value';

export const ARTICLE = 'api::article.article';
const CATEGORY_FIELD = 'category';
export const CATEGORY = 'api::category.category';

type Get = <T>(url: string, config?: { params?: Record<string, unknown> }) => Promise<{ data: T }>;

interface ListAnswer {
  results?: Array<{ documentId?: unknown }>;
}

interface RelationsAnswer {
  results?: unknown[];
}

/** The newest article in `commune` that has a category, by `authorId` when given. */
async function newestWithCategory(get: Get, commune: string, authorId: number | null): Promise<string | null> {
  const conditions: Array<Record<string, unknown>> = [
    { commune: { documentId: { $eq: commune } } },
    { category: { id: { $notNull: true } } },
  ];
  if (authorId !== null) conditions.push({ createdBy: { id: { $eq: authorId } } });
  const { data } = await get<ListAnswer>(`/content-manager/collection-types/${ARTICLE}`, {
    params: { page: 1, pageSize: 1, sort: 'createdAt:DESC', filters: { $and: conditions } },
  });
  const documentId = data.results?.[0]?.documentId;
  return typeof documentId === 'string' ? documentId : null;
}

export async function lastUsedCategory(get: Get, userId: number): Promise<RelatedEntry | null> {
  const { data: mine } = await get<MyCommunes>('/commune-tenancy/me/communes');
  // Province IT picks the commune of each item; a person with several communes and none chosen
  // has nowhere for the item to go yet: no default in either case.
  const commune = mine.data.allCommunes ? null : mine.data.current;
  if (!commune) return null;
  const source = (await newestWithCategory(get, commune, userId)) ?? (await newestWithCategory(get, commune, null));
  if (!source) return null;
  const { data } = await get<RelationsAnswer>(`/content-manager/relations/${ARTICLE}/${encodeURIComponent(source)}/${CATEGORY_FIELD}`, {
    params: { page: 1, pageSize: 1 },
  });
  const [category] = data.results ?? [];
  return isRelatedEntry(category) ? category : null;
}
