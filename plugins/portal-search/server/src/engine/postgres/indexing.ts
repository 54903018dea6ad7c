/** Writing the index: entries in batches with their words and word variants, removals, and settling after a rebuild. */
import { numberKey } from '../../../../shared';
import type { EntryKey, SearchEngine, SearchEntry } from '../types';
import type { Sql } from './statements';

/** Entries written per statement. */
const UPSERT_BATCH = 200;

export function postgresIndex(sql: Sql): Pick<SearchEngine, 'upsert' | 'remove' | 'clear' | 'settle'> {
  return {
    async upsert(entries: SearchEntry[]): Promise<void> {
      for (let start = 0; start < entries.length; start += UPSERT_BATCH) {
        const batch = entries.slice(start, start + UPSERT_BATCH).map((entry) => ({
          commune_id: entry.communeId,
          type: entry.type,
          document_id: entry.documentId,
          locale: entry.locale,
          slug: entry.slug,
          title: entry.title,
          number_symbol: entry.numberSymbol,
          number_key: entry.numberSymbol ? numberKey(entry.numberSymbol) : null,
          summary: entry.summary,
          body: entry.body,
          attachment_text: entry.attachmentText,
          document_type: entry.documentType,
          issuing_body: entry.issuingBody,
          field: entry.field,
          signer: entry.signer,
          issue_date: entry.issueDate,
          effective_date: entry.effectiveDate,
          expiry_date: entry.expiryDate,
          published_at: entry.publishedAt,
        }));
        await sql(
          `WITH input AS (
             SELECT * FROM jsonb_to_recordset(?::jsonb) AS x(commune_id int, type text, document_id text, locale text, slug text, title text,
               number_symbol text, number_key text, summary text, body text, attachment_text text, document_type text, issuing_body text,
               field text, signer text, issue_date date, effective_date date, expiry_date date, published_at timestamptz)
           ), upserted AS (
             INSERT INTO portal_search_entries (commune_id, type, document_id, locale, slug, title, number_symbol, number_key, summary, body,
               attachment_text, document_type, issuing_body, field, signer, issue_date, effective_date, expiry_date, published_at, tsv, tsv_head, tsv_attachment, updated_at)
             SELECT commune_id, type, document_id, locale, slug, title, number_symbol, number_key, summary, body, attachment_text, document_type,
               issuing_body, field, signer, issue_date, effective_date, expiry_date, published_at,
               -- Slashes read as spaces (database/migrations/0014): 'tháng 8/2026' holds the word '8'.
               setweight(to_tsvector('vn', portal_search_text(number_symbol)), 'A') || setweight(to_tsvector('vn', portal_search_text(title)), 'A')
                 || setweight(to_tsvector('vn', portal_search_text(summary)), 'B') || setweight(to_tsvector('vn', portal_search_text(body)), 'C'),
               setweight(to_tsvector('vn', portal_search_text(number_symbol)), 'A') || setweight(to_tsvector('vn', portal_search_text(title)), 'A')
                 || setweight(to_tsvector('vn', portal_search_text(summary)), 'B'),
               setweight(to_tsvector('vn', portal_search_text(attachment_text)), 'D'),
               now()
             -- In key order: two writers re-indexing overlapping entries lock them in the same
             -- order, and cannot deadlock (their pairs of words are locked per commune, 0016).
             FROM input ORDER BY type, document_id, locale
             ON CONFLICT (type, document_id, locale) DO UPDATE SET commune_id = EXCLUDED.commune_id, slug = EXCLUDED.slug, title = EXCLUDED.title,
               number_symbol = EXCLUDED.number_symbol, number_key = EXCLUDED.number_key, summary = EXCLUDED.summary, body = EXCLUDED.body,
               attachment_text = EXCLUDED.attachment_text, document_type = EXCLUDED.document_type, issuing_body = EXCLUDED.issuing_body,
               field = EXCLUDED.field, signer = EXCLUDED.signer, issue_date = EXCLUDED.issue_date, effective_date = EXCLUDED.effective_date,
               expiry_date = EXCLUDED.expiry_date, published_at = EXCLUDED.published_at, tsv = EXCLUDED.tsv, tsv_head = EXCLUDED.tsv_head,
               tsv_attachment = EXCLUDED.tsv_attachment, updated_at = now()
             RETURNING commune_id, tsv, tsv_attachment
           ), new_words AS (
             INSERT INTO portal_search_words (commune_id, word)
             SELECT DISTINCT u.commune_id, w.word FROM upserted u, unnest(tsvector_to_array(u.tsv || u.tsv_attachment)) AS w(word)
             WHERE length(w.word) BETWEEN 2 AND 40
             ON CONFLICT DO NOTHING
             RETURNING commune_id, word
           )
           -- A new word's variants, for "did you mean" (the words database/migrations/0009 keeps them for).
           INSERT INTO portal_search_word_variants (commune_id, variant, word)
           SELECT n.commune_id, v.variant, n.word FROM new_words n, portal_search_variants(n.word, 2) AS v(variant)
           WHERE n.word ~ '^[a-z0-9]*[a-z][a-z0-9]*$' AND length(n.word) <= 16
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(batch)],
        );
      }
    },

    async remove(communeId: number, keys: EntryKey[]): Promise<void> {
      for (const key of keys) {
        const locale = key.locale === undefined ? [] : [key.locale];
        await sql(
          `DELETE FROM portal_search_entries WHERE commune_id = ? AND type = ? AND document_id = ?${locale.length > 0 ? ' AND locale = ?' : ''}`,
          [communeId, key.type, key.documentId, ...locale],
        );
      }
    },

    async clear(communeId?: number): Promise<void> {
      if (communeId === undefined) {
        await sql('TRUNCATE portal_search_entries, portal_search_words, portal_search_word_variants, portal_search_head_pairs', []);
        return;
      }
      // Its pairs of words go with its entries (database/migrations/0016's triggers).
      await sql('DELETE FROM portal_search_entries WHERE commune_id = ?', [communeId]);
      await sql('DELETE FROM portal_search_words WHERE commune_id = ?', [communeId]);
      await sql('DELETE FROM portal_search_word_variants WHERE commune_id = ?', [communeId]);
    },

    async settle(): Promise<void> {
      // The new keys into the GIN indexes proper (migration 0015), then the planner's statistics.
      await sql(
        `SELECT gin_clean_pending_list(c.oid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                 WHERE a.amname = 'gin' AND i.indrelid = 'portal_search_entries'::regclass`,
        [],
      );
      await sql('ANALYZE portal_search_entries, portal_search_words, portal_search_word_variants, portal_search_head_pairs', []);
    },
  };
}
