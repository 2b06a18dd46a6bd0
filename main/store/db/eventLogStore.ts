// The persisted event log of the inspector (issue 5: "persisted in main with a size cap and
// retention"). Frames are numbered by `seq`, monotonic across restarts (AUTOINCREMENT never reuses
// a number, even after pruning everything); appends arrive in batches, one transaction each.
import type Database from 'better-sqlite3';
import type { FrameFilter, FrameOutcome, FrameRow, TimelineEntry } from '../../../shared/ipc';
import type { EventLogStore, StoredFrame } from '../moderationStores';
import { pageFrames } from './framePage';

interface FrameDbRow {
  seq: number;
  at: number;
  signal: number;
  sn: number | null;
  event_type: string | null;
  channel_type: string | null;
  guild_id: string | null;
  channel_id: string | null;
  author_id: string | null;
  bytes: number;
  compressed_bytes: number | null;
  outcome: string;
}

const OUTCOMES: readonly string[] = ['delivered', 'duplicate', 'reordered', 'malformed', 'control'] satisfies FrameOutcome[];
const isOutcome = (o: string): o is FrameOutcome => OUTCOMES.includes(o);
const PRUNE_BATCH = 10_000;
/** The timeline is small but unbounded growth is still growth: keep the newest entries only. */
const TIMELINE_KEEP = 20_000;

function toRow(r: FrameDbRow): FrameRow {
  return {
    seq: r.seq,
    at: r.at,
    signal: r.signal,
    sn: r.sn,
    eventType: r.event_type,
    channelType: r.channel_type,
    guildId: r.guild_id,
    channelId: r.channel_id,
    authorId: r.author_id,
    bytes: r.bytes,
    compressedBytes: r.compressed_bytes,
    outcome: isOutcome(r.outcome) ? r.outcome : 'malformed',
  };
}

export interface EventLog extends EventLogStore {
  lastSeq(): number;
}

export function createEventLogStore(db: Database.Database): EventLog {
  const insert = db.prepare(`INSERT INTO frames (seq, at, signal, sn, event_type, channel_type, guild_id, channel_id, author_id, bytes, compressed_bytes, outcome)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertRaw = db.prepare('INSERT INTO frame_raw (seq, raw) VALUES (?, ?)');
  const rawBySeq = db.prepare<[number], { raw: string }>('SELECT raw FROM frame_raw WHERE seq = ?');
  const insertTimeline = db.prepare('INSERT INTO timeline (at, from_state, to_state, reason) VALUES (?, ?, ?, ?)');
  const trimTimeline = db.prepare('DELETE FROM timeline WHERE id <= (SELECT max(id) FROM timeline) - ?');
  const timeline = db.prepare<[number], { at: number; from_state: string; to_state: string; reason: string }>(
    'SELECT * FROM (SELECT * FROM timeline ORDER BY id DESC LIMIT ?) ORDER BY id',
  );
  const seqAtOffset = db.prepare<[number], { seq: number }>('SELECT seq FROM frames ORDER BY seq DESC LIMIT 1 OFFSET ?');
  const newestBefore = db.prepare<[number], { seq: number }>('SELECT seq FROM frames WHERE at < ? ORDER BY at DESC, seq DESC LIMIT 1');
  const batchEnd = db.prepare<[number], number>(`SELECT max(seq) FROM (SELECT seq FROM frames WHERE seq <= ? ORDER BY seq LIMIT ${PRUNE_BATCH})`).pluck();
  const deleteRows = db.prepare('DELETE FROM frames WHERE seq <= ?');
  const deleteRaw = db.prepare('DELETE FROM frame_raw WHERE seq <= ?');
  const deleteBatch = db.transaction((cutoffSeq: number): number => {
    const end = batchEnd.get(cutoffSeq);
    if (end === null || end === undefined) return 0;
    deleteRaw.run(end);
    return deleteRows.run(end).changes;
  });

  let last = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'frames'").get()?.seq ?? 0;
  let count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM frames').get()?.n ?? 0;

  const appendAll = db.transaction((frames: StoredFrame[]) => {
    for (const f of frames) {
      // The caller's numbering is kept while it moves forward; a restarted counter is carried on
      // from the stored one so `seq` never goes back.
      const seq = Number.isSafeInteger(f.seq) && f.seq > last ? f.seq : last + 1;
      insert.run(seq, f.at, f.signal, f.sn, f.eventType, f.channelType, f.guildId, f.channelId, f.authorId, f.bytes, f.compressedBytes, f.outcome);
      insertRaw.run(seq, f.raw);
      last = seq;
    }
  });

  function deleteThrough(cutoffSeq: number): number {
    let removed = 0;
    for (;;) {
      const n = deleteBatch(cutoffSeq);
      removed += n;
      if (n < PRUNE_BATCH) return removed;
    }
  }

  return {
    append(frames) {
      if (frames.length === 0) return;
      appendAll(frames);
      count += frames.length;
    },

    page(filter: FrameFilter, limit: number, beforeSeq?: number) {
      const page = pageFrames<FrameDbRow>(db, filter, limit, beforeSeq, count);
      return { ...page, items: page.items.map(toRow) };
    },

    raw(seq) {
      return rawBySeq.get(seq)?.raw ?? null;
    },

    appendTimeline(entry: TimelineEntry) {
      insertTimeline.run(entry.at, entry.from, entry.to, entry.reason);
      trimTimeline.run(TIMELINE_KEEP);
    },

    timeline(limit) {
      return timeline.all(Math.max(0, Math.floor(limit))).map((r) => ({ at: r.at, from: r.from_state, to: r.to_state, reason: r.reason }));
    },

    prune(maxFrames, maxAgeMs, now) {
      let cutoff = -1;
      const byAge = newestBefore.get(now - maxAgeMs);
      if (byAge) cutoff = byAge.seq;
      const byCount = seqAtOffset.get(Math.max(0, Math.floor(maxFrames)));
      if (byCount) cutoff = Math.max(cutoff, byCount.seq);
      if (cutoff < 0) return 0;
      // Small transactions: the WAL stays small and the inspector's appends are not held up long.
      const removed = deleteThrough(cutoff);
      count = Math.max(0, count - removed);
      return removed;
    },

    count: () => count,
    lastSeq: () => last,
  };
}
