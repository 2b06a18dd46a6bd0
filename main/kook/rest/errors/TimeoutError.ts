import { KookClientError } from './KookClientError';

/** No complete response within the per-request timeout. The request may have reached KOOK. */
export class TimeoutError extends KookClientError {
  override readonly name = 'TimeoutError';

  constructor(
    endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(`${endpoint} timed out after ${timeoutMs} ms`, endpoint);
  }
}
