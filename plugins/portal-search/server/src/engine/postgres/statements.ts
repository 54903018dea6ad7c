/**
 * The statement cache: the engine's SQL is written with `?` placeholders (knex raw) and run as
 * named prepared statements, so that a connection parses and plans each statement text once.
 */
import { createHash } from 'node:crypto';

/** Runs one SQL statement with `?` placeholders (knex raw) and returns its rows. */
export type Sql = <Row>(text: string, bindings: unknown[]) => Promise<Row[]>;

// Both below are asked for at every query, with a few hundred different statement texts at most
// (one per combination of filters): remembered, not recomputed.
const numberedTexts = new Map<string, string>();
const statementNames = new Map<string, string>();

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the engine's SQL has no literal question marks). */
export function numberedPlaceholders(text: string): string {
  let numbered = numberedTexts.get(text);
  if (numbered === undefined) {
    let index = 0;
    numbered = text.replace(/\?/g, () => `$${++index}`);
    numberedTexts.set(text, numbered);
  }
  return numbered;
}

/**
 * A stable name per statement text: a connection then parses and plans each search statement
 * once, not at every query (planning was a large part of a query's time at 20 concurrent).
 */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `portal_search_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}
