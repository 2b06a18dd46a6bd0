// X-Rate-Limit-* parsing (PROTOCOL.md "Rate limits"): Reset is relative seconds and may be a
// decimal; Bucket compares case-insensitively; Global counts by presence, whatever its value.
import { RateLimitHeader } from '../../../shared/kook/envelope';

export interface RateLimitInfo {
  limit: number | undefined;
  remaining: number | undefined;
  /** Reset converted to milliseconds from now. */
  resetMs: number | undefined;
  bucket: string | undefined;
  global: boolean;
}

function number(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** `Headers.get` is already case-insensitive; bucket names are lowercased for comparison. */
export function parseRateLimitHeaders(headers: Headers): RateLimitInfo {
  const reset = number(headers, RateLimitHeader.reset);
  const bucket = headers.get(RateLimitHeader.bucket)?.trim().toLowerCase();
  return {
    limit: number(headers, RateLimitHeader.limit),
    remaining: number(headers, RateLimitHeader.remaining),
    resetMs: reset === undefined ? undefined : Math.ceil(reset * 1000),
    bucket: bucket === undefined || bucket === '' ? undefined : bucket,
    global: headers.has(RateLimitHeader.global),
  };
}

export function hasRateLimitHeaders(info: RateLimitInfo): boolean {
  return info.limit !== undefined || info.remaining !== undefined || info.resetMs !== undefined || info.bucket !== undefined;
}
