// Gateway signals and frames, per ../shared/kook/GATEWAY.md §2 (signal table) and §7/§8 (codes).

export const Signal = {
  Event: 0,
  Hello: 1,
  Ping: 2,
  Pong: 3,
  Resume: 4,
  Reconnect: 5,
  ResumeAck: 6,
} as const;
export type SignalCode = (typeof Signal)[keyof typeof Signal];

/** HELLO `d.code` values (GATEWAY.md §8). */
export const HelloCode = {
  Ok: 0,
  MissingParam: 40100,
  InvalidToken: 40101,
  TokenVerifyFailed: 40102,
  TokenExpired: 40103,
} as const;
export type HelloErrorCode = 40100 | 40101 | 40102 | 40103;

/** RECONNECT `d.code` values (GATEWAY.md §7). */
export const ReconnectCode = {
  ResumeMissingParams: 40106,
  SessionExpired: 40107,
  SnInvalid: 40108,
} as const;
export type ReconnectErrorCode = 40106 | 40107 | 40108;

/** Every frame is one JSON object (GATEWAY.md §2). `extra` is undocumented and optional. */
export interface GatewayFrame<D = unknown> {
  s: SignalCode;
  d?: D;
  sn?: number;
  extra?: { intent?: number } & Record<string, unknown>;
}

export interface HelloData {
  code: number;
  session_id?: string;
  /** Historic camelCase key (GATEWAY.md §2): read it when `session_id` is absent. */
  sessionId?: string;
}

export interface ReconnectData {
  code: number;
  err?: string;
}

export interface ResumeAckData {
  session_id: string;
}

/** Query parameters appended to the gateway URL to resume (GATEWAY.md §5). */
export const ResumeParams = { resume: 'resume', sn: 'sn', sessionId: 'session_id' } as const;
