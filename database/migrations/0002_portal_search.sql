-- The built-in search engine (plugins/portal-search, PostgreSQL engine).

-- Typo tolerance compares a query word with the words of the index (edit distance).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- A text search configuration that folds Vietnamese as it parses: 'Đảng ủy' -> 'dang', 'uy'.
-- Vietnamese has no stemming to do (words are syllables), so 'simple' after 'unaccent'.
-- ts_headline with this configuration highlights the original, accented words.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vn') THEN
    CREATE TEXT SEARCH CONFIGURATION vn (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION vn ALTER MAPPING FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart, numword, numhword WITH unaccent, simple;
  END IF;
END
$$;

-- One row per published item and locale. commune_id is on every row and every query filters
-- on it first: nothing of another commune can appear.
CREATE TABLE IF NOT EXISTS portal_search_entries (
  id bigserial PRIMARY KEY,
  commune_id integer NOT NULL,
  type text NOT NULL,
  document_id text NOT NULL,
  locale text NOT NULL DEFAULT '',
  slug text,
  title text NOT NULL,
  number_symbol text,
  number_key text,
  summary text,
  body text,
  attachment_text text,
  document_type text,
  issuing_body text,
  field text,
  signer text,
  issue_date date,
  effective_date date,
  expiry_date date,
  published_at timestamptz,
  tsv tsvector NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (type, document_id, locale)
);

CREATE INDEX IF NOT EXISTS portal_search_entries_tsv_idx ON portal_search_entries USING gin (tsv);
CREATE INDEX IF NOT EXISTS portal_search_entries_commune_idx ON portal_search_entries (commune_id, type, published_at DESC);
CREATE INDEX IF NOT EXISTS portal_search_entries_number_idx ON portal_search_entries (commune_id, number_key);

-- The words of each commune's index, for "did you mean" and typo-tolerant queries.
CREATE TABLE IF NOT EXISTS portal_search_words (
  commune_id integer NOT NULL,
  word text NOT NULL,
  PRIMARY KEY (commune_id, word)
);
CREATE INDEX IF NOT EXISTS portal_search_words_trgm_idx ON portal_search_words USING gin (word gin_trgm_ops);
