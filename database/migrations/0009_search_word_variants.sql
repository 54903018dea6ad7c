-- "Did you mean" looked for the commune's words near an unknown word by computing the edit
-- distance to each of its words (about 2,800 per commune): most of a typo query's time. Instead,
-- each word is stored under its variants, the word with up to two letters deleted: two words are
-- at most two edits apart only if they share a variant, each with at most two letters deleted
-- (a swap of neighbours counts as one edit: it deletes the same letter in both). A typo's near
-- words are then found by looking its own variants up in an index.

-- The variants of a word with at most `deletions` letters deleted (the word itself among them).
-- Two deletions only from words of five letters or more: only words that long are corrected by
-- two edits (the PostgreSQL engine's typoLimit). How many letters a variant lacks is its length
-- difference with the word.
CREATE OR REPLACE FUNCTION portal_search_variants(word text, deletions integer)
RETURNS SETOF text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT word
  UNION
  SELECT overlay(word PLACING '' FROM i FOR 1)
  FROM generate_series(1, length(word)) AS i
  WHERE deletions >= 1 AND length(word) >= 2
  UNION
  SELECT overlay(overlay(word PLACING '' FROM j FOR 1) PLACING '' FROM i FOR 1)
  FROM generate_series(1, length(word)) AS i, generate_series(i + 1, length(word)) AS j
  WHERE deletions >= 2 AND length(word) >= 5
$$;

CREATE TABLE IF NOT EXISTS portal_search_word_variants (
  commune_id integer NOT NULL,
  variant text NOT NULL,
  word text NOT NULL,
  PRIMARY KEY (commune_id, variant, word)
);

-- Only words a query can be corrected to: letters and digits (a query's words are nothing else),
-- not numbers, at most 16 long (codes and dates such as 05/kh-ubnd would triple the table).
INSERT INTO portal_search_word_variants (commune_id, variant, word)
SELECT w.commune_id, v.variant, w.word
FROM portal_search_words w, portal_search_variants(w.word, 2) AS v(variant)
WHERE w.word ~ '^[a-z0-9]*[a-z][a-z0-9]*$' AND length(w.word) <= 16
ON CONFLICT DO NOTHING;

-- Never used: near words were found by edit distance, and now by their variants.
DROP INDEX IF EXISTS portal_search_words_trgm_idx;
