// What the message pane shows: the reader's block, with a gap row at each end that is not
// contiguous with the channel's edge (ARCHITECTURE.md "Gap markers"). Rows carry stable keys for
// the virtualizer; rowCount/rowAt serve it without building a 100k-row array.
import { mapGet } from './chunkedMap';
import { sequenceAt, sequenceFirst, sequenceLast } from './idSequence';
import type { HistoryMessage } from './order';
import { activeBlockOf, latestBlock, type ChannelHistory, type HistoryBlock } from './state';

export interface MessageRow<M extends HistoryMessage> {
  readonly kind: 'message';
  readonly key: string;
  readonly message: M;
}

/**
 * Unloaded history. `before` is the id just older than the gap (the anchor of an `after` load),
 * `after` the id just newer than it (the anchor of a `before` load); null where nothing is held.
 */
export interface GapRow {
  readonly kind: 'gap';
  readonly key: string;
  readonly side: 'older' | 'newer';
  readonly before: string | null;
  readonly after: string | null;
}

export type HistoryRow<M extends HistoryMessage> = MessageRow<M> | GapRow;

function neighbours<M extends HistoryMessage>(state: ChannelHistory<M>, block: HistoryBlock): { older?: HistoryBlock; newer?: HistoryBlock } {
  const index = state.blocks.indexOf(block);
  return { older: state.blocks[index - 1], newer: state.blocks[index + 1] };
}

function gapRows<M extends HistoryMessage>(state: ChannelHistory<M>, block: HistoryBlock): { top?: GapRow; bottom?: GapRow } {
  const { older, newer } = neighbours(state, block);
  const top: GapRow | undefined = block.reachedOldest
    ? undefined
    : { kind: 'gap', key: `gap:older:${block.id}`, side: 'older', before: (older && sequenceLast(older.ids)) ?? null, after: sequenceFirst(block.ids) ?? null };
  const bottom: GapRow | undefined = block.reachedLatest
    ? undefined
    : { kind: 'gap', key: `gap:newer:${block.id}`, side: 'newer', before: sequenceLast(block.ids) ?? null, after: (newer && sequenceFirst(newer.ids)) ?? null };
  return { top, bottom };
}

/** Number of rows of the reader's block, gap rows included. */
export function rowCount<M extends HistoryMessage>(state: ChannelHistory<M>): number {
  const block = activeBlockOf(state);
  if (block === undefined) return 0;
  return block.ids.length + (block.reachedOldest ? 0 : 1) + (block.reachedLatest ? 0 : 1);
}

/** One row by position, in O(log n): what a virtualizer asks for. */
export function rowAt<M extends HistoryMessage>(state: ChannelHistory<M>, index: number): HistoryRow<M> | undefined {
  const block = activeBlockOf(state);
  if (block === undefined || index < 0) return undefined;
  const { top, bottom } = gapRows(state, block);
  const offset = top === undefined ? 0 : 1;
  if (top !== undefined && index === 0) return top;
  const id = sequenceAt(block.ids, index - offset);
  if (id === undefined) return index - offset === block.ids.length ? bottom : undefined;
  const message = mapGet(state.byId, id);
  return message === undefined ? undefined : { kind: 'message', key: id, message };
}

/** All rows of the reader's block, oldest first. */
export function visibleItems<M extends HistoryMessage>(state: ChannelHistory<M>): HistoryRow<M>[] {
  const block = activeBlockOf(state);
  if (block === undefined) return [];
  const { top, bottom } = gapRows(state, block);
  const rows: HistoryRow<M>[] = top === undefined ? [] : [top];
  for (const chunk of block.ids.chunks) {
    for (const id of chunk) {
      const message = mapGet(state.byId, id);
      if (message !== undefined) rows.push({ kind: 'message', key: id, message });
    }
  }
  if (bottom !== undefined) rows.push(bottom);
  return rows;
}

/** Older messages may exist above the reader's block. */
export function hasOlder<M extends HistoryMessage>(state: ChannelHistory<M>): boolean {
  const block = activeBlockOf(state);
  return block !== undefined && !block.reachedOldest;
}

/** Newer messages may exist below the reader's block. */
export function hasNewer<M extends HistoryMessage>(state: ChannelHistory<M>): boolean {
  const block = activeBlockOf(state);
  return block !== undefined && !block.reachedLatest;
}

/** No block reaches the latest (first open, after a gap, or "jump to latest" pending): load message/list without msg_id. */
export function needsLatestLoad<M extends HistoryMessage>(state: ChannelHistory<M>): boolean {
  return latestBlock(state) === undefined;
}

export function newMessagesCount<M extends HistoryMessage>(state: ChannelHistory<M>): number {
  return state.newMessagesCount;
}
