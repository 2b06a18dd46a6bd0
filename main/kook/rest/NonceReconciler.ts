// The gateway side tells the REST side which message carried which nonce (EVENTS.md §1: `nonce`
// is the echo of the one passed to message/create), so an ambiguous send can be settled without
// a second request. Observations are kept briefly; waiters are woken the moment one arrives.
import type { Clock, TimerId } from './Clock';

export interface NonceObservation {
  nonce: string;
  msgId: string;
  msgTimestamp: number | undefined;
  observedAt: number;
}

interface NonceWaiter {
  resolve(observation: NonceObservation | null): void;
}

export interface NonceReconcilerOptions {
  clock: Clock;
  /** How long an observation is remembered (ms). */
  ttlMs?: number;
  /** At most this many observations are remembered. */
  capacity?: number;
}

export class NonceReconciler {
  private readonly clock: Clock;
  private readonly ttlMs: number;
  private readonly capacity: number;
  private readonly seen = new Map<string, NonceObservation>();
  private readonly waiters = new Map<string, Set<NonceWaiter>>();

  constructor(options: NonceReconcilerOptions) {
    this.clock = options.clock;
    this.ttlMs = options.ttlMs ?? 120_000;
    this.capacity = options.capacity ?? 1000;
  }

  /** Feed from the gateway: a message event with this nonce arrived. Empty nonces are ignored. */
  observe(nonce: string, msgId: string, msgTimestamp?: number): void {
    if (nonce === '' || msgId === '') return;
    const observation: NonceObservation = { nonce, msgId, msgTimestamp, observedAt: this.clock.now() };
    this.seen.delete(nonce);
    this.seen.set(nonce, observation);
    this.prune();
    const waiting = this.waiters.get(nonce);
    if (waiting === undefined) return;
    this.waiters.delete(nonce);
    for (const waiter of waiting) waiter.resolve(observation);
  }

  lookup(nonce: string): NonceObservation | undefined {
    this.prune();
    return this.seen.get(nonce);
  }

  /** Resolves with the observation, or null after `timeoutMs` (or when `signal` aborts). */
  waitFor(nonce: string, timeoutMs: number, signal?: AbortSignal): Promise<NonceObservation | null> {
    const known = this.lookup(nonce);
    if (known !== undefined) return Promise.resolve(known);
    if (timeoutMs <= 0 || signal?.aborted) return Promise.resolve(null);
    return new Promise((resolve) => {
      const pending: { timer?: TimerId } = {};
      const waiter: NonceWaiter = {
        resolve: (observation) => {
          if (pending.timer !== undefined) this.clock.clearTimeout(pending.timer);
          signal?.removeEventListener('abort', onAbort);
          this.waiters.get(nonce)?.delete(waiter);
          if (this.waiters.get(nonce)?.size === 0) this.waiters.delete(nonce);
          resolve(observation);
        },
      };
      const onAbort = (): void => waiter.resolve(null);
      let set = this.waiters.get(nonce);
      if (set === undefined) {
        set = new Set();
        this.waiters.set(nonce, set);
      }
      set.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.timer = this.clock.setTimeout(() => waiter.resolve(null), timeoutMs);
    });
  }

  private prune(): void {
    const cutoff = this.clock.now() - this.ttlMs;
    for (const [nonce, observation] of this.seen) {
      if (observation.observedAt > cutoff && this.seen.size <= this.capacity) break;
      this.seen.delete(nonce); // Map keeps insertion order: oldest first
    }
  }
}
