// Purge filters (issue 5): author ids, text substring, regex, links or invites, bots only, time
// range. A user regex is guarded against catastrophic backtracking: nested quantifiers and
// back-references are refused up front, and only the first 4000 characters are matched.
import type { PurgeFilters } from '../../../shared/ipc';
import { ServiceError } from '../../services/toIpcError';

export interface PurgeCandidate {
  content: string;
  create_at: number;
  author: { id: string; bot: boolean };
}

const MATCH_CHARS = 4000;
const LINK = /https?:\/\/\S+/i;
const INVITE = /(?:^|[^\w.])(?:https?:\/\/)?(?:www\.)?kook\.top\/[A-Za-z0-9]+/i;

/** A group that is itself quantified and contains a quantifier: `(a+)+`, `(a*)*`, `(a|aa)+`-like `(x+y)*`. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,?\d*\})/;
const ALTERNATION_REPEAT = /\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,\d*\})/;
const BACKREF = /\\[1-9]|\\k</;

/** Compiles a user regex or throws invalid-payload explaining why it is refused. */
export function compileGuardedRegex(source: string): RegExp {
  const refuse = (why: string): never => {
    throw new ServiceError('invalid-payload', `regex refused: ${why}`, { issues: [{ path: 'regex', message: why }] });
  };
  if (source.length > 200) refuse('longer than 200 characters');
  if (NESTED_QUANTIFIER.test(source)) refuse('nested quantifiers can take exponential time');
  if (ALTERNATION_REPEAT.test(source)) refuse('a repeated alternation can take exponential time');
  if (BACKREF.test(source)) refuse('back-references are not allowed');
  try {
    return new RegExp(source, 'iu');
  } catch (err) {
    return refuse(err instanceof Error ? err.message : 'invalid pattern');
  }
}

export function hasLinkOrInvite(content: string): boolean {
  return LINK.test(content) || INVITE.test(content);
}

/** The per-message predicate (the scan handles order, `untilMsgId` and `limit`). */
export function compileFilters(f: PurgeFilters): (m: PurgeCandidate) => boolean {
  const authors = f.authorIds && f.authorIds.length > 0 ? new Set(f.authorIds) : null;
  const text = f.text ? f.text.toLowerCase() : null;
  const regex = f.regex ? compileGuardedRegex(f.regex) : null;
  return (m) => {
    if (authors && !authors.has(m.author.id)) return false;
    if (f.botsOnly && !m.author.bot) return false;
    if (f.after !== undefined && m.create_at < f.after) return false;
    if (f.before !== undefined && m.create_at > f.before) return false;
    if (text && !m.content.toLowerCase().includes(text)) return false;
    if (regex && !regex.test(m.content.slice(0, MATCH_CHARS))) return false;
    if (f.linksOrInvites && !hasLinkOrInvite(m.content)) return false;
    return true;
  };
}
