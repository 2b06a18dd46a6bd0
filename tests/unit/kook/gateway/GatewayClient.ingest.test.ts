// Frames through the client: per-frame decoding (GATEWAY.md §3), sn order (§6), malformed frames, the frame tap.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeClient } from './fakes';

describe('GatewayClient: ingest', () => {
  it('accepts text and zlib frames on the same connection and taps their sizes', async () => {
    const t = makeClient();
    const socket = await t.connect();
    socket.event(1, {}, false);
    socket.event(2, {}, true);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 2]);
    const events = t.seen.frame.filter((f) => f.signal === 0);
    expect(events[0]).toMatchObject({ sn: 1, outcome: 'delivered', compressedBytes: undefined });
    expect(events[1]?.compressedBytes).toBeGreaterThan(0);
    expect(events[1]?.bytes).toBeGreaterThan(events[1]?.compressedBytes ?? Infinity);
  });

  it('delivers out-of-order frames in sn order and drops duplicates', async () => {
    const t = makeClient();
    const socket = await t.connect();
    for (const sn of [1, 3, 4, 2, 2, 3, 5, 1]) socket.event(sn);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 2, 3, 4, 5]);
    expect(t.seen.frame.filter((f) => f.signal === 0).map((f) => f.outcome)).toEqual([
      'delivered', 'reordered', 'reordered', 'delivered', 'duplicate', 'duplicate', 'delivered', 'duplicate',
    ]);
    expect(t.client.counters()).toMatchObject({ events: 5, reorders: 2, duplicates: 3 });
  });

  it('counts and reports malformed frames without leaving CONNECTED', async () => {
    const t = makeClient();
    const socket = await t.connect();
    socket.raw(Buffer.from('not zlib at all'));
    socket.raw('{not json');
    socket.raw(deflateSync(Buffer.from('[1,2]')));
    socket.frame({ s: 9 });
    socket.frame({ s: 0, d: { type: 9 } });
    socket.frame({ s: 0, sn: 1, d: { type: 255, extra: {} } });
    socket.frame({ s: 0, sn: 1, d: 'x' });
    socket.event(1);
    expect(t.client.state).toBe('CONNECTED');
    expect(t.client.counters().malformed).toBe(7);
    expect(t.seen.malformed.map((m) => m.reason)).toEqual(['inflate-failed', 'invalid-json', 'not-an-object', 'bad-signal', 'bad-sn', 'bad-extra-type', 'bad-data']);
    expect(t.seen.frame.filter((f) => f.outcome === 'malformed')).toHaveLength(7);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1]);
  });

  it('tries a resume when a gap outlives its timeout, then skips it and records the gap', async () => {
    const t = makeClient({ watchedChannels: () => ['chan-1'] });
    const socket = await t.connect('s-1');
    socket.autoPong = true;
    socket.event(1);
    await t.clock.advance(1_000);
    socket.event(3);
    await t.clock.advance(59_999);
    expect(t.client.state).toBe('CONNECTED');
    await t.clock.advance(1);
    expect(t.client.state).toBe('RESUME_CONNECT');
    await t.clock.advance(0); // the forced resume does not wait 8 s
    const resumed = t.last();
    expect(resumed.url).toContain('&resume=1&sn=1&session_id=s-1');
    resumed.autoPong = true;
    resumed.open();
    resumed.hello(0, 's-1');
    resumed.resumeAck('s-1'); // the server had nothing to replay: sn 2 is lost
    expect(t.seen.gap).toEqual([]);
    await t.clock.advance(60_000);
    expect(t.seen.gap).toEqual([{ fromSn: 2, toSn: 2, since: expect.any(Number), until: expect.any(Number), reason: 'skipped' }]);
    const gap = t.seen.gap[0];
    expect(gap && gap.until - gap.since).toBe(1_000);
    expect(t.seen['needs-backfill']).toEqual([{ reason: 'skipped', lastSeen: [{ channelId: 'chan-1', msgId: 'm1', at: expect.any(Number) }] }]);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 3]);
    expect(t.client.counters().gaps).toBe(1);
    resumed.event(4);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 3, 4]);
  });

  it('skips at once when the reorder buffer overflows its cap', async () => {
    const t = makeClient({ timings: { reorderBufferCap: 3 } });
    const socket = await t.connect();
    for (const sn of [1, 3, 4, 5]) socket.event(sn);
    expect(t.seen.gap).toEqual([]);
    socket.event(6);
    expect(t.seen.gap).toMatchObject([{ fromSn: 2, toSn: 2, reason: 'skipped' }]);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 3, 4, 5, 6]);
  });

  it('does not process events before HELLO', async () => {
    const t = makeClient();
    t.client.start();
    await t.clock.advance(0);
    t.last().open();
    t.last().event(1);
    expect(t.seen.event).toEqual([]);
    expect(t.seen.malformed.map((m) => m.reason)).toEqual(['event-before-hello']);
  });
});
