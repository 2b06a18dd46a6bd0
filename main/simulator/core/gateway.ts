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
  dropSockets(sessionId?: string): number;
  setZombie(on: boolean, sessionId?: string): void;
  setSilentStream(on: boolean, sessionId?: string): void;
  /** ms < 0 withholds HELLO entirely. */
  setHelloDelay(ms: number): void;
  /** Answer the next connection's HELLO with this code (40100–40103); null clears it. */
  setHelloError(code: number | null, times?: number): void;
  sendReconnect(code: 40106 | 40107 | 40108, sessionId?: string): number;
  /** Deliver events out of order within a window of this many frames (0 = off). */
  setReorderWindow(frames: number): void;
  /** Send each of the next `count` events twice. */
  duplicateNext(count: number): void;
  /** Withhold the next event (a gap) until a PING shows the client is behind. */
  withholdNext(count: number): void;
  expireGatewayTokens(): void;
  setLatency(ms: number): void;
  sessions(): { sessionId: string; botId: string; lastSn: number; connected: boolean; compress: boolean }[];
  ledger(sessionId?: string): LedgerEntry[];
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
