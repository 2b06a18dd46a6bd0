/** Base of every error the KOOK REST client throws: callers catch one type, never a raw exception. */
export abstract class KookClientError extends Error {
  override readonly name: string = 'KookClientError';
  /** The REST route (e.g. `message/create`) the failure belongs to, when there is one. */
  readonly endpoint: string | undefined;

  constructor(message: string, endpoint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.endpoint = endpoint;
  }
}
