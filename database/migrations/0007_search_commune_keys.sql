-- Each commune's words as index keys of their own ('7:rung'): a text search then reads only the
-- commune's own posting lists, where the commune-first indexes of 0003/0004 (btree_gin: commune
-- id and words as separate keys) intersected the commune's items with every commune's items
-- holding each word — most of a common word's lookup time.
-- The same keys hold the values the document search filters on ('7 field=Nông nghiệp',
-- '7 year=2024'; a space, which no word holds, keeps them apart from words): a search with
-- filters reads only the items holding both its words and its values.
-- The keys are an expression over the stored columns, so existing rows get them at CREATE INDEX
-- and new ones as they are written; nothing else changes in what the indexer stores. (Functions
-- are named with their schema: CREATE INDEX runs with search_path = pg_catalog.)
CREATE OR REPLACE FUNCTION portal_search_keys(commune integer, words tsvector) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_agg(commune::text || ':' || word) FROM unnest(tsvector_to_array(words)) AS word $$;

CREATE OR REPLACE FUNCTION portal_search_facet_keys(commune integer, type text, document_type text, issuing_body text, field text, signer text, issue_date date)
  RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_remove(ARRAY[
    commune::text || ' type=' || type,
    commune::text || ' documentType=' || document_type,
    commune::text || ' issuingBody=' || issuing_body,
    commune::text || ' field=' || field,
    commune::text || ' signer=' || signer,
    commune::text || ' year=' || extract(year FROM issue_date)::int
  ], NULL) $$;

CREATE OR REPLACE FUNCTION portal_search_match_keys(commune integer, words tsvector, type text, document_type text, issuing_body text, field text, signer text, issue_date date)
  RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(public.portal_search_keys(commune, words), '{}') || public.portal_search_facet_keys(commune, type, document_type, issuing_body, field, signer, issue_date) $$;

CREATE INDEX IF NOT EXISTS portal_search_entries_keys_idx ON portal_search_entries
  USING gin (portal_search_match_keys(commune_id, tsv, type, document_type, issuing_body, field, signer, issue_date));
CREATE INDEX IF NOT EXISTS portal_search_entries_attachment_keys_idx ON portal_search_entries
  USING gin (portal_search_match_keys(commune_id, tsv_attachment, type, document_type, issuing_body, field, signer, issue_date));

DROP INDEX IF EXISTS portal_search_entries_commune_tsv_idx;
DROP INDEX IF EXISTS portal_search_entries_commune_attachment_idx;
