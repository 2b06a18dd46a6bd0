// Bugs found by the integration tests against the simulator (tests/integration/client), pinned here
// with a fake clock and a scripted fetch.
import { describe, expect, it } from 'vitest';
import type { RestEvents } from '../../../../main/kook/rest';
import { RestClient } from '../../../../main/kook/rest';
import { apiFail, FakeClock, FakeFetch, limits, makeClient, ok, track } from './fakes';

describe('RateLimiter: answers arriving out of order', () => {
  it('never raises remaining within a window because an older answer arrived last', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(4, 3, 1, 'g'));
    await client.guilds.view({ guild_id: '0' }); // learned: 3 left in this window
    fake.handler = undefined;
    for (const id of ['1', '2', '3']) track(client.guilds.view({ guild_id: id }));
    await clock.advance(0);
    const [a, b, c] = fake.pending();
    // The server counted them 2, 1, 0 left, but the answers come back 0, 1, 2.
    c?.reply(ok({}, limits(4, 0, 0.9, 'g')));
    await clock.advance(0);
    b?.reply(ok({}, limits(4, 1, 0.9, 'g')));
    await clock.advance(0);
    a?.reply(ok({}, limits(4, 2, 0.9, 'g')));
    await clock.advance(0);
    const later = [track(client.guilds.view({ guild_id: '4' })), track(client.guilds.view({ guild_id: '5' }))];
    await clock.advance(500);
    expect(fake.calls).toHaveLength(4); // the window is used up: nothing more before its reset
    expect(client.snapshot().buckets[0]).toMatchObject({ remaining: 0, queued: 2 });
    fake.handler = () => ok({}, limits(4, 3, 1, 'g'));
    await clock.advance(600);
    expect(fake.calls).toHaveLength(6);
    expect(later.every((call) => call.done)).toBe(true);
  });
});

describe('RestClient: one auth failure, one report', () => {
  it('emits auth-failed once when requests on several buckets meet the same 401', async () => {
    const { client, clock, fake } = makeClient();
    const failed: RestEvents['auth-failed'][] = [];
    client.on('auth-failed', (e) => failed.push(e));
    const calls = [track(client.users.me()), track(client.guilds.list())];
    await clock.advance(0);
    expect(fake.pending()).toHaveLength(2); // two unknown buckets: both in flight
    for (const call of fake.pending()) call.reply(apiFail(401, 401, 'unauthorized'));
    await clock.advance(0);
    expect(calls.every((call) => call.error !== undefined)).toBe(true);
    expect(failed).toHaveLength(1);
    expect(client.snapshot()).toMatchObject({ halted: true, counters: { unauthorized: 2 } });
  });
});

describe('RateLimiter: a refilled window', () => {
  it('hands out at most Limit requests per refill while the new window is not dated by an answer yet', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => ok({}, limits(2, 1, 1, 'g'));
    await client.guilds.view({ guild_id: '0' });
    fake.handler = undefined; // from now on answers stay pending: nothing dates the next window
    const calls = ['1', '2', '3', '4', '5', '6'].map((id) => track(client.guilds.view({ guild_id: id })));
    await clock.advance(0);
    expect(fake.calls).toHaveLength(2); // one left in the first window
    await clock.advance(1_100); // first window over: a refill of two
    expect(fake.calls).toHaveLength(4);
    await clock.advance(500);
    expect(fake.calls).toHaveLength(4); // not a second refill within the same (undated) window
    await clock.advance(600);
    expect(fake.calls).toHaveLength(6);
    expect(calls.some((c) => c.done)).toBe(false);
  });
});

/** Node's timers tick on a monotonic clock and Date.now() on the wall clock: a timer may fire a millisecond "early". */
class EarlyClock extends FakeClock {
  override setTimeout(fn: () => void, ms: number) {
    return super.setTimeout(fn, ms > 1 ? ms - 1 : ms);
  }
}

describe('RateLimiter: the global gate', () => {
  // Found as a rare hang of tests/integration/client/gateway-rest-faults.test.ts: the gateway's
  // refetch of gateway/index stayed queued behind the global gate with no timer left to wake it.
  it('still sends a request held by the global gate when the gate timer fires a millisecond early', async () => {
    const clock = new EarlyClock();
    const fake = new FakeFetch();
    const client = new RestClient({ token: 't', baseUrl: 'http://kook.test/api/v3', fetch: fake.fetch, clock, random: () => 0.5, safetyOffsetMs: 30 });
    fake.handler = () => ok({ url: 'wss://a' });
    await client.gateway.index();
    let n = 0;
    fake.handler = () => (n++ === 0 ? apiFail(429, 429, 'global', { 'X-Rate-Limit-Reset': '0.5', 'X-Rate-Limit-Global': '' }) : ok({ url: 'wss://b' }));
    const call = track(client.gateway.index());
    await clock.advance(2_000);
    expect(call).toMatchObject({ done: true, value: { url: 'wss://b' } });
    expect(client.snapshot().buckets.every((b) => b.queued === 0)).toBe(true);
  });
});
