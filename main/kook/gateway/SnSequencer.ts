// The sn reorder buffer of GATEWAY.md §6: strict order, duplicate drop, a capped buffer and a gap timeout.
// Pure: time comes from the injected `now`, and the owner drives the gap timer through nextDeadline()/checkGap().

export interface SequencedItem<E> {
  sn: number;
  event: E;
}

export type PushOutcome = 'delivered' | 'duplicate' | 'reordered';

export interface PushResult<E> {
  outcome: PushOutcome;
  /** Events now deliverable, in sn order (the pushed one and any buffered run it unblocked). */
  delivered: SequencedItem<E>[];
}

export interface SkippedGap {
  fromSn: number;
  toSn: number;
  /** Time of the last in-order delivery before the gap (or when the gap opened). */
  since: number;
  /** Arrival time of the first event after the gap. */
  until: number;
}

export type GapVerdict<E> =
  | { action: 'none' }
  /** First expiry of a gap: the owner should try a resume (the server re-sends after lastSn). */
  | { action: 'try-resume' }
  /** Second expiry, or the buffer overflowed: the gap was skipped and is recorded. */
  | { action: 'skipped'; gap: SkippedGap; delivered: SequencedItem<E>[] };

export interface SnSequencerOptions {
  now: () => number;
  gapTimeoutMs: number;
  cap: number;
}

interface Buffered<E> {
  event: E;
  arrivedAt: number;
}

export class SnSequencer<E> {
  private last = 0;
  private lastDeliveredAt: number | null = null;
  private readonly buffer = new Map<number, Buffered<E>>();
  private gapOpenedAt: number | null = null;
  private resumeTried = false;

  constructor(private readonly opts: SnSequencerOptions) {}

  /** The largest contiguous delivered sn: what every PING carries (GATEWAY.md §6 rule 4). */
  get lastSn(): number {
    return this.last;
  }

  get bufferedCount(): number {
    return this.buffer.size;
  }

  push(sn: number, event: E): PushResult<E> {
    if (sn <= this.last || this.buffer.has(sn)) return { outcome: 'duplicate', delivered: [] };
    const now = this.opts.now();
    if (sn !== this.last + 1) {
      this.buffer.set(sn, { event, arrivedAt: now });
      if (this.gapOpenedAt === null) this.gapOpenedAt = now;
      return { outcome: 'reordered', delivered: [] };
    }
    const delivered: SequencedItem<E>[] = [{ sn, event }];
    this.last = sn;
    this.drain(delivered);
    this.lastDeliveredAt = now;
    return { outcome: 'delivered', delivered };
  }

  /** When the owner should call checkGap() next; null when nothing is buffered. */
  nextDeadline(): number | null {
    return this.gapOpenedAt === null ? null : this.gapOpenedAt + this.opts.gapTimeoutMs;
  }

  /** Buffer over cap → skip at once; gap expired → resume first, then skip (GATEWAY.md §6 edge cases). */
  checkGap(): GapVerdict<E> {
    if (this.buffer.size === 0 || this.gapOpenedAt === null) return { action: 'none' };
    if (this.buffer.size > this.opts.cap) return this.skip();
    const now = this.opts.now();
    if (now < this.gapOpenedAt + this.opts.gapTimeoutMs) return { action: 'none' };
    if (!this.resumeTried) {
      this.resumeTried = true;
      this.gapOpenedAt = now; // give the resume a full window to fill the gap
      return { action: 'try-resume' };
    }
    return this.skip();
  }

  /** New session or RECONNECT: forget everything (GATEWAY.md §6, §7). A restart resumes from a stored sn. */
  reset(lastSn = 0): void {
    this.last = lastSn;
    this.lastDeliveredAt = null;
    this.buffer.clear();
    this.gapOpenedAt = null;
    this.resumeTried = false;
  }

  /** Time of the last in-order delivery, for gap reports. */
  get lastDeliveryAt(): number | null {
    return this.lastDeliveredAt;
  }

  private skip(): GapVerdict<E> {
    let smallest = Infinity;
    for (const sn of this.buffer.keys()) if (sn < smallest) smallest = sn;
    const first = this.buffer.get(smallest);
    const now = this.opts.now();
    const gap: SkippedGap = {
      fromSn: this.last + 1,
      toSn: smallest - 1,
      since: this.lastDeliveredAt ?? this.gapOpenedAt ?? now,
      until: first?.arrivedAt ?? now,
    };
    this.last = smallest - 1;
    const delivered: SequencedItem<E>[] = [];
    this.drain(delivered);
    this.lastDeliveredAt = now;
    return { action: 'skipped', gap, delivered };
  }

  private drain(into: SequencedItem<E>[]): void {
    for (let next = this.buffer.get(this.last + 1); next !== undefined; next = this.buffer.get(this.last + 1)) {
      this.buffer.delete(this.last + 1);
      this.last += 1;
      into.push({ sn: this.last, event: next.event });
    }
    if (this.buffer.size === 0) {
      this.gapOpenedAt = null;
      this.resumeTried = false;
    } else {
      // A later gap may remain; its window starts at the earliest arrival still buffered.
      let earliest = Infinity;
      for (const b of this.buffer.values()) if (b.arrivedAt < earliest) earliest = b.arrivedAt;
      if (into.length > 0) this.gapOpenedAt = earliest;
    }
  }
}
