// Live frames for the renderer while the inspector view follows (issue 5): at most one
// `inspector.frames` push per `intervalMs`, at most `maxPerBatch` rows in it. When frames arrive
// faster than that, the oldest waiting ones are dropped; rows carry consecutive seqs, so the
// renderer sees the jump and says "N dropped" (and can page them in with inspector.frames).
import type { FrameRow } from '../../shared/ipc';
import type { InspectorClock } from './clock';
import { Ring } from './Ring';

export interface FollowFeedOptions {
  clock: InspectorClock;
  send(rows: FrameRow[]): void;
  intervalMs?: number;
  maxPerBatch?: number;
}

export class FollowFeed {
  private on = false;
  private readonly waiting: Ring<FrameRow>;
  private timer: unknown = null;
  private lastSentAt = -Infinity;
  private readonly intervalMs: number;
  dropped = 0;

  constructor(private readonly o: FollowFeedOptions) {
    this.intervalMs = o.intervalMs ?? 100;
    this.waiting = new Ring(o.maxPerBatch ?? 500);
  }

  get following(): boolean {
    return this.on;
  }

  set(on: boolean): void {
    this.on = on;
    if (!on) {
      this.waiting.clear();
      if (this.timer !== null) this.o.clock.clearTimeout(this.timer);
      this.timer = null;
    }
  }

  add(row: FrameRow): void {
    if (!this.on) return;
    if (this.waiting.size === this.waiting.capacity) this.dropped += 1;
    this.waiting.push(row);
    if (this.timer !== null) return;
    const wait = Math.max(0, this.lastSentAt + this.intervalMs - this.o.clock.now());
    this.timer = this.o.clock.setTimeout(() => this.send(), wait);
  }

  private send(): void {
    this.timer = null;
    if (!this.on || this.waiting.size === 0) return;
    const rows = this.waiting.toArray();
    this.waiting.clear();
    this.lastSentAt = this.o.clock.now();
    this.o.send(rows);
  }
}
