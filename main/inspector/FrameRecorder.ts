// The inspector's recorder (issue 5 "Event inspector"): a session plugin that taps every gateway
// frame into a row + token-free raw text, keeps the newest in a ring for the live view, appends
// them to the event log in batches, prunes it by size and age, and records the connection
// timeline and the stats. Nothing here grows without bound.
import type { FrameFilter, FrameRow, InspectorStats, RestPanel, TimelineEntry } from '../../shared/ipc';
import type { FrameTap, GatewayClient } from '../kook/gateway';
import type { RestClient } from '../kook/rest';
import type { SessionInfo, SessionPlugin } from '../services/SessionPlugin';
import type { PushHub } from '../services/PushHub';
import type { EventLogStore, StoredFrame } from '../store/moderationStores';
import { type InspectorClock, systemInspectorClock } from './clock';
import { FollowFeed } from './FollowFeed';
import { type FramePage, findBySeq, pageFrames, rowOf } from './pageFrames';
import { Ring } from './Ring';
import { toRestPanel } from './restPanel';
import { StatsTracker } from './StatsTracker';
import { toStoredFrame } from './toFrameRow';
import { watchGateway } from './watchGateway';

export interface FrameRecorderOptions {
  push: Pick<PushHub, 'emit'>;
  /** The persisted event log; null keeps the ring only (no history beyond it). */
  store?: EventLogStore | null;
  clock?: InspectorClock;
  ringSize?: number;
  flushMs?: number;
  /** A batch is written at once when this many frames wait (bounds memory under bursts). */
  flushMax?: number;
  pruneEveryMs?: number;
  maxFrames?: number;
  maxAgeMs?: number;
  followMs?: number;
  followMax?: number;
  onError?: (err: unknown) => void;
}

export const INSPECTOR_DEFAULTS = { ringSize: 5000, flushMs: 250, flushMax: 2000, pruneEveryMs: 60_000, maxFrames: 1_000_000, maxAgeMs: 7 * 24 * 3600_000 };

export class FrameRecorder implements SessionPlugin {
  private readonly clock: InspectorClock;
  private store: EventLogStore | null;
  private readonly ring: Ring<StoredFrame>;
  private readonly timelineRing = new Ring<TimelineEntry>(2000);
  readonly statsTracker = new StatsTracker();
  private readonly feed: FollowFeed;
  private pending: StoredFrame[] = [];
  private flushTimer: unknown = null;
  private lastPrune = -Infinity;
  private nextSeq: number;
  private rest: RestClient | null = null;
  private unwatch: (() => void) | null = null;
  private readonly cfg: typeof INSPECTOR_DEFAULTS;

  constructor(private readonly o: FrameRecorderOptions) {
    this.clock = o.clock ?? systemInspectorClock;
    this.store = o.store ?? null;
    this.cfg = {
      ringSize: o.ringSize ?? INSPECTOR_DEFAULTS.ringSize,
      flushMs: o.flushMs ?? INSPECTOR_DEFAULTS.flushMs,
      flushMax: o.flushMax ?? INSPECTOR_DEFAULTS.flushMax,
      pruneEveryMs: o.pruneEveryMs ?? INSPECTOR_DEFAULTS.pruneEveryMs,
      maxFrames: o.maxFrames ?? INSPECTOR_DEFAULTS.maxFrames,
      maxAgeMs: o.maxAgeMs ?? INSPECTOR_DEFAULTS.maxAgeMs,
    };
    this.ring = new Ring(this.cfg.ringSize);
    this.feed = new FollowFeed({ clock: this.clock, intervalMs: o.followMs, maxPerBatch: o.followMax, send: (rows) => o.push.emit('inspector.frames', rows) });
    // Seqs stay unique in a persisted log across restarts.
    this.nextSeq = (this.store?.page({}, 1).items[0]?.seq ?? 0) + 1;
  }

  /** Switches the persisted log (e.g. when a profile's database opens); waiting frames go to the old one. */
  useStore(store: EventLogStore | null): void {
    this.flush();
    this.store = store;
    this.lastPrune = -Infinity;
    this.nextSeq = Math.max(this.nextSeq, (store?.page({}, 1).items[0]?.seq ?? 0) + 1);
  }

