import { describe, expect, it } from 'vitest';
import {
  applyAfterPage,
  applyAroundPage,
  applyBeforePage,
  applyLatestPage,
  emptyHistory,
  hasNewer,
  hasOlder,
  needsLatestLoad,
  newerPageRequest,
  olderPageRequest,
  pagingKey,
  rowAt,
  rowCount,
  visibleItems,
  type ChannelHistory,
} from '../../../../renderer/features/messages/history';
import { FakeChannel, blockIdLists, message, range, type TestMessage } from './channel';

const start = (): ChannelHistory<TestMessage> => emptyHistory<TestMessage>();

describe('message/list pages', () => {
  it('sorts a latest page by (create_at, id) whatever order it arrives in, and takes the reader there', () => {
    const channel = new FakeChannel(120);
    const state = applyLatestPage(start(), channel.latest(50), 50);
    expect(blockIdLists(state)).toEqual([range(70, 119)]);
    expect(state.blocks[0]).toMatchObject({ reachedLatest: true, reachedOldest: false });
    expect(state.activeBlock).toBe(state.blocks[0]?.id);
    expect(needsLatestLoad(state)).toBe(false);
  });

  it('breaks create_at ties by id', () => {
    const same = [message(3, 500), message(1, 500), message(2, 400)];
    const state = applyLatestPage(start(), same, 50);
    expect(blockIdLists(state)).toEqual([[message(2).id, message(1).id, message(3).id]]);
  });

  it('marks the oldest reached when the latest page comes back short', () => {
    const channel = new FakeChannel(20);
    const state = applyLatestPage(start(), channel.latest(50), 50);
    expect(state.blocks[0]).toMatchObject({ reachedLatest: true, reachedOldest: true });
    expect(hasOlder(state)).toBe(false);
    expect(olderPageRequest(state)).toBeNull();
  });

  it('extends the anchor block at its old end with before pages until a short page reaches the oldest', () => {
    const channel = new FakeChannel(120);
    let state = applyLatestPage(start(), channel.latest(50), 50);
    state = applyBeforePage(state, channel.id(70), channel.before(channel.id(70), 50), 50);
    expect(blockIdLists(state)).toEqual([range(20, 119)]);
    expect(hasOlder(state)).toBe(true);
    state = applyBeforePage(state, channel.id(20), channel.before(channel.id(20), 50), 50);
    expect(blockIdLists(state)).toEqual([range(0, 119)]);
    expect(state.blocks[0]?.reachedOldest).toBe(true);
  });

  it('an empty before page still marks the anchor block as reaching the oldest', () => {
    const channel = new FakeChannel(50);
    let state = applyLatestPage(start(), channel.latest(50), 50);
    state = applyBeforePage(state, channel.id(0), [], 50);
    expect(state.blocks[0]?.reachedOldest).toBe(true);
  });

  it('an around page opens its own block with gaps on both sides and moves the reader into it', () => {
    const channel = new FakeChannel(1_000);
    let state = applyLatestPage(start(), channel.latest(50), 50);
    state = applyAroundPage(state, channel.id(500), channel.around(channel.id(500), 50));
    expect(blockIdLists(state)).toEqual([range(475, 524), range(950, 999)]);
    expect(state.activeBlock).toBe(state.blocks[0]?.id);
    expect(hasOlder(state)).toBe(true);
    expect(hasNewer(state)).toBe(true);
    expect(state.blocks[0]).toMatchObject({ reachedOldest: false, reachedLatest: false });
  });

  it('an around page counts as reaching the latest only once an after page from its newest id comes back short', () => {
    const channel = new FakeChannel(100);
    // Even an around page holding the channel's newest messages does not prove the latest.
    let state = applyAroundPage(start(), channel.id(90), channel.around(channel.id(90), 50));
    expect(state.blocks[0]?.reachedLatest).toBe(false);
    expect(needsLatestLoad(state)).toBe(true);
    const after = newerPageRequest(state);
    expect(after).toEqual({ flag: 'after', msgId: channel.id(99) });
    state = applyAfterPage(state, channel.id(99), channel.after(channel.id(99), 50), 50);
    expect(state.blocks[0]?.reachedLatest).toBe(true);
    expect(needsLatestLoad(state)).toBe(false);
  });

  it('a full after page does not reach the latest', () => {
    const channel = new FakeChannel(1_000);
    let state = applyAroundPage(start(), channel.id(100), channel.around(channel.id(100), 50));
    state = applyAfterPage(state, channel.id(124), channel.after(channel.id(124), 50), 50);
    expect(blockIdLists(state)).toEqual([range(75, 174)]);
    expect(state.blocks[0]?.reachedLatest).toBe(false);
  });

  it('merges an around block into the latest block when after pages meet it, keeping the reader and the latest flag', () => {
    const channel = new FakeChannel(200);
    let state = applyLatestPage(start(), channel.latest(50), 50);
    state = applyAroundPage(state, channel.id(100), channel.around(channel.id(100), 50));
    const reader = state.activeBlock;
    expect(state.blocks).toHaveLength(2);
    state = applyAfterPage(state, channel.id(124), channel.after(channel.id(124), 50), 50);
    expect(blockIdLists(state)).toEqual([range(75, 199)]);
    expect(state.blocks[0]).toMatchObject({ id: reader, reachedLatest: true, reachedOldest: false });
    expect(state.activeBlock).toBe(reader);
  });

  it('merges overlapping around pages and a before page that bridges two blocks', () => {
    const channel = new FakeChannel(1_000);
    let state = applyAroundPage(start(), channel.id(300), channel.around(channel.id(300), 50));
    state = applyAroundPage(state, channel.id(340), channel.around(channel.id(340), 50));
    expect(blockIdLists(state)).toEqual([range(275, 364)]);
    state = applyAroundPage(state, channel.id(500), channel.around(channel.id(500), 50));
    expect(blockIdLists(state)).toEqual([range(275, 364), range(475, 524)]);
    state = applyBeforePage(state, channel.id(475), channel.before(channel.id(475), 111), 111);
    expect(blockIdLists(state)).toEqual([range(275, 524)]);
  });

  it('merges when a page proves contiguity without sharing an id', () => {
    const channel = new FakeChannel(1_000);
    let state = applyAroundPage(start(), channel.id(100), channel.around(channel.id(100), 10)); // 95..104
    state = applyAroundPage(state, channel.id(120), channel.around(channel.id(120), 10)); // 115..124
    // after 104 returns exactly 105..114: the anchor proves 104..114, which touches nothing of 115..
    state = applyAfterPage(state, channel.id(104), channel.after(channel.id(104), 10), 10);
    expect(blockIdLists(state)).toEqual([range(95, 114), range(115, 124)]);
    state = applyAfterPage(state, channel.id(114), channel.after(channel.id(114), 10), 10);
    expect(blockIdLists(state)).toEqual([range(95, 124)]);
  });

  it('a new latest page that does not meet the old latest block takes its latest flag away', () => {
    const channel = new FakeChannel(100);
    let state = applyLatestPage(start(), channel.latest(10), 10);
    for (let i = 0; i < 30; i++) channel.post(); // missed while disconnected
    state = applyLatestPage(state, channel.latest(10), 10);
    expect(blockIdLists(state)).toEqual([range(90, 99), range(120, 129)]);
    expect(state.blocks.map((block) => block.reachedLatest)).toEqual([false, true]);
  });

  it('returns the same state for a page that teaches nothing new', () => {
    const channel = new FakeChannel(100);
    const state = applyLatestPage(start(), channel.latest(50), 50);
    expect(applyLatestPage(state, channel.latest(50), 50)).toBe(state);
    expect(applyAroundPage(state, channel.id(80), channel.around(channel.id(80), 10))).toBe(state);
  });

  it('an empty latest page means an empty channel: one empty block at both ends', () => {
    const state = applyLatestPage(start(), [], 50);
    expect(state.blocks).toHaveLength(1);
    expect(state.blocks[0]).toMatchObject({ reachedLatest: true, reachedOldest: true });
    expect(visibleItems(state)).toEqual([]);
  });
});

