// What a client may send: PING and RESUME as uncompressed text JSON (GATEWAY.md §2, §3).
// Anything else (binary, non-JSON, wrong shapes) is garbage: ignored and counted, never thrown.
import type { RawData } from 'ws';
import { Signal } from '../../../shared/kook';

export type ClientFrame = { s: typeof Signal.Ping; sn: number | undefined } | { s: typeof Signal.Resume; sn: number };

/** A PING is a few bytes; anything much larger is not one. */
const MAX_CLIENT_FRAME_CHARS = 4096;

export function parseClientFrame(data: RawData, isBinary: boolean): ClientFrame | null {
  if (isBinary) return null;
  const text = rawText(data);
  if (text.length > MAX_CLIENT_FRAME_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('s' in value)) return null;
  const sn = 'sn' in value ? value.sn : undefined;
  if (sn !== undefined && !isSn(sn)) return null;
  // The PING sn is required by the docs; a PING without one still gets its PONG but re-sends nothing.
  if (value.s === Signal.Ping) return { s: Signal.Ping, sn };
  if (value.s === Signal.Resume && sn !== undefined) return { s: Signal.Resume, sn };
  return null;
}

export function isSn(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
