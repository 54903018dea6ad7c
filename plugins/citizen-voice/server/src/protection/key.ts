import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * The key the form tokens and challenges are signed with, derived from the application's keys
 * (APP_KEYS, which production refuses to start without): no new secret to manage, and a
 * different key per installation.
 */
export function voiceKey(strapi: Core.Strapi): Buffer {
  const keys = strapi.config.get('server.app.keys') as unknown;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('[citizen-voice] APP_KEYS is not set');
  return createHmac('sha256', keys.join('|')).update('citizen-voice').digest();
}

/** Tracking codes: 10 characters without the ones people confuse (0/O, 1/I/L), about 50 bits. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;

export function newCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  return [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

/** A code as a citizen may type it: any case, with spaces or dashes. Null when it cannot be one. */
export function normaliseCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.replace(/[\s-]/g, '').toUpperCase();
  return code.length === CODE_LENGTH && [...code].every((char) => CODE_ALPHABET.includes(char)) ? code : null;
}

/** The same text typed twice (case, spacing and accents' encoding aside) has the same hash. */
export function bodyHash(body: string): Buffer {
  return createHash('sha256').update(body.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()).digest();
}

const HEX_KEY = /^[0-9a-f]{64}$/;

/** The site's keyed hash of an address (hex), as bytes; null when it is not one. */
export function clientKeyOf(value: unknown): Buffer | null {
  return typeof value === 'string' && HEX_KEY.test(value) ? Buffer.from(value, 'hex') : null;
}
