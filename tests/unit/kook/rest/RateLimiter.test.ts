import { describe, expect, it } from 'vitest';
import { CancelledError, RateLimitedError } from '../../../../main/kook/rest';
import { apiFail, limits, makeClient, ok, track } from './fakes';

const view = (client: ReturnType<typeof makeClient>['client'], id: string, lane?: 'interactive' | 'history' | 'background') =>
  track(client.guilds.view({ guild_id: id }, lane === undefined ? {} : { lane }));
const ids = (fake: ReturnType<typeof makeClient>['fake']) => fake.calls.map((c) => c.url.searchParams.get('guild_id'));

describe('RateLimiter: learning buckets', () => {
  it('learns route → bucket from X-Rate-Limit-Bucket (case-insensitive) and merges routes sharing one', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = (call) => ok({}, limits(5, 4, 5, call.route === 'guild/view' ? 'Guild/Shared' : 'guild/shared'));
    await client.guilds.view({ guild_id: '1' });
    await client.guilds.list();
    await clock.advance(0);
    const buckets = client.snapshot().buckets;
    expect(buckets).toHaveLength(1);
    expect(buckets[0]).toMatchObject({ bucket: 'guild/shared', known: true, limit: 5 });
    expect(buckets[0]?.routes.sort()).toEqual(['guild/list', 'guild/view']);
  });

  it('moves the queue of a newly learned route into the shared bucket and obeys its limits', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(2, 0, 10, 'shared'));
    await client.guilds.view({ guild_id: '1' }); // shared is now exhausted for 10 s
    fake.handler = undefined;
    const first = track(client.guilds.list({ page: 1 }));
    const second = track(client.guilds.list({ page: 2 }));
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(1); // unknown route: one in flight
    fake.pending()[0]?.reply(ok({ items: [], meta: {} }, limits(2, 0, 10, 'shared')));
    await clock.advance(5_000);
    expect(first.done).toBe(true);
    expect(fake.pending()).toHaveLength(0); // the second waits for the shared bucket's reset
    await clock.advance(5_050);
    expect(fake.pending()).toHaveLength(1);
    fake.pending()[0]?.reply(ok({ items: [], meta: {} }, limits(2, 1, 10, 'shared')));
    await clock.advance(0);
    expect(second.done).toBe(true);
    expect(client.snapshot().buckets.map((b) => b.bucket)).toEqual(['shared']);
  });

  it('allows a single request in flight until the bucket is known, then releases the rest', async () => {
    const { client, clock, fake } = makeClient();
    const calls = [view(client, '1'), view(client, '2'), view(client, '3')];
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(1);
    expect(client.snapshot().buckets[0]).toMatchObject({ known: false, queued: 2, inFlight: 1 });
    fake.pending()[0]?.reply(ok({}, limits(10, 9, 5, 'guild/view')));
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(2);
    for (const call of fake.pending()) call.reply(ok({}, limits(10, 7, 5, 'guild/view')));
    await clock.advance(0);
    expect(calls.every((c) => c.done)).toBe(true);
  });

  it('treats a route whose successes carry no rate-limit headers as unlimited', async () => {
    const { client, clock, fake } = makeClient();
    const first = view(client, '1');
    await clock.advance(0);
    fake.pending()[0]?.reply(ok({}));
    await clock.advance(0);
    expect(first.done).toBe(true);
    view(client, '2');
    view(client, '3');
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(2);
  });
});

describe('RateLimiter: waiting', () => {
  it('sends in FIFO order within a bucket', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(5, 0, 1, 'g'));
    await client.guilds.view({ guild_id: '0' });
    fake.handler = () => ok({}, limits(5, 4, 1, 'g'));
    for (const id of ['1', '2', '3', '4']) view(client, id);
    await clock.advance(1_100);
    expect(ids(fake)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('waits until reset plus the safety offset when remaining reaches 0', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(1, 0, 2, 'g'));
    await client.guilds.view({ guild_id: '1' });
    const next = view(client, '2');
    await clock.advance(2_049);
    expect(fake.calls).toHaveLength(1);
    await clock.advance(1);
    expect(fake.calls).toHaveLength(2);
    expect(next.done).toBe(true);
  });

  it('accepts a decimal Reset and decrements remaining optimistically', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(3, 2, 1.5, 'g'));
    await client.guilds.view({ guild_id: '1' });
    fake.handler = undefined;
    view(client, '2');
    view(client, '3');
    view(client, '4');
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(2); // remaining 2 → two may go, the third waits
    expect(client.snapshot().buckets[0]).toMatchObject({ remaining: 0, queued: 1, inFlight: 2 });
    await clock.advance(1_549);
    expect(fake.calls).toHaveLength(3);
    await clock.advance(1);
    expect(fake.calls).toHaveLength(4);
  });

  it('closes a global gate over every bucket when X-Rate-Limit-Global appears', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = (call) => ok(call.route === 'guild/list' ? { items: [] } : {}, limits(100, 99, 60, call.route));
    await client.guilds.list();
    fake.handler = () => ok({}, { ...limits(100, 99, 3, 'guild/view'), 'X-Rate-Limit-Global': '' });
    await client.guilds.view({ guild_id: '1' });
    fake.handler = (call) => ok(call.route === 'guild/list' ? { items: [] } : {}, limits(100, 98, 60, call.route));
    const gated = [track(client.guilds.list()), view(client, '2')];
    await clock.advance(3_000);
    expect(fake.calls).toHaveLength(2);
    expect(client.snapshot().global.active).toBe(true);
    await clock.advance(100);
    expect(fake.calls).toHaveLength(4);
    expect(gated.every((g) => g.done && g.error === undefined)).toBe(true);
  });
});

