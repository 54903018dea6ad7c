-- The commune's keys of each item's title and summary (its ranked part, tsv_head): the site
-- search ranks first the items whose title or summary holds the query's words, and only those
-- can come before the rest. With them found by this index, the first pages of a common word's
-- results no longer read and rank every item that holds it (see the PostgreSQL engine).
CREATE INDEX IF NOT EXISTS portal_search_entries_head_keys_idx
  ON portal_search_entries USING gin (portal_search_keys(commune_id, tsv_head));
