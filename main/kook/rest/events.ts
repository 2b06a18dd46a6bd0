// Events of the REST client and its rate limiter.
import type { ErrorKind } from './ErrorCounters';

export interface RestEvents {
  /** A counter of 401s, 429s or 40300s passed its threshold within the sliding window. */
  warning: { kind: ErrorKind; count: number; threshold: number; windowMs: number; at: number };
  /** A 401: all traffic is halted until `RestClient.setToken` (PROTOCOL.md "HTTP status handling"). */
  'auth-failed': { endpoint: string; httpStatus: number; code: number; message: string; at: number };
  /** A 429 was received; the request waits `resetMs` and retries (or fails past the cap). */
  'rate-limited': { endpoint: string; bucket: string; resetMs: number; global: boolean; attempt: number; at: number };
  /** X-Rate-Limit-Global appeared: every bucket waits until `until`. */
  'global-limit': { until: number; at: number };
  /** A route was learned to belong to a bucket (several routes may share one). */
  'bucket-learned': { route: string; bucket: string; at: number };
  /** A read is retried after a 5xx, a network error or a timeout. */
  retry: { endpoint: string; attempt: number; reason: string; delayMs: number; at: number };
  /** message/create outcome needed reconciliation (see MessageCreateGuard). */
  reconciled: { nonce: string; outcome: 'nonce' | 'listing' | 'absent' | 'unknown'; msgId?: string; at: number };
}
