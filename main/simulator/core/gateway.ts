// What the rest of the simulator needs from the gateway server (main/simulator/gateway/).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** Protocol timers on the server side; tests run them at a faster scale (GATEWAY.md §4.2). */
export interface GatewayServerTimings {
  /** Delay between socket open and HELLO. */
  helloDelayMs: number;
  /** How long a session may be resumed after its socket closes (then RECONNECT 40107). */
  sessionLifetimeMs: number;
  /** Lifetime of the token embedded in a gateway URL (then HELLO 40103). */
  gatewayTokenLifetimeMs: number;
  /** How many past events per session are kept for resume and PING re-send. */
  replayWindow: number;
}

export const DEFAULT_GATEWAY_TIMINGS: GatewayServerTimings = {
  helloDelayMs: 0,
  sessionLifetimeMs: 5 * 60_000,
  gatewayTokenLifetimeMs: 10 * 60_000,
  replayWindow: 10_000,
};

/** One ledger row per event emitted or withheld (issue: "Ledger"). */
export interface LedgerEntry {
  sessionId: string;
  /** The sn it was sent with, or 'withheld' when a silent stream swallowed it. */
  sn: number | 'withheld';
  msgId: string;
  kind: string;
  channelId?: string;
  at: number;
}

/** Fault injection, driven by the admin API. Each fault applies to the sessions it names, or all. */
export interface GatewayControl {
  /** Terminates sockets without a close frame; their sessions stay resumable. Returns how many. */
  dropSockets(sessionId?: string): number;
  /** Marks the sockets open now as stuck: no PONG, no events (they still get sns), socket open. A new socket is healthy. */
  setZombie(on: boolean, sessionId?: string): void;
  /** PONGs continue; events get no sn, are never delivered or replayed, and are ledgered as 'withheld'. */
  setSilentStream(on: boolean, sessionId?: string): void;
  /** ms < 0 withholds HELLO entirely; null restores the configured helloDelayMs. */
  setHelloDelay(ms: number | null): void;
  /** Answer the next connection's HELLO with this code (40100–40103); null clears it. */
  setHelloError(code: number | null, times?: number): void;
  /** Sends RECONNECT and closes; the session is forgotten (a resume gets 40107). Returns how many. */
  sendReconnect(code: 40106 | 40107 | 40108, sessionId?: string): number;
  /** Deliver events out of order within a window of this many frames (0 or 1 = off); sn values unchanged. */
  setReorderWindow(frames: number, sessionId?: string): void;
  /** Send each of the next `count` events twice (per session). */
  duplicateNext(count: number, sessionId?: string): void;
  /** Withhold the next `count` event frames (sn consumed, a gap) until a PING shows the client is behind. */
  withholdNext(count: number, sessionId?: string): void;
  /** Every token issued so far is expired: connects and resumes with them get HELLO 40103. */
  expireGatewayTokens(): void;
  /** Delay every server frame by ms, order preserved (0 = off). */
  setLatency(ms: number, sessionId?: string): void;
  sessions(): { sessionId: string; botId: string; lastSn: number; connected: boolean; compress: boolean }[];
  ledger(sessionId?: string): LedgerEntry[];
  /** Clears every fault and the ledger; sessions and sockets stay. */
  reset(): void;
}

export interface GatewayServer {
  /** Issues a short-lived gateway URL for the bot (REST gateway/index). */
  issueUrl(botId: string, compress: boolean, origin: string): string;
  /** Mounted on the HTTP server's `upgrade` for path `/gateway`. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  readonly control: GatewayControl;
  close(): Promise<void>;
}
