/**
 * What a citizen's query means beyond its words, shared by both engines: a document named by its
 * type and number ("quyet dinh 312", "qđ 312", "thong tu 22"), a number alone ("120", a procedure
 * code without its dots "1001193"), and which words carry little meaning (Vietnamese function
 * words: "cho", "của", "về"…), so that they never decide what is found. Pure functions.
 */

/**
 * Document types as citizens name them (folded words) and the abbreviation the type carries in
 * a number and symbol ('312/QĐ-UBND' → 'qd'). Công văn carries none: its symbol names the office.
 */
export const DOCUMENT_TYPES: ReadonlyArray<{ words: readonly string[]; abbreviation: string | null; typeName: string }> = [
  { words: ['quyet', 'dinh'], abbreviation: 'qd', typeName: 'quyet dinh' },
  { words: ['ke', 'hoach'], abbreviation: 'kh', typeName: 'ke hoach' },
  { words: ['thong', 'bao'], abbreviation: 'tb', typeName: 'thong bao' },
  { words: ['cong', 'van'], abbreviation: null, typeName: 'cong van' },
  { words: ['nghi', 'quyet'], abbreviation: 'nq', typeName: 'nghi quyet' },
  { words: ['thong', 'tu'], abbreviation: 'tt', typeName: 'thong tu' },
  { words: ['nghi', 'dinh'], abbreviation: 'nd', typeName: 'nghi dinh' },
  { words: ['bao', 'cao'], abbreviation: 'bc', typeName: 'bao cao' },
  { words: ['to', 'trinh'], abbreviation: 'ttr', typeName: 'to trinh' },
  { words: ['chi', 'thi'], abbreviation: 'ct', typeName: 'chi thi' },
  { words: ['huong', 'dan'], abbreviation: 'hd', typeName: 'huong dan' },
  { words: ['cong', 'dien'], abbreviation: 'cd', typeName: 'cong dien' },
  { words: ['giay', 'moi'], abbreviation: 'gm', typeName: 'giay moi' },
];

/** Abbreviations citizens type for a type (only read as a type next to a number: 'tt' alone is a word). */
const ABBREVIATIONS: Readonly<Record<string, { abbreviation: string | null; typeName: string }>> = {
  ...Object.fromEntries(
    DOCUMENT_TYPES.filter((type) => type.abbreviation !== null).map((type) => [
      type.abbreviation,
      { abbreviation: type.abbreviation, typeName: type.typeName },
    ]),
  ),
  cv: { abbreviation: null, typeName: 'cong van' },
};

/**
 * Words that carry little meaning on their own in a Vietnamese query: they count for little in
 * the ranking and are never needed to find an item when other words are there.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'cho',
  'cua',
  've',
  'va',
  'cac',
  'nhung',
  'la',
  'duoc',
  'trong',
  'voi',
  'nay',
  'theo',
  'mot',
  'thi',
  'nhu',
  'khi',
  'boi',
  'neu',
  'hay',
  'hoac',
  'muon',
  'nao',
  'gi',
  'sao',
  'xin',
  'nhe',
  'o',
]);

/**
 * Below this many items holding every word, both engines find the items holding most of them
 * (after those) and try typos of words the commune knows.
 */
export const RELAX_BELOW = 5;

/** How much a stop word counts against a word that carries meaning (which counts 1). */
export const STOP_WORD_WEIGHT = 0.15;

/** The number part a number and symbol is found by: its first number, leading zeros dropped; a dotted code's digits. */
export function numberHead(numberSymbol: string): string | null {
  const folded = numberSymbol.trim().toLowerCase();
  const dotted = /^[0-9]+(\.[0-9]+)+$/.exec(folded);
  const digits = dotted ? folded.replaceAll('.', '') : /^([0-9]+)(?:[^0-9]|$)/.exec(folded)?.[1];
  if (!digits) return null;
  return digits.replace(/^0+(?=[0-9])/, '');
}

/** The parts of a folded number and symbol ('22/2023/tt-btttt' → ['22', '2023', 'tt', 'btttt']): what its type is read from. */
export function symbolParts(numberKey: string): string[] {
  return numberKey.split(/[^a-z0-9]+/).filter(Boolean);
}

export interface NumberIntent {
  /** The number as numberHead gives it. */
  head: string;
  /** The type's abbreviation in a symbol ('qd'), when a type was named and has one. */
  abbreviation: string | null;
  /** The type's folded name ('quyet dinh'), when named: matched against the document's type too. */
  typeName: string | null;
}

export interface QueryIntent {
  /** A document or procedure named by its number (with its type), or null. */
  number: NumberIntent | null;
  /** Each word's weight in a partial match: 1, STOP_WORD_WEIGHT for stop words and the type words of a number. */
  weights: number[];
}

const isNumber = (word: string): boolean => /^[0-9]+$/.test(word);

/**
 * What a query means, from its folded words: a type followed by a number (or the number followed
 * by the type's abbreviation), or the query being one number (with an optional type), is a number
 * intent. A number among other words without a type ("thang 8") is a word like the others.
 */
export function queryIntent(words: readonly string[]): QueryIntent {
  const weights = words.map((word) => (STOP_WORDS.has(word) ? STOP_WORD_WEIGHT : 1));
  const numbers = words.flatMap((word, index) => (isNumber(word) ? [index] : []));
  let intent: NumberIntent | null = null;
  const typeAt = (index: number): { length: number; abbreviation: string | null; typeName: string | null } | null => {
    for (const type of DOCUMENT_TYPES) {
      if (type.words.every((part, offset) => words[index + offset] === part))
        return { length: type.words.length, abbreviation: type.abbreviation, typeName: type.typeName };
    }
    const abbreviated = ABBREVIATIONS[words[index] ?? ''];
    return abbreviated ? { length: 1, ...abbreviated } : null;
  };
  for (const index of numbers) {
    // The type just before the number ("quyet dinh 312", "qd 312", "nghi dinh so 42"), or just after it ("312 qd").
    const before = [index - 2, index - 1, index - 3].find((start) => {
      if (start < 0) return false;
      const type = typeAt(start);
      if (!type) return false;
      const end = start + type.length;
      return end === index || (end === index - 1 && words[end] === 'so');
    });
    const type = before !== undefined ? typeAt(before) : typeAt(index + 1);
    if (type) {
      const start = before ?? index + 1;
      for (let offset = 0; offset < type.length; offset += 1) weights[start + offset] = STOP_WORD_WEIGHT;
      intent = {
        head: numberHead(words[index] as string) ?? (words[index] as string),
        abbreviation: type.abbreviation,
        typeName: type.typeName,
      };
      break;
    }
  }
  if (intent === null && words.length === 1 && numbers.length === 1)
    intent = { head: numberHead(words[0] as string) ?? (words[0] as string), abbreviation: null, typeName: null };
  return { number: intent, weights };
}
