// Inspector filters (issue 5 "Event inspector") as SQL over the frames table. Structured filters
// use the (column, seq) indexes; free text is a LIKE over the raw JSON; a regex runs through the
// `kd_regexp` SQL function, JS RegExp with caps (pattern size, nested quantifiers, input length),
// because JS regexes cannot be interrupted once they backtrack.
import type Database from 'better-sqlite3';
import type { FrameFilter } from '../../../shared/ipc';
import { InvalidFilterError } from './errors';

export const MAX_PATTERN_LENGTH = 200;
/** Only this much of each raw frame is tested by a regex: bounds the cost of one bad match. */
export const REGEX_INPUT_CAP = 16 * 1024;
// A group ending in a quantifier that is itself quantified, e.g. (a+)+ or (\w*)*: exponential backtracking.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}]\)(?:[+*]|\{\d+,?\d*\})/u;

export function compileRegex(pattern: string): RegExp {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new InvalidFilterError(`regex longer than ${MAX_PATTERN_LENGTH} characters`);
  if (NESTED_QUANTIFIER.test(pattern)) throw new InvalidFilterError('regex with nested quantifiers (e.g. (a+)+) is refused: it can take exponential time');
  try {
    return new RegExp(pattern, 'iu');
  } catch (err) {
    throw new InvalidFilterError(`invalid regex: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Registers `kd_regexp(pattern, text)`; compiled patterns are cached (a page reuses one pattern). */
export function registerRegexFunction(db: Database.Database): void {
  const cache = new Map<string, RegExp>();
  db.function('kd_regexp', { deterministic: true, directOnly: true }, (pattern: unknown, text: unknown) => {
    if (typeof pattern !== 'string' || typeof text !== 'string') return 0;
    let re = cache.get(pattern);
    if (!re) {
      re = compileRegex(pattern);
      if (cache.size > 32) cache.clear();
      cache.set(pattern, re);
    }
    return re.test(text.length > REGEX_INPUT_CAP ? text.slice(0, REGEX_INPUT_CAP) : text) ? 1 : 0;
  });
}

/** Conditions over `frames f`, joined to `frame_raw r` when `scansRaw` (see `frameSource`). */
export interface FrameWhere {
  sql: string;
  params: (string | number)[];
  /** Whether rows must be read and tested one by one (text or regex). */
  scansRaw: boolean;
}

export const frameSource = (w: FrameWhere): string => (w.scansRaw ? 'frames f JOIN frame_raw r ON r.seq = f.seq' : 'frames f');

const escapeLike = (s: string): string => s.replace(/[\\%_]/gu, (c) => `\\${c}`);

export function frameWhere(filter: FrameFilter, beforeSeq?: number): FrameWhere {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const list = (column: string, values: (string | number)[] | undefined): void => {
    if (values === undefined) return;
    if (values.length === 0) {
      parts.push('0');
      return;
    }
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  list('f.signal', filter.signals);
  list('f.event_type', filter.eventTypes);
  if (filter.guildId !== undefined) list('f.guild_id', [filter.guildId]);
  if (filter.channelId !== undefined) list('f.channel_id', [filter.channelId]);
  if (filter.userId !== undefined) list('f.author_id', [filter.userId]);
  if (beforeSeq !== undefined) {
    parts.push('f.seq < ?');
    params.push(beforeSeq);
  }
  let scansRaw = false;
  if (filter.text !== undefined && filter.text !== '') {
    parts.push("r.raw LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(filter.text)}%`);
    scansRaw = true;
  }
  if (filter.regex !== undefined && filter.regex !== '') {
    compileRegex(filter.regex); // a bad pattern is the caller's error, reported before any scan
    parts.push('kd_regexp(?, r.raw)');
    params.push(filter.regex);
    scansRaw = true;
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params, scansRaw };
}
