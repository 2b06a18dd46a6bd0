import { KookClientError } from './KookClientError';

/** The caller aborted the request (AbortSignal), or the client was halted while it waited. */
export class CancelledError extends KookClientError {
  override readonly name = 'CancelledError';

  constructor(endpoint?: string, reason = 'cancelled') {
    super(endpoint === undefined ? reason : `${endpoint}: ${reason}`, endpoint);
  }
}
