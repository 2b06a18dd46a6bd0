import { afterEach, describe, expect, it } from 'vitest';
import type { FrameRow } from '../../../shared/ipc';
import { FrameRecorder } from '../../../main/inspector';
import { StatsTracker } from '../../../main/inspector/StatsTracker';
import { fakeGateway, groupMessage, ManualClock, pushLog } from './support';

const row = (sn: number, at: number, outcome: FrameRow['outcome'] = 'delivered'): FrameRow => ({
  seq: sn, at, signal: 0, sn, eventType: '9', channelType: 'GROUP', guildId: null, channelId: null, authorId: null, bytes: 1, compressedBytes: null, outcome,
});

describe('inspector stats', () => {
  it('marks an sn gap with the sns that were skipped, on the frame that revealed it', () => {
    const s = new StatsTracker();
    expect(s.frame(row(1, 1000))).toBeNull();
    expect(s.frame(row(2, 1000))).toBeNull();
    expect(s.frame(row(6, 1000, 'reordered'))).toEqual({ at: 1000, kind: 'gap', fromSn: 3, toSn: 5 });
    const kinds = s.snapshot(1000).markers.map((m) => [m.kind, m.fromSn, m.toSn]);
    expect(kinds).toEqual([['reorder', 6, 6], ['gap', 3, 5]]);
    expect(s.snapshot(1000).counters.gaps).toBe(1);
  });

  it('folds consecutive duplicates and reorders into one marker each', () => {
    const s = new StatsTracker();
    s.frame(row(1, 0));
    for (const sn of [5, 6, 7]) s.frame(row(sn, 10, 'reordered'));
    s.frame(row(1, 20, 'duplicate'));
    s.frame(row(2, 20, 'duplicate'));
    const markers = s.snapshot(30).markers.filter((m) => m.kind !== 'gap');
    expect(markers.map((m) => [m.kind, m.fromSn, m.toSn])).toEqual([['reorder', 5, 7], ['duplicate', 1, 2]]);
  });

  it('starts sn afresh after a new session so sn 1 is not a gap or reorder', () => {
    const s = new StatsTracker();
    s.frame(row(40, 0));
    s.freshSession();
    expect(s.frame(row(1, 1))).toBeNull();
    expect(s.frame(row(3, 1))).not.toBeNull();
  });

  it('counts events per second with zero seconds in between, 300 points at most', () => {
    const s = new StatsTracker();
    s.frame(row(1, 10_100));
    s.frame(row(2, 10_900));
    s.frame(row(3, 13_000));
    expect(s.snapshot(13_500).eventsPerSecond).toEqual([
      { at: 10_000, value: 2 }, { at: 11_000, value: 0 }, { at: 12_000, value: 0 }, { at: 13_000, value: 1 },
    ]);
    expect(s.snapshot(2_000_000).eventsPerSecond).toHaveLength(300);
  });

  it('keeps the RTT series bounded', () => {
    const s = new StatsTracker();
    for (let i = 0; i < 1000; i++) s.rttSample(i, 40 + (i % 7));
    const rtt = s.snapshot(1000).rttMs;
    expect(rtt).toHaveLength(300);
    expect(rtt.at(-1)).toEqual({ at: 999, value: 40 + (999 % 7) });
  });
});

describe('connection timeline', () => {
  let stop: (() => void) | null = null;
  afterEach(() => stop?.());

  it('records every state change with its reason, the hello, and a RECONNECT', async () => {
    const push = pushLog();
    const recorder = new FrameRecorder({ push, store: null, clock: new ManualClock() });
    const gw = await fakeGateway();
    stop = gw.stop;
    recorder.gatewayCreated(gw.gateway);
    recorder.follow(true);
    gw.hello();
    gw.deliver(groupMessage(1));
    gw.deliver('{"s":5,"d":{"code":40108,"err":"Missing params"}}');
    const entries = recorder.timeline(50);
    expect(entries.some((e) => e.to === 'CONNECTED' && e.from === 'WAIT_HELLO')).toBe(true);
    expect(entries.some((e) => e.reason.startsWith('hello: new session'))).toBe(true);
    const afterReconnect = entries.filter((e) => e.from === 'CONNECTED' && e.to !== 'CONNECTED');
    expect(afterReconnect.length).toBe(1);
    expect(afterReconnect[0]).toMatchObject({ to: 'FETCH_GATEWAY', reason: expect.stringContaining('RECONNECT') });
    expect(push.of('inspector.timeline').length).toBe(entries.length);
    expect(JSON.stringify(entries)).not.toContain('abcdefghijklmnopqrstuv');
  });
});
