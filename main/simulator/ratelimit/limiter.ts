// Fixed-window rate limiting per bot token: one window per (token, bucket) plus one global
// window per token (PROTOCOL.md "Rate limits"). Pure logic over an injected clock, so tests
// move time by hand.
import {
  type BucketOverrides,
  type ProfileName,
  type RateLimitProfile,
  type WindowLimit,
  PROFILES,
  globalLimitOf,
  limitOf,
} from './profiles';

export type Clock = () => number;

/** What the answer's X-Rate-Limit-* headers say. */
export interface RateInfo {
  bucket: string;
  limit: number;
  remaining: number;
  /** ms until the window that decided this answer refills. */
  resetMs: number;
  /** True only when the global limit refused the request (→ X-Rate-Limit-Global). */
  global: boolean;
}

export interface RateDecision {
  allowed: boolean;
  /** null when the profile leaves the bucket unlimited: the answer carries no headers. */
  info: RateInfo | null;
}

export interface RateCounters {
  /** Every 429 the simulator sent, whatever the cause. */
  total: number;
  /** Refusals by the global limit. */
  global: number;
  /** Refusals by a bucket's own window, per bucket. */
  buckets: Record<string, number>;
  /** 429s forced by a REST fault (admin API "429 storm"), per bucket. */
  faults: Record<string, number>;
}

export interface RateLimitConfig {
  profile: ProfileName;
  overrides: BucketOverrides;
  resetWholeSeconds: boolean;
}

interface Window {
  startedAt: number;
  used: number;
}

export class RateLimiter {
  private config: RateLimitConfig;
  private windows = new Map<string, Window>();
  private counts: RateCounters = emptyCounters();

  constructor(
    config: Partial<RateLimitConfig> = {},
    private readonly now: Clock = Date.now,
  ) {
    this.config = {
      profile: config.profile ?? 'default',
      overrides: { ...(config.overrides ?? {}) },
      resetWholeSeconds: config.resetWholeSeconds ?? false,
    };
  }

  get current(): RateLimitConfig {
    return { ...this.config, overrides: { ...this.config.overrides } };
  }

  private get profile(): RateLimitProfile {
    return PROFILES[this.config.profile];
  }

  /**
   * A new profile replaces the overrides (with the given ones, or none); overrides alone are
   * merged into the current ones. Any change starts every window afresh.
   */
  configure(change: Partial<RateLimitConfig>): RateLimitConfig {
    const overrides =
      change.profile !== undefined ? { ...(change.overrides ?? {}) } : { ...this.config.overrides, ...(change.overrides ?? {}) };
    this.config = {
      profile: change.profile ?? this.config.profile,
      overrides,
      resetWholeSeconds: change.resetWholeSeconds ?? this.config.resetWholeSeconds,
    };
    this.windows.clear();
    return this.current;
  }

  /** Counts one request of `key` (the bot) against `bucket` and the global limit. */
  take(key: string, bucket: string): RateDecision {
    const at = this.now();
    const bucketLimit = limitOf(this.profile, this.config.overrides, bucket);
    const globalLimit = globalLimitOf(this.profile, this.config.overrides);
    const bucketWindow = bucketLimit && this.window(`${key}\u0000b\u0000${bucket}`, bucketLimit, at);
    const globalWindow = globalLimit && this.window(`${key}\u0000g`, globalLimit, at);

    // A request refused by either limit consumes neither: refusals never extend a wait.
    if (globalLimit && globalWindow && globalWindow.used >= globalLimit.limit) {
      this.counts.total++;
      this.counts.global++;
      return { allowed: false, info: info(bucket, globalLimit, globalWindow, at, true) };
    }
    if (bucketLimit && bucketWindow && bucketWindow.used >= bucketLimit.limit) {
      this.counts.total++;
      this.counts.buckets[bucket] = (this.counts.buckets[bucket] ?? 0) + 1;
      return { allowed: false, info: info(bucket, bucketLimit, bucketWindow, at, false) };
    }
    if (globalWindow) globalWindow.used++;
    if (!bucketLimit || !bucketWindow) return { allowed: true, info: null };
    bucketWindow.used++;
    return { allowed: true, info: info(bucket, bucketLimit, bucketWindow, at, false) };
  }

  /** The limit a bucket currently has (for headers on forced 429s), or null when unlimited. */
  limitOf(bucket: string): WindowLimit | null {
    return limitOf(this.profile, this.config.overrides, bucket);
  }

  /** Records a 429 forced by a REST fault. */
  countFault(bucket: string): void {
    this.counts.total++;
    this.counts.faults[bucket] = (this.counts.faults[bucket] ?? 0) + 1;
  }

  counters(): RateCounters {
    return { ...this.counts, buckets: { ...this.counts.buckets }, faults: { ...this.counts.faults } };
  }

  /** Forgets windows and counters (admin reset). */
  reset(): void {
    this.windows.clear();
    this.counts = emptyCounters();
  }

  /** The X-Rate-Limit-* headers of an answer (PROTOCOL.md "Rate limits"). */
  headers(rate: RateInfo): Record<string, string> {
    const headers: Record<string, string> = {
      'X-Rate-Limit-Limit': String(rate.limit),
      'X-Rate-Limit-Remaining': String(rate.remaining),
      'X-Rate-Limit-Reset': formatReset(rate.resetMs, this.config.resetWholeSeconds),
      'X-Rate-Limit-Bucket': rate.bucket,
    };
    // Only its presence matters (Kook.Net checks presence; PROTOCOL.md documents no value).
    if (rate.global) headers['X-Rate-Limit-Global'] = '';
    return headers;
  }

  private window(id: string, limit: WindowLimit, at: number): Window {
    const existing = this.windows.get(id);
    if (existing && at < existing.startedAt + limit.windowMs) return existing;
    const fresh = { startedAt: at, used: 0 };
    this.windows.set(id, fresh);
    return fresh;
  }
}

function info(bucket: string, limit: WindowLimit, window: Window, at: number, global: boolean): RateInfo {
  return {
    bucket,
    limit: limit.limit,
    remaining: Math.max(0, limit.limit - window.used),
    resetMs: Math.max(0, window.startedAt + limit.windowMs - at),
    global,
  };
}

/** Seconds from now: millisecond decimals (`4.213`), or whole seconds rounded up. */
export function formatReset(ms: number, wholeSeconds: boolean): string {
  if (wholeSeconds) return String(Math.ceil(ms / 1000));
  return (Math.round(ms) / 1000).toFixed(3);
}

function emptyCounters(): RateCounters {
  return { total: 0, global: 0, buckets: {}, faults: {} };
}
