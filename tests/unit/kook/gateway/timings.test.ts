// GATEWAY.md §4.2 defaults, the scaled test profile, resume URL format (§5) and the refetch backoff.
import { describe, expect, it } from 'vitest';
import { RefetchBackoff } from '../../../../main/kook/gateway/RefetchBackoff';
import { resumeUrl } from '../../../../main/kook/gateway/resumeUrl';
import { DEFAULT_GATEWAY_TIMINGS, scaleTimings } from '../../../../main/kook/gateway/timings';

describe('timings', () => {
  it('defaults to the values of GATEWAY.md §4.2', () => {
    expect(DEFAULT_GATEWAY_TIMINGS).toMatchObject({
      helloTimeoutMs: 6_000, heartbeatIntervalMs: 30_000, heartbeatJitterMs: 5_000, pongTimeoutMs: 6_000,
      retryPingDelaysMs: [2_000, 4_000], resumeDelaysMs: [8_000, 16_000], connectRetryDelaysMs: [2_000, 4_000],
      refetchInitialMs: 1_000, refetchMaxMs: 60_000, refetchJitterRatio: 0.2, reorderBufferCap: 200,
    });
  });

  it('scales every duration but not ratios or counts', () => {
    const t = scaleTimings(0.1);
    expect(t.heartbeatIntervalMs).toBe(3_000);
    expect(t.resumeDelaysMs).toEqual([800, 1_600]);
    expect(t.refetchJitterRatio).toBe(0.2);
    expect(t.reorderBufferCap).toBe(200);
  });
});

describe('RefetchBackoff', () => {
  const timings = { refetchInitialMs: 1_000, refetchMaxMs: 60_000, refetchJitterRatio: 0.2 };

  it('stays within ±20 % of 1, 2, 4, … s and never above 60 s', () => {
    for (const r of [0, 0.25, 0.75, 0.999999]) {
      const b = new RefetchBackoff(timings, () => r);
      const delays = Array.from({ length: 12 }, () => b.next());
      delays.forEach((d, i) => {
        const base = Math.min(60_000, 1_000 * 2 ** i);
        expect(d).toBeGreaterThanOrEqual(base * 0.8);
        expect(d).toBeLessThanOrEqual(Math.min(60_000, base * 1.2));
      });
    }
  });

  it('starts over after reset()', () => {
    const b = new RefetchBackoff(timings, () => 0.5);
    b.next();
    b.next();
    b.reset();
    expect(b.next()).toBe(1_000);
  });
});

describe('resumeUrl', () => {
  it('appends resume params with & to a URL that already has a query', () => {
    expect(resumeUrl('wss://h/gateway?compress=0&token=t', 'abc-1', 5)).toBe('wss://h/gateway?compress=0&token=t&resume=1&sn=5&session_id=abc-1');
  });

  it('starts a query when the URL has none, and escapes the session id', () => {
    expect(resumeUrl('wss://h/gateway', 'a b', 0)).toBe('wss://h/gateway?resume=1&sn=0&session_id=a%20b');
  });
});
