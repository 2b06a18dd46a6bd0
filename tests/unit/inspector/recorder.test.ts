import { afterEach, describe, expect, it } from 'vitest';
import { FrameRecorder, MemoryEventLog } from '../../../main/inspector';
import type { FrameTap } from '../../../main/kook/gateway';
import { deflate, fakeGateway, groupMessage, ManualClock, pushLog, systemEvent, TOKEN } from './support';

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

async function tapped() {
  const clock = new ManualClock();
  const push = pushLog();
  const store = new MemoryEventLog();
  const recorder = new FrameRecorder({ push, store, clock });
  const gw = await fakeGateway();
  stop = gw.stop;
  recorder.gatewayCreated(gw.gateway);
  return { clock, push, store, recorder, gw };
}

describe('frame recorder: one row per tapped frame', () => {
  it('maps every signal and outcome the tap reports', async () => {
    const { recorder, gw } = await tapped();
    gw.hello();
    gw.deliver(groupMessage(1));
    gw.deliver(groupMessage(1));
    gw.deliver(groupMessage(3));
    gw.deliver('{not json');
    gw.deliver('{"s":3}');
    gw.deliver(deflate(groupMessage(2)));
    const rows = recorder.frames({}, 100).items;
    expect(rows.map((r) => [r.signal, r.sn, r.outcome])).toEqual([
      [1, null, 'control'],
      [0, 1, 'delivered'],
      [0, 1, 'duplicate'],
      [0, 3, 'reordered'],
      [-1, null, 'malformed'],
      [3, null, 'control'],
      [0, 2, 'delivered'],
    ]);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const message = rows[1];
    expect(message).toMatchObject({ eventType: '9', channelType: 'GROUP', guildId: '6016389914000000', channelId: '4881820000000000', authorId: '2418200000', compressedBytes: null });
    const binary = rows[6];
    expect(binary?.compressedBytes).toBeGreaterThan(0);
    expect(recorder.raw(binary?.seq ?? -1)).toContain('"sn":2');
  });

  it('reads a system event type from extra.type and its guild from target_id', async () => {
    const { recorder, gw } = await tapped();
    gw.hello();
    gw.deliver(systemEvent(1));
    const row = recorder.frames({ signals: [0] }, 10).items[0];
    expect(row).toMatchObject({ eventType: 'joined_guild', guildId: '6016389914000000', authorId: '777', channelType: 'GROUP' });
  });

  it('redacts tokens from the raw text: gateway URL, Bot header, KOOK token shape', async () => {
    const { recorder, gw } = await tapped();
    gw.hello();
    const content = `see wss://gw?compress=0&token=${TOKEN} and Bot ${TOKEN} and plain ${TOKEN}`;
    gw.deliver(JSON.stringify({ s: 0, sn: 1, d: { channel_type: 'GROUP', type: 1, target_id: 'c', author_id: 'a', content, extra: { type: 1, guild_id: 'g' } } }));
    const raw = recorder.raw(2) ?? '';
    expect(raw).toContain('[redacted]');
    expect(raw).not.toContain('abcdefghijklmnopqrstuv');
    expect(raw).not.toContain('MTIzNDU2Nzg5MA');
  });
});

const tap = (i: number, at: number): FrameTap => ({ bytes: 10, at, signal: 0, sn: i + 1, outcome: 'delivered', wire: `{"s":0,"sn":${i + 1}}`, data: undefined });

describe('frame recorder: bounded memory, batches, prune', () => {
  it('keeps only the newest frames in its ring', () => {
    const recorder = new FrameRecorder({ push: pushLog(), store: null, clock: new ManualClock(), ringSize: 50 });
    for (let i = 0; i < 500; i++) recorder.record(tap(i, 1));
    expect(recorder.ringSize).toBe(50);
    expect(recorder.frames({}, 100).items.map((r) => r.seq)[0]).toBe(451);
    expect(recorder.raw(10)).toBeNull();
  });

  it('appends to the event log in batches every 250 ms, or at once when a batch is full', () => {
    const clock = new ManualClock();
    const store = new MemoryEventLog();
    const recorder = new FrameRecorder({ push: pushLog(), store, clock, flushMax: 100 });
    for (let i = 0; i < 30; i++) recorder.record(tap(i, clock.now()));
    expect(store.count()).toBe(0);
    clock.advance(249);
    expect(store.count()).toBe(0);
    clock.advance(1);
    expect(store.count()).toBe(30);
    expect(store.calls.append).toBe(1);
    for (let i = 30; i < 330; i++) recorder.record(tap(i, clock.now()));
    expect(store.calls.append).toBe(4);
    expect(store.count()).toBe(330);
  });

  it('prunes the log by size cap and retention at most once a minute', () => {
    const clock = new ManualClock();
    const store = new MemoryEventLog();
    const recorder = new FrameRecorder({ push: pushLog(), store, clock, maxFrames: 20, maxAgeMs: 3_600_000 });
    for (let i = 0; i < 50; i++) recorder.record(tap(i, clock.now()));
    clock.advance(250);
    expect(store.calls.prune).toBe(1);
    expect(store.count()).toBe(20);
    recorder.record(tap(50, clock.now()));
    clock.advance(250);
    expect(store.calls.prune).toBe(1);
    clock.advance(60_000);
    recorder.record(tap(51, clock.now()));
    clock.advance(250);
    expect(store.calls.prune).toBe(2);
  });

  it('continues seqs after the newest persisted frame', () => {
    const store = new MemoryEventLog();
    const clock = new ManualClock();
    const first = new FrameRecorder({ push: pushLog(), store, clock });
    first.record(tap(0, clock.now()));
    first.close();
    expect(store.count()).toBe(1);
    const second = new FrameRecorder({ push: pushLog(), store, clock });
    expect(second.record(tap(1, clock.now())).seq).toBe(2);
  });
});

describe('frame recorder: follow', () => {
  it('pushes live rows at most every 100 ms and caps a batch, dropping the oldest', () => {
    const clock = new ManualClock();
    const push = pushLog();
    const recorder = new FrameRecorder({ push, store: null, clock, followMax: 10 });
    recorder.record(tap(0, 1));
    recorder.follow(true);
    for (let i = 1; i < 4; i++) recorder.record(tap(i, 1));
    clock.advance(0);
    expect(push.of('inspector.frames').map((b) => b.map((r) => r.seq))).toEqual([[2, 3, 4]]);
    for (let i = 4; i < 30; i++) recorder.record(tap(i, 1));
    clock.advance(99);
    expect(push.of('inspector.frames')).toHaveLength(1);
    clock.advance(1);
    const second = push.of('inspector.frames')[1] ?? [];
    expect(second).toHaveLength(10);
    expect(second[0]?.seq).toBe(21);
    expect(recorder.droppedLive).toBe(16);
    recorder.follow(false);
    recorder.record(tap(30, 1));
    clock.advance(500);
    expect(push.of('inspector.frames')).toHaveLength(2);
  });
});
