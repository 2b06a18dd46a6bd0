// What moderation, the scheduler and the inspector need from persistence (issue 5 "Storage").
// Implemented over one SQLite database (main/store/db, better-sqlite3, WAL, versioned migrations);
// tests of higher layers may use the in-memory implementations beside it.
import type { CaseAction, CaseEvidence, CaseView, FrameFilter, FrameRow, TimelineEntry } from '../../shared/ipc';

export interface NewCase {
  guildId: string;
  action: CaseAction;
  targetId: string;
  targetName: string | null;
  reason: string | null;
  actor: string;
  createdAt: number;
  result: CaseView['result'];
  durationMs: number | null;
  expiresAt: number | null;
  evidence: CaseEvidence | null;
  undoable: boolean;
  /** Data the undo needs (previous nickname, overwrites before, role id…), never shown as is. */
  undoData?: Record<string, unknown> | null;
}

export interface CaseQuery {
  guildId?: string;
  action?: string;
  targetId?: string;
  search?: string;
  since?: number;
  until?: number;
  page?: number;
  pageSize?: number;
}

export interface CaseStore {
  /** Numbered from 1 in one database; the write is durable when this returns. */
  add(c: NewCase): CaseView;
  get(id: number): (CaseView & { undoData: Record<string, unknown> | null }) | null;
  list(q: CaseQuery): { items: CaseView[]; total: number };
  editReason(id: number, reason: string): CaseView | null;
  markUndone(id: number, undoneByCaseId: number): void;
  /** For CSV/JSONL export: every matching case, oldest first. */
  all(q: Omit<CaseQuery, 'page' | 'pageSize'>): Iterable<CaseView>;
}

/** A temporary action to carry out later (unban, unmute…), surviving restarts. */
export interface ScheduledJob {
  id: number;
  kind: 'unban' | 'voiceUnmute' | 'textUnmute';
  caseId: number;
  profileId: string;
  guildId: string;
  targetId: string;
  payload: Record<string, unknown>;
  dueAt: number;
  state: 'pending' | 'done' | 'failed' | 'cancelled';
  doneAt: number | null;
  error: string | null;
}

export interface ScheduleStore {
  add(job: Omit<ScheduledJob, 'id' | 'state' | 'doneAt' | 'error'>): ScheduledJob;
  pending(profileId: string): ScheduledJob[];
  complete(id: number, doneAt: number): void;
  fail(id: number, error: string, at: number): void;
  cancelForCase(caseId: number): void;
}

/** A captured gateway frame: the row the inspector lists plus the raw JSON text (token-free). */
export interface StoredFrame extends FrameRow {
  raw: string;
}

export interface EventLogStore {
  append(frames: StoredFrame[]): void;
  /**
   * Newest last; `beforeSeq` pages back. Text/regex filters examine a bounded window of recent
   * frames: `scanLimited` says older frames were not examined (pass `oldestSeq` as `beforeSeq`
   * to continue) and `total` then counts the newest window only.
   */
  page(filter: FrameFilter, limit: number, beforeSeq?: number): { items: FrameRow[]; total: number; oldestSeq: number | null; scanLimited?: boolean };
  raw(seq: number): string | null;
  appendTimeline(entry: TimelineEntry): void;
  timeline(limit: number): TimelineEntry[];
  /** Drops what exceeds the size cap and the retention age. */
  prune(maxFrames: number, maxAgeMs: number, now: number): number;
  count(): number;
  /** The highest seq ever stored (survives restarts and pruning): where live numbering continues. */
  lastSeq?(): number;
}

/** Messages seen (events and pages), for evidence of deleted messages and later search. */
export interface MessageCacheStore {
  put(messages: { id: string; channelId: string; guildId: string; authorId: string; authorName: string; content: string; type: number; createAt: number; attachments?: unknown }[]): void;
  get(id: string): { id: string; channelId: string; guildId: string; authorId: string; authorName: string; content: string; type: number; createAt: number; attachments?: unknown } | null;
}

export interface ModerationDatabase {
  cases: CaseStore;
  schedule: ScheduleStore;
  events: EventLogStore;
  messages: MessageCacheStore;
  /** Set when an existing file was corrupt or foreign and had to be set aside. */
  readonly recoveredFrom: { setAsideTo: string; reason: string } | null;
  close(): void;
}
