// Typed failures of the inspector; InspectorService maps them to IPC errors.

export type InspectorErrorCode = 'bad-filter' | 'not-found' | 'too-large' | 'bad-capture';

export class InspectorError extends Error {
  constructor(
    readonly code: InspectorErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'InspectorError';
  }
}
