// An in-memory EventLogStore (moderationStores.ts) for tests and for running without the
// SQLite database. Bounded: beyond `capacity` frames the oldest go, like a prune would.
import type { FrameFilter, TimelineEntry } from '../../shared/ipc';
import type { EventLogStore, StoredFrame } from '../store/moderationStores';
import { type FramePage, pageFrames } from './pageFrames';
import { Ring } from './Ring';

export class MemoryEventLog implements EventLogStore {
  private frames: Ring<StoredFrame>;
  private readonly entries: Ring<TimelineEntry>;
  /** Observed by tests: how the recorder batches and prunes. */
  readonly calls = { append: 0, prune: 0 };

  constructor(private readonly capacity = 100_000) {
    this.frames = new Ring(capacity);
    this.entries = new Ring(Math.max(1, Math.min(capacity, 10_000)));
  }

  append(frames: StoredFrame[]): void {
    this.calls.append += 1;
    for (const f of frames) this.frames.push(f);
  }

  page(filter: FrameFilter, limit: number, beforeSeq?: number): FramePage {
    return pageFrames(this.frames, filter, limit, beforeSeq);
  }

  raw(seq: number): string | null {
    for (let i = this.frames.size - 1; i >= 0; i--) {
      const f = this.frames.at(i);
      if (f?.seq === seq) return f.raw;
    }
    return null;
  }

  appendTimeline(entry: TimelineEntry): void {
    this.entries.push(entry);
  }

  timeline(limit: number): TimelineEntry[] {
    return this.entries.last(limit);
  }

  prune(maxFrames: number, maxAgeMs: number, now: number): number {
    this.calls.prune += 1;
    const keep = this.frames.toArray().filter((f, i, all) => f.at >= now - maxAgeMs && i >= all.length - maxFrames);
    const dropped = this.frames.size - keep.length;
    if (dropped > 0) {
      this.frames = new Ring(this.capacity);
      for (const f of keep) this.frames.push(f);
    }
    return dropped;
  }

  count(): number {
    return this.frames.size;
  }
}
