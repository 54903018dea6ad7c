-- The PDF attachments get a text index of their own. The main tsvector (number, title, summary,
-- body) stays small, so checking it row by row — which the planner does for very common words,
-- scanning the commune's items instead of the index — costs little; the attachments' text, often
-- far longer, is only consulted where the main text does not match.
ALTER TABLE portal_search_entries ADD COLUMN IF NOT EXISTS tsv_attachment tsvector;
UPDATE portal_search_entries
   SET tsv = setweight(to_tsvector('vn', coalesce(number_symbol, '')), 'A') || setweight(to_tsvector('vn', title), 'A')
             || setweight(to_tsvector('vn', coalesce(summary, '')), 'B') || setweight(to_tsvector('vn', coalesce(body, '')), 'C'),
       tsv_attachment = setweight(to_tsvector('vn', coalesce(attachment_text, '')), 'D');
ALTER TABLE portal_search_entries DROP COLUMN IF EXISTS tsv_body;
CREATE INDEX IF NOT EXISTS portal_search_entries_commune_attachment_idx ON portal_search_entries USING gin (commune_id, tsv_attachment);
