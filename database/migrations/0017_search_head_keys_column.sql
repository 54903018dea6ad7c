-- Each entry's title-and-summary keys stored with it, not computed when a plan asks for them.
--
-- portal_search_keys (migration 0007) turns every lexeme of a tsvector into a commune key: an
-- aggregate over the vector, run as a SQL function of its own at each call. Migration 0008
-- indexed it over tsv_head, and a search that reads that index never calls it. But on a commune
-- of a few hundred items (the demo seed; most real communes) the generic plan of a site search of
-- three words or more read the items holding every word through the text's index, then computed
-- each row's title-and-summary keys as a filter, once per pair of query words: 70 to 94 calls for
-- `thu tuc hanh chinh`, half of that search's PostgreSQL time. Pricing the function higher made
-- the planner avoid every bitmap scan whose recheck names it, numbers and facets among them.
--
-- Stored, the keys cost what reading a small array costs, whichever plan the planner picks, and
-- the index is built on the column. (A generated column is never written by the engine's upsert
-- nor by a commune restore, which both leave it to PostgreSQL.)
ALTER TABLE portal_search_entries
  ADD COLUMN IF NOT EXISTS head_keys text[] GENERATED ALWAYS AS (portal_search_keys(commune_id, tsv_head)) STORED;

DROP INDEX IF EXISTS portal_search_entries_head_keys_idx;
-- With migration 0015's small pending list.
CREATE INDEX portal_search_entries_head_keys_idx ON portal_search_entries USING gin (head_keys) WITH (gin_pending_list_limit = 64);
