import { describe, expect, it } from 'vitest';
import {
  InvalidResponseError,
  KookApiError,
  KookClientError,
  NetworkError,
  TimeoutError,
  type RestEvents,
} from '../../../../main/kook/rest';
import { apiFail, makeClient, ok, track } from './fakes';

describe('RestClient: the wire', () => {
  it('sends the bot token as-is, Accept-Language, and query strings for GET', async () => {
    const { client, fake } = makeClient({ language: 'zh-CN' });
    fake.handler = () => ok({ items: [], meta: { page: 1, page_total: 1 } });
    await client.guilds.userList({ guild_id: 'g1', search: 'a b', role_id: 3, mobile_verified: 1, active_time: 0, joined_at: 1, filter_user_id: 'u9', page_size: 50 });
    const call = fake.calls[0];
    expect(call?.method).toBe('GET');
    expect(call?.headers.Authorization).toBe('Bot 1/MTAx=/abc==');
    expect(call?.headers['Accept-Language']).toBe('zh-CN');
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      guild_id: 'g1', search: 'a b', role_id: '3', mobile_verified: '1', active_time: '0', joined_at: '1', filter_user_id: 'u9', page_size: '50',
    });
    expect(call?.url.search).not.toContain('channel_id'); // undefined filters are omitted
  });

  it('sends JSON bodies for POST', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => ok([]);
    await client.blacklist.create({ guild_id: 'g', target_id: 'u', remark: 'spam', del_msg_days: 7 });
    expect(fake.calls[0]).toMatchObject({ method: 'POST', route: 'blacklist/create', body: { guild_id: 'g', target_id: 'u', remark: 'spam', del_msg_days: 7 } });
    expect(fake.calls[0]?.headers['Content-Type']).toBe('application/json');
  });

  it('URL-encodes the emoji of message/reaction-list', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => ok([{ id: 'u1', username: 'a', reaction_time: '5' }]);
    const users = await client.messages.reactionList({ msg_id: 'm', emoji: '[#128077;]' });
    expect(fake.calls[0]?.url.search).toBe('?msg_id=m&emoji=%5B%23128077%3B%5D');
    expect(users[0]?.reaction_time).toBe(5);
  });

  it('defaults to the real KOOK base URL', async () => {
    const { client, fake } = makeClient({ baseUrl: undefined });
    fake.handler = () => ok({ url: 'wss://x' });
    await client.gateway.index({ compress: 0 });
    expect(fake.calls[0]?.url.href).toBe('https://www.kookapp.cn/api/v3/gateway/index?compress=0');
  });
});

describe('RestClient: typed failures', () => {
  it('turns code≠0 on HTTP 200 into KookApiError {code, message, endpoint, httpStatus}', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => apiFail(200, 40000, 'bad request');
    const error = await client.channels.delete({ channel_id: 'c' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KookApiError);
    expect(error).toBeInstanceOf(KookClientError);
    expect(error).toMatchObject({ name: 'KookApiError', code: 40000, message: 'bad request', endpoint: 'channel/delete', httpStatus: 200 });
  });

  it('rejects a non-JSON success and a schema mismatch with InvalidResponseError', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => ({ status: 200, body: '<html>' });
    await expect(client.users.me()).rejects.toBeInstanceOf(InvalidResponseError);
    fake.handler = () => ok({ url: 42 });
    await expect(client.gateway.index()).rejects.toMatchObject({ name: 'InvalidResponseError', endpoint: 'gateway/index' });
  });

  it('turns a non-JSON error page into KookApiError with the HTTP status', async () => {
    const { client, fake } = makeClient();
    fake.handler = () => ({ status: 404, body: 'not found' });
    await expect(client.users.me()).rejects.toMatchObject({ name: 'KookApiError', httpStatus: 404 });
  });
});

