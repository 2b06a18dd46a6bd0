// ETA of a job from the REST limiter's bucket state (issue 5 "an ETA computed from the limiter's
// bucket state"): the items still to send plus the bucket's queue, against what the current
// window has left and the limit per window; never below the pace measured so far.
import type { BucketSnapshot, LimiterSnapshot } from '../../kook/rest';

export interface EtaInput {
  snapshot: LimiterSnapshot;
  /** The route every remaining item calls, e.g. `message/delete`. */
  route: string;
  remaining: number;
  /** Longest window seen for this bucket (resetAt − at), the best window estimate KOOK allows. */
  windowMs: number | null;
  /** Average ms per finished item so far, if any. */
  averageItemMs: number | null;
}

export function bucketFor(snapshot: LimiterSnapshot, route: string): BucketSnapshot | undefined {
  return snapshot.buckets.find((b) => b.routes.includes(route) || b.bucket === route);
}

export function limiterEta(i: EtaInput): number | null {
  if (i.remaining <= 0) return 0;
  const paced = i.averageItemMs !== null ? i.remaining * i.averageItemMs : null;
  const b = bucketFor(i.snapshot, i.route);
  if (!b || !b.known || b.limit === null || b.limit <= 0 || b.remaining === null) return paced;
  const untilReset = b.resetAt !== null ? Math.max(0, b.resetAt - i.snapshot.at) : 0;
  const window = Math.max(i.windowMs ?? untilReset, untilReset);
  const demand = i.remaining + b.queued;
  let byBucket = 0;
  if (demand > b.remaining) {
    // The rest of this window, then one full window per further `limit` requests.
    const beyond = demand - b.remaining;
    byBucket = untilReset + Math.max(0, Math.ceil(beyond / b.limit) - 1) * window;
  }
  return Math.round(Math.max(byBucket, paced ?? 0));
}

/** Tracks the longest observed window of a bucket across progress snapshots. */
export class WindowEstimate {
  private longest: number | null = null;

  observe(snapshot: LimiterSnapshot, route: string): number | null {
    const b = bucketFor(snapshot, route);
    if (b?.resetAt != null) {
      const w = b.resetAt - snapshot.at;
      if (w > 0 && (this.longest === null || w > this.longest)) this.longest = w;
    }
    return this.longest;
  }
}
