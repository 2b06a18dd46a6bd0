// Rows for the inspector's renderer tests.
import type { FrameRow } from '../../../../shared/ipc';

export const frame = (seq: number, over: Partial<FrameRow> = {}): FrameRow => ({
  seq, at: 1_700_000_000_000 + seq, signal: 0, sn: seq, eventType: '9', channelType: 'GROUP', guildId: '601', channelId: '488', authorId: '241',
  bytes: 100, compressedBytes: null, outcome: 'delivered', ...over,
});
