// Bad input gets KOOK-style answers and never crashes the simulator (issue 2 §2 "Bad input").
import { connect as tcpConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawResponse } from './support/rawApi';
import { type Api, bind, connect, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let channelId: string;
let errors: unknown[];

const env = (res: RawResponse): { code: number; message: string; data: unknown } => {
  if (typeof res.body === 'string') throw new Error(`not JSON: ${res.body}`);
  return res.body;
};

beforeAll(async () => {
  errors = [];
  sim = await startSim({ preset: 'empty', onError: (e) => errors.push(e) });
  api = bind(sim);
  const guilds = await api.ok<{ items: { id: string }[] }>('guild/list');
  const list = await api.ok<{ items: { id: string; type: number }[] }>('channel/list', { guild_id: guilds.items[0]?.id });
  channelId = list.items.find((c) => c.type === 1)?.id ?? '';
});
afterAll(async () => {
  expect(errors).toEqual([]);
  await sim.close();
});

describe('REST', () => {
  it('answers malformed JSON with 40000', async () => {
    const res = await api.call('message/create', {}, { rawBody: '{"target_id": ', lang: 'en-US' });
    expect(env(res).code).toBe(40000);
    expect(env(res).message).toMatch(/JSON/);
  });

  it('answers a JSON body that is not an object with 40000', async () => {
    expect(env(await api.call('message/create', {}, { rawBody: '[1,2]' })).code).toBe(40000);
  });

  it('answers a missing required param with 40000 naming it, in English with Accept-Language: en-US', async () => {
    const res = env(await api.call('message/create', { target_id: channelId, type: 9 }, { lang: 'en-US' }));
    expect(res.code).toBe(40000);
    expect(res.message).toContain('content');
    expect(res.message).toMatch(/^[\x20-\x7e]+$/);
  });

  it('answers the same in Chinese without Accept-Language', async () => {
    const res = env(await api.call('message/create', { target_id: channelId, type: 9 }));
    expect(res.code).toBe(40000);
    expect(res.message).toContain('content');
    expect(res.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers wrong types with 40000 naming the field', async () => {
    for (const [params, field] of [
      [{ target_id: { x: 1 }, type: 9, content: 'x' }, 'target_id'],
      [{ target_id: channelId, type: 'nine', content: 'x' }, 'type'],
      [{ target_id: channelId, type: 9, content: 42 }, 'content'],
    ] as const) {
      const res = env(await api.call('message/create', params, { lang: 'en-US' }));
      expect(res.code).toBe(40000);
      expect(res.message).toContain(field);
    }
    const get = env(await api.call('guild/list', { page_size: 'lots' }, { lang: 'en-US' }));
    expect(get.code).toBe(40000);
    expect(get.message).toContain('page_size');
  });

  it('answers an unknown route with HTTP 404 and the envelope', async () => {
    const res = await api.call('no/such-route', {}, { method: 'GET' });
    expect(res.status).toBe(404);
    expect(env(res)).toMatchObject({ code: 404, data: {} });
    const outside = await fetch(`${sim.origin}/nothing-here`);
    expect(outside.status).toBe(404);
  });

  it('answers unknown ids with 40000', async () => {
    expect(env(await api.call('channel/view', { target_id: '1' })).code).toBe(40000);
    expect(env(await api.call('message/create', { target_id: '1', type: 9, content: 'x' })).code).toBe(40000);
    expect(env(await api.call('message/delete', { msg_id: 'nope' })).code).toBe(40000);
  });

  it('answers an oversized body with 40014', async () => {
    const big = JSON.stringify({ target_id: channelId, type: 9, content: 'x'.repeat(2 * 1024 * 1024) });
    const res = await api.call('message/create', {}, { rawBody: big });
    expect(env(res).code).toBe(40014);
  });

  it('answers GET on a POST route with HTTP 405 and the envelope', async () => {
    const res = await api.call('message/create', { target_id: channelId }, { method: 'GET' });
    expect(res.status).toBe(405);
    expect(env(res).code).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('survives garbage bytes on the HTTP port', async () => {
    const url = new URL(sim.origin);
    const reply = await new Promise<string>((resolve) => {
      const sock = tcpConnect(Number(url.port), url.hostname, () => sock.write('\x00\x01GARBAGE\r\n\r\n'));
      let text = '';
      sock.on('data', (d) => (text += d.toString()));
      sock.on('close', () => resolve(text));
      sock.on('error', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await api.call('user/me')).status).toBe(200);
  });
});

describe('gateway', () => {
  it('keeps serving other peers while one floods its socket with garbage', async () => {
    const flooder = await connect(sim);
    const good = await connect(sim);
    for (let i = 0; i < 500; i++) flooder.peer.send(i % 3 === 0 ? Buffer.from([0xff, 0x00, i & 0xff]) : i % 3 === 1 ? '{"s":' : '{"s":99,"sn":"x"}');
    await flooder.peer.waitForClose(3000);
    expect(flooder.peer.closed).toBe(true);
    good.peer.ping(0);
    await good.peer.waitForSignal(3);
    await api.ok('message/create', { target_id: channelId, type: 9, content: 'still alive' });
    await good.peer.waitFor(() => good.peer.events().length >= 1);
    expect(good.peer.events()[0]?.d?.['content']).toBe('still alive');
    good.peer.close();
  });

  it('ignores a little garbage without closing, and still answers PING', async () => {
    const { peer } = await connect(sim);
    peer.send('not json');
    peer.send({ s: 2, sn: -5 });
    peer.send({ hello: 'world' });
    peer.ping(0);
    await peer.waitForSignal(3);
    expect(peer.closed).toBe(false);
    peer.close();
  });

  it('closes a socket that sends an oversized frame, and keeps running', async () => {
    const { peer } = await connect(sim);
    peer.send('x'.repeat(200 * 1024));
    await peer.waitForClose(3000);
    expect(peer.closed).toBe(true);
    (await connect(sim)).peer.close();
  });
});
