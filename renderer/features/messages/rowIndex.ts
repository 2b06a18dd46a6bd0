// Where a message sits among the reader's rows (for centring a jump target), in O(log n).
import type { MessageView } from '../../../shared/ipc';
import { activeBlockOf, compareKeys, getMessage, sequenceAt, type ChannelHistory } from './history';
import { sequenceLowerBound } from './history/idSequence';

export function rowIndexOf(history: ChannelHistory<MessageView>, msgId: string): number {
  const block = activeBlockOf(history);
  const target = getMessage(history, msgId);
  if (block === undefined || target === undefined) return -1;
  const at = sequenceLowerBound(block.ids, (id) => {
    const key = getMessage(history, id);
    return key === undefined ? -1 : compareKeys(key, target);
  });
  if (sequenceAt(block.ids, at) !== msgId) return -1;
  // selectors.ts: a gap row precedes the messages unless the block reached the oldest.
  return at + (block.reachedOldest ? 0 : 1);
}
