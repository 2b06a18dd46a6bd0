// The injected dependencies and the observable events of the gateway client.
// Everything outside this library comes in through these small interfaces (STYLE.md, discord.js habit).
import type { EventData } from '../../../shared/kook';

/** Time source and timers; tests pass a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Uniform in [0, 1), like Math.random. */
export type RandomSource = () => number;

export interface GatewaySocketEvents {
  open: () => void;
  /** Text frames as string, binary frames as bytes (GATEWAY.md §3: decided per frame). */
  message: (data: string | Uint8Array) => void;
  close: (code: number, reason: string) => void;
  error: (err: Error) => void;
}

/** The minimal WebSocket the client needs; the default factory wraps the `ws` package. */
export interface GatewaySocket {
  on<K extends keyof GatewaySocketEvents>(event: K, listener: GatewaySocketEvents[K]): void;
  send(text: string): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
}

export type WsFactory = (url: string) => GatewaySocket;

/** What survives an app restart so the next start can resume (GATEWAY.md §4.4 (rec)). */
export interface StoredSession {
  sessionId: string;
  lastSn: number;
}

export interface SessionStore {
  load(): StoredSession | null;
  /** `null` clears the stored session (after RECONNECT or a dropped session). */
  save(state: StoredSession | null): void;
}

/**
 * `GET gateway/index` (GATEWAY.md §1). May throw an error carrying `httpStatus` and/or `code`;
 * 401 or a KOOK token code is fatal, anything else is retried with backoff.
 */
/** gateway/index → the WebSocket URL; `signal` aborts a call the gateway gave up on. */
export type FetchGatewayUrl = (compress: boolean, signal?: AbortSignal) => Promise<string>;

/** The fields of a REST `Message` the watchdog and backfill read (REST.md `message/list`). */
export interface ListedMessage {
  id: string;
  create_at: number;
}

export interface ListMessagesQuery {
  channelId: string;
  /** `flag=after`: newer than this message, excluding it. */
  after?: string;
  before?: string;
  pageSize: number;
}

export type ListMessages<M extends ListedMessage = ListedMessage> = (query: ListMessagesQuery) => Promise<M[]>;

export type GatewayState =
  | 'IDLE'
  | 'FETCH_GATEWAY'
  | 'CONNECT'
  | 'WAIT_HELLO'
  | 'CONNECTED'
  | 'HB_RETRY'
  | 'RESUME_CONNECT'
  | 'FATAL';

/** The newest message seen live in a watched channel; `msgId` null when none was seen since start. */
export interface LastSeen {
  channelId: string;
  msgId: string | null;
  at: number;
}

export type GapReason = 'reconnect' | 'session-expired' | 'skipped' | 'silent-stream';

export interface GapReport {
  /** First sn that was never delivered. */
  fromSn: number;
  /** Last sn never delivered; null when unknown (the session ended or the server never numbered them). */
  toSn: number | null;
  /** Time window in which the lost events were sent (ms epoch). */
  since: number;
  until: number;
  reason: GapReason;
}

export type FrameOutcome = 'delivered' | 'duplicate' | 'reordered' | 'malformed' | 'control';

export interface FrameTap {
  /** Size of the JSON text (after inflating, for binary frames). */
  bytes: number;
  /** Size on the wire when the frame was a zlib binary frame. */
  compressedBytes?: number;
  at: number;
  /** The `s` of the frame; -1 when it could not be read. */
  signal: number;
  sn?: number;
  outcome: FrameOutcome;
  /** The frame as received (JSON text, or the zlib bytes of a binary frame), for the inspector's raw view. */
  wire?: string | Uint8Array;
  /** The event data of an s=0 frame whose envelope checked out (only the envelope is validated). */
  data?: EventData;
}

export interface GatewayCounters {
  events: number;
  duplicates: number;
  reorders: number;
  gaps: number;
  resumes: number;
  freshSessions: number;
  malformed: number;
  reconnects: number;
}

export interface GatewayEvent {
  sn: number;
  /** Only the envelope (type, extra.type) has been checked; consumers apply payload schemas (ARCHITECTURE.md "Ingest"). */
  data: EventData;
}

export interface GatewayEventMap {
  state: { from: GatewayState; to: GatewayState; reason: string; at: number };
  event: GatewayEvent;
  hello: { sessionId: string; resumed: boolean; at: number };
  resumed: { sessionId: string; lastSn: number; at: number };
  gap: GapReport;
  'needs-backfill': { reason: GapReason; lastSeen: LastSeen[] };
  fatal: { reason: 'bad-token'; code: number };
  rtt: { ms: number; at: number };
  malformed: { reason: string; detail: string; at: number };
  frame: FrameTap;
}
