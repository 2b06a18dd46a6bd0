// State of one rate-limit bucket (PROTOCOL.md "Rate limits" (rec) step 2).
import type { TimerId } from './Clock';
import type { KookClientError } from './errors/KookClientError';
import { LaneQueue, type Lane } from './LaneQueue';
import type { RateLimitInfo } from './rateLimitHeaders';
import type { Slot } from './RateLimiter';

export interface Waiter {
  readonly seq: number;
  readonly lane: Lane;
  readonly route: string;
  resolve(slot: Slot): void;
  reject(error: KookClientError): void;
  cleanup(): void;
}

export class Bucket {
  readonly routes = new Set<string>();
  readonly queue = new LaneQueue<Waiter>();
  /** Until headers describe it, a bucket allows a single request in flight. */
  known = false;
  limit = Number.POSITIVE_INFINITY;
  remaining = Number.POSITIVE_INFINITY;
  /** Absolute ms when the window refills to `limit`. */
  resetAt = 0;
  /** Set by a 429: nothing leaves this bucket before then. */
  blockedUntil = 0;
  /** Longest Reset seen (ms): the best guess of the window's length. */
  windowMs = 0;
  inFlight = 0;
  timer: TimerId | undefined;
  timerAt: number | undefined;

  constructor(
    public name: string,
    firstRoute?: string,
  ) {
    if (firstRoute !== undefined) this.routes.add(firstRoute);
  }

  /** A success without rate-limit headers: the route is not rate-controlled. */
  markUnlimited(): void {
    this.known = true;
    this.limit = Number.POSITIVE_INFINITY;
    this.remaining = Number.POSITIVE_INFINITY;
  }

  /**
   * Takes the server's word, minus the requests still in flight that it may not have counted
   * yet: undercounting is safe, overcounting would exceed the limit.
   */
  update(info: RateLimitInfo, now: number, inFlight: number): void {
    const sameWindow = this.known && now < this.resetAt;
    this.known = true;
    if (info.limit !== undefined) this.limit = info.limit;
    if (info.remaining !== undefined) {
      const told = Math.max(0, info.remaining - inFlight);
      // Answers of one window can arrive out of order: a higher Remaining than we already hold is
      // stale (an earlier request's count), so within the window remaining only goes down.
      this.remaining = sameWindow && Number.isFinite(this.remaining) ? Math.min(this.remaining, told) : told;
    } else if (!Number.isFinite(this.remaining)) this.remaining = this.limit;
    if (info.resetMs !== undefined) {
      this.windowMs = Math.max(this.windowMs, info.resetMs);
      // Within a window keep the later end: a late answer must not make the window look shorter.
      this.resetAt = sameWindow ? Math.max(this.resetAt, now + info.resetMs) : now + info.resetMs;
    }
  }

  /**
   * The window refilled to Limit. Until an answer dates the new window, assume it lasts as long as
   * the longest Reset seen, so one refill never hands out more than Limit requests.
   */
  refill(now: number): void {
    this.remaining = this.limit;
    this.resetAt = now + this.windowMs;
  }
}
