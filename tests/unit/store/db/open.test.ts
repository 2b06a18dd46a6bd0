import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, DatabaseTooNewError, openInMemoryModerationDatabase, openModerationDatabase, SCHEMA_VERSION } from '../../../../main/store/db';
import { migrate, type Migration } from '../../../../main/store/db/migrations';
import { newCase, tmpDbFile } from './helpers';

const fixedNow = (): number => 1234;

describe('opening the local database', () => {
  it('creates a fresh WAL database marked as Kookdesk\'s at the latest schema version', () => {
    const file = tmpDbFile();
    const db = openModerationDatabase(file);
    const c = db.connection;
    expect(c.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(c.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(c.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(c.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(c.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.recoveredFrom).toBeNull();
    db.close();
  });

  it('re-opens an existing database without re-running migrations or losing data', () => {
    const file = tmpDbFile();
    const first = openModerationDatabase(file);
    first.cases.add(newCase());
    first.close();
    const again = openModerationDatabase(file);
    expect(again.recoveredFrom).toBeNull();
    expect(again.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.cases.get(1)?.reason).toBe('spam links');
    again.close();
  });

  it('applies only the missing migrations, each with its version bump', () => {
    const db = new Database(':memory:');
    const ran: number[] = [];
    const step = (version: number): Migration => ({ version, name: `m${version}`, up: (d) => { ran.push(version); d.exec(`CREATE TABLE t${version} (x)`); } });
    expect(migrate(db, ':memory:', [step(1)])).toEqual([1]);
    expect(migrate(db, ':memory:', [step(1), step(2), step(3)])).toEqual([2, 3]);
    expect(migrate(db, ':memory:', [step(1), step(2), step(3)])).toEqual([]);
    expect(ran).toEqual([1, 2, 3]);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('rolls a failing migration back entirely, version included', () => {
    const db = new Database(':memory:');
    const broken: Migration = { version: 1, name: 'broken', up: (d) => { d.exec('CREATE TABLE a (x)'); d.exec('NOT SQL'); } };
    expect(() => migrate(db, ':memory:', [broken])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'a'").get()).toEqual({ n: 0 });
  });

  it('refuses a database written by a newer Kookdesk and leaves it untouched', () => {
    const file = tmpDbFile();
    openModerationDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    let error: unknown;
    try {
      openModerationDatabase(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(String(error)).toMatch(/newer Kookdesk.*schema version 2/u);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(file)).filter((f) => f.includes('.corrupt-') || f.includes('.foreign-'))).toEqual([]);
  });

  it('sets a corrupt file aside (with its WAL) and starts fresh, saying so', () => {
    const file = tmpDbFile();
    writeFileSync(file, Buffer.from('this is not a database at all, just garbage bytes\u0000\u0001\u0002'.repeat(40)));
    writeFileSync(`${file}-wal`, 'stale wal');
    const db = openModerationDatabase(file, { now: fixedNow });
    expect(db.recoveredFrom).toEqual({ setAsideTo: `${file}.corrupt-1234`, reason: expect.stringMatching(/^corrupt: /u) });
    expect(readFileSync(`${file}.corrupt-1234`, 'utf8')).toMatch(/^this is not a database/u);
    expect(existsSync(`${file}.corrupt-1234-wal`)).toBe(true);
    expect(db.cases.add(newCase()).id).toBe(1);
    db.close();
  });

  it('sets aside a file with an SQLite header but damaged pages', () => {
    const file = tmpDbFile();
    const seed = openModerationDatabase(file);
    seed.connection.transaction(() => {
      for (let i = 0; i < 200; i++) seed.cases.add(newCase({ reason: `reason ${i} `.repeat(20) }));
    })();
    seed.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 4096, bytes.length); // every page after the first is overwritten
    writeFileSync(file, bytes);
    const db = openModerationDatabase(file, { now: fixedNow });
    expect(db.recoveredFrom?.reason).toMatch(/^corrupt: /u);
    expect(db.cases.list({}).total).toBe(0);
    db.close();
  });

  it('sets aside another application\'s SQLite file instead of adopting it', () => {
    const file = tmpDbFile();
    const other = new Database(file);
    other.pragma('application_id = 42');
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    other.close();
    const db = openModerationDatabase(file, { now: fixedNow });
    expect(db.recoveredFrom).toEqual({ setAsideTo: `${file}.foreign-1234`, reason: expect.stringMatching(/^foreign: application_id 42/u) });
    db.close();
    const kept = new Database(`${file}.foreign-1234`, { readonly: true });
    expect(kept.prepare('SELECT name FROM recipes').pluck().all()).toEqual(['soup']);
    kept.close();
  });

  it('sets aside an unmarked SQLite file that holds unknown tables', () => {
    const file = tmpDbFile();
    const other = new Database(file);
    other.exec('CREATE TABLE random_table_x (a, b)');
    other.close();
    const db = openModerationDatabase(file, { now: fixedNow });
    expect(db.recoveredFrom?.reason).toMatch(/^foreign: .*random_table_x/u);
    expect(db.recoveredFrom?.setAsideTo).toBe(`${file}.foreign-1234`);
    db.close();
  });

  it('adopts an empty SQLite file (nothing to lose)', () => {
    const file = tmpDbFile();
    new Database(file).exec('VACUUM');
    const db = openModerationDatabase(file);
    expect(db.recoveredFrom).toBeNull();
    db.close();
  });

  it('offers the same schema in memory for other layers\' tests', () => {
    const db = openInMemoryModerationDatabase();
    expect(db.cases.add(newCase()).id).toBe(1);
    expect(db.connection.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
