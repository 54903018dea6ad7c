/**
 * `tel:` and `mailto:` links from what editors typed in contact fields.
 *
 * Pure functions, no Nuxt auto-imports: Jest imports this module directly.
 */
import type { PhoneLink } from '../types/contact';

/** Separators between several numbers in one field: `0205 3831 426; 0912 486 203`, `… / …`, `… hoặc …`. */
const PHONE_SEPARATOR = /[,;]|\s+[/–-]\s+|\s+hoặc\s+/iu;
/** The dialable start of a number, before any note such as "(máy lẻ 12)". */
const DIALABLE = /^\+?[\d\s.()-]+/;

/**
 * `0205 3831 426; 113` → two numbers, each with its `tel:` link (`tel:02053831426`). A part
 * with fewer than three digits stays as text without a link.
 */
export function phoneLinks(raw: string | null | undefined): PhoneLink[] {
  if (!raw) return [];
  return raw
    .split(PHONE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((label): PhoneLink => {
      const dialable = DIALABLE.exec(label)?.[0] ?? '';
      const digits = dialable.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
      return { label, href: digits.replace('+', '').length >= 3 ? `tel:${digits}` : null };
    });
}

/** `mailto:` for something shaped like one e-mail address; null otherwise (shown as text). */
export function mailtoHref(email: string | null | undefined): string | null {
  const address = email?.trim();
  return address && /^[^\s@<>"(),;:?&%]+@[^\s@<>"(),;:?&%]+\.[^\s@<>"(),;:?&%]+$/.test(address) ? `mailto:${address}` : null;
}
