// The limiter of PROTOCOL.md "Rate limits" (rec): route → bucket learned from headers, one
// lane-aware FIFO queue per bucket, a single request in flight until the bucket is known,
// optimistic decrement, a global gate, a safety offset on every reset.
import type { Clock, TimerId } from './Clock';
import { CancelledError } from './errors/CancelledError';
import type { KookClientError } from './errors/KookClientError';
import { ErrorCounters, type CounterThresholds, DEFAULT_THRESHOLDS, DEFAULT_COUNTER_WINDOW_MS, type ErrorKind } from './ErrorCounters';
import type { RestEvents } from './events';
import type { Lane } from './LaneQueue';
import { hasRateLimitHeaders, parseRateLimitHeaders } from './rateLimitHeaders';
import type { TypedEmitter } from './TypedEmitter';
import { Bucket, type Waiter } from './Bucket';

export interface RateLimiterOptions {
  clock: Clock;
  emitter?: TypedEmitter<RestEvents>;
  /** Added to every reset, so our clock and KOOK's never disagree by a hair (rec: ~100 ms). */
  safetyOffsetMs?: number;
  thresholds?: Partial<CounterThresholds>;
  counterWindowMs?: number;
}

export interface AcquireOptions {
  lane?: Lane;
  signal?: AbortSignal;
  /** Keep a retried request's place in line. */
  seq?: number;
}

/** What came back for a request; `headers` absent when there was no response at all. */
export interface ResponseOutcome {
  status?: number;
  headers?: Headers;
  /** Wait used on a 429 without a Reset header (rec: 1 s, 2 s, 4 s). */
  fallbackResetMs?: number;
}

export interface RateLimitVerdict {
  bucket: string;
  resetMs: number;
  global: boolean;
}

export interface Slot {
  readonly bucket: string;
  readonly seq: number;
  /** Hand back the slot with what the response taught; for a 429, returns how long to wait. */
  release(outcome?: ResponseOutcome): RateLimitVerdict | undefined;
}

export interface BucketSnapshot {
  bucket: string;
  routes: string[];
  known: boolean;
  limit: number | null;
  remaining: number | null;
  resetAt: number | null;
  blockedUntil: number | null;
  queued: number;
  inFlight: number;
}

export interface LimiterSnapshot {
  at: number;
  buckets: BucketSnapshot[];
  global: { active: boolean; until: number | null };
  counters: Record<ErrorKind, number>;
  halted: boolean;
}

export class RateLimiter {
  private readonly clock: Clock;
  private readonly emitter: TypedEmitter<RestEvents> | undefined;
  private readonly offset: number;
  readonly counters: ErrorCounters;
  private readonly buckets = new Map<string, Bucket>();
  private readonly routeToBucket = new Map<string, string>();
  private globalUntil = 0;
  private globalTimer: TimerId | undefined;
  private seq = 0;
  private halted: KookClientError | undefined;

  constructor(options: RateLimiterOptions) {
    this.clock = options.clock;
    this.emitter = options.emitter;
    // Reset is relative to when the answer left the server, so our resetAt is already a little late;
    // 30 ms covers timer jitter without wasting much of a short window (PROTOCOL.md (rec) step 3).
    this.offset = options.safetyOffsetMs ?? 30;
    this.counters = new ErrorCounters(
      options.clock,
      { ...DEFAULT_THRESHOLDS, ...options.thresholds },
      options.counterWindowMs ?? DEFAULT_COUNTER_WINDOW_MS,
    );
  }

  nextSeq(): number {
    return ++this.seq;
  }

