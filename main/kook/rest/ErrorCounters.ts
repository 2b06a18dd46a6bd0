// Sliding-window counters of the failures KOOK punishes (PROTOCOL.md "Rate limits": repeated
// overruns → warnings, then the bot may be disabled). A 429 is a bug signal to count, not a way to learn.
import type { Clock } from './Clock';

export type ErrorKind = 'unauthorized' | 'rateLimited' | 'forbidden';
export const ERROR_KINDS: readonly ErrorKind[] = ['unauthorized', 'rateLimited', 'forbidden'];

export interface CounterThresholds {
  unauthorized: number;
  rateLimited: number;
  forbidden: number;
}

export const DEFAULT_THRESHOLDS: CounterThresholds = { unauthorized: 1, rateLimited: 5, forbidden: 10 };
export const DEFAULT_COUNTER_WINDOW_MS = 10 * 60_000;

export interface CounterWarning {
  kind: ErrorKind;
  count: number;
  threshold: number;
  windowMs: number;
}

export class ErrorCounters {
  private readonly stamps: Record<ErrorKind, number[]> = { unauthorized: [], rateLimited: [], forbidden: [] };
  /** Warn once per crossing; re-armed when the count falls back below the threshold. */
  private readonly warned: Record<ErrorKind, boolean> = { unauthorized: false, rateLimited: false, forbidden: false };

  constructor(
    private readonly clock: Clock,
    private readonly thresholds: CounterThresholds = DEFAULT_THRESHOLDS,
    readonly windowMs: number = DEFAULT_COUNTER_WINDOW_MS,
  ) {}

  /** Records one failure; returns a warning when this one reaches the threshold. */
  record(kind: ErrorKind): CounterWarning | undefined {
    this.stamps[kind].push(this.clock.now());
    const count = this.count(kind);
    const threshold = this.thresholds[kind];
    if (count >= threshold && !this.warned[kind]) {
      this.warned[kind] = true;
      return { kind, count, threshold, windowMs: this.windowMs };
    }
    return undefined;
  }

  count(kind: ErrorKind): number {
    const cutoff = this.clock.now() - this.windowMs;
    const list = this.stamps[kind];
    while (list.length > 0 && (list[0] ?? 0) <= cutoff) list.shift();
    if (list.length < this.thresholds[kind]) this.warned[kind] = false;
    return list.length;
  }

  snapshot(): Record<ErrorKind, number> {
    return { unauthorized: this.count('unauthorized'), rateLimited: this.count('rateLimited'), forbidden: this.count('forbidden') };
  }
}
