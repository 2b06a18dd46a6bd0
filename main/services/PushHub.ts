// Gateway-driven updates reach the renderer in batches (ARCHITECTURE.md "Push events are
// batched"): events queue here and flush every `intervalMs` or once `maxBatch` are waiting,
// whichever comes first, so a burst of thousands of events costs a few IPC messages.
import type { PushBatch, PushEvent, PushEventMap, PushEventName } from '../../shared/ipc';

export type PushSink = (batch: PushBatch) => void;

export interface PushHubOptions {
  intervalMs?: number;
  maxBatch?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class PushHub {
  private queue: PushEvent[] = [];
  private seq = 0;
  private timer: unknown = null;
  private readonly sinks = new Set<PushSink>();
  private readonly intervalMs: number;
  private readonly maxBatch: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(opts: PushHubOptions = {}) {
    this.intervalMs = opts.intervalMs ?? 16;
    this.maxBatch = opts.maxBatch ?? 500;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Subscribes a renderer; returns the current seq so it can detect a jump. */
  subscribe(sink: PushSink): { seq: number; unsubscribe: () => void } {
    this.sinks.add(sink);
    return { seq: this.seq, unsubscribe: () => this.sinks.delete(sink) };
  }

  get currentSeq(): number {
    return this.seq;
  }

  emit<K extends PushEventName>(type: K, payload: PushEventMap[K]): void {
    this.emitEvent({ type, payload } as PushEvent);
  }

  /** An event already built as a PushEvent (e.g. by a mapping from gateway events). */
  emitEvent(event: PushEvent): void {
    this.queue.push(event);
    if (this.queue.length >= this.maxBatch) this.flush();
    else if (this.timer === null) this.timer = this.setTimer(() => this.flush(), this.intervalMs);
  }

  flush(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    if (this.queue.length === 0) return;
    const batch: PushBatch = { seq: ++this.seq, events: this.queue };
    this.queue = [];
    for (const sink of this.sinks) {
      try {
        sink(batch);
      } catch {
        // A renderer that went away must not stop delivery to the others.
      }
    }
  }

  /** Takes whatever is queued without waiting for the timer (events.drain). */
  drain(): PushBatch {
    const batch: PushBatch = { seq: this.seq, events: this.queue };
    this.queue = [];
    return batch;
  }
}
