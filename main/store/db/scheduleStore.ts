// Temporary bans and mutes to lift later (issue 5 "Temporary bans and mutes"): jobs persist across
// restarts; the scheduler reads `pending` at start-up and reconciles what expired while closed.
import type Database from 'better-sqlite3';
import type { ScheduledJob, ScheduleStore } from '../moderationStores';
import { durableTransaction } from './durable';
import { readRecord } from './json';

interface JobRow {
  id: number;
  kind: string;
  case_id: number;
  profile_id: string;
  guild_id: string;
  target_id: string;
  payload: string;
  due_at: number;
  state: string;
  done_at: number | null;
  error: string | null;
}

const KINDS = ['unban', 'voiceUnmute', 'textUnmute'] as const;
const STATES = ['pending', 'done', 'failed', 'cancelled'] as const;
const isKind = (k: string): k is ScheduledJob['kind'] => (KINDS as readonly string[]).includes(k);
const isState = (s: string): s is ScheduledJob['state'] => (STATES as readonly string[]).includes(s);

function toJob(r: JobRow): ScheduledJob | null {
  // A row of a kind this version cannot carry out is skipped rather than guessed at.
  if (!isKind(r.kind) || !isState(r.state)) return null;
  return {
    id: r.id,
    kind: r.kind,
    caseId: r.case_id,
    profileId: r.profile_id,
    guildId: r.guild_id,
    targetId: r.target_id,
    payload: readRecord(r.payload) ?? {},
    dueAt: r.due_at,
    state: r.state,
    doneAt: r.done_at,
    error: r.error,
  };
}

export function createScheduleStore(db: Database.Database): ScheduleStore {
  const insert = db.prepare(`INSERT INTO scheduled_jobs (kind, case_id, profile_id, guild_id, target_id, payload, due_at)
    VALUES (@kind, @caseId, @profileId, @guildId, @targetId, @payload, @dueAt)`);
  const byId = db.prepare<[number], JobRow>('SELECT * FROM scheduled_jobs WHERE id = ?');
  const pending = db.prepare<[string], JobRow>("SELECT * FROM scheduled_jobs WHERE profile_id = ? AND state = 'pending' ORDER BY due_at, id");
  const complete = db.prepare("UPDATE scheduled_jobs SET state = 'done', done_at = ?, error = NULL WHERE id = ? AND state = 'pending'");
  const fail = db.prepare("UPDATE scheduled_jobs SET state = 'failed', done_at = ?, error = ? WHERE id = ? AND state = 'pending'");
  const cancel = db.prepare("UPDATE scheduled_jobs SET state = 'cancelled' WHERE case_id = ? AND state = 'pending'");

  return {
    add(job) {
      return durableTransaction(db, () => {
        const info = insert.run({ ...job, payload: JSON.stringify(job.payload) });
        const row = byId.get(Number(info.lastInsertRowid));
        const stored = row ? toJob(row) : null;
        if (!stored) throw new Error('scheduled job vanished while being written');
        return stored;
      });
    },
    pending(profileId) {
      return pending.all(profileId).flatMap((r) => toJob(r) ?? []);
    },
    complete(id, doneAt) {
      durableTransaction(db, () => complete.run(doneAt, id));
    },
    fail(id, error, at) {
      durableTransaction(db, () => fail.run(at, error, id));
    },
    cancelForCase(caseId) {
      durableTransaction(db, () => cancel.run(caseId));
    },
  };
}
