/**
 * The passage shown under a search hit, cut and marked in the CMS rather than by PostgreSQL's
 * ts_headline: ts_headline parses the whole text through the unaccent dictionary for every hit,
 * a large share of a search's time, where folding the text through a table costs little.
 * Same shape as before: up to two fragments of at most 35 words around the query's words, joined
 * by " … ", every occurrence of a query word inside them marked; the first 15 words when none occurs.
 */
import { MARK_END, MARK_START } from './query-text';

const MAX_WORDS = 35;
const MIN_WORDS = 15;
const MAX_FRAGMENTS = 2;
const FRAGMENT_DELIMITER = ' … ';

const SPACE = 0x20;
/** Stands, in the folded text, for a combining accent: part of the word before it, then dropped. */
const ACCENT = 0x01;
/** Characters up to the end of Latin Extended Additional (U+1EFF), where Vietnamese letters are. */
const FOLDED_RANGE = 0x1f00;

/**
 * Each UTF-16 unit folded to one byte (so that a word's position in the text is its position once
 * folded): a letter or digit to its unaccented lower-case ASCII form ('Ế' → 'e', 'đ' → 'd'), a
 * combining accent to ACCENT, anything else to a space (it cannot be part of a query word, which
 * queryWords keeps to a-z and 0-9).
 */
const FOLD = Uint8Array.from({ length: FOLDED_RANGE }, (_, code) => {
  if (code >= 0x300 && code <= 0x36f) return ACCENT;
  const folded = String.fromCharCode(code)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  return /^[a-z0-9]$/.test(folded) ? folded.charCodeAt(0) : SPACE;
});

const isWordByte = (byte: number): boolean => (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39);

/**
 * The words of a text as queryWords splits a query: where each is, and which query word it is
 * (an index into the query's words, -1 for none). Kept in arrays reused from one text to the
 * next: a page of hits cuts ten snippets from thousands of words, and allocating for each word
 * made the garbage collector a large part of a search's time in the CMS.
 */
interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  query: Int32Array;
  /** Indexes of the words that are query words, in order. */
  hits: number[];
}

const shared: Words = { count: 0, starts: new Int32Array(1024), ends: new Int32Array(1024), query: new Int32Array(1024), hits: [] };
let foldedText = new Uint8Array(4096);

function wordsOf(text: string, queryWords: readonly string[]): Words {
  const length = text.length;
  if (foldedText.length < length) foldedText = new Uint8Array(Math.max(length, foldedText.length * 2));
  // A local binding: the loops below read it for every character.
  const folded = foldedText;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    folded[index] = code < FOLDED_RANGE ? (FOLD[code] as number) : SPACE;
  }
  // Compared byte by byte, without making a string of every word of the text (nor any other
  // object: this runs for every word of ten passages at every search).
  const targets = queryWords.map((word) => Uint8Array.from(word, (char) => char.charCodeAt(0)));
  const matching = (start: number, letters: number): number => {
    for (let index = 0; index < targets.length; index += 1) {
      const codes = targets[index] as Uint8Array;
      if (codes.length !== letters) continue;
      let at = start;
      let same = true;
      for (let letter = 0; letter < letters; letter += 1) {
        while (folded[at] === ACCENT) at += 1;
        if (folded[at] !== codes[letter]) {
          same = false;
          break;
        }
        at += 1;
      }
      if (same) return index;
    }
    return -1;
  };
  const words = shared;
  words.count = 0;
  words.hits = [];
  for (let at = 0; at < length; ) {
    if (!isWordByte(folded[at] as number)) {
      at += 1;
      continue;
    }
    const start = at;
    let accents = 0;
    for (at += 1; at < length; at += 1) {
      const byte = folded[at] as number;
      if (byte === ACCENT) accents += 1;
      else if (!isWordByte(byte)) break;
    }
    if (words.count === words.starts.length) {
      const grown = words.count * 2;
      for (const key of ['starts', 'ends', 'query'] as const) {
        const larger = new Int32Array(grown);
        larger.set(words[key]);
        words[key] = larger;
      }
    }
    const query = matching(start, at - start - accents);
    if (query >= 0) words.hits.push(words.count);
    words.starts[words.count] = start;
    words.ends[words.count] = at;
    words.query[words.count] = query;
    words.count += 1;
  }
  return words;
}

/**
 * The shortest runs of words holding every query word the text holds (one for each last word, by
 * a sliding window over the occurrences): the passages where the query's words stand together.
 */
function covers(words: Words): Array<[number, number]> {
  const need = new Set(words.hits.map((index) => words.query[index])).size;
  const found: Array<[number, number]> = [];
  const counts = new Map<number, number>();
  let left = 0;
  for (const right of words.hits) {
    const added = words.query[right] as number;
    counts.set(added, (counts.get(added) ?? 0) + 1);
    while (counts.size === need) {
      const first = words.hits[left] as number;
      const dropped = words.query[first] as number;
      const count = counts.get(dropped) as number;
      if (count === 1) {
        found.push([first, right]);
        counts.delete(dropped);
      } else counts.set(dropped, count - 1);
      left += 1;
    }
  }
  return found;
}

/**
 * The snippet of `text` for the query's words (folded, as queryWords gives them), with
 * MARK_START/MARK_END around the matched words; renderSnippet turns it into safe HTML.
 */
export function snippetOf(text: string, queryWords: readonly string[]): string {
  const words = wordsOf(text, [...new Set(queryWords)]);
  const { count } = words;
  if (count === 0) return '';
  const fragments: Array<[number, number]> = [];
  // Shortest covers first, then the earliest; each stretched to MAX_WORDS around itself. Then,
  // for a second fragment, any other place where a query word occurs.
  const candidates = covers(words).sort((a, b) => a[1] - a[0] - (b[1] - b[0]) || a[0] - b[0]);
  for (const index of words.hits) candidates.push([index, index]);
  for (const [coverStart, coverEnd] of candidates) {
    if (fragments.length === MAX_FRAGMENTS) break;
    if (fragments.some(([start, end]) => coverStart <= end && coverEnd >= start)) continue;
    const spare = MAX_WORDS - (coverEnd - coverStart + 1);
    let start = spare > 0 ? coverStart - Math.floor(spare / 2) : coverStart;
    let end = spare > 0 ? coverEnd + Math.ceil(spare / 2) : coverStart + MAX_WORDS - 1;
    // Slide inside the text (and off a fragment already chosen), keeping the length when possible.
    let before = 0;
    let after = count - 1;
    for (const [fragmentStart, fragmentEnd] of fragments) {
      if (fragmentEnd < coverStart) before = Math.max(before, fragmentEnd + 1);
      else after = Math.min(after, fragmentStart - 1);
    }
    if (start < before) {
      end = Math.min(after, end + (before - start));
      start = before;
    }
    if (end > after) {
      start = Math.max(before, start - (end - after));
      end = after;
    }
    fragments.push([start, end]);
  }
  if (fragments.length === 0) fragments.push([0, Math.min(count, MIN_WORDS) - 1]);
  fragments.sort((a, b) => a[0] - b[0]);
  return fragments
    .map(([start, end]) => {
      let out = '';
      let at = words.starts[start] as number;
      for (let index = start; index <= end; index += 1) {
        if ((words.query[index] as number) < 0) continue;
        const wordStart = words.starts[index] as number;
        const wordEnd = words.ends[index] as number;
        out += `${text.slice(at, wordStart)}${MARK_START}${text.slice(wordStart, wordEnd)}${MARK_END}`;
        at = wordEnd;
      }
      return out + text.slice(at, words.ends[end] as number);
    })
    .join(FRAGMENT_DELIMITER);
}
