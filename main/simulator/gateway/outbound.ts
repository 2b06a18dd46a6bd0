// The ordered way out to one socket, where the delivery faults live: a reorder window
// (issue 2 "out-of-order delivery within a window") and latency (every frame delayed, order kept).
// One timer per stage at most, so a busy stream costs no timer per event.
import type { WireFrame } from './frames';

export interface OutboundSink {
  write(frame: WireFrame): void;
  close(): void;
}

export interface OutboundSettings {
  latencyMs(): number;
  reorderWindow(): number;
}

interface Queued {
  due: number;
  /** null = close the socket once everything before it is out */
  frame: WireFrame | null;
  /** 0 for control frames */
  sn: number;
}

/** A partial reorder window is flushed after this long, so a quiet stream does not stall. */
const REORDER_FLUSH_MS = 5;
/** Frames due within this margin go out together: one wake-up per batch. */
const LATENCY_BATCH_MS = 2;

export class Outbound {
  /** Event sns queued here but not yet written; a PING re-send skips them (they are on their way). */
  readonly pendingSns = new Set<number>();
  private queue: Queued[] = [];
  private head = 0;
  private latencyTimer: NodeJS.Timeout | null = null;
  private window: { sn: number; frame: WireFrame }[] = [];
  private windowTimer: NodeJS.Timeout | null = null;
  private seed = 0x9e3779b9;
  private disposed = false;

  constructor(
    private readonly sink: OutboundSink,
    private readonly settings: OutboundSettings,
  ) {}

  event(sn: number, frame: WireFrame): void {
    const windowSize = this.settings.reorderWindow();
    if (windowSize > 1) {
      this.window.push({ sn, frame });
      this.pendingSns.add(sn);
      if (this.window.length >= windowSize) this.flushWindow();
      else this.windowTimer ??= setTimeout(() => this.flushWindow(), REORDER_FLUSH_MS);
      return;
    }
    this.enqueue(frame, sn);
  }

  /** PONG may overtake a reorder window; RESUME ACK and RECONNECT must not (`afterEvents`). */
  control(frame: WireFrame, afterEvents = false): void {
    if (afterEvents) this.flushWindow();
    this.enqueue(frame, 0);
  }

  closeWhenFlushed(): void {
    this.flushWindow();
    this.enqueue(null, 0);
  }

  dispose(): void {
    this.disposed = true;
    if (this.latencyTimer) clearTimeout(this.latencyTimer);
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.latencyTimer = this.windowTimer = null;
    this.queue = [];
    this.head = 0;
    this.window = [];
    this.pendingSns.clear();
  }

  private flushWindow(): void {
    if (this.windowTimer) clearTimeout(this.windowTimer);
    this.windowTimer = null;
    const batch = this.window;
    if (batch.length === 0) return;
    this.window = [];
    this.shuffle(batch);
    for (const item of batch) {
      this.pendingSns.delete(item.sn);
      this.enqueue(item.frame, item.sn);
    }
  }

  private enqueue(frame: WireFrame | null, sn: number): void {
    if (this.disposed) return;
    const latency = this.settings.latencyMs();
    if (latency <= 0 && this.head === this.queue.length) {
      this.emit(frame);
      return;
    }
    this.queue.push({ due: performance.now() + Math.max(0, latency), frame, sn });
    if (sn) this.pendingSns.add(sn);
    this.arm();
  }

  private drain(): void {
    this.latencyTimer = null;
    const horizon = performance.now() + LATENCY_BATCH_MS;
    while (this.head < this.queue.length && !this.disposed) {
      const item = this.queue[this.head];
      if (!item || item.due > horizon) break;
      this.head += 1;
      if (item.sn) this.pendingSns.delete(item.sn);
      this.emit(item.frame);
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else {
      this.arm();
    }
  }

  private arm(): void {
    if (this.latencyTimer || this.disposed) return;
    const next = this.queue[this.head];
    if (!next) return;
    this.latencyTimer = setTimeout(() => this.drain(), Math.max(0, next.due - performance.now()));
  }

  private emit(frame: WireFrame | null): void {
    if (frame === null) this.sink.close();
    else this.sink.write(frame);
  }

  /** Fisher–Yates with a small deterministic PRNG; never the identity, or the fault would do nothing. */
  private shuffle(items: { sn: number; frame: WireFrame }[]): void {
    for (let i = items.length - 1; i > 0; i--) swap(items, i, this.random() % (i + 1));
    if (items.every((item, i) => i === 0 || item.sn > (items[i - 1]?.sn ?? 0))) swap(items, 0, 1);
  }

  private random(): number {
    // mulberry32
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = this.seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}

function swap<T>(items: T[], i: number, j: number): void {
  const a = items[i];
  const b = items[j];
  if (a === undefined || b === undefined) return;
  items[i] = b;
  items[j] = a;
}
