/**
 * The conditions a search is narrowed by, as SQL with their bindings, and the ones that are also
 * index keys ('field=Nông nghiệp', as portal_search_facet_keys names them).
 */
import { numberKey, SEARCH_TYPES, type SearchType } from '../../../../shared';
import { numberHead, type NumberIntent } from '../query-intent';
import type { DocumentQuery } from '../types';
import { placeholders, STATUS_SQL } from './fragments';

export interface Filter {
  where: string[];
  bindings: unknown[];
  /** The number field holds a number alone: rows are found by the number index (0014) when there are no words. */
  numberHead?: string;
  /** The values of `where` that are also index keys ('field=Nông nghiệp'): looked up with the words. */
  values: string[];
}

/** How page() finds and ranks, beyond every word as typed. */
export interface PageHow {
  /** Documents and procedures named by their number (./query-intent.ts). */
  number?: NumberIntent | null;
  /** Each word's weight: find the items holding any word that carries meaning (a partial match). */
  relaxed?: readonly number[] | null;
}

/**
 * The type, as a condition no index serves (`|| ''`, as the commune is `commune_id + 0`): the
 * words' keys find the rows. Otherwise the planner may AND the keys' few rows with the unique
 * index's entries of a type, half the table: on the 100,000-item benchmark corpus, a faceted
 * document search read 50,000 index entries for nine hits (1.8 -> 7.0 ms of PostgreSQL CPU).
 */
const TYPE = "e.type || ''";

/** The site search's filter: the types asked for, every type when none is. */
export function typesFilter(asked: readonly SearchType[]): Filter {
  const types = asked.length > 0 ? asked : SEARCH_TYPES;
  return { where: [`${TYPE} IN (${placeholders(types)})`], bindings: [...types], values: types.length === 1 ? [`type=${types[0]}`] : [] };
}

/** The document search's filters. */
export function documentFilter(query: DocumentQuery): Filter {
  const { filters } = query;
  const extra: Filter = { where: [`${TYPE} = 'document'`], bindings: [], values: ['type=document'] };
  const add = (condition: string, ...values: unknown[]) => {
    extra.where.push(condition);
    extra.bindings.push(...values);
  };
  // Equal-to filters are also index keys (the names and format of portal_search_facet_keys).
  const addValue = (condition: string, key: string, value: string) => {
    add(condition, value);
    extra.values.push(`${key}=${value}`);
  };
  if (filters.documentType) addValue('e.document_type = ?', 'documentType', filters.documentType);
  if (filters.issuingBody) addValue('e.issuing_body = ?', 'issuingBody', filters.issuingBody);
  if (filters.field) addValue('e.field = ?', 'field', filters.field);
  if (filters.signer) addValue('e.signer = ?', 'signer', filters.signer);
  if (filters.year) {
    add('e.issue_date >= ?::date AND e.issue_date < ?::date', `${filters.year}-01-01`, `${filters.year + 1}-01-01`);
    extra.values.push(`year=${filters.year}`);
  }
  if (filters.from) add('e.issue_date >= ?::date', filters.from);
  if (filters.to) add('e.issue_date <= ?::date', filters.to);
  if (filters.status) add(`(${STATUS_SQL}) = ?`, query.today, query.today, filters.status);
  // A number alone ('120') finds the documents with that number, whatever their symbol.
  if (filters.number && /^\s*[0-9]+\s*$/.test(filters.number)) {
    extra.numberHead = numberHead(filters.number) ?? filters.number.trim();
    add('e.number_key IS NOT NULL AND portal_search_number_head(e.number_key) = ?', extra.numberHead);
  } else if (filters.number) add('e.number_key = ?', numberKey(filters.number));
  return extra;
}
