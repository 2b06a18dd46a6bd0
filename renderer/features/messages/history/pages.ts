// message/list results (../shared/kook/REST.md B.6). `before` and `after` exclude the reference
// message; a page shorter than page_size means the end was reached [Kook.Net]. How `around`
// splits its page is not documented, so an around page proves neither end.
import { absorbPage, type AbsorbResult } from './merge';
import type { HistoryMessage } from './order';
import { blockIndexOf, type ChannelHistory } from './state';

/** message/list without msg_id: the newest messages. Takes the reader there on first load or after "jump to latest". */
export function applyLatestPage<M extends HistoryMessage>(state: ChannelHistory<M>, items: readonly M[], pageSize: number): ChannelHistory<M> {
  const result = absorbPage(state, items, { reachedLatest: true, reachedOldest: items.length < pageSize });
  if (state.activeBlock !== null && !state.awaitingLatest) return result.state;
  return activate(result);
}

/** flag=before from `anchorId`: extends the anchor's block at its old end. */
export function applyBeforePage<M extends HistoryMessage>(
  state: ChannelHistory<M>,
  anchorId: string,
  items: readonly M[],
  pageSize: number,
): ChannelHistory<M> {
  return absorbPage(state, items, { anchorId, reachedOldest: items.length < pageSize, reachedLatest: false }).state;
}

/** flag=after from `anchorId`: extends the anchor's block at its new end; a short page reaches the latest. */
export function applyAfterPage<M extends HistoryMessage>(
  state: ChannelHistory<M>,
  anchorId: string,
  items: readonly M[],
  pageSize: number,
): ChannelHistory<M> {
  return absorbPage(state, items, { anchorId, reachedOldest: false, reachedLatest: items.length < pageSize }).state;
}

/**
 * flag=around `targetId` (a jump to a message): opens a block, or merges with the blocks it
 * overlaps, and moves the reader to the block holding the target.
 */
export function applyAroundPage<M extends HistoryMessage>(state: ChannelHistory<M>, targetId: string, items: readonly M[]): ChannelHistory<M> {
  const result = absorbPage(state, items, { reachedOldest: false, reachedLatest: false });
  const index = blockIndexOf(result.state, targetId);
  const target = result.state.blocks[index];
  if (target !== undefined) return moveReader(result.state, target.id);
  return activate(result);
}

function activate<M extends HistoryMessage>(result: AbsorbResult<M>): ChannelHistory<M> {
  return result.blockId === null ? result.state : moveReader(result.state, result.blockId);
}

/** Moves the reader to a block (cancelling a pending "jump to latest"); reaching the latest block clears the counter. */
export function moveReader<M extends HistoryMessage>(state: ChannelHistory<M>, blockId: number): ChannelHistory<M> {
  const block = state.blocks.find((candidate) => candidate.id === blockId);
  if (block === undefined) return state;
  const newMessagesCount = block.reachedLatest ? 0 : state.newMessagesCount;
  if (state.activeBlock === blockId && state.newMessagesCount === newMessagesCount && !state.awaitingLatest) return state;
  return { ...state, activeBlock: blockId, newMessagesCount, awaitingLatest: false };
}
