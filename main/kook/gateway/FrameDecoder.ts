// Hot path: bytes → one checked frame envelope. GATEWAY.md §2 (frame format), §3 (compression, decided per frame),
// ARCHITECTURE.md "Ingest" (only the envelope is validated here; payload schemas belong to consumers).
import { inflateSync } from 'node:zlib';
import type { EventData } from '../../../shared/kook';

export type DecodedFrame =
  | { s: 0; sn: number; d: EventData }
  | { s: 1; code: number; sessionId: string | null }
  | { s: 3 }
  | { s: 5; code: number | null; err: string | null }
  | { s: 6; sessionId: string | null }
  /** s=2 / s=4 are client→server signals; a server sending them is tolerated and ignored. */
  | { s: 2 | 4 };

export type MalformedReason = 'inflate-failed' | 'invalid-json' | 'not-an-object' | 'bad-signal' | 'bad-sn' | 'bad-data' | 'bad-type' | 'bad-extra-type';

export interface FrameSize {
  bytes: number;
  compressedBytes?: number;
}

export type DecodeResult =
  | ({ ok: true; frame: DecodedFrame } & FrameSize)
  | ({ ok: false; reason: MalformedReason; detail: string; signal: number } & FrameSize);

const SYSTEM_TYPE = 255;

export class FrameDecoder {
  /** Never throws: every failure is a typed result the caller counts and reports. */
  decode(data: string | Uint8Array): DecodeResult {
    let text: string;
    let size: FrameSize;
    if (typeof data === 'string') {
      text = data;
      size = { bytes: Buffer.byteLength(data) };
    } else {
      let inflated: Buffer;
      try {
        inflated = inflateSync(data);
      } catch (err) {
        return { ok: false, reason: 'inflate-failed', detail: describe(err), signal: -1, bytes: 0, compressedBytes: data.byteLength };
      }
      text = inflated.toString('utf8');
      size = { bytes: inflated.byteLength, compressedBytes: data.byteLength };
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      return { ok: false, reason: 'invalid-json', detail: describe(err), signal: -1, ...size };
    }
    return checkEnvelope(parsed, size);
  }
}

function checkEnvelope(parsed: unknown, size: FrameSize): DecodeResult {
  if (!isRecord(parsed)) return malformed('not-an-object', 'frame is not a JSON object', -1, size);
  const s = parsed.s;
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0 || s > 6) {
    return malformed('bad-signal', `s=${JSON.stringify(s)}`, -1, size);
  }
  const d = parsed.d;
  switch (s) {
    case 0: {
      const sn = parsed.sn;
      if (typeof sn !== 'number' || !Number.isSafeInteger(sn) || sn < 1) return malformed('bad-sn', `sn=${JSON.stringify(sn)}`, s, size);
      if (!isRecord(d)) return malformed('bad-data', 'event frame without an object d', s, size);
      const type = d.type;
      if (typeof type !== 'number' || !Number.isInteger(type)) return malformed('bad-type', `d.type=${JSON.stringify(type)}`, s, size);
      if (type === SYSTEM_TYPE && !(isRecord(d.extra) && typeof d.extra.type === 'string')) {
        return malformed('bad-extra-type', 'system event without a string d.extra.type', s, size);
      }
      // Only the envelope is checked (ARCHITECTURE.md "Ingest"); consumers validate the rest where they read it.
      return { ok: true, frame: { s: 0, sn, d: d as unknown as EventData }, ...size };
    }
    case 1: {
      if (!isRecord(d) || typeof d.code !== 'number') return malformed('bad-data', 'HELLO without a numeric d.code', s, size);
      return { ok: true, frame: { s: 1, code: d.code, sessionId: readSessionId(d) }, ...size };
    }
    case 3:
      return { ok: true, frame: { s: 3 }, ...size };
    case 5: {
      const code = isRecord(d) && typeof d.code === 'number' ? d.code : null;
      const err = isRecord(d) && typeof d.err === 'string' ? d.err : null;
      return { ok: true, frame: { s: 5, code, err }, ...size };
    }
    case 6:
      return { ok: true, frame: { s: 6, sessionId: isRecord(d) ? readSessionId(d) : null }, ...size };
    default:
      return { ok: true, frame: { s: s === 2 ? 2 : 4 }, ...size };
  }
}

/** GATEWAY.md §2: read `session_id`, fall back to the historic `sessionId`. */
function readSessionId(d: Record<string, unknown>): string | null {
  if (typeof d.session_id === 'string' && d.session_id !== '') return d.session_id;
  if (typeof d.sessionId === 'string' && d.sessionId !== '') return d.sessionId;
  return null;
}

function malformed(reason: MalformedReason, detail: string, signal: number, size: FrameSize): DecodeResult {
  return { ok: false, reason, detail, signal, ...size };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
