// Where the reader is: "Jump to latest" and jumping to a message already held
// (STYLE.md "From Mattermost": a jump to an unloaded message loads `around` instead).
import { moveReader } from './pages';
import type { HistoryMessage } from './order';
import { blockIndexOf, latestBlock, type ChannelHistory } from './state';

/** Moves the reader to the latest block, or marks that a latest page must be loaded (needsLatestLoad). */
export function jumpToLatest<M extends HistoryMessage>(state: ChannelHistory<M>): ChannelHistory<M> {
  const latest = latestBlock(state);
  if (latest !== undefined) return moveReader(state, latest.id);
  if (state.awaitingLatest && state.newMessagesCount === 0) return state;
  return { ...state, awaitingLatest: true, newMessagesCount: 0 };
}

/** Moves the reader to the block holding `messageId`; returns the same state when it is not held (load `around`). */
export function jumpToMessage<M extends HistoryMessage>(state: ChannelHistory<M>, messageId: string): ChannelHistory<M> {
  const block = state.blocks[blockIndexOf(state, messageId)];
  return block === undefined ? state : moveReader(state, block.id);
}
