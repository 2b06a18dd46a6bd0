// The inspector's filters (issue 5: signal, event type, guild, channel, user, free text or
// regex), compiled once and applied to a row and its raw text. The renderer has its own copy
// for the live list; this one serves paging, export and the in-memory event log.
import type { FrameFilter, FrameRow } from '../../shared/ipc';
import { InspectorError } from './errors';

export type FrameMatcher = (row: FrameRow, raw: string) => boolean;

export function compileFilter(filter: FrameFilter | undefined): FrameMatcher {
  if (!filter) return () => true;
  const signals = filter.signals && filter.signals.length > 0 ? new Set(filter.signals) : null;
  const types = filter.eventTypes && filter.eventTypes.length > 0 ? new Set(filter.eventTypes) : null;
  const text = filter.text ? filter.text.toLowerCase() : null;
  const regex = filter.regex ? compileRegex(filter.regex) : null;
  const { guildId, channelId, userId } = filter;
  return (row, raw) => {
    if (signals && !signals.has(row.signal)) return false;
    if (types && (row.eventType === null || !types.has(row.eventType))) return false;
    if (guildId && row.guildId !== guildId) return false;
    if (channelId && row.channelId !== channelId) return false;
    if (userId && row.authorId !== userId) return false;
    if (text && !raw.toLowerCase().includes(text)) return false;
    if (regex && !regex.test(raw)) return false;
    return true;
  };
}

function compileRegex(source: string): RegExp {
  try {
    return new RegExp(source, 'i');
  } catch (err) {
    throw new InspectorError('bad-filter', `invalid regular expression: ${err instanceof Error ? err.message : String(err)}`);
  }
}
