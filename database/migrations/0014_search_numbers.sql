-- Documents as citizens name them (plugins/portal-search engine/query-intent.ts).
--
-- 1. Numbers are words: the parser reads '8/2026', '312/QĐ-UBND' or '24/6/2022' as one token (a
--    "file" path), so 'tháng 8' never found "tháng 8/2026" and '312' never found 312/QĐ-UBND by
--    its text. The text is indexed with its slashes read as spaces (portal_search_text, the
--    PostgreSQL engine's upsert uses it too), and every stored tsvector is rebuilt.
CREATE OR REPLACE FUNCTION portal_search_text(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT translate(coalesce(input, ''), '/', ' ') $$;

UPDATE portal_search_entries
   SET tsv = setweight(to_tsvector('vn', portal_search_text(number_symbol)), 'A') || setweight(to_tsvector('vn', portal_search_text(title)), 'A')
             || setweight(to_tsvector('vn', portal_search_text(summary)), 'B') || setweight(to_tsvector('vn', portal_search_text(body)), 'C'),
       tsv_head = setweight(to_tsvector('vn', portal_search_text(number_symbol)), 'A') || setweight(to_tsvector('vn', portal_search_text(title)), 'A')
                  || setweight(to_tsvector('vn', portal_search_text(summary)), 'B'),
       tsv_attachment = setweight(to_tsvector('vn', portal_search_text(attachment_text)), 'D');

-- The new words (numbers, and the parts of symbols), for "did you mean" (0009's variants are of
-- words with a letter: numbers have none).
INSERT INTO portal_search_words (commune_id, word)
SELECT DISTINCT e.commune_id, w.word FROM portal_search_entries e, unnest(tsvector_to_array(e.tsv || e.tsv_attachment)) AS w(word)
WHERE length(w.word) BETWEEN 2 AND 40
ON CONFLICT DO NOTHING;

INSERT INTO portal_search_word_variants (commune_id, variant, word)
SELECT w.commune_id, v.variant, w.word
FROM portal_search_words w, portal_search_variants(w.word, 2) AS v(variant)
WHERE w.word ~ '^[a-z0-9]*[a-z][a-z0-9]*$' AND length(w.word) <= 16
  AND NOT EXISTS (SELECT 1 FROM portal_search_word_variants x WHERE x.commune_id = w.commune_id AND x.variant = w.word AND x.word = w.word)
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
