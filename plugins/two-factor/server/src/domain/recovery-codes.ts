/**
 * Recovery codes: for the day the phone is lost. Ten per user, each used once. A code is ten
 * characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as `xxxxx-xxxxx`:
 * 50 random bits, so a keyed SHA-256 is enough to store it (a slow hash guards low-entropy
 * passwords, not these), looked up by hash in one conditional UPDATE. Input is forgiving: case, spaces and dashes do not matter.
 */
import { createHmac, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 10;

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)] ?? '').join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The canonical form of what a person typed, or null if it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const compact = input.toLowerCase().replace(/[\s-]/g, '');
  if (compact.length !== LENGTH) return null;
  for (const char of compact) if (!ALPHABET.includes(char)) return null;
  return compact;
}

export function hashRecoveryCode(key: Buffer, normalised: string): string {
  return createHmac('sha256', key).update(normalised).digest('hex');
}
