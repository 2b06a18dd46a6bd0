// Every protocol timer of the gateway client in one object (ARCHITECTURE.md "Timings").
// Defaults are the values of ../shared/kook/GATEWAY.md §4.2; tests use scaleTimings().

export interface GatewayTimings {
  /** HELLO must arrive this long after the socket opens (GATEWAY.md §4.2, §10). */
  helloTimeoutMs: number;
  /** PING every interval ± jitter (30 s ± 5 s). */
  heartbeatIntervalMs: number;
  heartbeatJitterMs: number;
  /** PONG must answer each PING within this (6 s). */
  pongTimeoutMs: number;
  /** After a PONG timeout: retry pings after these delays (2 s, then 4 s), each armed with pongTimeoutMs. */
  retryPingDelaysMs: readonly number[];
  /** Reconnect with resume params after these delays (8 s, 16 s); afterwards the session is dropped. */
  resumeDelaysMs: readonly number[];
  /** A fresh WebSocket connect is retried after these delays (2 s, 4 s), then the gateway is refetched. */
  connectRetryDelaysMs: readonly number[];
  /** Gateway refetch backoff: initial, doubling, capped, forever (GATEWAY.md §4.4). */
  refetchInitialMs: number;
  refetchMaxMs: number;
  /** ± fraction of jitter applied to every refetch delay (0.2 = ±20 %); not scaled. */
  refetchJitterRatio: number;
  /**
   * gateway/index (its wait in the REST limiter's queue included) gets this long; then the
   * gateway gives up on it and refetches with backoff. A safety net against a stalled queue;
   * not scaled, so fast tests never meet it.
   */
  fetchGatewayDeadlineMs: number;
  /** HELLO 40100/40103 → refetch after at least this long (php-bot waits 6 s, GATEWAY.md §4.3). */
  helloErrorRefetchDelayMs: number;
  /** A gap in sn older than this is acted on: first a resume, then a skip (GATEWAY.md §6, ~2 heartbeats). */
  reorderGapTimeoutMs: number;
  /** More buffered out-of-order events than this → skip the gap at once (GATEWAY.md §6, ~200); not scaled. */
  reorderBufferCap: number;
  /** Silent-stream watchdog (GATEWAY.md §10): how often it looks, and how long without s=0 events before it probes REST. */
  watchdogCheckIntervalMs: number;
  silentStreamAfterMs: number;
  /** Messages younger than this are not yet counted as missed by the watchdog (they may still be in flight). */
  silentStreamGraceMs: number;
  /** {session_id, lastSn} is persisted at most this often while events flow. */
  sessionSaveThrottleMs: number;
}

export const DEFAULT_GATEWAY_TIMINGS: Readonly<GatewayTimings> = Object.freeze({
  helloTimeoutMs: 6_000,
  heartbeatIntervalMs: 30_000,
  heartbeatJitterMs: 5_000,
  pongTimeoutMs: 6_000,
  retryPingDelaysMs: [2_000, 4_000],
  resumeDelaysMs: [8_000, 16_000],
  connectRetryDelaysMs: [2_000, 4_000],
  refetchInitialMs: 1_000,
  refetchMaxMs: 60_000,
  refetchJitterRatio: 0.2,
  fetchGatewayDeadlineMs: 60_000,
  helloErrorRefetchDelayMs: 6_000,
  reorderGapTimeoutMs: 60_000,
  reorderBufferCap: 200,
  watchdogCheckIntervalMs: 60_000,
  silentStreamAfterMs: 5 * 60_000,
  silentStreamGraceMs: 10_000,
  sessionSaveThrottleMs: 1_000,
});

/** Every duration multiplied by `factor` (e.g. 0.01 for fast tests); ratios and counts unchanged. */
export function scaleTimings(factor: number, base: Readonly<GatewayTimings> = DEFAULT_GATEWAY_TIMINGS): GatewayTimings {
  const ms = (v: number): number => Math.max(0, Math.round(v * factor));
  return {
    helloTimeoutMs: ms(base.helloTimeoutMs),
    heartbeatIntervalMs: ms(base.heartbeatIntervalMs),
    heartbeatJitterMs: ms(base.heartbeatJitterMs),
    pongTimeoutMs: ms(base.pongTimeoutMs),
    retryPingDelaysMs: base.retryPingDelaysMs.map(ms),
    resumeDelaysMs: base.resumeDelaysMs.map(ms),
    connectRetryDelaysMs: base.connectRetryDelaysMs.map(ms),
    refetchInitialMs: ms(base.refetchInitialMs),
    refetchMaxMs: ms(base.refetchMaxMs),
    refetchJitterRatio: base.refetchJitterRatio,
    fetchGatewayDeadlineMs: base.fetchGatewayDeadlineMs,
    helloErrorRefetchDelayMs: ms(base.helloErrorRefetchDelayMs),
    reorderGapTimeoutMs: ms(base.reorderGapTimeoutMs),
    reorderBufferCap: base.reorderBufferCap,
    watchdogCheckIntervalMs: ms(base.watchdogCheckIntervalMs),
    silentStreamAfterMs: ms(base.silentStreamAfterMs),
    silentStreamGraceMs: ms(base.silentStreamGraceMs),
    sessionSaveThrottleMs: ms(base.sessionSaveThrottleMs),
  };
}
