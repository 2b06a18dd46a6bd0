// How a page joins the blocks. A page (plus its anchor, when known) proves that the key range
// [oldest item, newest item] is contiguous; every block overlapping that range is contiguous too,
// so their union is one contiguous block. This single rule merges overlapping before / after /
// around pages and blocks that a page proves to touch (ARCHITECTURE.md "blocks merge when they share an id").
import { mapGet, mapHas, mapSetMany } from './chunkedMap';
import { EMPTY_SEQUENCE, sequenceAppend, sequenceFirst, sequenceOf, sequencePrepend, sequenceToArray } from './idSequence';
import { compareKeys, isNewerVersion, normalizePage, type HistoryMessage, type MessageKey } from './order';
import { blockRange, type ChannelHistory, type HistoryBlock } from './state';

export interface PageFacts {
  /** The reference message of a before/after page; part of the proven range when still held. */
  readonly anchorId?: string;
  readonly reachedOldest: boolean;
  readonly reachedLatest: boolean;
}

export interface AbsorbResult<M extends HistoryMessage> {
  readonly state: ChannelHistory<M>;
  /** Id of the block the page landed in, or null when it changed nothing. */
  readonly blockId: number | null;
}

export function absorbPage<M extends HistoryMessage>(state: ChannelHistory<M>, items: readonly M[], facts: PageFacts): AbsorbResult<M> {
  const { page, unheldEdits } = withUnheldEdits(state, normalizePage(items, state.tombstones));
  // Stale pages never overwrite a newer version (newest updated_at wins).
  const byId = mapSetMany(
    state.byId,
    page.flatMap((item): [string, M][] => {
      const held = mapGet(state.byId, item.id);
      return held === undefined || isNewerVersion(item, held) ? [[item.id, item]] : [];
    }),
  );
  const anchor = facts.anchorId === undefined ? undefined : mapGet(byId, facts.anchorId);
  const proven: MessageKey[] = anchor === undefined ? page : [...page, anchor].sort(compareKeys);
  const lo = proven[0];
  const hi = proven[proven.length - 1];
  if (lo === undefined || hi === undefined) return absorbEmpty(state, facts);

  const overlapping: HistoryBlock[] = [];
  const others: HistoryBlock[] = [];
  for (const block of state.blocks) {
    const range = blockRange(state, block);
    const overlaps = range === undefined
      ? facts.reachedLatest && block.reachedLatest // an empty latest block joins a page that proves the latest
      : compareKeys(range.first, hi) <= 0 && compareKeys(range.last, lo) >= 0;
    (overlaps ? overlapping : others).push(block);
  }
  const newIds = page.filter((item) => !mapHas(state.byId, item.id)).map((item) => item.id);
  const merged: HistoryBlock = {
    id: mergedBlockId(state, overlapping),
    ids: unionIds(state, byId, overlapping, newIds),
    reachedOldest: facts.reachedOldest || overlapping.some((block) => block.reachedOldest),
    reachedLatest: facts.reachedLatest || overlapping.some((block) => block.reachedLatest),
  };
  const unchanged = overlapping.length === 1 && byId === state.byId && sameBlock(overlapping[0], merged);
  if (unchanged) return { state, blockId: merged.id };
  state = unheldEdits === state.unheldEdits ? state : { ...state, unheldEdits };
  const blocks = placeBlock(byId, others, merged);
  return {
    state: settle({ ...state, byId, blocks, nextBlockId: merged.id === state.nextBlockId ? state.nextBlockId + 1 : state.nextBlockId }),
    blockId: merged.id,
  };
}

/** Page items older than an edit that arrived while they were not held get that edit. */
function withUnheldEdits<M extends HistoryMessage>(state: ChannelHistory<M>, page: M[]): { page: M[]; unheldEdits: ChannelHistory<M>['unheldEdits'] } {
  if (state.unheldEdits.size === 0) return { page, unheldEdits: state.unheldEdits };
  const remaining = new Map(state.unheldEdits);
  const edited = page.map((item) => {
    const edit = remaining.get(item.id);
    if (edit === undefined) return item;
    remaining.delete(item.id);
    return edit.updated_at > (item.updated_at ?? 0) ? { ...item, ...edit, id: item.id, create_at: item.create_at } : item;
  });
  return remaining.size === state.unheldEdits.size ? { page, unheldEdits: state.unheldEdits } : { page: edited, unheldEdits: remaining };
}

/** An empty page still teaches something about the anchor's block (or an empty channel). */
function absorbEmpty<M extends HistoryMessage>(state: ChannelHistory<M>, facts: PageFacts): AbsorbResult<M> {
  const anchorBlock = facts.anchorId === undefined ? undefined : state.blocks.find((block) => blockHolds(state, block, facts.anchorId));
  if (anchorBlock !== undefined) {
    const updated: HistoryBlock = {
      ...anchorBlock,
      reachedOldest: anchorBlock.reachedOldest || facts.reachedOldest,
      reachedLatest: anchorBlock.reachedLatest || facts.reachedLatest,
    };
    if (sameBlock(anchorBlock, updated)) return { state, blockId: anchorBlock.id };
    const blocks = state.blocks.map((block) => (block === anchorBlock ? updated : block));
    return { state: settle({ ...state, blocks }), blockId: updated.id };
  }
  if (facts.anchorId !== undefined || !facts.reachedLatest) return { state, blockId: null };
  // An empty latest page: the channel holds nothing (newer than anything we know).
  const existing = state.blocks.find((block) => block.ids.length === 0 && block.reachedLatest);
  if (existing !== undefined) return { state, blockId: existing.id };
  const empty: HistoryBlock = { id: state.nextBlockId, ids: EMPTY_SEQUENCE, reachedOldest: facts.reachedOldest, reachedLatest: true };
  const blocks = [...state.blocks.map((block) => (block.reachedLatest ? { ...block, reachedLatest: false } : block)), empty];
  return { state: settle({ ...state, blocks, nextBlockId: state.nextBlockId + 1 }), blockId: empty.id };
}

