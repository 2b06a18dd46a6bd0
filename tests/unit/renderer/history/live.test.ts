import { describe, expect, it } from 'vitest';
import {
  applyAfterPage,
  applyAroundPage,
  applyBeforePage,
  applyDelete,
  applyEdit,
  applyLatestPage,
  applyLiveMessage,
  emptyHistory,
  getMessage,
  jumpToLatest,
  jumpToMessage,
  needsLatestLoad,
  updateMessage,
  type ChannelHistory,
} from '../../../../renderer/features/messages/history';
import { FakeChannel, blockIdLists, message, range, type TestMessage } from './channel';

const start = (): ChannelHistory<TestMessage> => emptyHistory<TestMessage>();

function openAtLatest(channel: FakeChannel, size = 50): ChannelHistory<TestMessage> {
  return applyLatestPage(start(), channel.latest(size), size);
}

describe('live messages', () => {
  it('go into the latest block while the reader is there, without counting', () => {
    const channel = new FakeChannel(100);
    let state = openAtLatest(channel);
    state = applyLiveMessage(state, channel.post());
    expect(blockIdLists(state)).toEqual([range(50, 100)]);
    expect(state.newMessagesCount).toBe(0);
  });

  it('while the reader is in an older block, go into the latest block and grow the counter without moving the reader', () => {
    const channel = new FakeChannel(1_000);
    let state = openAtLatest(channel);
    state = applyAroundPage(state, channel.id(200), channel.around(channel.id(200), 50));
    const reader = state.activeBlock;
    state = applyLiveMessage(state, channel.post());
    state = applyLiveMessage(state, channel.post());
    expect(state.activeBlock).toBe(reader);
    expect(state.newMessagesCount).toBe(2);
    expect(blockIdLists(state)).toEqual([range(175, 224), range(950, 1_001)]);
    state = jumpToLatest(state);
    expect(state.activeBlock).toBe(state.blocks[1]?.id);
    expect(state.newMessagesCount).toBe(0);
  });

  it('are counted but not stored when no block reaches the latest; jump to latest then asks for a latest page', () => {
    const channel = new FakeChannel(1_000);
    let state = applyAroundPage(start(), channel.id(200), channel.around(channel.id(200), 50));
    state = applyLiveMessage(state, channel.post());
    expect(state.newMessagesCount).toBe(1);
    expect(blockIdLists(state)).toEqual([range(175, 224)]);
    expect(getMessage(state, channel.id(1_000))).toBeUndefined();
    state = jumpToLatest(state);
    expect(state.newMessagesCount).toBe(0);
    expect(needsLatestLoad(state)).toBe(true);
    state = applyLatestPage(state, channel.latest(50), 50);
    expect(state.activeBlock).toBe(state.blocks[1]?.id);
    expect(blockIdLists(state)[1]).toEqual(range(951, 1_000));
  });

  it('a latest page reloaded in the background does not move a reader who is reading older history', () => {
    const channel = new FakeChannel(1_000);
    let state = applyAroundPage(start(), channel.id(200), channel.around(channel.id(200), 50));
    state = applyLatestPage(state, channel.latest(50), 50);
    expect(state.activeBlock).toBe(state.blocks[0]?.id);
  });

  it('reaching the latest block by after pages clears the counter', () => {
    const channel = new FakeChannel(100);
    let state = openAtLatest(channel, 20);
    state = applyAroundPage(state, channel.id(60), channel.around(channel.id(60), 20));
    state = applyLiveMessage(state, channel.post());
    expect(state.newMessagesCount).toBe(1);
    state = applyAfterPage(state, channel.id(69), channel.after(channel.id(69), 20), 20);
    expect(blockIdLists(state)).toEqual([range(50, 100)]);
    expect(state.newMessagesCount).toBe(0);
  });

  it('a live message older than the tail is inserted in (create_at, id) order', () => {
    const channel = new FakeChannel(10);
    let state = openAtLatest(channel);
    const late = { ...message(500, 1_000 + 5 * 10 + 5), id: 'm000005x' };
    state = applyLiveMessage(state, late);
    expect(blockIdLists(state)[0]?.slice(5, 8)).toEqual([channel.id(5), 'm000005x', channel.id(6)]);
  });

  it('ignores a duplicate id', () => {
    const channel = new FakeChannel(10);
    const state = openAtLatest(channel);
    const again = channel.messages[9] as TestMessage;
    expect(applyLiveMessage(state, again)).toBe(state);
  });

  it('an empty channel receives live messages into its empty latest block', () => {
    const state = applyLiveMessage(applyLatestPage(start(), [], 50), message(0));
    expect(blockIdLists(state)).toEqual([[message(0).id]]);
    expect(state.newMessagesCount).toBe(0);
  });
});

