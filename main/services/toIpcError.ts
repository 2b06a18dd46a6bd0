// Maps anything a service throws onto the closed set of IPC errors. Unknown failures become
// `internal` with a generic message: stack traces and secrets never cross the boundary.
import type { IpcError, IpcErrorCode } from '../../shared/ipc';
import { isIpcErrorCode } from '../../shared/ipc';

/** Services throw this for errors they classify themselves. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

interface KookLike {
  name: string;
  code?: unknown;
  message?: unknown;
  httpStatus?: unknown;
  endpoint?: unknown;
}

export function toIpcError(err: unknown): IpcError {
  if (err instanceof ServiceError) return { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) };
  if (err && typeof err === 'object' && 'name' in err) {
    const e = err as KookLike;
    const message = typeof e.message === 'string' ? e.message : String(e.name);
    switch (e.name) {
      case 'KookApiError': {
        const details = { kookCode: e.code, kookMessage: message, endpoint: e.endpoint, httpStatus: e.httpStatus };
        if (e.httpStatus === 401) return { code: 'auth-failed', message, details };
        if (e.code === 40300) return { code: 'missing-permission', message, details };
        return { code: 'kook-error', message, details };
      }
      case 'RateLimitedError':
        return { code: 'rate-limited', message };
      case 'TimeoutError':
        return { code: 'timeout', message };
      case 'NetworkError':
        return { code: 'network', message };
      case 'CancelledError':
        return { code: 'cancelled', message };
      case 'AuthFailedError':
        return { code: 'auth-failed', message };
      default:
        if (isIpcErrorCode(e.code)) return { code: e.code, message };
    }
  }
  return { code: 'internal', message: 'internal error' };
}
