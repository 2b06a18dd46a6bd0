// The case log: one row per action (issue 5 "Case log"); the autoincrement id is the case number.
// Reason, target name and evidence text are also indexed in cases_fts (same rowid) for search.
import type Database from 'better-sqlite3';
import type { CaseAction, CaseEvidence, CaseView } from '../../../shared/ipc';
import { CASE_ACTIONS } from '../../../shared/ipc';
import type { CaseQuery, CaseStore, NewCase } from '../moderationStores';
import { durableTransaction } from './durable';
import { readEvidence, readRecord, readResult, toJson } from './json';
import { ftsCondition } from './search';

interface CaseRow {
  id: number;
  guild_id: string;
  action: string;
  target_id: string;
  target_name: string | null;
  reason: string | null;
  actor: string;
  created_at: number;
  result: string;
  duration_ms: number | null;
  expires_at: number | null;
  evidence: string | null;
  undoable: number;
  undone_by_case_id: number | null;
  undo_data: string | null;
}

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(CASE_ACTIONS);
const isCaseAction = (a: string): a is CaseAction => KNOWN_ACTIONS.has(a);
const EXPORT_CHUNK = 500;

function toView(r: CaseRow): CaseView {
  return {
    id: r.id,
    guildId: r.guild_id,
    // An action this version does not know (a newer writer, a hand edit) still shows, as a failed record.
    action: isCaseAction(r.action) ? r.action : 'message.post',
    targetId: r.target_id,
    targetName: r.target_name,
    reason: r.reason,
    actor: r.actor,
    createdAt: r.created_at,
    result: readResult(r.result),
    durationMs: r.duration_ms,
    expiresAt: r.expires_at,
    evidence: readEvidence(r.evidence),
    undoable: r.undoable === 1 && r.undone_by_case_id === null,
    undoneByCaseId: r.undone_by_case_id,
  };
}

/** Text of the evidence worth finding: message contents and their authors. */
function evidenceText(e: CaseEvidence | null): string {
  if (!e?.messages) return '';
  return e.messages.map((m) => `${m.authorName}: ${m.content}`).join('\n');
}

export function createCaseStore(db: Database.Database, trigram: boolean): CaseStore {
  const insert = db.prepare(`INSERT INTO cases (guild_id, action, target_id, target_name, reason, actor, created_at, result,
      duration_ms, expires_at, evidence, undoable, undo_data)
    VALUES (@guildId, @action, @targetId, @targetName, @reason, @actor, @createdAt, @result, @durationMs, @expiresAt, @evidence, @undoable, @undoData)`);
  const insertFts = db.prepare('INSERT INTO cases_fts (rowid, reason, target_name, evidence_text) VALUES (?, ?, ?, ?)');
  const byId = db.prepare<[number], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const setReason = db.prepare('UPDATE cases SET reason = ? WHERE id = ?');
  const setReasonFts = db.prepare('UPDATE cases_fts SET reason = ? WHERE rowid = ?');
  const setUndone = db.prepare('UPDATE cases SET undone_by_case_id = ? WHERE id = ?');

  function where(q: Omit<CaseQuery, 'page' | 'pageSize'>): { sql: string; params: (string | number)[] } {
    const parts: string[] = [];
    const params: (string | number)[] = [];
    const eq = (column: string, value: string | number | undefined): void => {
      if (value === undefined) return;
      parts.push(`${column} = ?`);
      params.push(value);
    };
    eq('guild_id', q.guildId);
    eq('action', q.action);
    eq('target_id', q.targetId);
    if (q.since !== undefined) {
      parts.push('created_at >= ?');
      params.push(q.since);
    }
    if (q.until !== undefined) {
      parts.push('created_at <= ?');
      params.push(q.until);
    }
    const fts = q.search === undefined ? null : ftsCondition('cases_fts', ['reason', 'target_name', 'evidence_text'], q.search, trigram);
    if (fts) {
      parts.push(`id IN (${fts.sql})`);
      params.push(...fts.params);
    }
    return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
  }

  return {
    add(c: NewCase): CaseView {
      return durableTransaction(db, () => {
        const info = insert.run({
          guildId: c.guildId,
          action: c.action,
          targetId: c.targetId,
          targetName: c.targetName,
          reason: c.reason,
          actor: c.actor,
          createdAt: c.createdAt,
          result: JSON.stringify(c.result),
          durationMs: c.durationMs,
          expiresAt: c.expiresAt,
          evidence: toJson(c.evidence),
          undoable: c.undoable ? 1 : 0,
          undoData: toJson(c.undoData),
        });
        const id = Number(info.lastInsertRowid);
        insertFts.run(id, c.reason, c.targetName, evidenceText(c.evidence));
        const row = byId.get(id);
        if (!row) throw new Error(`case ${id} vanished while being written`);
        return toView(row);
      });
    },

    get(id) {
      const row = byId.get(id);
      return row ? { ...toView(row), undoData: readRecord(row.undo_data) } : null;
    },

    list(q) {
      const pageSize = Math.max(1, Math.min(q.pageSize ?? 50, 1000));
      const page = Math.max(1, q.page ?? 1);
      const w = where(q);
      const total = db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n FROM cases ${w.sql}`).get(...w.params)?.n ?? 0;
      const items = db
        .prepare<(string | number)[], CaseRow>(`SELECT * FROM cases ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
        .all(...w.params, pageSize, (page - 1) * pageSize)
        .map(toView);
      return { items, total };
    },

    editReason(id, reason) {
      return durableTransaction(db, () => {
        if (setReason.run(reason, id).changes === 0) return null;
        setReasonFts.run(reason, id);
        const row = byId.get(id);
        return row ? toView(row) : null;
      });
    },

    markUndone(id, undoneByCaseId) {
      durableTransaction(db, () => setUndone.run(undoneByCaseId, id));
    },

    *all(q) {
      // Keyset chunks rather than one long-lived cursor: the caller may write (or page) meanwhile.
      const w = where(q);
      const glue = w.sql ? `${w.sql} AND` : 'WHERE';
      const chunk = db.prepare<(string | number)[], CaseRow>(`SELECT * FROM cases ${glue} id > ? ORDER BY id LIMIT ${EXPORT_CHUNK}`);
      let after = 0;
      for (;;) {
        const rows = chunk.all(...w.params, after);
        for (const r of rows) yield toView(r);
        const last = rows.at(-1);
        if (!last || rows.length < EXPORT_CHUNK) return;
        after = last.id;
      }
    },
  };
}
