// Rate limits (PROTOCOL.md "Rate limits"; main/simulator/ratelimit/profiles.ts): X-Rate-Limit-*
// headers, shared buckets, 429 with the envelope, the global limit, profiles, overrides, counters.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../main/simulator';
import type { RawResponse } from './support/rawApi';
import { type Api, bind, startSim } from './support/sim';

let sim: Simulator;
let api: Api;
let channelId: string;

const rl = (res: RawResponse, name: string): string | null => res.headers.get(`x-rate-limit-${name}`);
const code = (res: RawResponse): number => (typeof res.body === 'string' ? NaN : res.body.code);

beforeAll(async () => {
  sim = await startSim({ preset: 'empty', rateLimitProfile: 'default' });
  api = bind(sim);
  const guilds = await api.ok<{ items: { id: string }[] }>('guild/list');
  const list = await api.ok<{ items: { id: string; type: number }[] }>('channel/list', { guild_id: guilds.items[0]?.id });
  channelId = list.items.find((c) => c.type === 1)?.id ?? '';
});
afterEach(async () => {
  await api.admin('ratelimit', { profile: 'default', resetWholeSeconds: false, resetCounters: true });
});
afterAll(() => sim.close());

describe('headers', () => {
  it('sends Limit, Remaining, Reset (decimal seconds) and Bucket on a rate-controlled answer', async () => {
    const first = await api.call('user/me');
    const second = await api.call('user/me');
    expect(rl(first, 'limit')).toBe('20');
    expect(rl(first, 'remaining')).toBe('19');
    expect(rl(second, 'remaining')).toBe('18');
    expect(rl(first, 'bucket')).toBe('user/me');
    expect(rl(first, 'reset')).toMatch(/^\d+\.\d{3}$/);
    const reset = Number(rl(first, 'reset'));
    expect(reset).toBeGreaterThan(4);
    expect(reset).toBeLessThanOrEqual(5);
    expect(rl(first, 'global')).toBeNull();
  });

  it('rounds Reset up to whole seconds when resetWholeSeconds is on', async () => {
    await api.admin('ratelimit', { resetWholeSeconds: true });
    const res = await api.call('user/me');
    expect(rl(res, 'reset')).toBe('5');
  });

  it('starts with whole-second resets when started with resetWholeSeconds', async () => {
    const other = await startSim({ preset: 'empty', rateLimitProfile: 'default', resetWholeSeconds: true });
    try {
      const res = await bind(other).call('user/me');
      expect(rl(res, 'reset')).toMatch(/^\d+$/);
    } finally {
      await other.close();
    }
  });

  it('counts routes that share a bucket together (message/list and message/view)', async () => {
    const [id] = [(await api.ok<{ msg_id: string }>('message/create', { target_id: channelId, type: 9, content: 'x' })).msg_id];
    const a = await api.call('message/list', { target_id: channelId });
    const b = await api.call('message/view', { msg_id: id });
    expect(rl(a, 'bucket')).toBe('message/list');
    expect(rl(b, 'bucket')).toBe('message/list');
    expect(Number(rl(b, 'remaining'))).toBe(Number(rl(a, 'remaining')) - 1);
  });
});

describe('refusals', () => {
  it('answers 429 with the normal envelope and Remaining 0 once a bucket is spent', async () => {
    await api.admin('ratelimit', { overrides: { 'message/create': { limit: 2, windowMs: 60_000 } } });
    const answers: RawResponse[] = [];
    for (let i = 0; i < 3; i++) answers.push(await api.call('message/create', { target_id: channelId, type: 9, content: `m${i}` }));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    const refused = answers[2] as RawResponse;
    expect(typeof refused.body === 'string' ? null : Object.keys(refused.body).sort()).toEqual(['code', 'data', 'message']);
    expect(code(refused)).not.toBe(0);
    expect(rl(refused, 'remaining')).toBe('0');
    expect(rl(refused, 'limit')).toBe('2');
    expect(rl(refused, 'bucket')).toBe('message/create');
    expect(rl(refused, 'global')).toBeNull();
    // message/update shares the spent bucket.
    const update = await api.call('message/update', { msg_id: 'x', content: 'y' });
    expect(update.status).toBe(429);
  });

  it('sends X-Rate-Limit-Global only on answers refused by the global limit', async () => {
    await api.admin('ratelimit', { overrides: { global: { limit: 3, windowMs: 60_000 } } });
    const answers: RawResponse[] = [];
    for (let i = 0; i < 4; i++) answers.push(await api.call('user/me'));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(answers.slice(0, 3).every((r) => rl(r, 'global') === null)).toBe(true);
    expect(rl(answers[3] as RawResponse, 'global')).not.toBeNull();
  });

  it('counts 429s per bucket and globally in /_sim/ratelimit/counters', async () => {
    await api.admin('ratelimit', { overrides: { 'guild/list': { limit: 1, windowMs: 60_000 } } });
    for (let i = 0; i < 3; i++) await api.call('guild/list');
    let counters = await api.admin<{ data: { total: number; global: number; buckets: Record<string, number> } }>('ratelimit/counters');
    expect(counters.data).toMatchObject({ total: 2, global: 0, buckets: { 'guild/list': 2 } });
    await api.admin('ratelimit', { overrides: { global: { limit: 0, windowMs: 60_000 } } });
    await api.call('user/me');
    counters = await api.admin('ratelimit/counters');
    expect(counters.data).toMatchObject({ total: 3, global: 1 });
  });

  it('refills a bucket when its window ends', async () => {
    await api.admin('ratelimit', { overrides: { 'user/me': { limit: 1, windowMs: 150 } } });
    expect((await api.call('user/me')).status).toBe(200);
    expect((await api.call('user/me')).status).toBe(429);
    await new Promise((r) => setTimeout(r, 200));
    expect((await api.call('user/me')).status).toBe(200);
  });
});

describe('profiles and overrides', () => {
  it('sends no rate-limit headers and never refuses under the none profile', async () => {
    await api.admin('ratelimit', { profile: 'none' });
    for (let i = 0; i < 30; i++) {
      const res = await api.call('user/me');
      expect(res.status).toBe(200);
      expect(rl(res, 'limit')).toBeNull();
      expect(rl(res, 'bucket')).toBeNull();
    }
  });

  it('applies per-bucket overrides given to startSimulator', async () => {
    const other = await startSim({ preset: 'empty', rateLimitProfile: 'none', overrides: { 'user/me': { limit: 1, windowMs: 60_000 } } });
    try {
      const o = bind(other);
      const a = await o.call('user/me');
      expect(rl(a, 'limit')).toBe('1');
      expect((await o.call('user/me')).status).toBe(429);
      expect(rl(await o.call('guild/list'), 'limit')).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('reports the configuration in force from /_sim/ratelimit', async () => {
    const res = await api.admin<{ data: { profile: string; overrides: Record<string, unknown> } }>('ratelimit', { overrides: { 'user/me': { limit: 7, windowMs: 1000 } } });
    expect(res.data).toMatchObject({ profile: 'default', overrides: { 'user/me': { limit: 7, windowMs: 1000 } } });
    expect(rl(await api.call('user/me'), 'limit')).toBe('7');
  });
});
