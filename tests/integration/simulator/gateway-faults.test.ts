// Every gateway fault of the admin API (issue 2 §2 "Faults"): drop, zombie, silent stream,
// HELLO delay / withhold / error, reorder, duplicates, withheld frame, token expiry, latency.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import { RawGateway } from './support/rawGateway';
import { type Api, bind, connect, sleep, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let channelId: string;

const post = async (n: number, prefix = 'f'): Promise<string[]> => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await api.ok<{ msg_id: string }>('message/create', { target_id: channelId, type: 9, content: `${prefix}${i}` })).msg_id);
  return ids;
};
const fault = (body: Record<string, unknown>): Promise<{ data: Record<string, unknown> }> => api.admin('faults/gateway', body);
type Ledger = { items: { sessionId: string; sn: number | 'withheld'; msgId: string; kind: string; channelId?: string }[] };
const resumeUrl = (url: string, sn: number, sessionId: string): string => `${url}&resume=1&sn=${sn}&session_id=${sessionId}`;

beforeAll(async () => {
  sim = await startSim({ preset: 'empty' });
  api = bind(sim);
  const guilds = await api.ok<{ items: { id: string }[] }>('guild/list');
  const list = await api.ok<{ items: { id: string; type: number }[] }>('channel/list', { guild_id: guilds.items[0]?.id });
  channelId = list.items.find((c) => c.type === 1)?.id ?? '';
});
afterEach(async () => {
  await fault({ kind: 'hello-delay', ms: null });
  await fault({ kind: 'hello-error', code: null });
  await fault({ kind: 'reorder', frames: 0 });
  await fault({ kind: 'silent', on: false });
  await api.admin('latency', { ms: 0 });
});
afterAll(() => sim.close());

describe('socket faults', () => {
  it('drops the socket without a close frame; the session stays resumable', async () => {
    const { peer, url, sessionId } = await connect(sim);
    await fault({ kind: 'drop', session_id: sessionId });
    await peer.waitForClose();
    expect(peer.closeCode).toBe(1006);
    const again = await RawGateway.open(resumeUrl(url, 0, sessionId));
    await again.waitForSignal(6);
    again.close();
  });

  it('zombie: the socket stays open but answers no PING and delivers no event; a resume recovers them', async () => {
    const { peer, url, sessionId } = await connect(sim);
    await fault({ kind: 'zombie', session_id: sessionId });
    const ids = await post(2, 'z');
    peer.ping(0);
    await sleep(150);
    expect(peer.closed).toBe(false);
    expect(peer.frames.filter((f) => f.s !== 1)).toEqual([]);
    const again = await RawGateway.open(resumeUrl(url, 0, sessionId));
    await again.waitForSignal(6);
    expect(again.events().map((f) => f.d?.['msg_id'])).toEqual(ids);
    again.ping(2);
    await again.waitForSignal(3);
    again.close();
  });

  it('silent stream: PONGs continue, events stop, REST shows them, the ledger marks them withheld, and no resume recovers them', async () => {
    const { peer, url, sessionId } = await connect(sim);
    await post(1, 'before');
    await peer.waitFor(() => peer.events().length >= 1);
    await fault({ kind: 'silent', session_id: sessionId });
    const hidden = await post(2, 'hidden');
    peer.ping(1);
    await peer.waitForSignal(3);
    await sleep(50);
    expect(peer.events().length).toBe(1);
    const listed = (await api.ok<{ items: { id: string }[] }>('message/list', { target_id: channelId, page_size: 5 })).items.map((m) => m.id);
    expect(listed).toEqual(expect.arrayContaining(hidden));
    const ledger = await api.admin<{ data: Ledger }>(`ledger?session_id=${sessionId}`);
    const rows = ledger.data.items.filter((r) => hidden.includes(r.msgId));
    expect(rows.map((r) => r.sn)).toEqual(['withheld', 'withheld']);
    // Neither a PING nor a resume brings them back.
    peer.ping(0);
    await peer.waitFor(() => peer.frames.filter((f) => f.s === 3).length >= 2);
    await fault({ kind: 'silent', on: false, session_id: sessionId });
    peer.close();
    await peer.waitForClose();
    const again = await RawGateway.open(resumeUrl(url, 1, sessionId));
    await again.waitForSignal(6);
    expect(again.events()).toEqual([]);
    again.close();
  });
});

