// The REST client against the simulator's real headers and faults (PROTOCOL.md "Rate limits",
// "HTTP status handling"; issue 3 "REST client").
import { afterEach, describe, expect, it } from 'vitest';
import { KookApiError, RateLimitedError, RestClient } from '../../../main/kook/rest';
import type { RestEvents } from '../../../main/kook/rest';
import { CHANNEL, type ClientRig, startRig } from './harness';

let rig: ClientRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

interface Counters {
  total: number;
  global: number;
  buckets: Record<string, number>;
  faults: Record<string, number>;
}

function collect<K extends keyof RestEvents>(client: RestClient, event: K): RestEvents[K][] {
  const seen: RestEvents[K][] = [];
  client.on(event, (e) => seen.push(e));
  return seen;
}

describe('REST client against the simulator', () => {
  it('learns route → bucket from X-Rate-Limit-* headers, merging routes that share a bucket', async () => {
    rig = await startRig({ rateLimitProfile: 'default', connect: false });
    const learned = collect(rig.rest, 'bucket-learned');
    const { items } = await rig.rest.messages.list({ target_id: CHANNEL, page_size: 5 });
    const first = items[0];
    if (first === undefined) throw new Error('the demo channel has messages');
    await rig.rest.messages.view({ msg_id: first.id });
    const bucket = rig.rest.snapshot().buckets.find((b) => b.bucket === 'message/list');
    expect(bucket).toMatchObject({ known: true, limit: 20, remaining: 18, inFlight: 0, queued: 0 });
    expect(bucket?.routes.sort()).toEqual(['message/list', 'message/view']);
    // message/list's provisional bucket already bore its real name; message/view had to be moved.
    expect(learned.map((e) => [e.route, e.bucket])).toEqual([['message/view', 'message/list']]);
  });

  it('never meets a 429 on a bucket it knows, even with three times the limit queued at once', async () => {
    rig = await startRig({ rateLimitProfile: 'strict', overrides: { 'message/list': { limit: 4, windowMs: 500 }, global: { limit: 1000, windowMs: 1000 } }, connect: false });
    const t0 = Date.now();
    const results = await Promise.all(Array.from({ length: 12 }, () => rig?.rest.messages.list({ target_id: CHANNEL, page_size: 1 })));
    const elapsed = Date.now() - t0;
    expect(results.every((r) => r?.items.length === 1)).toBe(true);
    const counters = await rig.admin<Counters>('ratelimit/counters');
    expect(counters).toEqual({ total: 0, global: 0, buckets: {}, faults: {} });
    expect(elapsed).toBeGreaterThanOrEqual(2 * 500); // three windows were needed
  });

  it('waits out a 429 storm and retries to success; past the cap it fails with RateLimitedError', async () => {
    rig = await startRig({ connect: false });
    const limited = collect(rig.rest, 'rate-limited');
    await rig.restFault({ route: 'message/list', kind: '429', count: 3, ms: 50 });
    const { items } = await rig.rest.messages.list({ target_id: CHANNEL, page_size: 2 });
    expect(items).toHaveLength(2);
    expect(limited.map((e) => e.attempt)).toEqual([1, 2, 3]);
    await rig.restFault({ route: 'message/list', kind: '429', count: 10, ms: 20 });
    await expect(rig.rest.messages.list({ target_id: CHANNEL })).rejects.toBeInstanceOf(RateLimitedError);
    expect((await rig.admin<Counters>('ratelimit/counters')).faults['message/list']).toBe(3 + 4);
  });

  it('retries a GET after 5xx but never repeats a POST', async () => {
    rig = await startRig({ connect: false });
    const retries = collect(rig.rest, 'retry');
    await rig.restFault({ route: 'message/list', kind: '5xx', count: 2, status: 503 });
    expect((await rig.rest.messages.list({ target_id: CHANNEL, page_size: 1 })).items).toHaveLength(1);
    expect(retries.map((r) => r.reason)).toEqual(['HTTP 503', 'HTTP 503']);

    const { items } = await rig.rest.messages.list({ target_id: CHANNEL, page_size: 1 });
    const target = items[0];
    if (target === undefined) throw new Error('the demo channel has messages');
    await rig.restFault({ route: 'message/add-reaction', kind: '5xx', count: 2, status: 500 });
    const error = await rig.rest.messages.addReaction({ msg_id: target.id, emoji: '👍' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KookApiError);
    expect(error).toMatchObject({ httpStatus: 500, endpoint: 'message/add-reaction' });
    // One of the two 5xx answers is still unused: the POST was sent exactly once.
    expect((await rig.admin<{ rest: { route: string; remaining: number }[] }>('faults')).rest).toEqual([expect.objectContaining({ route: 'message/add-reaction', remaining: 1 })]);
  });

  it('halts all traffic and reports auth-failed on a 401', async () => {
    rig = await startRig({ connect: false });
    const wrong = new RestClient({ token: 'not-a-token', baseUrl: rig.sim.apiBase, backoffBaseMs: 10 });
    const failed = collect(wrong, 'auth-failed');
    const calls = [wrong.users.me(), wrong.users.me(), wrong.messages.list({ target_id: CHANNEL })].map((p) => p.catch((e: unknown) => e));
    const errors = await Promise.all(calls);
    for (const e of errors) expect(e).toMatchObject({ httpStatus: 401 });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ httpStatus: 401, code: 401 });
    expect(wrong.snapshot().halted).toBe(true);
    await expect(wrong.guilds.list()).rejects.toBeInstanceOf(KookApiError);
    expect(failed).toHaveLength(1); // the halted call never reached the server
    wrong.setToken(rig.sim.token);
    expect((await wrong.users.me()).id).toBe(rig.sim.botId);
  });

  it('settles a message/create whose answer outlived the timeout by the gateway echo of its nonce, sending it once', async () => {
    rig = await startRig({ rest: { timeoutMs: 300 } });
    const reconciled = collect(rig.rest, 'reconciled');
    await rig.restFault({ route: 'message/create', kind: 'slow', count: 1, ms: 800 });
    const result = await rig.rest.messages.create({ target_id: CHANNEL, content: 'sent exactly once (nonce)' });
    expect(result).toMatchObject({ reconciledBy: 'nonce', attempts: 1 });
    expect(reconciled.map((r) => r.outcome)).toEqual(['nonce']);
    const copies = (await rig.rest.messages.list({ target_id: CHANNEL, page_size: 20 })).items.filter((m) => m.content === 'sent exactly once (nonce)');
    expect(copies.map((m) => m.id)).toEqual([result.msg_id]);
  });

  it('settles a timed-out message/create by listing when no gateway echo comes, sending it once', async () => {
    rig = await startRig({ rest: { timeoutMs: 300, nonceWaitMs: 100 }, connect: false });
    await rig.restFault({ route: 'message/create', kind: 'slow', count: 1, ms: 800 });
    const result = await rig.rest.messages.create({ target_id: CHANNEL, content: 'sent exactly once (listing)' });
    expect(result).toMatchObject({ reconciledBy: 'listing', attempts: 1 });
    const copies = (await rig.rest.messages.list({ target_id: CHANNEL, page_size: 20 })).items.filter((m) => m.content === 'sent exactly once (listing)');
    expect(copies.map((m) => m.id)).toEqual([result.msg_id]);
  });
});
