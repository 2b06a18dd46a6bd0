import { describe, expect, it } from 'vitest';
import { KookApiError, NonceReconciler, TimeoutError, type RestEvents } from '../../../../main/kook/rest';
import { apiFail, FakeClock, makeClient, ok, track, type FetchCall, type Reply } from './fakes';

const ME = 'bot-1';

/** A client whose create/list/me answers come from per-scenario functions. */
function scenario(answers: { create: (call: FetchCall, n: number) => Reply | undefined; list?: (call: FetchCall) => Reply | Error }) {
  const ctx = makeClient({ timeoutMs: 1000, nonceWaitMs: 1500, matchWindowMs: 30_000, maxReadRetries: 0 });
  let creates = 0;
  ctx.fake.handler = (call) => {
    if (call.route === 'message/create') return answers.create(call, ++creates);
    if (call.route === 'user/me') return ok({ id: ME, username: 'bot' });
    if (call.route === 'message/list') return answers.list?.(call) ?? ok({ items: [] });
    return ok({});
  };
  const reconciled: RestEvents['reconciled'][] = [];
  ctx.client.on('reconciled', (e) => reconciled.push(e));
  const creations = () => ctx.fake.calls.filter((c) => c.route === 'message/create');
  const listings = () => ctx.fake.calls.filter((c) => c.route === 'message/list');
  return { ...ctx, reconciled, creations, listings };
}

const created = (call: FetchCall): Reply => ok({ msg_id: 'new-id', msg_timestamp: 5, nonce: String(call.body?.nonce) });
const listed = (over: Record<string, unknown>) => ({ id: 'x', content: 'hello', create_at: 0, author: { id: ME }, ...over });

describe('message/create: nonce', () => {
  it('always sends a nonce and a type, generating the nonce when the caller gave none', async () => {
    const s = scenario({ create: created });
    const first = await s.client.messages.create({ target_id: 'c', content: 'hello' });
    await s.client.messages.create({ target_id: 'c', content: 'again', nonce: 'mine', type: 1 });
    const [a, b] = s.creations();
    expect(a?.body).toMatchObject({ target_id: 'c', content: 'hello', type: 9 });
    expect(typeof a?.body?.nonce).toBe('string');
    expect(String(a?.body?.nonce).length).toBeGreaterThan(4);
    expect(b?.body).toMatchObject({ nonce: 'mine', type: 1 });
    expect(first).toMatchObject({ msg_id: 'new-id', attempts: 1 });
    expect(first.reconciledBy).toBeUndefined();
    expect(s.listings()).toHaveLength(0);
  });
});

