-- Search at scale (measured by `npm run bench:search`, 100,000 items across 55 communes):
-- - every query names one commune, so the text index leads with the commune (btree_gin): a
--   common word is looked up among one commune's items, not the whole province's;
-- - ranking reads small tsvectors (number, title, summary; body) instead of the whole text with
--   the PDF attachments, which is only matched.
CREATE EXTENSION IF NOT EXISTS btree_gin;

ALTER TABLE portal_search_entries ADD COLUMN IF NOT EXISTS tsv_head tsvector;
ALTER TABLE portal_search_entries ADD COLUMN IF NOT EXISTS tsv_body tsvector;
UPDATE portal_search_entries
   SET tsv_head = setweight(to_tsvector('vn', coalesce(number_symbol, '')), 'A') || setweight(to_tsvector('vn', title), 'A')
                  || setweight(to_tsvector('vn', coalesce(summary, '')), 'B'),
       tsv_body = to_tsvector('vn', coalesce(body, ''))
 WHERE tsv_head IS NULL;

DROP INDEX IF EXISTS portal_search_entries_tsv_idx;
CREATE INDEX IF NOT EXISTS portal_search_entries_commune_tsv_idx ON portal_search_entries USING gin (commune_id, tsv);
