// Paging over the frames held in memory (the live ring), the same contract as
// EventLogStore.page: newest last, `beforeSeq` pages back, total = every match.
import type { FrameFilter, FrameRow } from '../../shared/ipc';
import type { StoredFrame } from '../store/moderationStores';
import { compileFilter } from './frameFilter';
import type { Ring } from './Ring';

export interface FramePage {
  items: FrameRow[];
  total: number;
  oldestSeq: number | null;
}

export function pageFrames(ring: Ring<StoredFrame>, filter: FrameFilter, limit: number, beforeSeq?: number): FramePage {
  const match = compileFilter(filter);
  const picked: FrameRow[] = [];
  let total = 0;
  for (let i = ring.size - 1; i >= 0; i--) {
    const f = ring.at(i);
    if (!f || !match(f, f.raw)) continue;
    total += 1;
    if ((beforeSeq === undefined || f.seq < beforeSeq) && picked.length < limit) picked.push(rowOf(f));
  }
  picked.reverse();
  return { items: picked, total, oldestSeq: picked[0]?.seq ?? null };
}

/** Binary search: the ring holds frames in increasing seq. */
export function findBySeq(ring: Ring<StoredFrame>, seq: number): StoredFrame | undefined {
  let lo = 0;
  let hi = ring.size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = ring.at(mid);
    if (!f) return undefined;
    if (f.seq === seq) return f;
    if (f.seq < seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A FrameRow without the raw text (and without anything else a StoredFrame may carry). */
export function rowOf(f: FrameRow): FrameRow {
  return {
    seq: f.seq, at: f.at, signal: f.signal, sn: f.sn, eventType: f.eventType, channelType: f.channelType, guildId: f.guildId,
    channelId: f.channelId, authorId: f.authorId, bytes: f.bytes, compressedBytes: f.compressedBytes, outcome: f.outcome,
  };
}
