import { KookClientError } from './KookClientError';

/** fetch itself failed (DNS, refused, reset). The request may or may not have reached KOOK. */
export class NetworkError extends KookClientError {
  override readonly name = 'NetworkError';

  constructor(endpoint: string, cause: unknown) {
    super(`${endpoint}: network error: ${cause instanceof Error ? cause.message : String(cause)}`, endpoint, { cause });
  }
}
