// The inspector's figures (issue 5): events per second (last 5 min, one point a second), heartbeat
// RTT, counters, and markers for sn gaps, duplicates and reorders with the sns involved.
// Everything is held in rings: bounded however long the session runs.
import type { FrameRow, InspectorStats } from '../../shared/ipc';
import { Ring } from './Ring';

type Marker = InspectorStats['markers'][number];
type Point = { at: number; value: number };

export const SERIES_SECONDS = 300;
const MARKERS = 1000;

export class StatsTracker {
  private readonly eps = new Ring<Point>(SERIES_SECONDS);
  private readonly rtt = new Ring<Point>(SERIES_SECONDS);
  private readonly markers = new Ring<Marker>(MARKERS);
  private readonly counters: Record<string, number> = {};
  /** Highest sn seen in this gateway session; a jump past it is a gap (GATEWAY.md §6). */
  private maxSn = 0;
  /** The newest duplicate / reorder marker, which a consecutive sn extends. */
  private open: { duplicate: Marker | null; reorder: Marker | null } = { duplicate: null, reorder: null };

  /** A fresh session numbers from 1 again (GATEWAY.md §4: sn restarts with a new session). */
  freshSession(): void {
    this.maxSn = 0;
    this.open = { duplicate: null, reorder: null };
  }

  /** Returns the gap marker this frame revealed, if any (the row it arrived on gets a badge). */
  frame(row: FrameRow): Marker | null {
    this.bump('frames');
    this.bump(`outcome.${row.outcome}`);
    this.bump(`signal.${row.signal}`);
    this.bump('bytes', row.bytes);
    if (row.compressedBytes !== null) this.bump('compressedBytes', row.compressedBytes);
    if (row.signal !== 0 || row.sn === null) return null;
    this.countEvent(row.at);
    const sn = row.sn;
    if (row.outcome === 'duplicate') {
      this.mark('duplicate', row.at, sn);
      return null;
    }
    if (row.outcome === 'malformed') return null;
    if (row.outcome === 'reordered') this.mark('reorder', row.at, sn);
    let gap: Marker | null = null;
    if (this.maxSn > 0 && sn > this.maxSn + 1) {
      gap = { at: row.at, kind: 'gap', fromSn: this.maxSn + 1, toSn: sn - 1 };
      this.markers.push(gap);
      this.bump('gaps');
    }
    if (sn > this.maxSn) this.maxSn = sn;
    return gap;
  }

  /** A gap the gateway gave up on (unresumable, skipped): events that will never arrive. */
  lostGap(at: number, fromSn: number, toSn: number | null): void {
    this.bump('lostGaps');
    this.markers.push({ at, kind: 'gap', fromSn, toSn });
  }

  rttSample(at: number, ms: number): void {
    this.rtt.push({ at, value: ms });
  }

  bump(key: string, by = 1): void {
    this.counters[key] = (this.counters[key] ?? 0) + by;
  }

  snapshot(now: number): InspectorStats {
    this.countEvent(now, 0);
    return { eventsPerSecond: this.eps.toArray(), rttMs: this.rtt.toArray(), counters: { ...this.counters }, markers: this.markers.toArray() };
  }

  reset(): void {
    this.eps.clear();
    this.rtt.clear();
    this.markers.clear();
    for (const k of Object.keys(this.counters)) delete this.counters[k];
    this.maxSn = 0;
    this.open = { duplicate: null, reorder: null };
  }

  /** Consecutive duplicates or reorders extend one marker instead of flooding the list. */
  private mark(kind: 'duplicate' | 'reorder', at: number, sn: number): void {
    this.bump(kind === 'duplicate' ? 'duplicates' : 'reorders');
    const last = this.open[kind];
    if (last && last.toSn !== null && (sn === last.toSn + 1 || sn === last.toSn) && at - last.at < 5000) {
      last.toSn = sn;
      return;
    }
    const marker: Marker = { at, kind, fromSn: sn, toSn: sn };
    this.open[kind] = marker;
    this.markers.push(marker);
  }

  /** One point per second; idle seconds are zeros so the chart's x axis is time. */
  private countEvent(at: number, by = 1): void {
    const second = Math.floor(at / 1000) * 1000;
    const last = this.eps.newest();
    if (!last || second > last.at) {
      const from = last ? Math.max(last.at + 1000, second - (SERIES_SECONDS - 1) * 1000) : second;
      for (let t = from; t < second; t += 1000) this.eps.push({ at: t, value: 0 });
      this.eps.push({ at: second, value: by });
    } else if (second === last.at) {
      last.value += by;
    }
    // A frame stamped before the newest second (clock step) is counted in the counters only.
  }
}
