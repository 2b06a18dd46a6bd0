import { KookClientError } from './KookClientError';

/** KOOK answered something we cannot read: not JSON, no envelope, or data failing its schema. */
export class InvalidResponseError extends KookClientError {
  override readonly name = 'InvalidResponseError';
  override readonly endpoint: string;

  constructor(
    endpoint: string,
    readonly httpStatus: number,
    readonly detail: string,
  ) {
    super(`${endpoint}: invalid response (HTTP ${httpStatus}): ${detail}`, endpoint);
    this.endpoint = endpoint;
  }
}