  /** Resolves when a request on `route` may be sent. */
  acquire(route: string, options: AcquireOptions = {}): Promise<Slot> {
    if (this.halted !== undefined) return Promise.reject(this.halted);
    if (options.signal?.aborted) return Promise.reject(new CancelledError(route));
    const bucket = this.bucketFor(route);
    return new Promise<Slot>((resolve, reject) => {
      const waiter: Waiter = {
        seq: options.seq ?? this.nextSeq(),
        lane: options.lane ?? 'interactive',
        route,
        resolve,
        reject,
        cleanup: () => options.signal?.removeEventListener('abort', onAbort),
      };
      const onAbort = (): void => {
        // cancelling a queued request frees its place; the queue moves on
        const owner = this.bucketFor(route);
        if (owner.queue.remove(waiter)) {
          reject(new CancelledError(route));
          this.pump(owner);
        }
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      bucket.queue.push(waiter);
      this.pump(bucket);
    });
  }

  /** Records a 401 or 40300 (429s are recorded by `release`). */
  record(kind: ErrorKind): void {
    const warning = this.counters.record(kind);
    if (warning !== undefined) this.emitter?.emit('warning', { ...warning, at: this.clock.now() });
  }

  /** Stops all traffic: queued and future requests fail with `error` (a 401, PROTOCOL.md). */
  halt(error: KookClientError): void {
    this.halted = error;
    for (const bucket of this.buckets.values()) {
      for (const waiter of bucket.queue.take()) {
        waiter.cleanup();
        waiter.reject(error);
      }
    }
  }

  resume(): void {
    this.halted = undefined;
  }

  get isHalted(): boolean {
    return this.halted !== undefined;
  }

  snapshot(): LimiterSnapshot {
    const now = this.clock.now();
    const fin = (n: number): number | null => (Number.isFinite(n) ? n : null);
    return {
      at: now,
      buckets: [...this.buckets.values()].map((b) => ({
        bucket: b.name,
        routes: [...b.routes],
        known: b.known,
        limit: b.known ? fin(b.limit) : null,
        remaining: b.known ? fin(b.remaining) : null,
        resetAt: b.resetAt > 0 ? b.resetAt : null,
        blockedUntil: b.blockedUntil > now ? b.blockedUntil : null,
        queued: b.queue.size,
        inFlight: b.inFlight,
      })),
      global: { active: this.globalUntil > now, until: this.globalUntil > now ? this.globalUntil : null },
      counters: this.counters.snapshot(),
      halted: this.halted !== undefined,
    };
  }

  private bucketFor(route: string): Bucket {
    const key = this.routeToBucket.get(route) ?? route;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = new Bucket(key, route);
      this.buckets.set(key, bucket);
      this.routeToBucket.set(route, key);
    }
    return bucket;
  }

  private pump(bucket: Bucket): void {
    const now = this.clock.now();
    while (bucket.queue.size > 0) {
      if (this.halted !== undefined) return;
      if (now < this.globalUntil) return this.wakeAtGlobalEnd(); // the global timer pumps every bucket
      if (now < bucket.blockedUntil) return this.wake(bucket, bucket.blockedUntil);
      if (!bucket.known && bucket.inFlight >= 1) return; // released slots pump again
      if (bucket.known && bucket.remaining <= 0) {
        const refillAt = bucket.resetAt + this.offset;
        if (now < refillAt) return this.wake(bucket, refillAt);
        bucket.refill(now); // the window refilled to Limit (Reset semantics)
      }
      const waiter = bucket.queue.shift();
      if (waiter === undefined) return;
      waiter.cleanup();
      if (bucket.known) bucket.remaining -= 1; // optimistic decrement
      bucket.inFlight += 1;
      waiter.resolve(this.slot(bucket, waiter));
    }
  }

  private wake(bucket: Bucket, at: number): void {
    if (bucket.timer !== undefined && bucket.timerAt === at) return;
    if (bucket.timer !== undefined) this.clock.clearTimeout(bucket.timer);
    bucket.timerAt = at;
    bucket.timer = this.clock.setTimeout(() => {
      bucket.timer = undefined;
      bucket.timerAt = undefined;
      this.pump(bucket);
    }, at - this.clock.now());
  }

