// One page of the inspector's frame list, newest last. Structured filters are answered by indexes
// with exact totals. Text and regex must read each raw frame, which cannot stay fast over a million
// rows, so they examine a bounded window: the newest N seqs below `beforeSeq`. The answer says
// `scanLimited` when older frames were left unexamined, and `oldestSeq` then points at the window's
// edge, so passing it back as `beforeSeq` continues the search; totals count the newest window.
import type Database from 'better-sqlite3';
import type { FrameFilter } from '../../../shared/ipc';
import { type FrameWhere, frameSource, frameWhere } from './frameFilter';

/** Frames a text filter examines per call (LIKE over raw: ~0.6 µs a row here). */
export const TEXT_SCAN_WINDOW = 50_000;
/** Frames a regex examines per call (a JS call per row: ~2 µs a row here). */
export const REGEX_SCAN_WINDOW = 25_000;
const ROW_COLUMNS = 'f.seq, f.at, f.signal, f.sn, f.event_type, f.channel_type, f.guild_id, f.channel_id, f.author_id, f.bytes, f.compressed_bytes, f.outcome';

export interface PageResult<R> {
  items: R[];
  total: number;
  oldestSeq: number | null;
  scanLimited?: boolean;
}

type Params = (string | number)[];

export function pageFrames<Row extends { seq: number }>(db: Database.Database, filter: FrameFilter, limit: number, beforeSeq: number | undefined, count: number): PageResult<Row> {
  const take = Math.max(1, Math.min(Math.floor(limit), 5000));
  const full = frameWhere(filter, beforeSeq);
  if (!full.scansRaw) {
    const items = db.prepare<Params, Row>(`SELECT ${ROW_COLUMNS} FROM frames f ${full.sql} ORDER BY f.seq DESC LIMIT ?`).all(...full.params, take).reverse();
    const all = frameWhere(filter);
    const total = all.sql === '' ? count : countWhere(db, all);
    return { items, total, oldestSeq: items[0]?.seq ?? null };
  }
  const windowSize = filter.regex ? REGEX_SCAN_WINDOW : TEXT_SCAN_WINDOW;
  const bounds = seqBounds(db);
  if (bounds === null) return { items: [], total: 0, oldestSeq: null, scanLimited: false };
  const top = Math.min(beforeSeq ?? bounds.max + 1, bounds.max + 1);
  const edge = top - windowSize > bounds.min ? top - windowSize : null;
  const matches = matchingSeqs(db, full, edge);
  const pageSeqs = matches.slice(0, take);
  const items = pageSeqs.length === 0 ? [] : db
    .prepare<[string], Row>(`SELECT ${ROW_COLUMNS} FROM frames f WHERE f.seq IN (SELECT value FROM json_each(?)) ORDER BY f.seq`)
    .all(JSON.stringify(pageSeqs));
  let total = matches.length;
  let scanLimited = edge !== null;
  if (beforeSeq !== undefined) {
    // The total counts the window under the newest frame, as the first page did.
    const topEdge = bounds.max + 1 - windowSize > bounds.min ? bounds.max + 1 - windowSize : null;
    total = countWhere(db, withEdge(frameWhere(filter), topEdge));
    scanLimited ||= topEdge !== null;
  }
  const pageFull = pageSeqs.length === take;
  const oldestSeq = pageFull || edge === null ? (items[0]?.seq ?? null) : edge;
  return { items, total, oldestSeq, scanLimited };
}

function countWhere(db: Database.Database, w: FrameWhere): number {
  return db.prepare<Params, { n: number }>(`SELECT count(*) AS n FROM ${frameSource(w)} ${w.sql}`).get(...w.params)?.n ?? 0;
}

function seqBounds(db: Database.Database): { min: number; max: number } | null {
  const row = db.prepare<[], { min: number | null; max: number | null }>('SELECT min(seq) AS min, max(seq) AS max FROM frames').get();
  return row && row.min !== null && row.max !== null ? { min: row.min, max: row.max } : null;
}

function withEdge(w: FrameWhere, edge: number | null): FrameWhere {
  if (edge === null) return w;
  return { ...w, sql: w.sql ? `${w.sql} AND f.seq >= ?` : 'WHERE f.seq >= ?', params: [...w.params, edge] };
}

/** Seqs of every match inside the window, newest first: one pass gives both the page and the count. */
function matchingSeqs(db: Database.Database, w: FrameWhere, edge: number | null): number[] {
  const e = withEdge(w, edge);
  return db.prepare<Params, number>(`SELECT f.seq FROM ${frameSource(e)} ${e.sql} ORDER BY f.seq DESC`).pluck().all(...e.params);
}
