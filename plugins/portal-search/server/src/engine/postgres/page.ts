/**
 * One page of hits for a text query, with the number of all hits, the facets and, when asked,
 * what "did you mean" starts from: one statement. Also the partial match (items holding most of
 * the words, ./partial.ts) and the near words of every word.
 */
import { allWordsQuery } from '../query-text';
import type { NearbyRow } from '../correction';
import { RELAX_BELOW } from '../query-intent';
import type { Filter, PageHow } from './filters';
import {
  ATTACHMENT_MATCH,
  Bindings,
  HIT_COLUMNS,
  HIT_ORDER,
  hitsOfPage,
  keysOf,
  NEARBY_EVERY,
  nearbyBindings,
  nearbyOf,
  ORDER,
  phraseQuery,
  RANK_COLUMNS,
  STATUS_SQL,
  TEXT_MATCH,
} from './fragments';
import { partialMatchAny, partialMatchSql, relaxedWords } from './partial';
import { toHit, type FacetRow, type FacetsOn, type HitRow, type Page } from './rows';
import type { Sql } from './statements';

/**
 * One page of hits for a text query (and optional extra conditions), best first, with the
 * number of all hits and, for the document search, the facets of all hits: one statement, the
 * matching rows read once. `how.number` adds the documents and procedures named by their number
 * (first); `how.relaxed` (each word's weight) finds the items holding any of the words that carry
 * meaning, ranked by the words they hold (rarer ones weigh more) below those holding all.
 */