describe('HELLO faults', () => {
  it('delays HELLO by the requested ms', async () => {
    await fault({ kind: 'hello-delay', ms: 120 });
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    const peer = await RawGateway.open(url);
    const hello = await peer.waitForSignal(1);
    expect(hello.at - peer.openedAt).toBeGreaterThanOrEqual(110);
    peer.close();
  });

  it('withholds HELLO entirely with ms -1, and null restores it', async () => {
    await fault({ kind: 'hello-delay', ms: -1 });
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    const peer = await RawGateway.open(url);
    await sleep(150);
    expect(peer.frames).toEqual([]);
    expect(peer.closed).toBe(false);
    peer.close();
    await fault({ kind: 'hello-delay', ms: null });
    (await connect(sim)).peer.close();
  });

  it('answers the next connections with a chosen HELLO error code, `times` times', async () => {
    for (const code of [40100, 40101, 40102, 40103]) {
      await fault({ kind: 'hello-error', code, times: 1 });
      const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
      const peer = await RawGateway.open(url);
      expect((await peer.waitForSignal(1)).d).toEqual({ code });
      await peer.waitForClose();
    }
    (await connect(sim)).peer.close();
  });

  it('expires every gateway token issued so far (40103); a new gateway/index URL works', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    await fault({ kind: 'expire-token' });
    const peer = await RawGateway.open(url);
    expect((await peer.waitForSignal(1)).d).toEqual({ code: 40103 });
    (await connect(sim)).peer.close();
  });
});

describe('delivery faults', () => {
  it('reorders frames within a window without changing their sns', async () => {
    const { peer, sessionId } = await connect(sim);
    await fault({ kind: 'reorder', frames: 5, session_id: sessionId });
    await post(10, 'o');
    await peer.waitFor(() => peer.events().length >= 10);
    const sns = peer.sns();
    expect([...sns].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sns).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Never further than the window from its place.
    sns.forEach((sn, i) => expect(Math.abs(sn - (i + 1))).toBeLessThan(5));
    peer.close();
  });

  it('duplicates the next `count` event frames', async () => {
    const { peer, sessionId } = await connect(sim);
    await fault({ kind: 'duplicate', count: 2, session_id: sessionId });
    await post(3, 'd');
    await peer.waitFor(() => peer.events().length >= 5);
    await sleep(30);
    expect(peer.sns()).toEqual([1, 1, 2, 2, 3]);
    peer.close();
  });

  it('withholds one frame (a gap) until a PING shows the client behind', async () => {
    const { peer, sessionId } = await connect(sim);
    await post(1, 'w');
    await peer.waitFor(() => peer.events().length >= 1);
    await fault({ kind: 'withhold', count: 1, session_id: sessionId });
    await post(2, 'w');
    await peer.waitFor(() => peer.events().length >= 2);
    await sleep(30);
    expect(peer.sns()).toEqual([1, 3]);
    peer.ping(1);
    await peer.waitFor(() => peer.events().length >= 4);
    expect(peer.sns().slice(2)).toEqual([2, 3]);
    peer.close();
  });

  it('delays every gateway frame and REST answer by the latency profile', async () => {
    const { peer } = await connect(sim);
    await api.admin('latency', { ms: 80 });
    const t0 = performance.now();
    await api.ok('user/me');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(78);
    const sent = performance.now();
    peer.ping(0);
    const pong = await peer.waitForSignal(3);
    expect(pong.at - sent).toBeGreaterThanOrEqual(78);
    await api.admin('latency', { ms: 0 });
    const t1 = performance.now();
    await api.ok('user/me');
    expect(performance.now() - t1).toBeLessThan(60);
    peer.close();
  });

  it('applies latencyMs given to startSimulator', async () => {
    const slow = await startSim({ preset: 'empty', latencyMs: 60 });
    try {
      const t0 = performance.now();
      await bind(slow).ok('user/me');
      expect(performance.now() - t0).toBeGreaterThanOrEqual(58);
    } finally {
      await slow.close();
    }
  });
});
