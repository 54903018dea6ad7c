-- Each commune's pairs of words side by side in its titles and summaries, with how many entries
-- hold each pair: what "did you mean" judges a typo that is itself a word by.
--
-- `thu tuc hanh chin`: every word is known ('chín' is a word), yet 'hanh chinh' stands in many
-- titles and 'hanh chin' in none. The engine used to count each candidate's phrase with its
-- neighbours by reading the entries holding the words (a GIN intersection and a phrase check
-- per candidate, a few at most): most of such a search's time, and few candidates could be
-- afforded, the ties between them broken alphabetically. A pair's count is one index lookup:
-- every candidate one typo away is judged, and by how often the commune writes it.
--
-- Kept by triggers on portal_search_entries, whatever writes it (the engine's upsert and
-- removals, a commune restore, a reindex): the transition tables hold the rows as they were
-- and as they became, so concurrent writers cannot make a count drift. A commune restore leaves
-- this table to the triggers (scripts/lib/backup/table-plan.ts, KEPT_LIVE).

CREATE TABLE IF NOT EXISTS portal_search_head_pairs (
  commune_id integer NOT NULL,
  -- Two lexemes side by side, in that order: 'hanh chinh'.
  pair text NOT NULL,
  -- How many of the commune's entries hold the pair in their title or summary (tsv_head).
  entries integer NOT NULL,
  PRIMARY KEY (commune_id, pair)
);

-- The distinct pairs of lexemes at neighbouring positions of a tsvector: what `a <-> b` finds.
-- (tsv_head joins the number, the title and the summary; their boundaries are neighbours too,
-- as they are for a phrase query.) Lexemes over 40 characters are no query's words.
CREATE OR REPLACE FUNCTION portal_search_pairs(v tsvector)
RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH at AS (
    SELECT u.lexeme, p.position FROM unnest(v) AS u, unnest(u.positions) AS p(position)
    WHERE length(u.lexeme) <= 40
  )
  SELECT DISTINCT a.lexeme || ' ' || b.lexeme FROM at a JOIN at b ON b.position = a.position + 1
$$;

-- One statement's changes: +1 for each pair of each new row, -1 for each of each old row.
-- Pairs that gain are added; pairs that lose are lowered, or go when none is left. The three
-- sets of rows are disjoint. Two statements writing one commune's entries at once (two
-- publications) would otherwise lock its pairs in different orders and may deadlock: each
-- first takes a lock per commune it changes, in commune order, held to its transaction's end.
CREATE OR REPLACE FUNCTION portal_search_count_head_pairs()
RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_advisory_xact_lock(hashtext('portal_search_head_pairs'), c.commune_id)
    FROM (SELECT DISTINCT commune_id FROM new_rows ORDER BY 1) c;
    INSERT INTO portal_search_head_pairs AS h (commune_id, pair, entries)
    SELECT n.commune_id, p.pair, count(*) FROM new_rows n, portal_search_pairs(n.tsv_head) AS p(pair)
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (commune_id, pair) DO UPDATE SET entries = h.entries + EXCLUDED.entries;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_advisory_xact_lock(hashtext('portal_search_head_pairs'), c.commune_id)
    FROM (SELECT DISTINCT commune_id FROM old_rows ORDER BY 1) c;
    WITH change AS (
      SELECT o.commune_id, p.pair, count(*)::integer AS lost FROM old_rows o, portal_search_pairs(o.tsv_head) AS p(pair) GROUP BY 1, 2
    ), gone AS (
      DELETE FROM portal_search_head_pairs h USING change c
      WHERE h.commune_id = c.commune_id AND h.pair = c.pair AND h.entries <= c.lost
    )
    UPDATE portal_search_head_pairs h SET entries = h.entries - c.lost FROM change c
    WHERE h.commune_id = c.commune_id AND h.pair = c.pair AND h.entries > c.lost;
  ELSE
    PERFORM pg_advisory_xact_lock(hashtext('portal_search_head_pairs'), c.commune_id)
    FROM (SELECT commune_id FROM new_rows UNION SELECT commune_id FROM old_rows ORDER BY 1) c;
    WITH change AS (
      SELECT commune_id, pair, sum(delta)::integer AS delta FROM (
        SELECT n.commune_id, p.pair, 1 AS delta FROM new_rows n, portal_search_pairs(n.tsv_head) AS p(pair)
        UNION ALL
        SELECT o.commune_id, p.pair, -1 FROM old_rows o, portal_search_pairs(o.tsv_head) AS p(pair)
      ) d GROUP BY 1, 2 HAVING sum(delta) <> 0
    ), gone AS (
      DELETE FROM portal_search_head_pairs h USING change c
      WHERE c.delta < 0 AND h.commune_id = c.commune_id AND h.pair = c.pair AND h.entries <= -c.delta
    ), lowered AS (
      UPDATE portal_search_head_pairs h SET entries = h.entries + c.delta FROM change c
      WHERE c.delta < 0 AND h.commune_id = c.commune_id AND h.pair = c.pair AND h.entries > -c.delta
    )
    INSERT INTO portal_search_head_pairs AS h (commune_id, pair, entries)
    SELECT commune_id, pair, delta FROM change WHERE delta > 0 ORDER BY 1, 2
    ON CONFLICT (commune_id, pair) DO UPDATE SET entries = h.entries + EXCLUDED.entries;
  END IF;
  RETURN NULL;
END
$$;

-- A DELETE, not a TRUNCATE: the statement truncating the entries may name this table too (the
-- engine's clear() does, which empties it at once), and a table cannot be truncated while the
-- same statement uses it.
CREATE OR REPLACE FUNCTION portal_search_clear_head_pairs()
RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM portal_search_head_pairs;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS portal_search_head_pairs_insert ON portal_search_entries;
DROP TRIGGER IF EXISTS portal_search_head_pairs_update ON portal_search_entries;
DROP TRIGGER IF EXISTS portal_search_head_pairs_delete ON portal_search_entries;
DROP TRIGGER IF EXISTS portal_search_head_pairs_truncate ON portal_search_entries;
CREATE TRIGGER portal_search_head_pairs_insert AFTER INSERT ON portal_search_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_count_head_pairs();
CREATE TRIGGER portal_search_head_pairs_update AFTER UPDATE ON portal_search_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_count_head_pairs();
CREATE TRIGGER portal_search_head_pairs_delete AFTER DELETE ON portal_search_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_search_count_head_pairs();
CREATE TRIGGER portal_search_head_pairs_truncate AFTER TRUNCATE ON portal_search_entries
  FOR EACH STATEMENT EXECUTE FUNCTION portal_search_clear_head_pairs();

-- The entries already indexed.
TRUNCATE portal_search_head_pairs;
INSERT INTO portal_search_head_pairs (commune_id, pair, entries)
SELECT e.commune_id, p.pair, count(*) FROM portal_search_entries e, portal_search_pairs(e.tsv_head) AS p(pair)
GROUP BY 1, 2;