function blockHolds<M extends HistoryMessage>(state: ChannelHistory<M>, block: HistoryBlock, id: string | undefined): boolean {
  const message = id === undefined ? undefined : mapGet(state.byId, id);
  const range = blockRange(state, block);
  return message !== undefined && range !== undefined && compareKeys(range.first, message) <= 0 && compareKeys(message, range.last) <= 0;
}

/** The reader's block id survives a merge, so the reader stays where they were. */
function mergedBlockId<M extends HistoryMessage>(state: ChannelHistory<M>, overlapping: readonly HistoryBlock[]): number {
  if (overlapping.some((block) => block.id === state.activeBlock) && state.activeBlock !== null) return state.activeBlock;
  const ids = overlapping.map((block) => block.id);
  return ids.length > 0 ? Math.min(...ids) : state.nextBlockId;
}

/** Union of the overlapping blocks and the new ids; one block plus an edge page shares its chunks. */
function unionIds<M extends HistoryMessage>(
  state: ChannelHistory<M>,
  byId: ChannelHistory<M>['byId'],
  overlapping: readonly HistoryBlock[],
  newIds: readonly string[],
): HistoryBlock['ids'] {
  const only = overlapping.length === 1 ? overlapping[0] : undefined;
  if (only !== undefined && only.ids.length > 0) {
    if (newIds.length === 0) return only.ids;
    const range = blockRange(state, only);
    const newest = mapGet(byId, newIds[newIds.length - 1] ?? '');
    const oldest = mapGet(byId, newIds[0] ?? '');
    if (range !== undefined && newest !== undefined && compareKeys(newest, range.first) < 0) return sequencePrepend(only.ids, newIds);
    if (range !== undefined && oldest !== undefined && compareKeys(oldest, range.last) > 0) return sequenceAppend(only.ids, newIds);
  }
  // Blocks are disjoint and chronological, so their concatenation is sorted: one linear merge.
  const held = overlapping.flatMap((block) => sequenceToArray(block.ids));
  const out: string[] = [];
  let i = 0;
  let j = 0;
  const keyOf = (id: string): MessageKey => mapGet(byId, id) ?? { id, create_at: 0 };
  while (i < held.length || j < newIds.length) {
    const a = held[i];
    const b = newIds[j];
    if (b === undefined || (a !== undefined && compareKeys(keyOf(a), keyOf(b)) <= 0)) {
      if (a !== undefined) out.push(a);
      i++;
    } else {
      out.push(b);
      j++;
    }
  }
  return sequenceOf(out);
}

/** Puts the merged block among the others in chronological order; an empty block goes last. */
function placeBlock<M extends HistoryMessage>(byId: ChannelHistory<M>['byId'], others: readonly HistoryBlock[], merged: HistoryBlock): HistoryBlock[] {
  // Only one block may claim the latest; a block that lost the claim now ends at a gap.
  const rest = merged.reachedLatest ? others.map((block) => (block.reachedLatest ? { ...block, reachedLatest: false } : block)) : [...others];
  const firstId = sequenceFirst(merged.ids);
  const first = firstId === undefined ? undefined : mapGet(byId, firstId);
  if (first === undefined) return [...rest, merged];
  const at = rest.findIndex((block) => {
    const id = sequenceFirst(block.ids);
    const key = id === undefined ? undefined : mapGet(byId, id);
    return key === undefined || compareKeys(key, first) > 0;
  });
  return at === -1 ? [...rest, merged] : [...rest.slice(0, at), merged, ...rest.slice(at)];
}

/** After blocks changed: drop empty blocks that no longer claim the latest; a reader who reached the latest has no "new messages". */
export function settle<M extends HistoryMessage>(state: ChannelHistory<M>): ChannelHistory<M> {
  const blocks = state.blocks.filter((block) => block.ids.length > 0 || block.reachedLatest);
  let activeBlock = state.activeBlock;
  if (activeBlock !== null && !blocks.some((block) => block.id === activeBlock)) {
    const lost = state.blocks.findIndex((block) => block.id === activeBlock);
    const neighbour = blocks[Math.min(Math.max(lost, 0), blocks.length - 1)];
    activeBlock = neighbour?.id ?? null;
  }
  const reading = blocks.find((block) => block.id === activeBlock);
  const newMessagesCount = reading?.reachedLatest === true ? 0 : state.newMessagesCount;
  return { ...state, blocks, activeBlock, newMessagesCount };
}

function sameBlock(a: HistoryBlock | undefined, b: HistoryBlock): boolean {
  return a !== undefined && a.id === b.id && a.ids === b.ids && a.reachedOldest === b.reachedOldest && a.reachedLatest === b.reachedLatest;
}
