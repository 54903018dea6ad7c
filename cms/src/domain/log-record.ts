/**
 * One production log line: a JSON object per line, for the log collector.
 *
 *   {"time":"2026-12-06T07:00:00.000Z","level":"http","message":"POST /admin/users (12 ms) 201",
 *    "requestId":"…","userId":3,"clientAddress":"203.0.113.7","method":"POST",
 *    "route":"/admin/users","url":"/admin/users","status":201,"durationMs":12}
 *
 * `time`, `level` and `message` are always there; the request log (src/middlewares/request-log.ts)
 * adds the request's fields; other lines (Strapi's own, our plugins') carry what they were given.
 * Only plain values are kept (strings, numbers, booleans, null) under names that say nothing
 * secret, and every string goes through redactText: a token quoted in an error message, a URL
 * with a registration token, an Authorization header value never reach the log. Headers and
 * bodies are never logged in the first place.
 *
 * Pure: a winston info object in, a string out.
 */
import { redactText } from './redact-url';

/** Field names never written, whatever their value (compared case-insensitively, without `_` and `-`). */
const SECRET_NAMES = /(password|secret|token|authorization|cookie|code|key|jwt|credential)/i;
const RESERVED = new Set(['time', 'level', 'message']);
/** An ANSI colour sequence (ESC [ … m), built from its code: a control character in a regex literal is a lint error. */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

type Plain = string | number | boolean | null;

function plain(value: unknown): Plain | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

export interface LogInfo {
  level: string;
  message?: unknown;
  timestamp?: unknown;
  stack?: unknown;
  [key: string]: unknown;
}

export function logRecord(info: LogInfo, now: Date = new Date()): string {
  const message =
    typeof info.message === 'string'
      ? info.message
      : info.message instanceof Error
        ? info.message.message
        : JSON.stringify(info.message ?? '');
  const record: Record<string, Plain> = {
    time: typeof info.timestamp === 'string' ? info.timestamp : now.toISOString(),
    // winston's colorize adds escape codes to the level; they do not belong in JSON.
    level: info.level.replace(ANSI_COLOUR, ''),
    message: redactText(message),
  };
  for (const [name, value] of Object.entries(info)) {
    if (RESERVED.has(name) || name === 'timestamp' || SECRET_NAMES.test(name.replace(/[-_]/g, ''))) continue;
    const kept = plain(value);
    if (kept !== undefined) record[name] = kept;
  }
  return JSON.stringify(record);
}
