// The local SQLite database behind main/store/moderationStores.ts.
export { openModerationDatabase, openInMemoryModerationDatabase, type KookdeskDatabase, type OpenOptions } from './openDatabase';
export { DatabaseTooNewError, InvalidFilterError } from './errors';
export { APPLICATION_ID } from './fileGuard';
export { SCHEMA_VERSION } from './migrations';
