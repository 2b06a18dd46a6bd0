// The closed set of errors that cross the IPC boundary (../shared/design/ARCHITECTURE.md
// "The typed IPC contract"). `message` is English for logs; the renderer shows the code's
// translation, with the KOOK code and message in `details` where KOOK gave one.

export const IPC_ERROR_CODES = [
  /** The payload failed the method's schema; details.issues names the fields. */
  'invalid-payload',
  /** No such service:method. */
  'unknown-method',
  /** The caller (sender frame / bridge peer) is not allowed. */
  'forbidden',
  /** A method that needs a session was called without one. */
  'not-connected',
  /** KOOK refused the token (HTTP 401 / HELLO 40101–40102). */
  'auth-failed',
  /** KOOK answered code 40300: the bot lacks a permission. */
  'missing-permission',
  /** Any other KOOK business error; details.kookCode and details.kookMessage. */
  'kook-error',
  /** Rate limit still exceeded after the client's retries. */
  'rate-limited',
  'timeout',
  'network',
  'not-found',
  /** The token vault cannot encrypt on this machine (e.g. Linux basic_text). */
  'vault-unavailable',
  'cancelled',
  'internal',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function isIpcErrorCode(value: unknown): value is IpcErrorCode {
  return typeof value === 'string' && (IPC_ERROR_CODES as readonly string[]).includes(value);
}

/** Thrown on the renderer side when a call comes back `{ ok: false }`. */
export class IpcCallError extends Error {
  override readonly name = 'IpcCallError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
