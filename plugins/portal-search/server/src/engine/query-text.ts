/**
 * Turning what a citizen typed into something an engine can match, and a matched passage back
 * into safe HTML. Pure functions, shared by both engines.
 */
import { foldVietnamese } from '../../../shared';

/** The words of a query, folded ('Quyết định' → ['quyet', 'dinh']); at most 12, punctuation dropped. */
export function queryWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .slice(0, 12);
}

/** A PostgreSQL tsquery requiring every word; the words are [a-z0-9]+ only, so nothing can inject operators. */
export function allWordsQuery(words: string[]): string {
  return words
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .join(' & ');
}

/** Markers the engine puts around matched words; control characters, so they never occur in content. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes everything, then turns the markers into <mark> elements: the only HTML a snippet carries. */
export function renderSnippet(raw: string): string {
  return raw
    .replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
    .replaceAll(MARK_START, '<mark>')
    .replaceAll(MARK_END, '</mark>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plain text of Strapi "blocks" rich text (paragraphs, headings, lists, quotes). */
export function blocksToText(blocks: unknown): string {
  const parts: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as { type?: unknown; text?: unknown; children?: unknown };
    if (typeof record.text === 'string') parts.push(record.text);
    if (Array.isArray(record.children)) {
      visit(record.children);
      if (record.type !== 'text' && record.type !== 'link') parts.push('\n');
    }
  };
  visit(blocks);
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*/g, '\n')
    .trim();
}

/**
 * How many typos a word may be corrected for: one below five letters, two from five. (The
 * PostgreSQL engine's word variants, database/migrations/0009, are cut to the same rule.)
 */
export function typoLimit(word: string): number {
  return word.length >= 5 ? 2 : 1;
}

/**
 * The word with at most `deletions` letters deleted, itself included, as
 * database/migrations/0009's portal_search_variants makes them at index time: two deletions only
 * from words of five letters or more. Two words are within `deletions` typos of each other only if
 * they share such a variant (a swap of neighbours deletes the same letter from both).
 */
export function wordVariants(word: string, deletions: number): string[] {
  const variants = new Set([word]);
  if (deletions >= 1 && word.length >= 2) {
    for (let i = 0; i < word.length; i += 1) variants.add(word.slice(0, i) + word.slice(i + 1));
  }
  if (deletions >= 2 && word.length >= 5) {
    for (let i = 0; i < word.length; i += 1) {
      for (let j = i + 1; j < word.length; j += 1) variants.add(word.slice(0, i) + word.slice(i + 1, j) + word.slice(j + 1));
    }
  }
  return [...variants];
}

let distanceRows = new Int32Array(96);

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string
 * alignment): the commonest typo, 'dihn' for 'dinh', is one edit away, not two.
 */
export function typoDistance(a: string, b: string): number {
  // Three rows of the table (two back, one back, this one), reused: this runs for every near word
  // of every query word at every search that corrects one.
  const cols = b.length + 1;
  if (distanceRows.length < 3 * cols) distanceRows = new Int32Array(3 * cols * 2);
  const rows = distanceRows;
  let twoBack = 0;
  let oneBack = cols;
  let current = 2 * cols;
  for (let j = 0; j < cols; j += 1) rows[oneBack + j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    rows[current] = i;
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[oneBack + j] as number) + 1,
        (rows[current + j - 1] as number) + 1,
        (rows[oneBack + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[twoBack + j - 2] as number) + 1);
      rows[current + j] = best;
    }
    const reused = twoBack;
    twoBack = oneBack;
    oneBack = current;
    current = reused;
  }
  return rows[oneBack + b.length] as number;
}
