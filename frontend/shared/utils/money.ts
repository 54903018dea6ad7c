/**
 * Amounts in đồng, held as decimal strings and summed as BigInt: a commune's yearly budget
 * (tens of billions) summed line by line must not lose a đồng to floating point.
 */

/** `'1234567000'` → `'1.234.567.000'`; `''` for a missing or malformed amount. */
export function formatAmount(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || !/^-?\d+$/.test(amount)) return '';
  const negative = amount.startsWith('-');
  const digits = (negative ? amount.slice(1) : amount).replace(/^0+(?=\d)/, '');
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** The amount as Strapi gives a biginteger (string or number), as a plain decimal string. */
export function toAmount(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return BigInt(value.trim()).toString();
  return null;
}

/** The sum of the known amounts; null when none is known. */
export function sumAmounts(amounts: readonly (string | null)[]): string | null {
  const known = amounts.filter((amount): amount is string => amount !== null);
  return known.length === 0 ? null : known.reduce((sum, amount) => sum + BigInt(amount), 0n).toString();
}

/** actual / planned × 100 with one decimal, or null when it means nothing (no plan, plan 0). */
export function percentOf(actual: string | null, planned: string | null): number | null {
  if (actual === null || planned === null) return null;
  const plan = BigInt(planned);
  if (plan <= 0n) return null;
  // Tenths of a per cent, rounded half up, in integers.
  const tenths = (BigInt(actual) * 2000n + plan) / (plan * 2n);
  return Number(tenths) / 10;
}

const percentFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `85.3` → `85,3%`. */
export function formatPercent(value: number | null): string {
  return value === null ? '' : `${percentFormat.format(value)}%`;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** `12345.5` → `12.345,5`. */
export function formatNumber(value: number | null): string {
  return value === null ? '' : numberFormat.format(value);
}