export async function page(
  sql: Sql,
  communeId: number,
  words: string[],
  key: string | null,
  extra: Filter,
  pageNumber: number,
  pageSize: number,
  facetsOn: FacetsOn | null,
  suggest: boolean,
  how: PageHow = {},
): Promise<Page> {
  const tsquery = allWordsQuery(words);
  const number = how.number ?? null;
  if (tsquery === '' && key === null && number === null && extra.where.length === 0)
    return { hits: [], total: 0, capped: false, facets: [], nearby: [] };
  const b = new Bindings();
  const keys = keysOf(communeId, words, extra.values);
  const relaxed = how.relaxed && tsquery !== '' ? relaxedWords(words, how.relaxed) : null;
  const exact = (): string => {
    const tiers: string[] = [];
    if (key !== null) tiers.push(`WHEN e.number_key = ${b.bind(key)} THEN 3`);
    if (number !== null) {
      const head = `e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ${b.bind(number.head)}`;
      tiers.push(
        number.typeName === null
          ? `WHEN ${head} THEN 2`
          : `WHEN ${head} THEN CASE WHEN vn_fold(coalesce(e.document_type, '')) = ${b.bind(number.typeName)} OR ${b.bind(number.abbreviation ?? '-')} = ANY(regexp_split_to_array(e.number_key, '[^a-z0-9]+')) THEN 2 ELSE 1 END`,
      );
    }
    return tiers.length > 0 ? `CASE ${tiers.join(' ')} ELSE 0 END` : '0';
  };
  const rankSelect = (): string =>
    tsquery !== '' ? b.raw(RANK_COLUMNS, [tsquery, phraseQuery(words) || tsquery, tsquery, tsquery]) : '0 AS rank, false AS in_body';
  const facetColumns = (): string =>
    facetsOn
      ? `, e.document_type, e.issuing_body, e.field, e.signer, extract(year FROM e.issue_date)::int AS year, ${b.raw(STATUS_SQL, [facetsOn.today, facetsOn.today])} AS status`
      : '';
  // With words (or filter values), the commune's keys find the rows: the commune is then checked
  // on each row (as `commune_id + 0`, which no index serves) rather than ANDed with its 1,800
  // index entries. The filters stay conditions too (keys only narrow the rows read).
  const headOnly = tsquery === '' && key === null && number === null && extra.numberHead !== undefined;
  const valuesOnly = tsquery === '' && extra.values.length > 0 && key === null && number === null && !headOnly;
  const byKeys = tsquery !== '' || valuesOnly || headOnly || key !== null || number !== null;
  const where = (): string => {
    const conditions = [`e.commune_id${byKeys ? ' + 0' : ''} = ${b.bind(communeId)}`];
    if (extra.where.length > 0) conditions.push(b.raw(extra.where.join(' AND '), extra.bindings));
    const matches: string[] = [];
    if (relaxed) {
      // Any word that carries meaning finds the row (the values must all be there).
      matches.push(...partialMatchAny(b, communeId, relaxed, extra.values));
    } else if (tsquery !== '') matches.push(b.raw(TEXT_MATCH, [keys]), b.raw(ATTACHMENT_MATCH, [keys]));
    else if (valuesOnly) matches.push(b.raw(TEXT_MATCH, [keysOf(communeId, [], extra.values)]));
    if (key !== null) matches.push(`(e.commune_id = ${b.bind(communeId)} AND e.number_key = ${b.bind(key)})`);
    if (number !== null)
      matches.push(
        `(e.commune_id = ${b.bind(communeId)} AND e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ${b.bind(number.head)})`,
      );
    if (headOnly)
      matches.push(
        `(e.commune_id = ${b.bind(communeId)} AND e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ${b.bind(extra.numberHead)})`,
      );
    if (matches.length > 0) conditions.push(`(${matches.join(' OR ')})`);
    return conditions.join(' AND ');
  };
  // The facets: one row per value of each facet (GROUPING says which), as one JSON array.
  // (The totals are selected `OFFSET 0`, so that using one twice does not compute it twice.)
  const facets = facetsOn
    ? `, (SELECT json_agg(f) FROM (
         SELECT document_type, issuing_body, field, signer, year, status, count(*) AS n,
                GROUPING(document_type, issuing_body, field, signer, year, status) AS g
         FROM matched GROUP BY GROUPING SETS ((document_type), (issuing_body), (field), (signer), (year), (status))
       ) f) AS facets`
    : '';
  const matched = relaxed
    ? partialMatchSql(b, { communeId, relaxed, tsquery, where, exact, facetColumns, facets: facetsOn !== null })
    : `matched AS MATERIALIZED (
       SELECT e.id, ${exact()} AS exact, ${rankSelect()}, coalesce(e.issue_date, e.published_at::date) AS day${facetColumns()}
       FROM portal_search_entries e
       WHERE ${where()}
     )`;
  // A query of several words that finds little is checked for a typo that is a word
  // (withCorrection): the near words of every word come with its hits.
  const nearbyWhenFew = suggest && new Set(words).size >= 2 && key === null && number === null && extra.where.length <= 1;
  const text = `WITH ${matched}, paged AS (
       SELECT m.id, m.exact, m.rank, m.in_body, m.day FROM matched m ORDER BY ${ORDER} LIMIT ${b.bind(pageSize)} OFFSET ${b.bind((pageNumber - 1) * pageSize)}
     )
     SELECT s.*, ${HIT_COLUMNS}
     FROM (SELECT c.*${suggest ? `, CASE WHEN c.total ${nearbyWhenFew ? `< ${RELAX_BELOW}` : '= 0'} THEN ${b.raw(nearbyOf(words), nearbyBindings(communeId, words))} END AS nearby` : ''} FROM (SELECT (SELECT count(*) FROM matched) AS total${facets} OFFSET 0) c) s
     LEFT JOIN (${hitsOfPage(tsquery !== '')}) h ON true
     ORDER BY ${HIT_ORDER}`;
  const rows = await sql<HitRow & { facets?: FacetRow[] | null; nearby?: NearbyRow[] | null }>(text, b.values);
  const [first] = rows;
  return {
    hits: rows.filter((row) => row.document_id !== null).map((row) => toHit(row, words)),
    total: Number(first?.total ?? 0),
    capped: false,
    facets: first?.facets ?? [],
    nearby: first?.nearby ?? [],
    nearbyOfAll: nearbyWhenFew,
  };
}

/** The known words near each word of the query, known or not (NEARBY_EVERY), for a typo that is a word. */
export async function nearbyAll(sql: Sql, communeId: number, words: readonly string[]): Promise<NearbyRow[]> {
  const rows = await sql<{ nearby: NearbyRow[] | null }>(`SELECT ${NEARBY_EVERY} AS nearby`, nearbyBindings(communeId, words));
  return rows[0]?.nearby ?? [];
}
