// The purge scan: message/list backwards from the newest (history lane), keeping the messages
// the filters select, until the count limit, the `until` message (inclusive), a time before the
// range, or the scan cap. Shared by the dry run and the purge itself, so the preview is exact.
import type { PurgeFilters } from '../../../shared/ipc';
import type { KookMessage, RestClient } from '../../kook/rest';
import { compileFilters } from './filters';

export const SCAN_CAP = 20_000;

export interface ScanResult {
  matches: KookMessage[];
  scanned: number;
}

export async function scanForPurge(rest: RestClient, f: PurgeFilters, signal?: { cancelled: boolean }): Promise<ScanResult> {
  const keep = compileFilters(f);
  const matches: KookMessage[] = [];
  let scanned = 0;
  for await (const m of rest.messages.iterateHistory({ target_id: f.channelId, direction: 'older', page_size: 50 })) {
    if (signal?.cancelled) break;
    scanned += 1;
    // Newest → oldest: once older than the range start, nothing further can match.
    if (f.after !== undefined && m.create_at < f.after) break;
    if (keep(m)) matches.push({ ...m, channel_id: m.channel_id ?? f.channelId });
    if (matches.length >= f.limit || m.id === f.untilMsgId || scanned >= SCAN_CAP) break;
  }
  return { matches, scanned };
}
