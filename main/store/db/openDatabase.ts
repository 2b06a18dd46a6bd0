// Opens the one local database of a profile (issue 5 "Storage"; TOOLCHAIN.md "Local database"):
// better-sqlite3, WAL, foreign keys, versioned migrations, application_id. A corrupt or foreign file
// is set aside and reported through `recoveredFrom`; a file from a newer Kookdesk is refused.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ModerationDatabase } from '../moderationStores';
import { createCaseStore } from './caseStore';
import { createEventLogStore, type EventLog } from './eventLogStore';
import { APPLICATION_ID, inspectFile, setAside } from './fileGuard';
import { registerRegexFunction } from './frameFilter';
import { createMessageCacheStore } from './messageCacheStore';
import { hasTrigram, migrate } from './migrations';
import { createScheduleStore } from './scheduleStore';

export interface OpenOptions {
  /**
   * Inside Electron the native module must match Electron's ABI while tests here use Node's build
   * (TOOLCHAIN.md "Local database"): main passes the path of the Electron build of
   * better_sqlite3.node when one is shipped; absent, the default (Node) binding loads.
   */
  nativeBinding?: string;
  /** Clock for the set-aside file names; tests pass a fixed one. */
  now?: () => number;
}

/** The stores plus what only the database layer offers (seq continuation, FTS availability). */
export interface KookdeskDatabase extends ModerationDatabase {
  events: EventLog;
  /** Whether the trigram tokenizer is available (else search falls back to substring scans). */
  readonly trigram: boolean;
  /** The underlying connection, for diagnostics and tests (integrity_check). */
  readonly connection: Database.Database;
}

function configure(db: Database.Database, inMemory: boolean): void {
  if (!inMemory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function build(db: Database.Database, file: string, recoveredFrom: ModerationDatabase['recoveredFrom']): KookdeskDatabase {
  configure(db, file === ':memory:');
  registerRegexFunction(db);
  try {
    // Marked before the first table exists: a crash mid-migration must not leave a file that
    // the next start would take for another application's.
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  const trigram = hasTrigram(db);
  return {
    cases: createCaseStore(db, trigram),
    schedule: createScheduleStore(db),
    events: createEventLogStore(db),
    messages: createMessageCacheStore(db),
    recoveredFrom,
    trigram,
    connection: db,
    close() {
      if (db.open) db.close();
    },
  };
}

export function openModerationDatabase(file: string, opts: OpenOptions = {}): KookdeskDatabase {
  const now = opts.now ?? Date.now;
  mkdirSync(path.dirname(file), { recursive: true });
  const verdict = inspectFile(file, opts.nativeBinding);
  let recoveredFrom: ModerationDatabase['recoveredFrom'] = null;
  if (verdict.kind === 'corrupt' || verdict.kind === 'foreign') {
    const setAsideTo = setAside(file, verdict.kind, now());
    recoveredFrom = { setAsideTo, reason: `${verdict.kind}: ${verdict.reason}` };
  }
  return build(new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}), file, recoveredFrom);
}

/** Same schema and code in memory, for tests of the layers above. */
export function openInMemoryModerationDatabase(): KookdeskDatabase {
  return build(new Database(':memory:'), ':memory:', null);
}
