import { KookClientError } from './KookClientError';

/**
 * KOOK answered, and the answer is a failure: non-2xx HTTP status or envelope `code != 0`
 * (PROTOCOL.md "Response envelope"). `message` is KOOK's localized text (Accept-Language).
 */
export class KookApiError extends KookClientError {
  override readonly name = 'KookApiError';
  override readonly endpoint: string;

  constructor(
    readonly code: number,
    message: string,
    endpoint: string,
    readonly httpStatus: number,
  ) {
    super(message, endpoint);
    this.endpoint = endpoint;
  }

  /** 40300: the bot lacks a permission (PROTOCOL.md error codes). */
  get isMissingPermission(): boolean {
    return this.code === 40300;
  }
}
