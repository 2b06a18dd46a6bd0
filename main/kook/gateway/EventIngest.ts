// The ingest hot path after decoding (ARCHITECTURE.md "Ingest"): s=0 frames → sn order (GATEWAY.md §6) →
// listeners, with the counters, the frame tap, last-seen tracking, session persistence and gap reports.
import type { EventData } from '../../../shared/kook';
import { LastSeenTracker } from './LastSeenTracker';
import type { SessionPersister } from './SessionPersister';
import { type SequencedItem, SnSequencer } from './SnSequencer';
import type { TypedEmitter } from './TypedEmitter';
import type { GatewayTimings } from './timings';
import type { Clock, GapReason, GapReport, GatewayCounters, GatewayEventMap } from './types';

export interface EventIngestOptions {
  clock: Clock;
  timings: GatewayTimings;
  emitter: TypedEmitter<GatewayEventMap>;
  counters: GatewayCounters;
  persister: SessionPersister;
  sessionId(): string | null;
  watchedChannels(): readonly string[];
  /** A gap outlived its timeout once: the owner tries a resume before the gap is skipped. */
  tryResume(): void;
}

export class EventIngest {
  readonly sequencer: SnSequencer<EventData>;
  readonly lastSeen: LastSeenTracker;
  private gapTimer: unknown = null;
  private lastEvent: number;

  constructor(private readonly opts: EventIngestOptions) {
    const { clock, timings } = opts;
    this.sequencer = new SnSequencer({ now: () => clock.now(), gapTimeoutMs: timings.reorderGapTimeoutMs, cap: timings.reorderBufferCap });
    this.lastEvent = clock.now();
    this.lastSeen = new LastSeenTracker(this.lastEvent);
  }

  /** Arrival time of the last s=0 frame (any outcome): the silent-stream watchdog's signal. */
  get lastEventAt(): number {
    return this.lastEvent;
  }

  get lastSn(): number {
    return this.sequencer.lastSn;
  }

  /** One s=0 frame; returns what happened to it for the frame tap. */
  accept(sn: number, data: EventData, at: number): 'delivered' | 'duplicate' | 'reordered' {
    this.lastEvent = at;
    const result = this.sequencer.push(sn, data);
    if (result.outcome === 'duplicate') {
      this.opts.counters.duplicates += 1;
    } else if (result.outcome === 'reordered') {
      this.opts.counters.reorders += 1;
      if (this.sequencer.bufferedCount > this.opts.timings.reorderBufferCap) this.checkGap();
      else this.armGapTimer();
    } else {
      this.deliver(result.delivered);
      this.armGapTimer();
    }
    return result.outcome;
  }

  /** New session, RECONNECT, dropped session: sn back to `lastSn` (0 unless restored), buffer cleared. */
  reset(lastSn = 0): void {
    this.sequencer.reset(lastSn);
    this.clearGapTimer();
  }

  /**
   * Events that can no longer be replayed (RECONNECT, expired session, silent stream): never silent —
   * report the gap from the last delivered sn to now and what was last seen per watched channel.
   */
  reportLoss(reason: GapReason): void {
    const now = this.opts.clock.now();
    const since = this.sequencer.lastDeliveryAt ?? this.lastEvent;
    this.emitGap({ fromSn: this.sequencer.lastSn + 1, toSn: null, since: Math.min(since, now), until: now, reason });
  }

  stop(): void {
    this.clearGapTimer();
  }

  /** After a reconnect: a gap still buffered keeps its deadline. */
  rearmGapTimer(): void {
    this.armGapTimer();
  }

  private deliver(items: SequencedItem<EventData>[]): void {
    const { emitter, counters, persister } = this.opts;
    for (const item of items) {
      counters.events += 1;
      this.lastSeen.observe(item.event);
      emitter.emit('event', { sn: item.sn, data: item.event });
    }
    const sessionId = this.opts.sessionId();
    if (sessionId !== null && items.length > 0) persister.advanced({ sessionId, lastSn: this.sequencer.lastSn });
  }

  private checkGap(): void {
    this.clearGapTimer();
    const verdict = this.sequencer.checkGap();
    if (verdict.action === 'try-resume') {
      this.armGapTimer();
      this.opts.tryResume();
    } else if (verdict.action === 'skipped') {
      this.emitGap({ ...verdict.gap, reason: 'skipped' });
      this.deliver(verdict.delivered);
      this.armGapTimer();
    } else {
      this.armGapTimer();
    }
  }

  private emitGap(gap: GapReport): void {
    const { emitter, counters } = this.opts;
    counters.gaps += 1;
    emitter.emit('gap', gap);
    emitter.emit('needs-backfill', { reason: gap.reason, lastSeen: this.lastSeen.lastSeen(this.opts.watchedChannels()) });
  }

  private armGapTimer(): void {
    const deadline = this.sequencer.nextDeadline();
    if (deadline === null) {
      this.clearGapTimer();
      return;
    }
    if (this.gapTimer !== null) return;
    const { clock } = this.opts;
    this.gapTimer = clock.setTimeout(() => {
      this.gapTimer = null;
      this.checkGap();
    }, Math.max(0, deadline - clock.now()));
  }

  private clearGapTimer(): void {
    if (this.gapTimer !== null) this.opts.clock.clearTimeout(this.gapTimer);
    this.gapTimer = null;
  }
}