describe('RateLimiter: 429s', () => {
  it('waits out Reset after a 429 and retries to success, counting the 429', async () => {
    const { client, clock, fake } = makeClient();
    const events: unknown[] = [];
    client.on('rate-limited', (e) => events.push(e));
    fake.handler = () => apiFail(429, 429, 'slow down', limits(5, 0, 1, 'g'));
    const call = view(client, '1');
    await clock.advance(0);
    fake.handler = () => ok({ id: '1' }, limits(5, 4, 5, 'g'));
    await clock.advance(1_049);
    expect(fake.calls).toHaveLength(1);
    await clock.advance(1);
    expect(call).toMatchObject({ done: true, value: { id: '1' } });
    expect(fake.calls).toHaveLength(2);
    expect(events).toHaveLength(1);
    expect(client.snapshot().counters.rateLimited).toBe(1);
  });

  it('gives up with RateLimitedError {bucket, resetMs} after the retry cap', async () => {
    const { client, clock, fake } = makeClient({ maxRateLimitRetries: 3 });
    fake.handler = () => apiFail(429, 429, 'slow down', limits(5, 0, 2, 'G'));
    const call = view(client, '1');
    await clock.advance(10_000);
    expect(fake.calls).toHaveLength(4);
    expect(call.error).toBeInstanceOf(RateLimitedError);
    expect(call.error).toMatchObject({ name: 'RateLimitedError', resetMs: 2000, endpoint: 'guild/view' });
  });

  it('does not learn a bucket from a 429: the route stays single-flight', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => apiFail(429, 429, 'slow', limits(50, 0, 1, 'g'));
    view(client, '1');
    await clock.advance(0);
    expect(client.snapshot().buckets[0]).toMatchObject({ known: false });
  });
});

describe('RateLimiter: cancellation and lanes', () => {
  it('frees the slot of an aborted in-flight request so the next queued one runs', async () => {
    const { client, clock, fake } = makeClient();
    const controller = new AbortController();
    const first = track(client.guilds.view({ guild_id: '1' }, { signal: controller.signal }));
    const second = view(client, '2');
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(1);
    controller.abort();
    await clock.advance(0);
    expect(first.error).toBeInstanceOf(CancelledError);
    expect(fake.pending().map((c) => c.url.searchParams.get('guild_id'))).toEqual(['2']);
    fake.pending()[0]?.reply(ok({}));
    await clock.advance(0);
    expect(second.done).toBe(true);
  });

  it('removes an aborted queued request from the bucket queue', async () => {
    const { client, clock, fake } = makeClient();
    view(client, '1');
    const controller = new AbortController();
    const queued = track(client.guilds.view({ guild_id: '2' }, { signal: controller.signal }));
    await clock.advance(0);
    controller.abort();
    await clock.advance(0);
    expect(queued.error).toBeInstanceOf(CancelledError);
    expect(client.snapshot().buckets[0]?.queued).toBe(0);
    fake.pending()[0]?.reply(ok({}));
    await clock.advance(0);
    expect(fake.calls).toHaveLength(1);
  });

  it('serves interactive before history before background, FIFO within a lane', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(10, 0, 1, 'g'));
    await client.guilds.view({ guild_id: '0' });
    fake.handler = () => ok({}, limits(10, 9, 1, 'g'));
    view(client, 'b1', 'background');
    view(client, 'h1', 'history');
    view(client, 'b2', 'background');
    view(client, 'i1', 'interactive');
    view(client, 'h2', 'history');
    view(client, 'i2', 'interactive');
    await clock.advance(1_100);
    expect(ids(fake)).toEqual(['0', 'i1', 'i2', 'h1', 'h2', 'b1', 'b2']);
  });
});
