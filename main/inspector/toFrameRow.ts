// One frame tap → the row the inspector lists and its raw JSON text (token-free).
// Field sources: EVENTS.md §1 (d.type, d.channel_type, d.target_id, d.author_id, d.extra),
// system events (type 255) name their type in extra.type; GROUP ones carry the guild in target_id.
import { inflateSync } from 'node:zlib';
import type { FrameRow } from '../../shared/ipc';
import type { StoredFrame } from '../store/moderationStores';
import type { FrameTap } from '../kook/gateway';
import { redactTokens } from './redact';

const SYSTEM_TYPE = 255;

/** Shown instead of the raw text when it cannot be recovered (a binary frame that does not inflate). */
export const UNREADABLE = '"<unreadable frame>"';

export function toStoredFrame(tap: FrameTap, seq: number): StoredFrame {
  const d = tap.data ?? undefined;
  const row: FrameRow = {
    seq,
    at: tap.at,
    signal: tap.signal,
    sn: tap.sn ?? null,
    eventType: null,
    channelType: null,
    guildId: null,
    channelId: null,
    authorId: null,
    bytes: tap.bytes,
    compressedBytes: tap.compressedBytes ?? null,
    outcome: tap.outcome,
  };
  if (d !== undefined) fillFromEvent(row, d);
  return { ...row, raw: rawText(tap.wire) };
}

function fillFromEvent(row: FrameRow, d: object): void {
  const rec = d as Record<string, unknown>;
  const extra = isRecord(rec.extra) ? rec.extra : undefined;
  const type = rec.type;
  row.channelType = str(rec.channel_type);
  row.authorId = str(rec.author_id);
  if (type === SYSTEM_TYPE) {
    row.eventType = str(extra?.type);
    const body = isRecord(extra?.body) ? extra.body : undefined;
    // GROUP + 255: target_id is the guild (EVENTS.md §1); PERSON system events name it in the body.
    row.guildId = (row.channelType === 'GROUP' ? str(rec.target_id) : null) ?? str(body?.guild_id);
    row.channelId = str(body?.channel_id);
    // The system user "1" authors system events; the member concerned is in the body.
    row.authorId = str(body?.user_id) ?? str(body?.operator_id);
  } else {
    row.eventType = typeof type === 'number' ? String(type) : null;
    row.guildId = str(extra?.guild_id);
    // Message events address their channel (GROUP) or the bot (PERSON) in target_id.
    row.channelId = row.channelType === 'GROUP' ? str(rec.target_id) : null;
  }
}

/** The raw JSON text, inflating a binary frame again (only when the inspector listens). */
export function rawText(wire: string | Uint8Array | undefined): string {
  if (wire === undefined) return UNREADABLE;
  if (typeof wire === 'string') return redactTokens(wire);
  try {
    return redactTokens(inflateSync(wire).toString('utf8'));
  } catch {
    return UNREADABLE;
  }
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
