// Row badges of the live list (issue 5 "Markers for sn gaps, duplicates and reorders"): the
// outcome names duplicates and reorders; a gap is found where an event's sn jumps past the
// highest seen, and remembered on the row that revealed it.
import type { FrameRow } from '../../../shared/ipc';

export type RowMarker = { kind: 'gap'; fromSn: number; toSn: number } | { kind: 'duplicate' } | { kind: 'reorder' } | { kind: 'malformed' };

export interface GapTracker {
  maxSn: number;
  /** seq → gap revealed on that row; pruned with the rows. */
  gaps: Map<number, { fromSn: number; toSn: number }>;
}

export function newGapTracker(): GapTracker {
  return { maxSn: 0, gaps: new Map() };
}

/** A fresh gateway session numbers from 1 again; a big fall back is a new session, not a reorder. */
const NEW_SESSION_DROP = 1000;

export function trackGaps(t: GapTracker, rows: readonly FrameRow[]): void {
  for (const row of rows) {
    if (row.signal !== 0 || row.sn === null || row.outcome === 'duplicate' || row.outcome === 'malformed') continue;
    if (row.sn === 1 || row.sn < t.maxSn - NEW_SESSION_DROP) t.maxSn = 0;
    if (t.maxSn > 0 && row.sn > t.maxSn + 1) t.gaps.set(row.seq, { fromSn: t.maxSn + 1, toSn: row.sn - 1 });
    if (row.sn > t.maxSn) t.maxSn = row.sn;
  }
}

export function pruneGaps(t: GapTracker, oldestSeq: number): void {
  for (const seq of t.gaps.keys()) if (seq < oldestSeq) t.gaps.delete(seq);
}

export function rowMarker(row: FrameRow, gaps: GapTracker['gaps']): RowMarker | null {
  const gap = gaps.get(row.seq);
  if (gap) return { kind: 'gap', ...gap };
  if (row.outcome === 'duplicate') return { kind: 'duplicate' };
  if (row.outcome === 'reordered') return { kind: 'reorder' };
  if (row.outcome === 'malformed') return { kind: 'malformed' };
  return null;
}