describe('message/create: reconciliation after an uncertain failure', () => {
  it('settles a timed-out send by the nonce echoed from the gateway, without a second send', async () => {
    const s = scenario({ create: () => undefined }); // never answers → TimeoutError
    const call = track(s.client.messages.create({ target_id: 'c', content: 'hello', nonce: 'n-1' }));
    await s.clock.advance(1_000); // timeout
    await s.clock.advance(700);
    s.client.reconciler.observe('n-1', 'from-gateway', 4242);
    await s.clock.advance(0);
    expect(call.value).toMatchObject({ msg_id: 'from-gateway', msg_timestamp: 4242, nonce: 'n-1', reconciledBy: 'nonce', attempts: 1 });
    expect(s.creations()).toHaveLength(1);
    expect(s.listings()).toHaveLength(0);
    expect(s.reconciled).toMatchObject([{ nonce: 'n-1', outcome: 'nonce', msgId: 'from-gateway' }]);
  });

  it('settles it by listing the bot\'s own recent messages when no echo comes', async () => {
    const s = scenario({
      create: () => undefined,
      list: () => ok({ items: [listed({ id: 'other-author', author: { id: 'someone' }, create_at: t0 + 10 }), listed({ id: 'mine', create_at: t0 + 20 })] }),
    });
    const t0 = s.clock.now();
    const call = track(s.client.messages.create({ target_id: 'c', content: 'hello' }));
    await s.clock.advance(1_000 + 1_500);
    expect(call.value).toMatchObject({ msg_id: 'mine', msg_timestamp: t0 + 20, reconciledBy: 'listing', attempts: 1 });
    expect(s.creations()).toHaveLength(1);
    expect(s.listings()[0]?.url.searchParams.get('target_id')).toBe('c');
  });

  it('retries exactly once, with the same nonce, when the listing proves the message absent', async () => {
    const s = scenario({
      create: (call, n) => (n === 1 ? apiFail(502, 502, 'bad gateway') : created(call)),
      list: () => ok({ items: [
        listed({ id: 'other-content', content: 'hi', create_at: t0 }),
        listed({ id: 'too-old', create_at: t0 - 60_000 }),
        listed({ id: 'someone-else', author: { id: 'u2' }, create_at: t0 }),
      ] }),
    });
    const t0 = s.clock.now();
    const call = track(s.client.messages.create({ target_id: 'c', content: 'hello', nonce: 'n-2' }));
    await s.clock.advance(1_500);
    expect(call.value).toMatchObject({ msg_id: 'new-id', attempts: 2 });
    expect(s.creations().map((c) => c.body?.nonce)).toEqual(['n-2', 'n-2']);
    expect(s.reconciled.map((r) => r.outcome)).toEqual(['absent']);
  });

  it('never sends a third time: a second uncertain failure is reported after reconciling again', async () => {
    const s = scenario({ create: () => apiFail(500, 500, 'oops') });
    const call = track(s.client.messages.create({ target_id: 'c', content: 'hello' }));
    await s.clock.advance(10_000);
    expect(call.error).toBeInstanceOf(KookApiError);
    expect(call.error).toMatchObject({ httpStatus: 500 });
    expect(s.creations()).toHaveLength(2);
    expect(s.listings()).toHaveLength(2);
  });

  it('does not retry when absence cannot be proven (the listing itself fails)', async () => {
    const s = scenario({ create: () => undefined, list: () => apiFail(503, 503, 'down') });
    const call = track(s.client.messages.create({ target_id: 'c', content: 'hello' }));
    await s.clock.advance(10_000);
    expect(call.error).toBeInstanceOf(TimeoutError);
    expect(s.creations()).toHaveLength(1);
    expect(s.reconciled.map((r) => r.outcome)).toEqual(['unknown']);
  });

  it('does not reconcile a definite refusal (code≠0): it is thrown as is', async () => {
    const s = scenario({ create: () => apiFail(200, 40011, 'content rejected') });
    await expect(s.client.messages.create({ target_id: 'c', content: 'x' })).rejects.toMatchObject({ code: 40011 });
    expect(s.creations()).toHaveLength(1);
    expect(s.listings()).toHaveLength(0);
  });

  it('never matches one listed message to two identical uncertain sends', async () => {
    const s = scenario({ create: (call, n) => (n <= 2 ? apiFail(502, 502, 'x') : created(call)), list: () => ok({ items: [listed({ id: 'only', create_at: s.clock.now() })] }) });
    const first = track(s.client.messages.create({ target_id: 'c', content: 'hello' }));
    await s.clock.advance(2_000);
    expect(first.value).toMatchObject({ msg_id: 'only', reconciledBy: 'listing' });
    const second = track(s.client.messages.create({ target_id: 'c', content: 'hello' }));
    await s.clock.advance(2_000);
    expect(second.value).toMatchObject({ msg_id: 'new-id', attempts: 2 });
  });
});

describe('NonceReconciler', () => {
  it('answers at once for a nonce already observed, and null after the wait window', async () => {
    const clock = new FakeClock();
    const r = new NonceReconciler({ clock, ttlMs: 60_000 });
    r.observe('a', 'm-a');
    r.observe('', 'ignored');
    await expect(r.waitFor('a', 100)).resolves.toMatchObject({ msgId: 'm-a' });
    const missing = track(r.waitFor('b', 100));
    await clock.advance(99);
    expect(missing.done).toBe(false);
    await clock.advance(1);
    expect(missing.value).toBeNull();
    await clock.advance(60_000);
    expect(r.lookup('a')).toBeUndefined();
  });

  it('wakes a waiter the moment the gateway observes its nonce, and on abort', async () => {
    const clock = new FakeClock();
    const r = new NonceReconciler({ clock });
    const waiting = track(r.waitFor('n', 5_000));
    r.observe('n', 'm-n', 7);
    await clock.advance(0);
    expect(waiting.value).toMatchObject({ msgId: 'm-n', msgTimestamp: 7 });
    const controller = new AbortController();
    const aborted = track(r.waitFor('z', 5_000, controller.signal));
    controller.abort();
    await clock.advance(0);
    expect(aborted).toMatchObject({ done: true, value: null });
    expect(clock.pendingTimers).toBe(0);
  });
});