describe('RestClient: retries', () => {
  it('retries a GET after a 5xx with jittered backoff', async () => {
    const { client, clock, fake } = makeClient({ backoffBaseMs: 500 });
    const retries: RestEvents['retry'][] = [];
    client.on('retry', (e) => retries.push(e));
    fake.handler = () => ({ status: 502, body: 'bad gateway' });
    const call = track(client.users.me());
    await clock.advance(0);
    fake.handler = () => ok({ id: 'bot' });
    await clock.advance(499);
    expect(fake.calls).toHaveLength(1);
    await clock.advance(1);
    expect(call).toMatchObject({ done: true, value: { id: 'bot' } });
    expect(retries).toMatchObject([{ endpoint: 'user/me', attempt: 1, reason: 'HTTP 502', delayMs: 500 }]);
  });

  it('retries a GET after a network error, then fails with NetworkError past the cap', async () => {
    const { client, clock, fake } = makeClient({ maxReadRetries: 2 });
    fake.handler = () => new TypeError('fetch failed');
    const call = track(client.users.me());
    await clock.advance(10_000);
    expect(fake.calls).toHaveLength(3);
    expect(call.error).toBeInstanceOf(NetworkError);
  });

  it('never retries a POST after a 5xx', async () => {
    const { client, clock, fake } = makeClient();
    fake.handler = () => apiFail(503, 50300, 'busy');
    const call = track(client.guilds.kickout({ guild_id: 'g', target_id: 'u' }));
    await clock.advance(10_000);
    expect(fake.calls).toHaveLength(1);
    expect(call.error).toMatchObject({ name: 'KookApiError', httpStatus: 503 });
  });

  it('fails a request that outlives timeoutMs with TimeoutError and does not retry a POST', async () => {
    const { client, clock, fake } = makeClient({ timeoutMs: 6000 });
    const call = track(client.guilds.leave({ guild_id: 'g' }));
    await clock.advance(5_999);
    expect(call.done).toBe(false);
    await clock.advance(1);
    expect(call.error).toBeInstanceOf(TimeoutError);
    expect(call.error).toMatchObject({ timeoutMs: 6000, endpoint: 'guild/leave' });
    expect(fake.calls[0]?.signal?.aborted).toBe(true);
    await clock.advance(10_000);
    expect(fake.calls).toHaveLength(1);
  });

  it('retries a timed-out GET and reports TimeoutError when every attempt times out', async () => {
    const { client, clock, fake } = makeClient({ timeoutMs: 1000, maxReadRetries: 1 });
    const call = track(client.users.me());
    await clock.advance(5_000);
    expect(fake.calls).toHaveLength(2);
    expect(call.error).toBeInstanceOf(TimeoutError);
  });
});

describe('RestClient: 401, 40300 and warnings', () => {
  it('halts all traffic on a 401, emits auth-failed, and rejects queued and later calls', async () => {
    const { client, clock, fake } = makeClient();
    const failed: RestEvents['auth-failed'][] = [];
    client.on('auth-failed', (e) => failed.push(e));
    const first = track(client.users.me());
    const queued = track(client.users.me());
    await clock.advance(0);
    fake.pending()[0]?.reply(apiFail(401, 401, 'unauthorized'));
    await clock.advance(0);
    expect(first.error).toMatchObject({ name: 'KookApiError', httpStatus: 401 });
    expect(queued.error).toBe(first.error);
    expect(failed).toMatchObject([{ endpoint: 'user/me', httpStatus: 401 }]);
    await expect(client.guilds.list()).rejects.toMatchObject({ httpStatus: 401 });
    expect(fake.calls).toHaveLength(1);
    expect(client.snapshot()).toMatchObject({ halted: true, counters: { unauthorized: 1 } });
    client.setToken('new');
    fake.handler = () => ok({ id: 'bot' });
    await expect(client.users.me()).resolves.toMatchObject({ id: 'bot' });
    expect(fake.calls[1]?.headers.Authorization).toBe('Bot new');
  });

  it('counts 40300s over a sliding 10 minutes and warns once past the threshold', async () => {
    const { client, clock, fake } = makeClient({ warningThresholds: { forbidden: 2 } });
    const warnings: RestEvents['warning'][] = [];
    client.on('warning', (w) => warnings.push(w));
    fake.handler = () => apiFail(200, 40300, 'missing permission');
    const error = await client.guilds.kickout({ guild_id: 'g', target_id: 'u' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ isMissingPermission: true });
    expect(warnings).toHaveLength(0);
    await client.guilds.kickout({ guild_id: 'g', target_id: 'u' }).catch(() => undefined);
    await client.guilds.kickout({ guild_id: 'g', target_id: 'u' }).catch(() => undefined);
    expect(warnings).toMatchObject([{ kind: 'forbidden', count: 2, threshold: 2, windowMs: 600_000 }]);
    expect(client.snapshot().counters.forbidden).toBe(3);
    await clock.advance(600_001);
    expect(client.snapshot().counters.forbidden).toBe(0);
  });

  it('warns when 429s pile up within the window', async () => {
    const { client, clock, fake } = makeClient({ warningThresholds: { rateLimited: 2 }, maxRateLimitRetries: 1 });
    const warnings: RestEvents['warning'][] = [];
    client.on('warning', (w) => warnings.push(w));
    fake.handler = () => apiFail(429, 429, 'slow', { 'X-Rate-Limit-Reset': '1' });
    const call = track(client.users.me());
    await clock.advance(5_000);
    expect(call.error).toMatchObject({ name: 'RateLimitedError' });
    expect(warnings).toMatchObject([{ kind: 'rateLimited', count: 2 }]);
  });
});
