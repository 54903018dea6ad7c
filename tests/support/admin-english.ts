/**
 * Finds English on an admin screen: every text a sighted user sees or a screen reader reads (text
 * nodes of rendered elements, visually hidden ones included; aria-label, title, placeholder and
 * alt of rendered elements; the tab's title), judged against a word list built from Strapi's own
 * English admin strings. The e2e walks call `englishOn(page)` on every screen and expect nothing.
 *
 * How a text is judged (`looksEnglish`): its words are cut out (e-mail addresses, web addresses,
 * file names and numbers removed first). A word counts as English when Strapi's English strings use
 * it and no Vietnamese string does (Vietnamese written without diacritics — "tin", "can", "in" —
 * and the loanwords we keep, like "email" or "video", are in the Vietnamese strings). A text is
 * English when at least half of its words are English ("Add more assets", "17 entries found",
 * "max. 255 characters"), or when it holds a long English word among Vietnamese ones ("Tải 2
 * assets lên"): Vietnamese syllables written without diacritics are short. "Strapi" is reported
 * wherever it is: the admin carries the product's name.
 */
import type { Page } from 'playwright-core';
import { adminPackages, ourMessages, strapiMessages } from '../../scripts/lib/admin-translations';
import { repoRoot } from '../../database/paths';

export interface Dictionary {
  /** Lower-case ASCII words Strapi's English strings use and no Vietnamese string does. */
  english: ReadonlySet<string>;
}

/** A text found on the page and where it was. */
export interface SeenText {
  text: string;
  /** e.g. `button "aria-label"` or `span` — enough to find it in the screenshot. */
  where: string;
}

/** ASCII Vietnamese syllables that also spell English words, in case no translation uses them. */
const VIETNAMESE_ASCII = [
  'an',
  'ban',
  'bay',
  'can',
  'cho',
  'con',
  'do',
  'hang',
  'hay',
  'in',
  'la',
  'lan',
  'long',
  'mai',
  'man',
  'may',
  'me',
  'nam',
  'no',
  'sang',
  'so',
  'tin',
  'to',
  'xem',
];
/** Brand names the product replaces by its own: reported wherever they appear. */
const BRANDS = ['strapi'];
/** Names of products and formats that stay as they are in Vietnamese text. */
const NAMES = ['api', 'csv', 'excel', 'gif', 'jpeg', 'jpg', 'json', 'ok', 'pdf', 'png', 'rss', 'svg', 'url', 'webp', 'zalo'];

const WORD = /\p{L}+/gu;
const ASCII_WORD = /^[a-z]+$/;
/** Texts that hold no words of a language: e-mails, web addresses, file names, ICU placeholders. */
const NOT_WORDS = [/\S+@\S+\.\S+/g, /\bhttps?:\/\/\S+/g, /\b[\w-]+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|csv|zip)\b/gi, /\{[^{}]*\}/g];

function wordsOf(text: string): string[] {
  let cleaned = text;
  for (const pattern of NOT_WORDS) cleaned = cleaned.replace(pattern, ' ');
  return (cleaned.match(WORD) ?? []).map((word) => word.toLowerCase());
}

/** Builds the word list from English and Vietnamese strings (see the module comment). */
export function buildDictionary(englishTexts: Iterable<string>, vietnameseTexts: Iterable<string>): Dictionary {
  const vietnamese = new Set<string>([...VIETNAMESE_ASCII, ...NAMES]);
  for (const text of vietnameseTexts) for (const word of wordsOf(text)) vietnamese.add(word);
  const english = new Set<string>();
  for (const text of englishTexts) {
    for (const word of wordsOf(text)) if (word.length >= 2 && ASCII_WORD.test(word) && !vietnamese.has(word)) english.add(word);
  }
  return { english };
}

/** True when the text reads as English (see the module comment). */
export function looksEnglish(text: string, dictionary: Dictionary): boolean {
  const words = wordsOf(text);
  if (words.length === 0) return false;
  if (words.some((word) => BRANDS.includes(word))) return true;
  const english = words.filter((word) => dictionary.english.has(word));
  if (english.length === 0) return false;
  return english.length * 2 >= words.length || english.some((word) => word.length >= 5);
}

/** The texts that read as English, each once, with where they were seen. */
export function findEnglish(seen: readonly SeenText[], dictionary: Dictionary): string[] {
  const found = new Set<string>();
  for (const { text, where } of seen) if (looksEnglish(text, dictionary)) found.add(`${where}: ${text}`);
  return [...found];
}

let strapiDictionary: Dictionary | undefined;

/**
 * The word list from the admin's real strings: Strapi's English files against Strapi's Vietnamese
 * files and ours. A Vietnamese string identical to its English one is not Vietnamese.
 */
export function adminDictionary(): Dictionary {
  if (strapiDictionary) return strapiDictionary;
  const english: string[] = [];
  const vietnamese: string[] = [];
  for (const pkg of adminPackages()) {
    const en = strapiMessages(pkg, 'en');
    english.push(...Object.values(en));
    const vi = { ...strapiMessages(pkg, 'vi'), ...ourMessages(repoRoot, pkg.file) };
    vietnamese.push(
      ...Object.entries(vi)
        .filter(([key, text]) => text !== en[key])
        .map(([, text]) => text),
    );
  }
  strapiDictionary = buildDictionary(english, vietnamese);
  return strapiDictionary;
}

/** Every text of the page a user sees or a screen reader reads (see the module comment). */
export async function visibleTexts(page: Page): Promise<SeenText[]> {
  return page.evaluate(() => {
    const seen: Array<{ text: string; where: string }> = [];
    // Rendered, even if clipped to 1 px for screen readers; not display:none / visibility:hidden.
    const rendered = (element: Element): boolean => element.checkVisibility({ visibilityProperty: true });
    const describe = (element: Element): string => {
      const role = element.getAttribute('role');
      return `${element.tagName.toLowerCase()}${role ? `[role=${role}]` : ''}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName) || !rendered(parent)) continue;
      seen.push({ text, where: describe(parent) });
    }
    for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      if (!rendered(element)) continue;
      for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) seen.push({ text: value, where: `${describe(element)} ${attribute}` });
      }
    }
    seen.push({ text: document.title, where: 'title' });
    return seen;
  });
}

/** The English texts on the page now (empty when it is all Vietnamese). */
export async function englishOn(page: Page): Promise<string[]> {
  return findEnglish(await visibleTexts(page), adminDictionary());
}
