-- Each commune's words as index keys of their own ('7:rung'): a text search then reads only the
-- commune's own posting lists, where the commune-first indexes of 0003/0004 (btree_gin: commune
-- id and words as separate keys) intersected the commune's items with every commune's items
-- holding each word — most of a common word's lookup time.
-- The keys are an expression over the stored tsvectors, so existing rows get them at CREATE INDEX
-- and new ones as they are written; nothing else changes in what the indexer stores.
CREATE OR REPLACE FUNCTION portal_search_keys(commune integer, words tsvector) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_agg(commune::text || ':' || word) FROM unnest(tsvector_to_array(words)) AS word $$;

CREATE INDEX IF NOT EXISTS portal_search_entries_keys_idx
  ON portal_search_entries USING gin (portal_search_keys(commune_id, tsv));
CREATE INDEX IF NOT EXISTS portal_search_entries_attachment_keys_idx
  ON portal_search_entries USING gin (portal_search_keys(commune_id, tsv_attachment));

DROP INDEX IF EXISTS portal_search_entries_commune_tsv_idx;
DROP INDEX IF EXISTS portal_search_entries_commune_attachment_idx;
