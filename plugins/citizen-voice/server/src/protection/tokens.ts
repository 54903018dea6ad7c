/**
 * Signed tokens the public forms carry, so that the server keeps no state per form shown:
 * - the form token: when the form was rendered, for the minimum fill time;
 * - the challenge: a small sum in words, answered with a number, for addresses (or a commune)
 *   refused too often. The sum is not in the token: the answer is checked by recomputing the
 *   signature with it. Both are bound to the commune (and the challenge to the address key), so
 *   a token from one commune's form is worthless on another's. Pure: key and clock are passed in.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { FORM_TOKEN_HOURS, MIN_FILL_SECONDS } from '../../../shared';

const sign = (key: Buffer, text: string): string => createHmac('sha256', key).update(text).digest('base64url');

const sameSignature = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export function issueFormToken(key: Buffer, communeId: number, now: number): string {
  return `${now}.${sign(key, `form:${communeId}:${now}`)}`;
}

export type FormTokenCheck = 'ok' | 'invalid' | 'too-fast' | 'expired';

export function checkFormToken(key: Buffer, communeId: number, token: unknown, now: number): FormTokenCheck {
  if (typeof token !== 'string' || token.length > 100) return 'invalid';
  const [issued, signature, ...rest] = token.split('.');
  const issuedAt = Number(issued);
  if (rest.length > 0 || !signature || !Number.isSafeInteger(issuedAt)) return 'invalid';
  if (!sameSignature(signature, sign(key, `form:${communeId}:${issuedAt}`))) return 'invalid';
  if (now - issuedAt < MIN_FILL_SECONDS * 1000) return 'too-fast';
  if (now - issuedAt > FORM_TOKEN_HOURS * 3600_000) return 'expired';
  return 'ok';
}

const NUMBER_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const CHALLENGE_MINUTES = 15;

export interface IssuedChallenge {
  question: string;
  token: string;
}

/** A sum of two numbers from 2 to 9, written in words ("bảy cộng năm"), good for 15 minutes. */
export function issueChallenge(key: Buffer, communeId: number, client: string, now: number): IssuedChallenge {
  const bytes = randomBytes(10);
  const a = 2 + ((bytes[0] ?? 0) % 8);
  const b = 2 + ((bytes[1] ?? 0) % 8);
  const id = bytes.subarray(2).toString('base64url');
  const expires = now + CHALLENGE_MINUTES * 60_000;
  return {
    question: `Để chống gửi tự động, xin trả lời: ${NUMBER_WORDS[a]} cộng ${NUMBER_WORDS[b]} bằng bao nhiêu? (nhập bằng chữ số)`,
    token: `${id}.${expires}.${sign(key, `challenge:${communeId}:${client}:${id}:${expires}:${a + b}`)}`,
  };
}

export type ChallengeCheck = { ok: true; id: string } | { ok: false };

/** Whether the answer is right for this token, commune and address; the caller spends the id once. */
export function checkChallenge(
  key: Buffer,
  communeId: number,
  client: string,
  token: unknown,
  answer: unknown,
  now: number,
): ChallengeCheck {
  if (typeof token !== 'string' || token.length > 120 || typeof answer !== 'string') return { ok: false };
  const [id, expiresText, signature, ...rest] = token.split('.');
  const expires = Number(expiresText);
  const value = answer.trim();
  if (rest.length > 0 || !id || !signature || !Number.isSafeInteger(expires) || expires < now || !/^\d{1,2}$/.test(value))
    return { ok: false };
  const expected = sign(key, `challenge:${communeId}:${client}:${id}:${expires}:${Number(value)}`);
  return sameSignature(signature, expected) ? { ok: true, id } : { ok: false };
}
