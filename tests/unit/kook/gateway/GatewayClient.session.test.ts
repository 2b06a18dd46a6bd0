// GATEWAY.md §7 RECONNECT and §4.4 (rec) session persistence: restart resumes from the stored sn.
import { describe, expect, it } from 'vitest';
import { GATEWAY_URL, makeClient, MemoryStore } from './fakes';

describe('GatewayClient: RECONNECT', () => {
  it('clears session, sn and buffer, closes the socket and refetches at once; the next PING carries sn 0', async () => {
    const t = makeClient({ watchedChannels: () => ['chan-1'] });
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.event(2);
    socket.event(5); // buffered behind a gap
    socket.reconnect(40108);
    expect(socket.closed).toBe(true);
    expect(t.client.state).toBe('FETCH_GATEWAY');
    expect(t.client.lastSn).toBe(0);
    expect(t.client.counters().reconnects).toBe(1);
    expect(t.seen.gap).toEqual([{ fromSn: 3, toSn: null, since: expect.any(Number), until: t.clock.now(), reason: 'reconnect' }]);
    expect(t.seen['needs-backfill']).toEqual([{ reason: 'reconnect', lastSeen: [{ channelId: 'chan-1', msgId: 'm2', at: expect.any(Number) }] }]);
    await t.clock.advance(0);
    expect(t.fetches).toHaveLength(2);
    const fresh = t.last();
    expect(fresh.url).toBe(GATEWAY_URL);
    fresh.open();
    fresh.hello(0, 's-2');
    fresh.event(1);
    expect(t.seen.event.map((e) => e.sn)).toEqual([1, 2, 1]); // sn 5 of the old session was dropped with the buffer
    await t.clock.advance(30_000);
    expect(fresh.pings()).toEqual([{ s: 2, sn: 1 }]);
  });

  it('reports an expired session for RECONNECT 40107', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    socket.reconnect(40107);
    expect(t.seen.gap.map((g) => g.reason)).toEqual(['session-expired']);
  });

  it('answers a refused resume (RECONNECT during the resume attempt) with a fresh connection', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.drop();
    await t.clock.advance(8_000);
    t.last().open();
    t.last().reconnect(40106);
    await t.clock.advance(0);
    expect(t.last().url).toBe(GATEWAY_URL);
  });
});

describe('GatewayClient: session persistence', () => {
  it('saves the session on HELLO, throttles saves while sn advances, and clears it on RECONNECT', async () => {
    const store = new MemoryStore();
    const t = makeClient({ sessionStore: store });
    const socket = await t.connect('s-1');
    expect(store.saves).toEqual([{ sessionId: 's-1', lastSn: 0 }]);
    for (let sn = 1; sn <= 50; sn += 1) socket.event(sn);
    expect(store.saves).toHaveLength(1);
    await t.clock.advance(1_000);
    expect(store.saves).toEqual([{ sessionId: 's-1', lastSn: 0 }, { sessionId: 's-1', lastSn: 50 }]);
    socket.reconnect();
    expect(store.state).toBeNull();
  });

  it('flushes the pending sn on stop()', async () => {
    const store = new MemoryStore();
    const t = makeClient({ sessionStore: store });
    const socket = await t.connect('s-1');
    socket.event(1);
    socket.event(2);
    t.client.stop();
    expect(store.state).toEqual({ sessionId: 's-1', lastSn: 2 });
  });

  it('resumes a stored session after an app restart', async () => {
    const store = new MemoryStore({ sessionId: 's-9', lastSn: 42 });
    const t = makeClient({ sessionStore: store });
    t.client.start();
    await t.clock.advance(0);
    const socket = t.last();
    expect(socket.url).toBe(`${GATEWAY_URL}&resume=1&sn=42&session_id=s-9`);
    socket.open();
    socket.hello(0, 's-9');
    expect(t.seen.hello[0]).toMatchObject({ sessionId: 's-9', resumed: true });
    socket.event(42);
    socket.event(43);
    socket.resumeAck('s-9');
    expect(t.seen.event.map((e) => e.sn)).toEqual([43]);
    expect(t.client.counters()).toMatchObject({ resumes: 1, freshSessions: 0, duplicates: 1 });
    await t.clock.advance(30_000);
    expect(socket.pings()).toEqual([{ s: 2, sn: 43 }]);
  });

  it('treats an unreadable store as no session', async () => {
    const t = makeClient({ sessionStore: { load: () => { throw new Error('corrupt'); }, save: () => undefined } });
    t.client.start();
    await t.clock.advance(0);
    expect(t.last().url).toBe(GATEWAY_URL);
  });
});
