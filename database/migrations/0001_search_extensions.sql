-- Accent-insensitive and typo-tolerant search needs these two extensions (shipped with PostgreSQL).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot be used in an index.
-- Pinning the dictionary makes a wrapper that is safe to declare IMMUTABLE. Vietnamese text
-- folds to plain lower-case ASCII: 'Đảng ủy' -> 'dang uy'.
CREATE OR REPLACE FUNCTION vn_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;
