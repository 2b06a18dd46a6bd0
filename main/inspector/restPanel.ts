// The REST panel (issue 5): every rate-limit bucket with its budget, reset and queue, and the
// 429 / 401 / 40300 counters, read from the client's limiter snapshot (REST.md part B).
import type { RestPanel } from '../../shared/ipc';
import type { LimiterSnapshot } from '../kook/rest';

export function toRestPanel(snapshot: LimiterSnapshot | null): RestPanel {
  if (!snapshot) return { buckets: [], globalBlockedUntil: null, counters: { unauthorized: 0, rateLimited: 0, forbidden: 0 } };
  return {
    buckets: snapshot.buckets
      .map((b) => ({
        bucket: b.bucket,
        routes: [...b.routes],
        limit: b.limit,
        remaining: b.remaining,
        // A bucket blocked after a 429 resets no earlier than its block ends.
        resetAt: b.blockedUntil !== null && (b.resetAt === null || b.blockedUntil > b.resetAt) ? b.blockedUntil : b.resetAt,
        queued: b.queued,
        inFlight: b.inFlight,
      }))
      .sort((a, b) => a.bucket.localeCompare(b.bucket)),
    globalBlockedUntil: snapshot.global.until,
    counters: { ...snapshot.counters },
  };
}