  // ── session plugin hooks ────────────────────────────────────────────────────

  sessionStarted(session: SessionInfo): void {
    this.rest = session.rest;
    this.statsTracker.freshSession();
  }

  gatewayCreated(gateway: GatewayClient): void {
    this.unwatch?.();
    this.unwatch = watchGateway(gateway, {
      frame: (tap) => this.record(tap),
      timeline: (entry) => this.addTimeline(entry),
      stats: this.statsTracker,
      now: () => this.clock.now(),
    });
  }

  sessionEnded(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.rest = null;
    this.flush();
  }

  // ── ingest ──────────────────────────────────────────────────────────────────

  /** One tapped frame (public for the benchmark and tests). */
  record(tap: FrameTap): StoredFrame {
    const frame = toStoredFrame(tap, this.nextSeq++);
    this.statsTracker.frame(frame);
    this.keep(frame, true);
    return frame;
  }

  /** A frame of an imported capture, re-emitted by a replay: shown live, never persisted. */
  replayed(row: FrameRow, raw: string, at: number): void {
    this.keep({ ...rowOf(row), seq: this.nextSeq++, at, raw }, false);
  }

  addTimeline(entry: TimelineEntry): void {
    this.timelineRing.push(entry);
    this.guard(() => this.store?.appendTimeline(entry));
    if (this.feed.following) this.o.push.emit('inspector.timeline', entry);
  }

  private keep(frame: StoredFrame, persist: boolean): void {
    this.ring.push(frame);
    this.feed.add(rowOf(frame));
    if (!persist || !this.store) return;
    this.pending.push(frame);
    if (this.pending.length >= this.cfg.flushMax) this.flush();
    else if (this.flushTimer === null) this.flushTimer = this.clock.setTimeout(() => this.flush(), this.cfg.flushMs);
  }

  /** Writes the waiting batch, and prunes when it is time (size cap + retention). */
  flush(): void {
    if (this.flushTimer !== null) this.clock.clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const store = this.store;
    if (!store) return;
    if (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      this.guard(() => store.append(batch));
    }
    const now = this.clock.now();
    if (now - this.lastPrune >= this.cfg.pruneEveryMs) {
      this.lastPrune = now;
      this.guard(() => store.prune(this.cfg.maxFrames, this.cfg.maxAgeMs, now));
    }
  }

  // ── queries ─────────────────────────────────────────────────────────────────

  frames(filter: FrameFilter, limit: number, beforeSeq?: number): FramePage {
    if (!this.store) return pageFrames(this.ring, filter, limit, beforeSeq);
    this.flush();
    return this.store.page(filter, limit, beforeSeq);
  }

  raw(seq: number): string | null {
    return findBySeq(this.ring, seq)?.raw ?? this.store?.raw(seq) ?? null;
  }

  /** Every frame matching, oldest first, at most `max` (the newest ones): for export. */
  *matching(filter: FrameFilter, max: number): Generator<StoredFrame> {
    const page = this.frames(filter, Math.min(max, 2000));
    let items = page.items;
    const collected: FrameRow[][] = [items];
    let count = items.length;
    while (count < max && items.length > 0 && this.store) {
      const first = items[0];
      if (!first) break;
      items = this.store.page(filter, Math.min(2000, max - count), first.seq).items;
      collected.unshift(items);
      count += items.length;
    }
    for (const rows of collected) for (const row of rows) yield { ...row, raw: this.raw(row.seq) ?? '' };
  }

  timeline(limit: number): TimelineEntry[] {
    return this.store ? this.store.timeline(limit) : this.timelineRing.last(limit);
  }

  stats(): InspectorStats {
    return this.statsTracker.snapshot(this.clock.now());
  }

  restPanel(): RestPanel {
    return toRestPanel(this.rest?.snapshot() ?? null);
  }

  follow(on: boolean): void {
    this.feed.set(on);
  }

  get droppedLive(): number {
    return this.feed.dropped;
  }

  get ringSize(): number {
    return this.ring.size;
  }

  close(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.feed.set(false);
    this.flush();
  }

  private guard(fn: () => unknown): void {
    try {
      fn();
    } catch (err) {
      this.o.onError?.(err);
    }
  }
}
