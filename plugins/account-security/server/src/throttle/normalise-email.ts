/**
 * The key an account is counted under: trimmed, lower-case, Unicode NFC. Strapi looks accounts up
 * by the lower-cased address; counting under a stricter form means " Ban@Xa.vn" and "ban@xa.vn"
 * share one counter, so spelling variants buy an attacker no extra attempts.
 */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}
