// The history of one channel as the renderer holds it (../shared/design/ARCHITECTURE.md
// "State in the renderer"; STYLE.md "From Mattermost"): a map of messages plus blocks of ids
// known to be contiguous, ordered by (create_at, id).
import { emptyChunkedMap, mapGet, type ChunkedMap } from './chunkedMap';
import { sequenceFirst, sequenceLast, sequenceToArray, type IdSequence } from './idSequence';
import { compareKeys, type HistoryMessage, type MessageKey } from './order';

/**
 * A run of messages with nothing missing between its first and last id.
 * `ids` is chunked (see idSequence.ts) so a live message does not copy a 100k-id array.
 */
export interface HistoryBlock {
  /** Stable while the block lives; a merged block keeps the reader's block id when it absorbs it. */
  readonly id: number;
  readonly ids: IdSequence;
  /** Nothing older than the first id exists in the channel. */
  readonly reachedOldest: boolean;
  /** Nothing newer than the last id exists: live messages are appended here. */
  readonly reachedLatest: boolean;
}

/** updated_message as the history applies it: the order key (id, create_at) never changes. */
export type MessageEdit<M extends HistoryMessage> = Partial<Omit<M, 'id' | 'create_at' | 'updated_at'>> & {
  readonly id: string;
  readonly updated_at: number;
};

/** How many edits of messages not held are remembered for pages already in flight. */
export const UNHELD_EDITS_KEPT = 256;

export interface ChannelHistory<M extends HistoryMessage> {
  /** Exactly the messages held by the blocks. */
  readonly byId: ChunkedMap<M>;
  /** Chronological; ranges never overlap; at most one has reachedLatest (an empty one only then). */
  readonly blocks: readonly HistoryBlock[];
  /** Deleted ids: no page still in flight may bring them back. */
  readonly tombstones: ReadonlySet<string>;
  /** Live messages that arrived while the reader was not in the latest block. */
  readonly newMessagesCount: number;
  /** Id of the block the reader is viewing, or null before anything loaded. */
  readonly activeBlock: number | null;
  /** "Jump to latest" was asked while no block reached the latest: the next latest page takes the reader. */
  readonly awaitingLatest: boolean;
  readonly nextBlockId: number;
  /** Newest edits of messages not held yet, applied on top of a page that brings an older version. */
  readonly unheldEdits: ReadonlyMap<string, MessageEdit<M>>;
}

export function emptyHistory<M extends HistoryMessage>(): ChannelHistory<M> {
  return {
    byId: emptyChunkedMap<M>(),
    blocks: [],
    tombstones: new Set(),
    newMessagesCount: 0,
    activeBlock: null,
    awaitingLatest: false,
    nextBlockId: 1,
    unheldEdits: new Map(),
  };
}

export function getMessage<M extends HistoryMessage>(state: ChannelHistory<M>, id: string): M | undefined {
  return mapGet(state.byId, id);
}

export function blockIds(block: HistoryBlock): string[] {
  return sequenceToArray(block.ids);
}

export function latestBlock<M extends HistoryMessage>(state: ChannelHistory<M>): HistoryBlock | undefined {
  return state.blocks.find((block) => block.reachedLatest);
}

export function activeBlockOf<M extends HistoryMessage>(state: ChannelHistory<M>): HistoryBlock | undefined {
  return state.activeBlock === null ? undefined : state.blocks.find((block) => block.id === state.activeBlock);
}

/** The key range of a non-empty block, read through byId. */
export function blockRange<M extends HistoryMessage>(
  state: Pick<ChannelHistory<M>, 'byId'>,
  block: HistoryBlock,
): { first: MessageKey; last: MessageKey } | undefined {
  const firstId = sequenceFirst(block.ids);
  const lastId = sequenceLast(block.ids);
  const first = firstId === undefined ? undefined : mapGet(state.byId, firstId);
  const last = lastId === undefined ? undefined : mapGet(state.byId, lastId);
  return first === undefined || last === undefined ? undefined : { first, last };
}

/** Index of the block holding `id`, found by its (create_at, id) key. */
export function blockIndexOf<M extends HistoryMessage>(state: ChannelHistory<M>, id: string): number {
  const message = mapGet(state.byId, id);
  if (message === undefined) return -1;
  return state.blocks.findIndex((block) => {
    const range = blockRange(state, block);
    return range !== undefined && compareKeyIn(message, range.first, range.last);
  });
}

function compareKeyIn(key: MessageKey, first: MessageKey, last: MessageKey): boolean {
  return compareKeys(first, key) <= 0 && compareKeys(key, last) <= 0;
}
