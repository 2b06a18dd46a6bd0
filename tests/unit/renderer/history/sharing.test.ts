import { describe, expect, it } from 'vitest';
import {
  applyBeforePage,
  applyDelete,
  applyEdit,
  applyLatestPage,
  applyLiveMessage,
  emptyHistory,
  mapBuckets,
  rowAt,
  rowCount,
  type ChannelHistory,
} from '../../../../renderer/features/messages/history';
import { FakeChannel, type TestMessage } from './channel';

// ARCHITECTURE.md "State in the renderer": no copying of 100k-entry structures per event.
const SIZE = 100_000;
const channel = new FakeChannel(SIZE + 1_000);
const big: ChannelHistory<TestMessage> = applyLatestPage(emptyHistory<TestMessage>(), channel.latest(SIZE), SIZE);

function changedBuckets(a: ChannelHistory<TestMessage>, b: ChannelHistory<TestMessage>): ReadonlyMap<string, TestMessage>[] {
  const old = new Map(mapBuckets(a.byId));
  return [...mapBuckets(b.byId)].filter(([at, bucket]) => old.get(at) !== bucket).map(([, bucket]) => bucket);
}

function sharedChunks(a: ChannelHistory<TestMessage>, b: ChannelHistory<TestMessage>): number {
  const before = new Set(a.blocks.flatMap((block) => block.ids.chunks));
  return b.blocks.flatMap((block) => block.ids.chunks).filter((chunk) => before.has(chunk)).length;
}

describe('structural sharing in a 100,000-message channel', () => {
  it('holds the whole channel in one latest block', () => {
    expect(big.byId.size).toBe(SIZE);
    expect(big.blocks).toHaveLength(1);
    expect(big.blocks[0]?.ids.length).toBe(SIZE);
  });

  it('one live message copies one bucket of the map and the tail chunk of the block, sharing everything else', () => {
    const next = applyLiveMessage(big, channel.post());
    const chunks = big.blocks[0]?.ids.chunks.length ?? 0;
    expect(next.blocks[0]?.ids.length).toBe(SIZE + 1);
    const copied = changedBuckets(big, next);
    expect(copied).toHaveLength(1);
    expect([...mapBuckets(big.byId)].length).toBeGreaterThan(1_000);
    expect(sharedChunks(big, next)).toBe(chunks - 1);
    // The copied containers are far smaller than the channel.
    expect(copied[0]?.size ?? SIZE).toBeLessThan(100);
    expect(next.blocks[0]?.ids.chunks[chunks - 1]?.length ?? SIZE).toBeLessThanOrEqual(1_024);
    expect(big.blocks[0]?.ids.length).toBe(SIZE); // the old state is untouched
  });

  it('an edit in the middle copies one bucket and leaves the block alone', () => {
    const id = channel.id(50_000);
    const next = applyEdit<TestMessage>(big, { id, updated_at: 9, content: 'edited' });
    expect(changedBuckets(big, next)).toHaveLength(1);
    expect(next.blocks[0]).toBe(big.blocks[0]);
  });

  it('a delete in the middle copies one chunk of the block', () => {
    const next = applyDelete(big, channel.id(50_000));
    const chunks = big.blocks[0]?.ids.chunks.length ?? 0;
    expect(changedBuckets(big, next)).toHaveLength(1);
    expect(sharedChunks(big, next)).toBe(chunks - 1);
  });

  it('an older page prepends chunks without copying the ones already held', () => {
    const oldest = big.blocks[0]?.ids.chunks[0]?.[0] ?? '';
    const next = applyBeforePage(big, oldest, channel.before(oldest, 50), 50);
    expect(next.blocks[0]?.ids.length).toBe(SIZE + 50);
    expect(sharedChunks(big, next)).toBeGreaterThanOrEqual((big.blocks[0]?.ids.chunks.length ?? 0) - 1);
  });

  it('serves rows by index without building the whole list', () => {
    // One gap row above: the oldest end of the channel is not loaded.
    expect(rowCount(big)).toBe(SIZE + 1);
    expect(rowAt(big, 0)).toMatchObject({ kind: 'gap', side: 'older' });
    expect(rowAt(big, 12_345)).toMatchObject({ kind: 'message', key: channel.id(1_000 + 12_344) });
  });

  it('applies a thousand live messages to the big channel quickly', () => {
    const started = performance.now();
    let state = big;
    for (let i = 0; i < 1_000; i++) state = applyLiveMessage(state, channel.post());
    expect(state.blocks[0]?.ids.length).toBe(SIZE + 1_000);
    // A copy of 100k ids per event would take far longer; this is a loose guard, not a benchmark.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
