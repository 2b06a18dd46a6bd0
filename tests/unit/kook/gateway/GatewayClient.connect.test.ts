// GATEWAY.md §4.4: FETCH_GATEWAY → CONNECT → WAIT_HELLO → CONNECTED, with connect retries, HELLO timeout,
// HELLO codes (§8) and the refetch backoff (§4.2).
import { describe, expect, it } from 'vitest';
import { GATEWAY_URL, makeClient } from './fakes';

describe('GatewayClient: connecting', () => {
  it('walks IDLE → FETCH_GATEWAY → CONNECT → WAIT_HELLO → CONNECTED with reasons and timestamps', async () => {
    const t = makeClient();
    const socket = await t.connect('s-1');
    expect(t.states()).toEqual(['FETCH_GATEWAY', 'CONNECT', 'WAIT_HELLO', 'CONNECTED']);
    expect(t.client.state).toBe('CONNECTED');
    expect(t.fetches).toEqual([false]);
    expect(socket.url).toBe(GATEWAY_URL);
    expect(t.seen.hello).toEqual([{ sessionId: 's-1', resumed: false, at: t.clock.now() }]);
    expect(t.seen.state[0]).toMatchObject({ from: 'IDLE', to: 'FETCH_GATEWAY', reason: 'start', at: t.clock.now() });
    expect(t.client.counters().freshSessions).toBe(1);
  });

  it('asks gateway/index for compressed frames when told to', async () => {
    const t = makeClient({ compress: true });
    t.client.start();
    await t.clock.advance(0);
    expect(t.fetches).toEqual([true]);
  });

  it('gives up on a socket without HELLO after 6 s and retries the connect at 2 s then 4 s, then refetches', async () => {
    const t = makeClient();
    t.client.start();
    await t.clock.advance(0);
    t.last().open();
    await t.clock.advance(5_999);
    expect(t.client.state).toBe('WAIT_HELLO');
    await t.clock.advance(1);
    expect(t.sockets[0]?.terminated).toBe(true);
    expect(t.client.state).toBe('CONNECT');
    await t.clock.advance(1_999);
    expect(t.sockets).toHaveLength(1);
    await t.clock.advance(1);
    expect(t.sockets).toHaveLength(2);
    t.last().fail();
    await t.clock.advance(3_999);
    expect(t.sockets).toHaveLength(2);
    await t.clock.advance(1);
    expect(t.sockets).toHaveLength(3);
    t.last().fail();
    expect(t.client.state).toBe('FETCH_GATEWAY');
    expect(t.fetches).toHaveLength(1);
    await t.clock.advance(1_000); // first refetch backoff step (no jitter with random 0.5)
    expect(t.fetches).toHaveLength(2);
    expect(t.client.state).toBe('CONNECT');
  });

  it('refetches forever with doubling delays capped at 60 s while gateway/index fails', async () => {
    const t = makeClient();
    const at: number[] = [];
    t.setFetch(() => {
      at.push(t.clock.now());
      return Promise.reject(Object.assign(new Error('bad gateway'), { httpStatus: 502 }));
    });
    t.client.start();
    await t.clock.advance(10 * 60_000);
    const gaps = at.slice(1).map((v, i) => v - (at[i] ?? 0));
    expect(gaps.slice(0, 8)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    expect(Math.max(...gaps)).toBe(60_000);
    expect(t.client.state).toBe('FETCH_GATEWAY');
  });

  it('gives up on a gateway/index that never answers (stalled in the REST queue) and refetches with backoff', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const t = makeClient({
      timings: { fetchGatewayDeadlineMs: 5_000 },
      fetchGatewayUrl: (_compress, signal) => {
        signals.push(signal);
        return signals.length === 1 ? new Promise<string>(() => undefined) : Promise.resolve(GATEWAY_URL);
      },
    });
    t.client.start();
    await t.clock.advance(4_999);
    expect(t.client.state).toBe('FETCH_GATEWAY');
    expect(t.sockets).toHaveLength(0);
    await t.clock.advance(1);
    expect(signals[0]?.aborted).toBe(true);
    await t.clock.advance(1_000); // the first refetch delay
    expect(signals).toHaveLength(2);
    expect(t.sockets).toHaveLength(1);
  });

  it('an answered gateway/index leaves no deadline behind', async () => {
    const t = makeClient({ timings: { fetchGatewayDeadlineMs: 5_000 } });
    await t.connect();
    await t.clock.advance(20_000);
    expect(t.client.state).toBe('CONNECTED');
    expect(t.fetches).toHaveLength(1);
  });

  it('resets the refetch backoff after a successful HELLO', async () => {
    const t = makeClient();
    let fail = 3;
    t.setFetch(() => (fail-- > 0 ? Promise.reject(new Error('down')) : Promise.resolve(GATEWAY_URL)));
    t.client.start();
    await t.clock.advance(1_000 + 2_000 + 4_000);
    t.last().open();
    t.last().hello(0, 's');
    t.last().reconnect();
    fail = 1;
    const before = t.fetches.length;
    await t.clock.advance(0);
    expect(t.fetches.length).toBe(before + 1); // RECONNECT refetches at once, and that fetch fails
    await t.clock.advance(999);
    expect(t.fetches.length).toBe(before + 1);
    await t.clock.advance(1);
    expect(t.fetches.length).toBe(before + 2); // back to 1 s, not 8 s
  });

  it.each([401, 40101])('stops with a bad-token report when gateway/index answers %i', async (status) => {
    const t = makeClient();
    t.setFetch(() => Promise.reject(Object.assign(new Error('unauthorized'), status === 401 ? { httpStatus: 401 } : { code: status })));
    t.client.start();
    await t.clock.advance(0);
    expect(t.client.state).toBe('FATAL');
    expect(t.seen.fatal).toEqual([{ reason: 'bad-token', code: status }]);
    await t.clock.advance(600_000);
    expect(t.fetches).toHaveLength(1);
  });

  it.each([40101, 40102])('stops on HELLO %i and reports a bad token', async (code) => {
    const t = makeClient();
    t.client.start();
    await t.clock.advance(0);
    t.last().open();
    t.last().hello(code);
    expect(t.client.state).toBe('FATAL');
    expect(t.seen.fatal).toEqual([{ reason: 'bad-token', code }]);
    expect(t.last().closed || t.last().terminated).toBe(true);
    await t.clock.advance(600_000);
    expect(t.fetches).toHaveLength(1);
    expect(t.sockets).toHaveLength(1);
  });

  it.each([40100, 40103])('refetches the gateway 6 s after HELLO %i', async (code) => {
    const t = makeClient();
    t.client.start();
    await t.clock.advance(0);
    t.last().open();
    t.last().hello(code);
    expect(t.client.state).toBe('FETCH_GATEWAY');
    await t.clock.advance(5_999);
    expect(t.fetches).toHaveLength(1);
    await t.clock.advance(1);
    expect(t.fetches).toHaveLength(2);
    t.last().open();
    t.last().hello(0);
    expect(t.client.state).toBe('CONNECTED');
  });

  it('ignores an undocumented HELLO code and lets the 6 s HELLO timeout decide', async () => {
    const t = makeClient();
    t.client.start();
    await t.clock.advance(0);
    t.last().open();
    t.last().hello(49999);
    expect(t.client.state).toBe('WAIT_HELLO');
    await t.clock.advance(6_000);
    expect(t.client.state).toBe('CONNECT');
  });

  it('stop() closes the socket and no timer fires afterwards', async () => {
    const t = makeClient();
    const socket = await t.connect();
    t.client.stop();
    expect(t.client.state).toBe('IDLE');
    expect(socket.closed).toBe(true);
    await t.clock.advance(600_000);
    expect(socket.pings()).toHaveLength(0);
    expect(t.sockets).toHaveLength(1);
    expect(t.clock.pending).toBe(0);
  });

  it('ignores a gateway URL that arrives after stop()', async () => {
    const t = makeClient();
    let resolve: (url: string) => void = () => undefined;
    t.setFetch(() => new Promise((r) => (resolve = r)));
    t.client.start();
    await t.clock.advance(0);
    t.client.stop();
    resolve(GATEWAY_URL);
    await t.clock.advance(0);
    expect(t.sockets).toHaveLength(0);
    expect(t.client.state).toBe('IDLE');
  });
});