  private slot(bucket: Bucket, waiter: Waiter): Slot {
    let released = false;
    return {
      bucket: bucket.name,
      seq: waiter.seq,
      release: (outcome = {}) => {
        if (released) return undefined;
        released = true;
        bucket.inFlight -= 1;
        const verdict = this.learn(bucket, waiter.route, outcome);
        this.pump(this.bucketFor(waiter.route));
        if (bucket !== this.bucketFor(waiter.route)) this.pump(bucket);
        return verdict;
      },
    };
  }

  private learn(bucket: Bucket, route: string, outcome: ResponseOutcome): RateLimitVerdict | undefined {
    if (outcome.headers === undefined) return undefined;
    const now = this.clock.now();
    const info = parseRateLimitHeaders(outcome.headers);
    if (outcome.status === 429) {
      // wait it out, but never learn from it: headers should teach, a 429 is a bug signal
      const resetMs = info.resetMs ?? outcome.fallbackResetMs ?? 1000;
      if (info.global) this.openGlobalGate(now + resetMs);
      else bucket.blockedUntil = Math.max(bucket.blockedUntil, now + resetMs + this.offset);
      const warning = this.counters.record('rateLimited');
      if (warning !== undefined) this.emitter?.emit('warning', { ...warning, at: now });
      return { bucket: bucket.name, resetMs, global: info.global };
    }
    if (info.global && info.resetMs !== undefined) this.openGlobalGate(now + info.resetMs);
    const ok = outcome.status !== undefined && outcome.status >= 200 && outcome.status < 300;
    if (!hasRateLimitHeaders(info)) {
      // no headers on a success → the route is not rate-controlled (Kook.Net: unlimited)
      if (ok && !bucket.known) bucket.markUnlimited();
      return undefined;
    }
    const target = info.bucket === undefined ? bucket : this.assign(route, bucket, info.bucket);
    target.update(info, now, target.inFlight);
    return undefined;
  }

  /** Moves `route` (and its queued requests) into the bucket KOOK named; merges shared buckets. */
  private assign(route: string, current: Bucket, name: string): Bucket {
    if (current.name === name) return current;
    let target = this.buckets.get(name);
    if (target === undefined && current.routes.size === 1 && current.name === route) {
      // first answer for a fresh route: the provisional bucket simply takes its real name
      this.buckets.delete(current.name);
      current.name = name;
      this.buckets.set(name, current);
      this.routeToBucket.set(route, name);
      this.emitter?.emit('bucket-learned', { route, bucket: name, at: this.clock.now() });
      return current;
    }
    if (target === undefined) {
      target = new Bucket(name);
      this.buckets.set(name, target);
    }
    for (const waiter of current.queue.take((w) => w.route === route)) target.queue.push(waiter);
    current.routes.delete(route);
    target.routes.add(route);
    this.routeToBucket.set(route, name);
    if (current.routes.size === 0 && current.inFlight === 0 && current.queue.size === 0) {
      if (current.timer !== undefined) this.clock.clearTimeout(current.timer);
      this.buckets.delete(current.name);
    }
    this.emitter?.emit('bucket-learned', { route, bucket: name, at: this.clock.now() });
    return target;
  }

  private openGlobalGate(until: number): void {
    const gateUntil = until + this.offset;
    if (gateUntil <= this.globalUntil) return;
    this.globalUntil = gateUntil;
    this.emitter?.emit('global-limit', { until: gateUntil, at: this.clock.now() });
    if (this.globalTimer !== undefined) this.clock.clearTimeout(this.globalTimer);
    this.globalTimer = undefined;
    this.wakeAtGlobalEnd();
  }

  /**
   * Pumps every bucket once the global gate has passed. A timer may fire a millisecond before
   * clock.now() reaches its deadline (Node's timers and Date.now() tick on different clocks): a
   * pump that still finds the gate closed comes back here, so no queued request is stranded.
   */
  private wakeAtGlobalEnd(): void {
    if (this.globalTimer !== undefined) return;
    this.globalTimer = this.clock.setTimeout(() => {
      this.globalTimer = undefined;
      for (const bucket of [...this.buckets.values()]) this.pump(bucket);
    }, this.globalUntil - this.clock.now());
  }
}
