/**
 * A local SMTP server (the `smtp-server` package) that keeps every message it receives, for tests
 * that check which e-mails the platform sends. Plain SMTP on 127.0.0.1, no TLS, no login: only
 * the test's own Strapi talks to it.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO), lower-case. */
  to: string[];
  from: string;
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  /** The text/html part, decoded ('' when absent). */
  html: string;
}

export interface Mailbox {
  port: number;
  /** Every message received so far, in arrival order. */
  readonly received: readonly ReceivedMail[];
  /**
   * Waits until `count` new messages have arrived since the last call (then a short quiet period,
   * so that an extra message is caught too) and returns all the new ones.
   */
  next(count: number, options?: { timeoutMs?: number; quietMs?: number }): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1') // whitespace between encoded words is not text
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_match, _charset: string, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(data: string): string {
  const bytes: number[] = [];
  const source = data.replace(/=\r?\n/g, '');
  for (let index = 0; index < source.length; index++) {
    const character = source[index] ?? '';
    const hex = source.slice(index + 1, index + 3);
    if (character === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(character, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const separator = raw.search(/\r?\n\r?\n/);
  const head = separator === -1 ? raw : raw.slice(0, separator);
  const body = separator === -1 ? '' : raw.slice(separator).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  return part.body;
}

/** The text and html parts of a message (single part, or one level of multipart). */
function bodies(message: Part): { text: string; html: string } {
  const type = message.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts = boundary
    ? message.body
        .split(`--${boundary}`)
        .slice(1)
        .filter((chunk) => !chunk.startsWith('--'))
        .map((chunk) => splitPart(chunk.replace(/^\r?\n/, '')))
    : [message];
  const find = (mime: string): string => {
    const part = parts.find((candidate) => (candidate.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(mime));
    return part ? decodeBody(part).replace(/\r\n/g, '\n').replace(/\n+$/, '') : '';
  };
  return { text: find('text/plain'), html: find('text/html') };
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  let taken = 0;
  let closing: Promise<void> | undefined;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    // Without STARTTLS on offer, nodemailer sends in plain text instead of trying a self-signed certificate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const message = splitPart(Buffer.concat(chunks).toString('utf8'));
        const from = session.envelope.mailFrom;
        received.push({
          to: session.envelope.rcptTo.map((address) => address.address.toLowerCase()),
          from: from ? from.address : '',
          subject: decodeHeader(message.headers.get('subject') ?? ''),
          ...bodies(message),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    received,
    async next(count, { timeoutMs = 15_000, quietMs = 700 } = {}) {
      const deadline = Date.now() + timeoutMs;
      while (received.length - taken < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      const fresh = received.slice(taken);
      taken = received.length;
      return fresh;
    },
    close() {
      closing ??= new Promise<void>((resolve) => server.close(() => resolve()));
      return closing;
    },
  };
}
