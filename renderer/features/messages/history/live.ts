// Gateway-driven changes to one channel (../shared/kook/EVENTS.md §4.1: message create,
// updated_message, deleted_message, reactions, pins). ARCHITECTURE.md "State in the renderer":
// live messages go only into the block that reached the latest; deleted ids become tombstones;
// the newer updated_at wins.
import { mapDelete, mapGet, mapSet } from './chunkedMap';
import { sequenceAppend, sequenceAt, sequenceFirst, sequenceInsertAt, sequenceLast, sequenceLowerBound, sequenceRemoveAt } from './idSequence';
import { settle } from './merge';
import { compareKeys, isNewerVersion, type HistoryMessage } from './order';
import { blockIndexOf, UNHELD_EDITS_KEPT, type ChannelHistory, type HistoryBlock, type MessageEdit } from './state';

export type { MessageEdit };

export function applyLiveMessage<M extends HistoryMessage>(state: ChannelHistory<M>, message: M): ChannelHistory<M> {
  if (state.tombstones.has(message.id)) return state;
  const held = mapGet(state.byId, message.id);
  if (held !== undefined) return isNewerVersion(message, held) ? { ...state, byId: mapSet(state.byId, message.id, message) } : state;
  const index = state.blocks.findIndex((block) => block.reachedLatest);
  const latest = state.blocks[index];
  const readerInLatest = latest !== undefined && state.activeBlock === latest.id;
  const counted = readerInLatest ? state.newMessagesCount : state.newMessagesCount + 1;
  // No block reaches the latest: the message waits for the next latest page; only the counter moves.
  if (latest === undefined) return { ...state, newMessagesCount: counted };
  const ids = placeLive(state, latest, message);
  // Older than what the latest block knows, inside a gap: a page will bring it.
  if (ids === undefined) return state;
  const blocks = state.blocks.slice();
  blocks[index] = { ...latest, ids };
  return { ...state, byId: mapSet(state.byId, message.id, message), blocks, newMessagesCount: counted };
}

function placeLive<M extends HistoryMessage>(state: ChannelHistory<M>, latest: HistoryBlock, message: M): HistoryBlock['ids'] | undefined {
  const lastId = sequenceLast(latest.ids);
  const last = lastId === undefined ? undefined : mapGet(state.byId, lastId);
  if (last === undefined || compareKeys(message, last) > 0) return sequenceAppend(latest.ids, [message.id]);
  const firstId = sequenceFirst(latest.ids);
  const first = firstId === undefined ? undefined : mapGet(state.byId, firstId);
  if (!latest.reachedOldest && first !== undefined && compareKeys(message, first) < 0) return undefined;
  // Clock skew: a live message older than the tail is inserted in (create_at, id) order.
  const at = sequenceLowerBound(latest.ids, (id) => {
    const key = mapGet(state.byId, id);
    return key === undefined ? -1 : compareKeys(key, message);
  });
  return sequenceInsertAt(latest.ids, at, message.id);
}

/** updated_message: applied only when strictly newer than what is held (a late, older edit loses). */
export function applyEdit<M extends HistoryMessage>(state: ChannelHistory<M>, edit: MessageEdit<M>): ChannelHistory<M> {
  if (state.tombstones.has(edit.id)) return state;
  if (mapGet(state.byId, edit.id) === undefined) {
    // A page fetched before this edit may still be in flight: remember the edit for it.
    const known = state.unheldEdits.get(edit.id);
    if (known !== undefined && known.updated_at >= edit.updated_at) return state;
    const unheldEdits = new Map(state.unheldEdits);
    unheldEdits.delete(edit.id);
    unheldEdits.set(edit.id, edit);
    for (const oldest of unheldEdits.keys()) {
      if (unheldEdits.size <= UNHELD_EDITS_KEPT) break;
      unheldEdits.delete(oldest);
    }
    return { ...state, unheldEdits };
  }
  return updateMessage(state, edit.id, (held) =>
    edit.updated_at > (held.updated_at ?? 0) ? { ...held, ...edit, id: held.id, create_at: held.create_at } : held,
  );
}

/** For reactions, pins and anything else the caller derives from the held message (only if it is held). */
export function updateMessage<M extends HistoryMessage>(state: ChannelHistory<M>, id: string, update: (held: M) => M): ChannelHistory<M> {
  const held = mapGet(state.byId, id);
  if (held === undefined) return state;
  const next = update(held);
  if (next === held) return state;
  // The order key never changes: create_at and id stay those of the held message.
  return { ...state, byId: mapSet(state.byId, id, { ...next, id: held.id, create_at: held.create_at }) };
}

/** deleted_message: removes the message and remembers its id so no page in flight brings it back. */
export function applyDelete<M extends HistoryMessage>(state: ChannelHistory<M>, id: string): ChannelHistory<M> {
  const tombstones = state.tombstones.has(id) ? state.tombstones : new Set(state.tombstones).add(id);
  const index = blockIndexOf(state, id);
  const block = state.blocks[index];
  const held = mapGet(state.byId, id);
  if (block === undefined || held === undefined) return tombstones === state.tombstones ? state : { ...state, tombstones };
  const at = sequenceLowerBound(block.ids, (candidate) => {
    const key = mapGet(state.byId, candidate);
    return key === undefined ? -1 : compareKeys(key, held);
  });
  const ids = sequenceAt(block.ids, at) === id ? sequenceRemoveAt(block.ids, at) : block.ids;
  const blocks = state.blocks.slice();
  blocks[index] = { ...block, ids };
  return settle({ ...state, byId: mapDelete(state.byId, id), blocks, tombstones });
}