describe('gap markers and paging keys', () => {
  it('shows gap rows on the sides of the reader block that are not contiguous, naming the ids around the gap', () => {
    const channel = new FakeChannel(1_000);
    let state = applyAroundPage(start(), channel.id(100), channel.around(channel.id(100), 10));
    state = applyLatestPage(state, channel.latest(10), 10);
    state = applyAroundPage(state, channel.id(500), channel.around(channel.id(500), 10));
    const rows = visibleItems(state);
    expect(rows[0]).toEqual({ kind: 'gap', key: expect.stringMatching(/^gap:older:/), side: 'older', before: channel.id(104), after: channel.id(495) });
    expect(rows[rows.length - 1]).toEqual({ kind: 'gap', key: expect.stringMatching(/^gap:newer:/), side: 'newer', before: channel.id(504), after: channel.id(990) });
    expect(rows.slice(1, -1).map((row) => row.key)).toEqual(range(495, 504));
    expect(rowCount(state)).toBe(12);
    expect(Array.from({ length: rowCount(state) }, (_, i) => rowAt(state, i))).toEqual(rows);
  });

  it('shows no gap row at an end the block has reached', () => {
    const channel = new FakeChannel(30);
    const state = applyLatestPage(start(), channel.latest(50), 50);
    expect(visibleItems(state).every((row) => row.kind === 'message')).toBe(true);
  });

  it('gives the same key to the same request so a caller can dedupe in-flight loads', () => {
    const channel = new FakeChannel(200);
    const state = applyLatestPage(start(), channel.latest(50), 50);
    const older = olderPageRequest(state);
    expect(older).toEqual({ flag: 'before', msgId: channel.id(150) });
    expect(older && pagingKey(older)).toBe(`before:${channel.id(150)}`);
    expect(pagingKey({ flag: 'latest' })).toBe('latest');
    expect(newerPageRequest(state)).toBeNull();
  });
});
