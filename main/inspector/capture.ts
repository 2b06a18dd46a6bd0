// Captures as NDJSON (issue 5 "Export and import of captures … with the token redacted"):
// line 1 a header {kookdesk_capture:1, exported_at, filter}, then one frame per line {row, raw}.
// Import checks every line with a schema; bad lines are counted, never fatal.
import { z } from 'zod';
import type { FrameFilter, FrameRow } from '../../shared/ipc';
import type { StoredFrame } from '../store/moderationStores';
import { InspectorError } from './errors';
import { rowOf } from './pageFrames';
import { redactTokens } from './redact';

export const CAPTURE_VERSION = 1;
/** What one import may hold in memory: frames and raw text characters. */
export const CAPTURE_LIMITS = { frames: 200_000, rawChars: 64 * 1024 * 1024, lineChars: 2 * 1024 * 1024 };

const nullableId = z.string().max(64).nullable();
const rowSchema = z.object({
  seq: z.number().int().nonnegative(),
  at: z.number().finite().nonnegative(),
  signal: z.number().int().min(-1).max(6),
  sn: z.number().int().nonnegative().nullable(),
  eventType: z.string().max(64).nullable(),
  channelType: z.string().max(32).nullable(),
  guildId: nullableId,
  channelId: nullableId,
  authorId: nullableId,
  bytes: z.number().int().nonnegative(),
  compressedBytes: z.number().int().nonnegative().nullable(),
  outcome: z.enum(['delivered', 'duplicate', 'reordered', 'malformed', 'control']),
});
const lineSchema = z.object({ row: rowSchema, raw: z.string() });
const headerSchema = z.object({ kookdesk_capture: z.literal(CAPTURE_VERSION), exported_at: z.number(), filter: z.unknown().optional() });

export interface CaptureFrame {
  row: FrameRow;
  raw: string;
}

export interface ParsedCapture {
  exportedAt: number;
  frames: CaptureFrame[];
  badLines: number;
  /** Valid lines beyond the import limits. */
  skipped: number;
}

export function exportCapture(frames: Iterable<StoredFrame>, filter: FrameFilter | undefined, now: number): { fileName: string; content: string } {
  const lines = [JSON.stringify({ kookdesk_capture: CAPTURE_VERSION, exported_at: now, filter: filter ?? {} })];
  for (const f of frames) lines.push(JSON.stringify({ row: rowOf(f), raw: redactTokens(f.raw) }));
  return { fileName: `kookdesk-capture-${fileStamp(now)}.ndjson`, content: `${lines.join('\n')}\n` };
}

export function parseCapture(content: string): ParsedCapture {
  let pos = 0;
  let header: z.infer<typeof headerSchema> | null = null;
  const frames: CaptureFrame[] = [];
  let badLines = 0;
  let skipped = 0;
  let rawChars = 0;
  while (pos < content.length) {
    let end = content.indexOf('\n', pos);
    if (end === -1) end = content.length;
    const line = content.slice(pos, end).trim();
    pos = end + 1;
    if (line === '') continue;
    const value = line.length <= CAPTURE_LIMITS.lineChars ? parseJson(line) : undefined;
    if (header === null) {
      const h = headerSchema.safeParse(value);
      if (!h.success) throw new InspectorError('bad-capture', 'not a Kookdesk capture: the first line is not a {kookdesk_capture:1} header');
      header = h.data;
      continue;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      badLines += 1;
      continue;
    }
    if (frames.length >= CAPTURE_LIMITS.frames || rawChars + parsed.data.raw.length > CAPTURE_LIMITS.rawChars) {
      skipped += 1;
      continue;
    }
    rawChars += parsed.data.raw.length;
    // A capture from elsewhere may not have been scrubbed: redact again on the way in.
    frames.push({ row: parsed.data.row, raw: redactTokens(parsed.data.raw) });
  }
  if (header === null) throw new InspectorError('bad-capture', 'the capture is empty');
  frames.sort((a, b) => a.row.at - b.row.at || a.row.seq - b.row.seq);
  return { exportedAt: header.exported_at, frames, badLines, skipped };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function fileStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}