describe('deletes and tombstones', () => {
  it('removes a deleted message from its block and the map', () => {
    const channel = new FakeChannel(20);
    let state = openAtLatest(channel);
    state = applyDelete(state, channel.id(5));
    expect(blockIdLists(state)[0]).not.toContain(channel.id(5));
    expect(getMessage(state, channel.id(5))).toBeUndefined();
    expect(state.tombstones.has(channel.id(5))).toBe(true);
  });

  it('a page that was in flight during the delete cannot bring the message back', () => {
    const channel = new FakeChannel(200);
    let state = openAtLatest(channel);
    const inFlight = channel.before(channel.id(150), 50);
    state = applyDelete(state, channel.id(120));
    state = applyBeforePage(state, channel.id(150), inFlight, 50);
    expect(getMessage(state, channel.id(120))).toBeUndefined();
    expect(blockIdLists(state)[0]).toEqual(range(100, 199).filter((id) => id !== channel.id(120)));
  });

  it('a tombstoned id never comes back live', () => {
    const channel = new FakeChannel(5);
    let state = openAtLatest(channel);
    const created = channel.post();
    state = applyDelete(state, created.id);
    expect(applyLiveMessage(state, created)).toBe(state);
  });

  it('deleting the last message of an older block drops the block and moves its reader to a neighbour', () => {
    const channel = new FakeChannel(1_000);
    let state = openAtLatest(channel);
    state = applyAroundPage(state, channel.id(10), [channel.messages[10] as TestMessage]);
    state = applyDelete(state, channel.id(10));
    expect(state.blocks).toHaveLength(1);
    expect(state.activeBlock).toBe(state.blocks[0]?.id);
  });

  it('a before page whose anchor was deleted meanwhile lands as its own block (marking the oldest) until the next page joins them', () => {
    const channel = new FakeChannel(60);
    let state = openAtLatest(channel);
    const page = channel.before(channel.id(10), 50);
    state = applyDelete(state, channel.id(10));
    channel.remove(channel.id(10));
    state = applyBeforePage(state, channel.id(10), page, 50);
    // Without the anchor nothing proves 0..9 touches 11..59, so a gap stays between them.
    expect(blockIdLists(state)).toEqual([range(0, 9), range(11, 59)]);
    expect(state.blocks[0]?.reachedOldest).toBe(true);
    state = applyBeforePage(state, channel.id(11), channel.before(channel.id(11), 50), 50);
    expect(blockIdLists(state)).toEqual([range(0, 59).filter((id) => id !== channel.id(10))]);
    expect(state.blocks[0]).toMatchObject({ reachedOldest: true, reachedLatest: true });
  });
});

describe('edits', () => {
  it('the newer updated_at wins and a late, older edit is ignored', () => {
    const channel = new FakeChannel(10);
    let state = openAtLatest(channel);
    const id = channel.id(3);
    state = applyEdit<TestMessage>(state, { id, updated_at: 2_000, content: 'second' });
    const afterLate = applyEdit<TestMessage>(state, { id, updated_at: 1_500, content: 'first' });
    expect(afterLate).toBe(state);
    expect(getMessage(state, id)?.content).toBe('second');
  });

  it('a stale page holding an older version does not overwrite a newer edit; a newer page version does', () => {
    const channel = new FakeChannel(60);
    let state = openAtLatest(channel, 20);
    const id = channel.id(45);
    state = applyEdit<TestMessage>(state, { id, updated_at: 2_000, content: 'edited' });
    state = applyBeforePage(state, channel.id(40), channel.before(channel.id(40), 20), 20);
    state = applyAroundPage(state, id, channel.around(id, 20)); // the stale versions, updated_at 0
    expect(getMessage(state, id)?.content).toBe('edited');
    state = applyAroundPage(state, id, [{ ...(channel.messages[45] as TestMessage), updated_at: 3_000, content: 'newest' }]);
    expect(getMessage(state, id)?.content).toBe('newest');
  });

  it('an edit that arrives before the page holding its message (fetched earlier) still wins', () => {
    const channel = new FakeChannel(100);
    let state = openAtLatest(channel, 20);
    const page = channel.before(channel.id(80), 20); // in flight, holds version 0 of message 70
    state = applyEdit<TestMessage>(state, { id: channel.id(70), updated_at: 2_000, content: 'edited' });
    state = applyBeforePage(state, channel.id(80), page, 20);
    expect(getMessage(state, channel.id(70))).toMatchObject({ content: 'edited', updated_at: 2_000 });
    expect(state.unheldEdits.size).toBe(0);
  });

  it('an edit never moves a message: create_at stays that of the held message', () => {
    const channel = new FakeChannel(10);
    const state = applyEdit<TestMessage>(openAtLatest(channel), { id: channel.id(3), updated_at: 5 });
    expect(getMessage(state, channel.id(3))?.create_at).toBe(channel.messages[3]?.create_at);
  });

  it('updateMessage applies reactions or pins only to a held message and keeps the state when nothing changes', () => {
    const channel = new FakeChannel(10);
    const state = openAtLatest(channel);
    expect(updateMessage(state, 'missing', (m) => ({ ...m, content: 'x' }))).toBe(state);
    expect(updateMessage(state, channel.id(1), (m) => m)).toBe(state);
    expect(getMessage(updateMessage(state, channel.id(1), (m) => ({ ...m, content: 'pinned' })), channel.id(1))?.content).toBe('pinned');
  });
});

describe('jumping', () => {
  it('jumps to a held message without loading and reports unheld ones by returning the same state', () => {
    const channel = new FakeChannel(1_000);
    let state = openAtLatest(channel);
    state = applyAroundPage(state, channel.id(300), channel.around(channel.id(300), 20));
    const inLatest = jumpToMessage(state, channel.id(990));
    expect(inLatest.activeBlock).toBe(inLatest.blocks[1]?.id);
    expect(jumpToMessage(state, channel.id(5))).toBe(state);
  });
});
