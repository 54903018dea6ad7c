import type { Core } from '@strapi/strapi';
import {
  countableDays,
  normaliseSearchQuery,
  SEARCH_BATCH_MAX,
  SEARCH_COUNT_MAX,
  SEARCH_QUERY_MAX,
  type SearchBatch,
  type SearchCount,
} from '../../../shared';
import type { SearchesService } from '../services/searches';
import { siteBatchHandler } from './site-batch';

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** One entry of the batch, re-normalised, or a Vietnamese reason why it is not one. */
function readCount(entry: unknown): SearchCount | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'Mục tìm kiếm không hợp lệ.';
  const { query, searches, empty } = entry as Record<string, unknown>;
  if (Object.keys(entry).length !== 3) return 'Mục tìm kiếm chỉ gồm từ khóa, số lượt tìm và số lượt không thấy kết quả.';
  if (typeof query !== 'string' || Array.from(query).length > SEARCH_QUERY_MAX)
    return `Từ khóa phải là chuỗi tối đa ${SEARCH_QUERY_MAX} ký tự.`;
  if (!isCount(searches, SEARCH_COUNT_MAX) || searches === 0) return `Số lượt tìm phải là số nguyên từ 1 đến ${SEARCH_COUNT_MAX}.`;
  if (!isCount(empty, searches)) return 'Số lượt không thấy kết quả phải là số nguyên từ 0 đến số lượt tìm.';
  // Normalised again: a client that did not mask a phone number or an address cannot store it.
  const normalised = normaliseSearchQuery(query);
  if (normalised === null) return 'Từ khóa trống.';
  return { query: normalised, searches, empty };
}

/**
 * The batch in a request body, or a Vietnamese reason why it is not one. Nothing is counted from
 * a refused batch. Queries that normalise alike are merged (the site sends each query once, but
 * an older or careless client may not have masked what this side masks).
 */
function readBatch(body: unknown, now: Date): SearchBatch | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'Thiếu danh sách lượt tìm kiếm.';
  const { day, searches } = body as Record<string, unknown>;
  if (Object.keys(body).length !== 2) return 'Lô lượt tìm kiếm chỉ gồm ngày và danh sách lượt tìm.';
  if (typeof day !== 'string' || !countableDays(now).includes(day))
    return 'Ngày tìm kiếm không hợp lệ (chỉ nhận hôm nay, hoặc hôm qua trong vài phút đầu ngày).';
  if (!Array.isArray(searches) || searches.length === 0 || searches.length > SEARCH_BATCH_MAX) {
    return `Danh sách lượt tìm kiếm phải có từ 1 đến ${SEARCH_BATCH_MAX} từ khóa.`;
  }
  const raw = new Set<string>();
  const merged = new Map<string, SearchCount>();
  for (const entry of searches as unknown[]) {
    const count = readCount(entry);
    if (typeof count === 'string') return count;
    const query = (entry as { query: string }).query;
    if (raw.has(query)) return 'Một từ khóa xuất hiện hai lần trong lô.';
    raw.add(query);
    const known = merged.get(count.query);
    // Capped like one entry, so that a merged figure still fits the column.
    const add = (a: number, b: number): number => Math.min(a + b, SEARCH_COUNT_MAX);
    merged.set(
      count.query,
      known ? { query: count.query, searches: add(known.searches, count.searches), empty: add(known.empty, count.empty) } : count,
    );
  }
  return { day, searches: [...merged.values()] };
}

/** Search insight's counter, for the site's server (the commune is the one its trusted header names). */
const searches = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/site-stats/searches — `{ day, searches: [{ query, searches, empty }] }`; answers SearchesRecorded. */
  record: siteBatchHandler(strapi, readBatch, (communeId, batch, now) =>
    (strapi.plugin('site-stats').service('searches') as SearchesService).record(communeId, batch.day, batch.searches, now),
  ),
});

export default searches;
