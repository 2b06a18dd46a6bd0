import { KookClientError } from './KookClientError';

/** Still rate limited (HTTP 429) after the capped number of waits and retries (PROTOCOL.md "Rate limits"). */
export class RateLimitedError extends KookClientError {
  override readonly name = 'RateLimitedError';

  constructor(
    readonly bucket: string,
    /** How long KOOK asked us to wait on the last 429, in ms. */
    readonly resetMs: number,
    endpoint: string,
    readonly global: boolean = false,
  ) {
    super(`rate limited on bucket "${bucket}" (${endpoint}); retry in ${resetMs} ms`, endpoint);
  }
}
