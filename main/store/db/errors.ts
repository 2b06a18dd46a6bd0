// Typed failures of the local database. A newer file is refused (never downgraded: its data may use
// columns this version does not know); a bad regex in an inspector filter is the caller's input error.

export class DatabaseTooNewError extends Error {
  readonly code = 'DB_TOO_NEW';
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The database ${file} was written by a newer Kookdesk (schema version ${fileVersion}; this version understands up to ${supportedVersion}). ` +
        'Update Kookdesk to open it; it was left untouched.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class InvalidFilterError extends Error {
  readonly code = 'INVALID_FILTER';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFilterError';
  }
}
