// Resume and RECONNECT (GATEWAY.md §5, §7): replay of missed events then RESUME ACK, and the
// 40106 / 40107 / 40108 answers when a resume cannot be honoured; session lifetime and replay
// window from gatewayTimings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import { RawGateway } from './support/rawGateway';
import { type Api, bind, connect, sleep, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let channelId: string;

async function firstChannel(a: Api): Promise<string> {
  const guilds = await a.ok<{ items: { id: string }[] }>('guild/list');
  const list = await a.ok<{ items: { id: string; type: number }[] }>('channel/list', { guild_id: guilds.items[0]?.id });
  return list.items.find((c) => c.type === 1)?.id ?? '';
}
const post = async (a: Api, ch: string, n: number): Promise<string[]> => {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await a.ok<{ msg_id: string }>('message/create', { target_id: ch, type: 9, content: `r${i}` })).msg_id);
  return ids;
};
const resumeUrl = (url: string, params: Record<string, string>): string => `${url}&${new URLSearchParams(params).toString()}`;
const drop = (a: Api, sessionId: string): Promise<{ data: { dropped: number } }> => a.admin('faults/gateway', { kind: 'drop', session_id: sessionId });

beforeAll(async () => {
  sim = await startSim({ preset: 'empty' });
  api = bind(sim);
  channelId = await firstChannel(api);
});
afterAll(() => sim.close());

describe('resume', () => {
  it('replays the events missed while disconnected, after HELLO with the same session_id, then RESUME ACK', async () => {
    const { peer, url, sessionId } = await connect(sim);
    await post(api, channelId, 2);
    await peer.waitFor(() => peer.events().length >= 2);
    expect((await drop(api, sessionId)).data.dropped).toBe(1);
    await peer.waitForClose();
    const missed = await post(api, channelId, 3);
    const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '2', session_id: sessionId }));
    await again.waitForSignal(6);
    expect(again.frames.map((f) => f.s)).toEqual([1, 0, 0, 0, 6]);
    expect(again.frames[0]?.d).toMatchObject({ code: 0, session_id: sessionId });
    expect(again.sns()).toEqual([3, 4, 5]);
    expect(again.events().map((f) => f.d?.['msg_id'])).toEqual(missed);
    expect(again.frames[4]?.d).toEqual({ session_id: sessionId });
    // Live events continue the same numbering.
    await post(api, channelId, 1);
    await again.waitFor(() => again.events().length >= 4);
    expect(again.sns()).toEqual([3, 4, 5, 6]);
    again.close();
  });

  it('resumes with nothing to replay: HELLO then RESUME ACK', async () => {
    const { peer, url, sessionId } = await connect(sim);
    peer.close();
    await peer.waitForClose();
    const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
    await again.waitForSignal(6);
    expect(again.frames.map((f) => f.s)).toEqual([1, 6]);
    again.close();
  });

  it('shows the bot online again after a resume', async () => {
    const { peer, url, sessionId } = await connect(sim);
    peer.close();
    await expect.poll(async () => (await api.ok<{ online: boolean }>('user/get-online-status')).online).toBe(false);
    const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
    await again.waitForSignal(6);
    expect((await api.ok<{ online: boolean }>('user/get-online-status')).online).toBe(true);
    again.close();
  });
});

describe('resume refused', () => {
  it('answers RECONNECT 40106 when resume=1 lacks session_id', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    const peer = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '3' }));
    const rc = await peer.waitForSignal(5);
    expect(rc.d).toMatchObject({ code: 40106 });
    await peer.waitForClose();
    expect(peer.frames.some((f) => f.s === 1)).toBe(false);
  });

  it('answers RECONNECT 40107 for an unknown session', async () => {
    const { url } = await api.ok<{ url: string }>('gateway/index', { compress: 0 });
    const peer = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '0', session_id: '00000000-0000-4000-8000-000000000000' }));
    expect((await peer.waitForSignal(5)).d).toMatchObject({ code: 40107 });
  });

  it('answers RECONNECT 40108 for an sn that is not a number or lies in the future', async () => {
    for (const sn of ['abc', '50']) {
      const { peer, url, sessionId } = await connect(sim);
      peer.close();
      await peer.waitForClose();
      const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn, session_id: sessionId }));
      expect((await again.waitForSignal(5)).d).toMatchObject({ code: 40108 });
    }
  });

  it('expires a disconnected session after gatewayTimings.sessionLifetimeMs (40107)', async () => {
    const short = await startSim({ preset: 'empty', gatewayTimings: { sessionLifetimeMs: 80 } });
    try {
      const { peer, url, sessionId } = await connect(short);
      peer.close();
      await peer.waitForClose();
      await sleep(150);
      const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
      expect((await again.waitForSignal(5)).d).toMatchObject({ code: 40107 });
    } finally {
      await short.close();
    }
  });

  it('answers 40108 when the missed events fell out of the replay window', async () => {
    const small = await startSim({ preset: 'empty', gatewayTimings: { replayWindow: 3 } });
    try {
      const a = bind(small);
      const ch = await firstChannel(a);
      const { peer, url, sessionId } = await connect(small);
      peer.close();
      await peer.waitForClose();
      await post(a, ch, 6);
      const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
      expect((await again.waitForSignal(5)).d).toMatchObject({ code: 40108 });
      // Within the window it still works.
      const fresh = await connect(small);
      fresh.peer.close();
      await fresh.peer.waitForClose();
      await post(a, ch, 3);
      const ok = await RawGateway.open(resumeUrl(fresh.url, { resume: '1', sn: '1', session_id: fresh.sessionId }));
      await ok.waitForSignal(6);
      expect(ok.sns()).toEqual([2, 3]);
      ok.close();
    } finally {
      await small.close();
    }
  });
});

describe('RECONNECT from the server', () => {
  for (const code of [40106, 40107, 40108] as const) {
    it(`sends RECONNECT ${code} on demand, closes, and forgets the session`, async () => {
      const { peer, url, sessionId } = await connect(sim);
      const res = await api.admin<{ data: { sent: number } }>('faults/gateway', { kind: 'reconnect', code, session_id: sessionId });
      expect(res.data.sent).toBe(1);
      const rc = await peer.waitForSignal(5);
      expect(rc.d).toMatchObject({ code });
      await peer.waitForClose();
      const again = await RawGateway.open(resumeUrl(url, { resume: '1', sn: '0', session_id: sessionId }));
      expect((await again.waitForSignal(5)).d).toMatchObject({ code: 40107 });
      // A fresh connection works.
      const fresh = await connect(sim);
      fresh.peer.close();
    });
  }
});
