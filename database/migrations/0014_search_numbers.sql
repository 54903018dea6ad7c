-- Documents as citizens name them (plugins/portal-search engine/query-intent.ts).
--
-- 1. Numbers are words: 'tháng 8', 'năm 2025', '120' in a text were dropped by the 'vn'
--    configuration (the parser's uint/int tokens had no mapping), so a query holding a number
--    found nothing. They are mapped like words, and every stored tsvector is rebuilt with them.
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg
    WHERE c.cfgname = 'vn' AND m.maptokentype = (SELECT tokid FROM ts_token_type('default') WHERE alias = 'uint')
  ) THEN
    ALTER TEXT SEARCH CONFIGURATION vn ADD MAPPING FOR uint, int WITH simple;
  END IF;
END
$$;

UPDATE portal_search_entries
   SET tsv = setweight(to_tsvector('vn', coalesce(number_symbol, '')), 'A') || setweight(to_tsvector('vn', title), 'A')
             || setweight(to_tsvector('vn', coalesce(summary, '')), 'B') || setweight(to_tsvector('vn', coalesce(body, '')), 'C'),
       tsv_head = setweight(to_tsvector('vn', coalesce(number_symbol, '')), 'A') || setweight(to_tsvector('vn', title), 'A')
                  || setweight(to_tsvector('vn', coalesce(summary, '')), 'B'),
       tsv_attachment = setweight(to_tsvector('vn', coalesce(attachment_text, '')), 'D');

INSERT INTO portal_search_words (commune_id, word)
SELECT DISTINCT e.commune_id, w.word FROM portal_search_entries e, unnest(tsvector_to_array(e.tsv || e.tsv_attachment)) AS w(word)
WHERE length(w.word) BETWEEN 2 AND 40
ON CONFLICT DO NOTHING;

-- 2. The number a document or procedure is found by alone ('120' → 120/KH-UBND, '1001193' →
--    1.001193): the first number of its number and symbol, leading zeros dropped, or a dotted
--    code's digits. The same rule as numberHead in engine/query-intent.ts.
CREATE OR REPLACE FUNCTION portal_search_number_head(number_key text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(
    CASE WHEN number_key ~ '^[0-9]+(\.[0-9]+)+$' THEN replace(number_key, '.', '')
         ELSE substring(number_key FROM '^([0-9]+)(?:[^0-9]|$)') END,
    '^0+(?=[0-9])', '') $$;

CREATE INDEX IF NOT EXISTS portal_search_entries_number_head_idx
  ON portal_search_entries (commune_id, portal_search_number_head(number_key))
  WHERE number_key IS NOT NULL;
