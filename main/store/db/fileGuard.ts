// Decides whether an existing file is ours before anything writes to it. A corrupt file (not SQLite,
// or failing quick_check) or a foreign one (another application's SQLite) is renamed aside with its
// -wal/-shm and reported; it is never silently overwritten (issue 5 "Storage", like atomicJson.ts).
import { closeSync, existsSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';

/** PRAGMA application_id marking a file as Kookdesk's: ASCII "KDSK". */
export const APPLICATION_ID = 0x4b44534b;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileVerdict =
  | { kind: 'missing' }
  | { kind: 'ours' }
  | { kind: 'corrupt'; reason: string }
  | { kind: 'foreign'; reason: string };

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function isDamage(err: unknown): boolean {
  const code = err instanceof Database.SqliteError ? err.code : '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** Inspects `file` read-only-in-spirit (opening replays a leftover WAL, which SQLite would do anyway). */
export function inspectFile(file: string, nativeBinding?: string): FileVerdict {
  if (!existsSync(file) || statSync(file).size === 0) return { kind: 'missing' };
  if (!readHeader(file).equals(SQLITE_HEADER)) return { kind: 'corrupt', reason: 'not an SQLite database (bad header)' };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') return { kind: 'corrupt', reason: `quick_check failed: ${String(check)}` };
    const appId = db.pragma('application_id', { simple: true });
    if (appId === APPLICATION_ID) return { kind: 'ours' };
    if (appId !== 0) return { kind: 'foreign', reason: `application_id ${String(appId)} is not Kookdesk's` };
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all()
      .map((r) => r.name);
    // An empty SQLite file without our id is adopted; one holding tables belongs to someone else.
    if (tables.length === 0) return { kind: 'ours' };
    return { kind: 'foreign', reason: `SQLite database of another application (tables: ${tables.slice(0, 5).join(', ')})` };
  } catch (err) {
    // Only damage counts as corrupt; a locked or unreadable-by-permission file must not be set aside.
    if (!isDamage(err)) throw err;
    return { kind: 'corrupt', reason: `unreadable: ${errorMessage(err)}` };
  } finally {
    db?.close();
  }
}

/** Renames the file and its WAL/SHM companions to `<file>.<label>-<ts>` (suffixed if taken). */
export function setAside(file: string, label: 'corrupt' | 'foreign', now: number): string {
  let target = `${file}.${label}-${now}`;
  for (let i = 1; existsSync(target); i++) target = `${file}.${label}-${now}-${i}`;
  renameSync(file, target);
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}
