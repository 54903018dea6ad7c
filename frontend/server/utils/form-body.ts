/**
 * The body of a citizen's form (`application/x-www-form-urlencoded`, what a browser sends without
 * JavaScript), read with a size limit: the stream is cut off at the limit, so a huge body costs
 * the server nothing but the limit.
 */
import type { H3Event } from 'h3';
import { ERROR_TEXT } from '../../app/utils/error-text';

/** Far above what the longest form holds (4,000 characters of Vietnamese, URL-encoded, is ~36 KB at worst). */
export const FORM_BODY_LIMIT_BYTES = 64 * 1024;

// The texts error.vue shows (it shows only its own list of texts).
const FORM_TOO_LARGE_MESSAGE = ERROR_TEXT.formTooLarge;
const FORM_TYPE_MESSAGE = ERROR_TEXT.formNotUnderstood;

function refuse(statusCode: number, message: string): never {
  throw createError({ statusCode, statusMessage: statusCode === 413 ? 'Payload Too Large' : 'Unsupported Media Type', message });
}

export async function readFormBody(event: H3Event, limit: number = FORM_BODY_LIMIT_BYTES): Promise<URLSearchParams> {
  const type = (getRequestHeader(event, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') refuse(415, FORM_TYPE_MESSAGE);
  const declared = Number(getRequestHeader(event, 'content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) refuse(413, FORM_TOO_LARGE_MESSAGE);

  const body = await new Promise<Buffer | null>((resolve, reject) => {
    const request = event.node.req;
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      // Over the limit: stop keeping it, answer 413 and close the connection after the answer
      // (the rest of the upload is never read).
      request.off('data', onData);
      request.pause();
      resolve(null);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
  if (body === null) {
    setResponseHeader(event, 'connection', 'close');
    refuse(413, FORM_TOO_LARGE_MESSAGE);
  }
  return new URLSearchParams(body.toString('utf8'));
}
