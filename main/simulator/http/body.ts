// Reading and decoding request parameters: GET query strings, POST JSON or form bodies
// (PROTOCOL.md "Request conventions"), with a hard cap on the body size (40014).
import type { IncomingMessage } from 'node:http';
import { SimApiError } from '../core/errors';
import { texts } from './reply';

export const MAX_BODY_BYTES = 1024 * 1024;
const DRAIN_FACTOR = 16;

export type RawParams = Record<string, unknown>;

/** The request body, or 40014 once it passes `limit` bytes; the rest is discarded unread. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const refuse = (): void => {
      done = true;
      chunks.length = 0;
      reject(tooLarge());
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained unbuffered so the 40014 answer reaches the client;
      // a sender that keeps going far beyond it loses the connection instead.
      if (size > limit * DRAIN_FACTOR) req.destroy();
      if (done) return;
      if (size > limit) refuse();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) refuse();
  });
}

function tooLarge(): SimApiError {
  return new SimApiError(40014, texts.tooLarge);
}

/** Query string → params; a repeated key becomes an array. */
export function queryParams(search: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/** A POST body → params: JSON by default, form-encoded when the content type says so. */
export function bodyParams(contentType: string | undefined, body: Buffer): RawParams {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = body.toString('utf8');
  if (type === 'application/x-www-form-urlencoded') return queryParams(new URLSearchParams(text));
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SimApiError(40000, texts.badJson);
  }
  if (!isRecord(parsed)) throw new SimApiError(40000, texts.badBody);
  return parsed;
}

export function isRecord(value: unknown): value is RawParams {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
