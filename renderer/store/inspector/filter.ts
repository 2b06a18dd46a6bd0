// The inspector's filters on the renderer side (issue 5): signal, event type, guild, channel,
// user, and free text or /regex/. Live rows carry no raw text, so text and regex match the
// row's own fields here; main matches them against the raw JSON when a filtered page is loaded.
import type { FrameFilter, FrameRow } from '../../../shared/ipc';

export interface InspectorFilterInput {
  signal: string;
  eventType: string;
  guildId: string;
  channelId: string;
  userId: string;
  /** Free text, or a regular expression written as /…/. */
  text: string;
}

export const EMPTY_FILTER: InspectorFilterInput = { signal: '', eventType: '', guildId: '', channelId: '', userId: '', text: '' };

export type CompiledFilter = { ok: true; filter: FrameFilter; match: (row: FrameRow) => boolean } | { ok: false; error: 'bad-regex' };

const KOOK_ID = /^\d{1,32}$/;

export function compileInspectorFilter(input: InspectorFilterInput): CompiledFilter {
  const filter: FrameFilter = {};
  const signal = input.signal.trim();
  if (signal !== '' && /^[0-6]$/.test(signal)) filter.signals = [Number(signal)];
  const eventType = input.eventType.trim();
  if (eventType !== '') filter.eventTypes = [eventType];
  const ids = { guildId: input.guildId.trim(), channelId: input.channelId.trim(), userId: input.userId.trim() };
  if (KOOK_ID.test(ids.guildId)) filter.guildId = ids.guildId;
  if (KOOK_ID.test(ids.channelId)) filter.channelId = ids.channelId;
  if (KOOK_ID.test(ids.userId)) filter.userId = ids.userId;
  const text = input.text.trim();
  let regex: RegExp | null = null;
  const slashed = /^\/(.+)\/$/.exec(text);
  if (slashed?.[1]) {
    try {
      regex = new RegExp(slashed[1], 'i');
    } catch {
      return { ok: false, error: 'bad-regex' };
    }
    filter.regex = slashed[1];
  } else if (text !== '') {
    filter.text = text;
  }
  const needle = filter.text?.toLowerCase() ?? null;
  return {
    ok: true,
    filter,
    match: (row) => {
      if (filter.signals && !filter.signals.includes(row.signal)) return false;
      if (filter.eventTypes && (row.eventType === null || !filter.eventTypes.includes(row.eventType))) return false;
      if (filter.guildId && row.guildId !== filter.guildId) return false;
      if (filter.channelId && row.channelId !== filter.channelId) return false;
      if (filter.userId && row.authorId !== filter.userId) return false;
      if (needle === null && regex === null) return true;
      const hay = rowText(row);
      if (needle !== null && !hay.toLowerCase().includes(needle)) return false;
      return regex === null || regex.test(hay);
    },
  };
}

function rowText(row: FrameRow): string {
  return [row.eventType, row.channelType, row.guildId, row.channelId, row.authorId, row.outcome, row.sn].filter((v) => v !== null).join(' ');
}

export function isEmptyFilter(f: FrameFilter): boolean {
  return Object.keys(f).length === 0;
}
