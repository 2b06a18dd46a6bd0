// The gateway's signals (GATEWAY.md §2, §3, §6, §8, §9): HELLO and its error codes, PING/PONG,
// per-session sn from 1, zlib-per-frame compression, the PING re-send, and token lifetime.
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import { RawGateway } from './support/rawGateway';
import { type Api, bind, connect, sleep, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let channelId: string;

const post = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await api.ok('message/create', { target_id: channelId, type: 9, content: `e${i}` });
};
const helloCode = async (url: string): Promise<{ code: unknown; closed: boolean }> => {
  const peer = await RawGateway.open(url);
  const hello = await peer.waitForSignal(1);
  await peer.waitForClose(2000);
  return { code: hello.d?.['code'], closed: peer.closed };
};
const withToken = (url: string, token: string | null): string => {
  const u = new URL(url);
  if (token === null) u.searchParams.delete('token');
  else u.searchParams.set('token', token);
  return u.toString();
};

beforeAll(async () => {
  sim = await startSim({ preset: 'empty' });
  api = bind(sim);
  const guilds = await api.ok<{ items: { id: string }[] }>('guild/list');
  const list = await api.ok<{ items: { id: string; type: number }[] }>('channel/list', { guild_id: guilds.items[0]?.id });
  channelId = list.items.find((c) => c.type === 1)?.id ?? '';
});
afterAll(() => sim.close());

describe('HELLO', () => {
  it('greets with HELLO code 0 and a session_id, as a text frame with compress=0', async () => {
    const { peer, hello, sessionId } = await connect(sim, 0);
    expect(hello).toMatchObject({ s: 1, d: { code: 0 }, binary: false });
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    peer.close();
  });

  it('gives every connection its own session_id', async () => {
    const a = await connect(sim);
    const b = await connect(sim);
    expect(a.sessionId).not.toBe(b.sessionId);
    a.peer.close();
    b.peer.close();
  });

  it('answers 40100 to a URL without a token, then closes', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    expect(await helloCode(withToken(url, null))).toEqual({ code: 40100, closed: true });
  });

  it('answers 40101 to a garbage token', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    expect(await helloCode(withToken(url, 'garbage'))).toEqual({ code: 40101, closed: true });
  });

  it('answers 40102 to a token whose signature does not verify', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    const token = new URL(url).searchParams.get('token') ?? '';
    const [payload] = token.split('.');
    expect(await helloCode(withToken(url, `${payload}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`))).toEqual({ code: 40102, closed: true });
  });

  it('answers 40103 once the gateway token outlives gatewayTimings.gatewayTokenLifetimeMs', async () => {
    const short = await startSim({ preset: 'empty', gatewayTimings: { gatewayTokenLifetimeMs: 100 } });
    try {
      const { url } = await bind(short).ok<{ url: string }>('gateway/index', { compress: 0 });
      await sleep(150);
      expect(await helloCode(url)).toEqual({ code: 40103, closed: true });
    } finally {
      await short.close();
    }
  });
});

describe('heartbeat and sn', () => {
  it('answers PING with PONG {"s":3}', async () => {
    const { peer } = await connect(sim);
    peer.ping(0);
    const pong = await peer.waitForSignal(3);
    expect(pong.d).toBeUndefined();
    expect(pong.sn).toBeUndefined();
    peer.close();
  });

  it('numbers events per session from 1, contiguously', async () => {
    const { peer } = await connect(sim);
    await post(5);
    await peer.waitFor(() => peer.events().length >= 5);
    expect(peer.sns()).toEqual([1, 2, 3, 4, 5]);
    const other = await connect(sim);
    await post(1);
    await other.peer.waitFor(() => other.peer.events().length >= 1);
    expect(other.peer.sns()).toEqual([1]);
    peer.close();
    other.peer.close();
  });

  it('re-sends everything after the sn of a PING that shows the client behind', async () => {
    const { peer } = await connect(sim);
    await post(4);
    await peer.waitFor(() => peer.events().length >= 4);
    peer.ping(2);
    await peer.waitFor(() => peer.events().length >= 6);
    await sleep(50);
    expect(peer.sns()).toEqual([1, 2, 3, 4, 3, 4]);
    expect(peer.frames.some((f) => f.s === 3)).toBe(true);
    peer.close();
  });

  it('answers a PING with an sn from the future with RECONNECT 40108', async () => {
    const { peer } = await connect(sim);
    await post(1);
    await peer.waitFor(() => peer.events().length >= 1);
    peer.ping(99);
    const rc = await peer.waitForSignal(5);
    expect(rc.d).toMatchObject({ code: 40108 });
    expect(typeof rc.d?.['err']).toBe('string');
    await peer.waitForClose();
    expect(peer.closed).toBe(true);
  });
});

describe('compression', () => {
  it('sends every frame as binary with compress=1, each one complete zlib stream', async () => {
    const { peer } = await connect(sim, 1);
    await post(3);
    peer.ping(0);
    await peer.waitFor(() => peer.events().length >= 3 && peer.frames.some((f) => f.s === 3));
    expect(peer.frames.every((f) => f.binary)).toBe(true);
    expect(peer.rawBinary.length).toBe(peer.frames.length);
    for (const buf of peer.rawBinary) {
      expect(buf[0]).toBe(0x78);
      // Each frame inflates on its own: no shared context between frames.
      expect(() => JSON.parse(inflateSync(buf).toString('utf8')) as unknown).not.toThrow();
    }
    expect(peer.frames[0]).toMatchObject({ s: 1, d: { code: 0 } });
    peer.close();
  });

  it('defaults to compress=1 when the URL carries no compress parameter', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    const u = new URL(url);
    u.searchParams.delete('compress');
    const peer = await RawGateway.open(u.toString());
    await peer.waitForSignal(1);
    expect(peer.frames[0]?.binary).toBe(true);
    peer.close();
  });
});
