// GATEWAY.md §4.4 CONNECTED ⇄ HB_RETRY → RESUME_CONNECT → FETCH_GATEWAY, §5 resume, §9 heartbeat.
import { describe, expect, it } from 'vitest';
import { GATEWAY_URL, makeClient } from './fakes';

describe('GatewayClient: heartbeat and resume', () => {
  it('pings every 30 s carrying sn 0 before any event, then the last contiguous sn', async () => {
    const t = makeClient();
    const socket = await t.connect();
    await t.clock.advance(29_999);
    expect(socket.pings()).toEqual([]);
    await t.clock.advance(1);
    expect(socket.pings()).toEqual([{ s: 2, sn: 0 }]);
    socket.pong();
    socket.event(1);
    socket.event(2);
    socket.event(4);
    await t.clock.advance(30_000);
    expect(socket.pings()[1]).toEqual({ s: 2, sn: 2 });
  });

  it.each([
    [0, 25_000],
    [0.999999, 35_000],
  ])('applies ±5 s of jitter to the interval (random %f → %i ms)', async (r, ms) => {
    const t = makeClient({ random: () => r });
    const socket = await t.connect();
    await t.clock.advance(ms - 1);
    expect(socket.pings()).toHaveLength(0);
    await t.clock.advance(1);
    expect(socket.pings()).toHaveLength(1);
  });

  it('reports the round-trip time of each PONG', async () => {
    const t = makeClient();
    const socket = await t.connect();
    await t.clock.advance(30_000);
    await t.clock.advance(120);
    socket.pong();
    expect(t.seen.rtt.map((r) => r.ms)).toEqual([120]);
  });

  it('moves to HB_RETRY after a 6 s PONG timeout and back to CONNECTED when a retry ping is answered', async () => {
    const t = makeClient();
    const socket = await t.connect();
    await t.clock.advance(30_000 + 5_999);
    expect(t.client.state).toBe('CONNECTED');
    await t.clock.advance(1);
    expect(t.client.state).toBe('HB_RETRY');
    await t.clock.advance(2_000);
    expect(socket.pings()).toHaveLength(2);
    socket.pong();
    expect(t.client.state).toBe('CONNECTED');
    expect(t.seen.state.slice(-1)[0]).toMatchObject({ from: 'HB_RETRY', to: 'CONNECTED' });
  });

  it('sends retry pings at 2 s and 4 s, then resumes at 8 s and 16 s, then drops the session and refetches', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.event(2);
    const t0 = t.clock.now();
    await t.clock.advance(30_000 + 6_000); // first PING unanswered
    await t.clock.advance(2_000);
    expect(socket.pings()).toHaveLength(2); // retry 1 at +2 s
    await t.clock.advance(6_000 + 3_999);
    expect(socket.pings()).toHaveLength(2);
    await t.clock.advance(1);
    expect(socket.pings()).toHaveLength(3); // retry 2 at +4 s after the first retry timed out
    await t.clock.advance(6_000);
    expect(socket.terminated).toBe(true);
    expect(t.client.state).toBe('RESUME_CONNECT');
    expect(t.clock.now() - t0).toBe(30_000 + 6_000 + 2_000 + 6_000 + 4_000 + 6_000);

    await t.clock.advance(7_999);
    expect(t.sockets).toHaveLength(1);
    await t.clock.advance(1);
    expect(t.sockets).toHaveLength(2);
    expect(t.last().url).toBe(`${GATEWAY_URL}&resume=1&sn=2&session_id=s-1`);
    t.last().fail();
    await t.clock.advance(15_999);
    expect(t.sockets).toHaveLength(2);
    await t.clock.advance(1);
    expect(t.sockets).toHaveLength(3);
    expect(t.last().url).toContain('&resume=1&sn=2&session_id=s-1');
    t.last().open();
    await t.clock.advance(6_000); // no HELLO on the second resume either

    expect(t.client.state).toBe('FETCH_GATEWAY');
    expect(t.seen.gap).toEqual([{ fromSn: 3, toSn: null, since: expect.any(Number), until: t.clock.now(), reason: 'session-expired' }]);
    expect(t.seen['needs-backfill']).toHaveLength(1);
    await t.clock.advance(1_000);
    expect(t.last().url).toBe(GATEWAY_URL); // fresh: no resume params
    t.last().open();
    t.last().hello(0, 's-2');
    await t.clock.advance(30_000);
    expect(t.last().pings()).toEqual([{ s: 2, sn: 0 }]);
  });

  it('resumes after an unexpected close: replays are deduplicated, RESUME ACK marks the resume', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.event(2);
    socket.drop();
    expect(t.client.state).toBe('RESUME_CONNECT');
    await t.clock.advance(8_000);
    const resumed = t.last();
    expect(resumed.url).toBe(`${GATEWAY_URL}&resume=1&sn=2&session_id=s-1`);
    resumed.open();
    resumed.hello(0, 's-1');
    expect(t.seen.hello.slice(-1)[0]).toMatchObject({ sessionId: 's-1', resumed: true });
    resumed.event(2); // a replay we already had
    resumed.event(3);
    resumed.resumeAck('s-1');
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 2, 3]);
    expect(t.seen.resumed).toEqual([{ sessionId: 's-1', lastSn: 3, at: t.clock.now() }]);
    expect(t.client.counters()).toMatchObject({ resumes: 1, duplicates: 1, freshSessions: 1, gaps: 0 });
    expect(t.seen.gap).toEqual([]);
  });

  it('treats a HELLO with a new session id as a fresh session: sn back to 0 and the loss reported', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.drop();
    await t.clock.advance(8_000);
    t.last().open();
    t.last().hello(0, 's-2');
    expect(t.client.lastSn).toBe(0);
    expect(t.seen.gap).toMatchObject([{ fromSn: 2, toSn: null, reason: 'session-expired' }]);
    expect(t.client.counters().freshSessions).toBe(2);
    t.last().event(1);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 1]);
    await t.clock.advance(30_000);
    expect(t.last().pings()).toEqual([{ s: 2, sn: 1 }]);
  });

  it('keeps the session on HELLO 40103 during a resume and resumes on the freshly fetched URL', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.drop();
    await t.clock.advance(8_000);
    t.setFetch(() => Promise.resolve('wss://gw2.test/gateway?compress=0&token=new'));
    t.last().open();
    t.last().hello(40103);
    expect(t.client.state).toBe('FETCH_GATEWAY');
    await t.clock.advance(6_000);
    expect(t.last().url).toBe('wss://gw2.test/gateway?compress=0&token=new&resume=1&sn=1&session_id=s-1');
    t.last().open();
    t.last().hello(0, 's-1');
    expect(t.seen.hello.slice(-1)[0]?.resumed).toBe(true);
    expect(t.seen.gap).toEqual([]);
  });

  it('runs with a scaled timing profile', async () => {
    const { scaleTimings } = await import('../../../../main/kook/gateway/timings');
    const t = makeClient({ timings: scaleTimings(0.01) });
    const socket = await t.connect();
    await t.clock.advance(300);
    expect(socket.pings()).toHaveLength(1);
    await t.clock.advance(60);
    expect(t.client.state).toBe('HB_RETRY');
  });
});
