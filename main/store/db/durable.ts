// The database runs with synchronous = NORMAL (WAL): a commit survives the process being killed but
// may be lost on power failure. Case and schedule writes are rare and must survive both, so they
// commit with synchronous = FULL (fsync of the WAL at commit) and then go back to NORMAL.
import type Database from 'better-sqlite3';

export function durableTransaction<T>(db: Database.Database, fn: () => T): T {
  if (db.inTransaction) return db.transaction(fn)();
  db.pragma('synchronous = FULL');
  try {
    return db.transaction(fn)();
  } finally {
    db.pragma('synchronous = NORMAL');
  }
}
