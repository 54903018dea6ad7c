-- The search index's GIN indexes keep a small pending list.
--
-- GIN adds new rows' keys to an unsorted "pending list" that every search reads through, until
-- autovacuum (or the 4 MB default) merges it. Each indexed item brings hundreds of keys (every
-- word, with and without its facets), so after a seed, a reindex or a burst of publications, every
-- search of every commune scanned tens of thousands of pending keys: on a freshly seeded demo a
-- search cost over 100 ms of PostgreSQL CPU instead of about 5, until autovacuum came by a minute
-- later (issue 18, `npm run bench:search-site`). A pending list of at most 64 kB keeps batched
-- inserts for a reindex and bounds what a search reads; the engine's settle() (after a reindex)
-- merges what remains.
ALTER INDEX portal_search_entries_keys_idx SET (gin_pending_list_limit = 64);
ALTER INDEX portal_search_entries_attachment_keys_idx SET (gin_pending_list_limit = 64);
ALTER INDEX portal_search_entries_head_keys_idx SET (gin_pending_list_limit = 64);

SELECT gin_clean_pending_list(index_name::regclass)
FROM (VALUES ('portal_search_entries_keys_idx'), ('portal_search_entries_attachment_keys_idx'), ('portal_search_entries_head_keys_idx')) AS gin(index_name);
