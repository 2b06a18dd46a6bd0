// Versioned schema. PRAGMA user_version holds the number of migrations applied; each migration runs
// in its own transaction together with the version bump, so a crash leaves version N or N+1, never
// half a migration. Never edit a released migration: append a new one.
import type Database from 'better-sqlite3';
import { DatabaseTooNewError } from './errors';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Trigram FTS5 lets Chinese substrings match (no word boundaries to tokenize on). */
function ftsTokenizer(db: Database.Database): string {
  return hasTrigram(db) ? "tokenize = 'trigram'" : "tokenize = 'unicode61'";
}

export function hasTrigram(db: Database.Database): boolean {
  try {
    db.exec("CREATE VIRTUAL TABLE temp.trigram_probe USING fts5(x, tokenize = 'trigram'); DROP TABLE temp.trigram_probe;");
    return true;
  } catch {
    return false;
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'cases, scheduled jobs, event log, timeline, message cache',
    up(db) {
      const tok = ftsTokenizer(db);
      db.exec(`
        CREATE TABLE cases (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          guild_id TEXT NOT NULL,
          action TEXT NOT NULL,
          target_id TEXT NOT NULL,
          target_name TEXT,
          reason TEXT,
          actor TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          result TEXT NOT NULL CHECK (json_valid(result)),
          duration_ms INTEGER,
          expires_at INTEGER,
          evidence TEXT CHECK (evidence IS NULL OR json_valid(evidence)),
          undoable INTEGER NOT NULL,
          undone_by_case_id INTEGER REFERENCES cases(id),
          undo_data TEXT CHECK (undo_data IS NULL OR json_valid(undo_data))
        );
        CREATE INDEX cases_guild ON cases(guild_id, id);
        CREATE INDEX cases_target ON cases(target_id, id);
        CREATE INDEX cases_action ON cases(action, id);
        CREATE INDEX cases_created ON cases(created_at);
        CREATE VIRTUAL TABLE cases_fts USING fts5(reason, target_name, evidence_text, ${tok});

        CREATE TABLE scheduled_jobs (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          kind TEXT NOT NULL,
          case_id INTEGER NOT NULL REFERENCES cases(id),
          profile_id TEXT NOT NULL,
          guild_id TEXT NOT NULL,
          target_id TEXT NOT NULL,
          payload TEXT NOT NULL CHECK (json_valid(payload)),
          due_at INTEGER NOT NULL,
          state TEXT NOT NULL DEFAULT 'pending',
          done_at INTEGER,
          error TEXT
        );
        CREATE INDEX scheduled_pending ON scheduled_jobs(profile_id, state, due_at);
        CREATE INDEX scheduled_case ON scheduled_jobs(case_id);

        CREATE TABLE frames (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at INTEGER NOT NULL,
          signal INTEGER NOT NULL,
          sn INTEGER,
          event_type TEXT,
          channel_type TEXT,
          guild_id TEXT,
          channel_id TEXT,
          author_id TEXT,
          bytes INTEGER NOT NULL,
          compressed_bytes INTEGER,
          outcome TEXT NOT NULL
        );
        -- Raw JSON apart from the row: counting and structured filters then scan a narrow table.
        CREATE TABLE frame_raw (
          seq INTEGER PRIMARY KEY,
          raw TEXT NOT NULL
        );
        CREATE INDEX frames_at ON frames(at);
        CREATE INDEX frames_signal ON frames(signal, seq);
        CREATE INDEX frames_event_type ON frames(event_type, seq);
        CREATE INDEX frames_guild ON frames(guild_id, seq);
        CREATE INDEX frames_channel ON frames(channel_id, seq);
        CREATE INDEX frames_author ON frames(author_id, seq);

        CREATE TABLE timeline (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          at INTEGER NOT NULL,
          from_state TEXT NOT NULL,
          to_state TEXT NOT NULL,
          reason TEXT NOT NULL
        );

        CREATE TABLE messages (
          id TEXT PRIMARY KEY,
          channel_id TEXT NOT NULL,
          guild_id TEXT NOT NULL,
          author_id TEXT NOT NULL,
          author_name TEXT NOT NULL,
          content TEXT NOT NULL,
          type INTEGER NOT NULL,
          create_at INTEGER NOT NULL,
          attachments TEXT CHECK (attachments IS NULL OR json_valid(attachments))
        );
        CREATE INDEX messages_channel ON messages(channel_id, create_at);
        CREATE INDEX messages_author ON messages(guild_id, author_id, create_at);
        -- External-content FTS over messages.content, kept in step by triggers.
        CREATE VIRTUAL TABLE messages_fts USING fts5(content, content = 'messages', content_rowid = 'rowid', ${tok});
        CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
          INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
        END;
        CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
          INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
        END;
        CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
          INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
          INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
        END;
      `);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function currentVersion(db: Database.Database): number {
  const v: unknown = db.pragma('user_version', { simple: true });
  return typeof v === 'number' ? v : 0;
}

/** Applies what is missing; refuses a file from a newer Kookdesk. Returns the versions applied. */
export function migrate(db: Database.Database, file: string, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations.length;
  const from = currentVersion(db);
  if (from > latest) throw new DatabaseTooNewError(file, from, latest);
  const applied: number[] = [];
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
