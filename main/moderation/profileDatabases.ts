// The moderation database is per profile kind (issue 5 "The demo profile has its own database"):
// `<dataDir>/kookdesk.db` for real bots, `<dataDir>/demo.db` for the demo, opened on first use.
import path from 'node:path';
import type { Logger } from '../log/logger';
import { openModerationDatabase } from '../store/db';
import type { ModerationDatabase } from '../store/moderationStores';
import type { ProfileKind } from './ModerationEngine';

export function databaseFileFor(dataDir: string, kind: ProfileKind): string {
  return path.join(dataDir, kind === 'demo' ? 'demo.db' : 'kookdesk.db');
}

/** `nativeBinding`: Electron's build of better_sqlite3.node, where the app ships one (main/index.ts). */
export function profileDatabases(dataDir: string, logger: Logger, nativeBinding?: string): (kind: ProfileKind) => ModerationDatabase {
  return (kind) => {
    const db = openModerationDatabase(databaseFileFor(dataDir, kind), nativeBinding ? { nativeBinding } : {});
    if (db.recoveredFrom) logger.warn(`the ${kind} database was unreadable and was set aside`, db.recoveredFrom);
    return db;
  };
}
