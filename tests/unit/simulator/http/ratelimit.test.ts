import { afterEach, describe, expect, it } from 'vitest';
import { type TestServer, OTHER_TOKEN, call, post, startTestServer } from './fakes';

let server: TestServer;
afterEach(async () => server.close());

const msg = { target_id: '1', content: 'hi' };

describe('rate limits over HTTP (strict profile, fake clock)', () => {
  it('sends X-Rate-Limit-Limit, -Remaining, -Reset and -Bucket on rate-controlled answers', async () => {
    server = await startTestServer({ profile: 'strict' });
    const reply = await call(server.origin, '/api/v3/user/me');
    expect(reply.headers.get('x-rate-limit-limit')).toBe('3');
    expect(reply.headers.get('x-rate-limit-remaining')).toBe('2');
    expect(reply.headers.get('x-rate-limit-reset')).toBe('1.000');
    expect(reply.headers.get('x-rate-limit-bucket')).toBe('user/me');
    expect(reply.headers.has('x-rate-limit-global')).toBe(false);
  });

  it('answers over the limit with HTTP 429, the envelope and the headers; message/update shares message/create', async () => {
    server = await startTestServer({ profile: 'strict' });
    await post(server.origin, '/api/v3/message/create', msg);
    await post(server.origin, '/api/v3/message/update', { msg_id: 'm' });
    server.clock.now += 400;
    const refused = await post(server.origin, '/api/v3/message/create', msg, { lang: 'en-US' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 429, data: {} });
    expect(refused.body.message).toMatch(/too many/i);
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(refused.headers.get('x-rate-limit-reset')).toBe('0.600');
    expect(refused.headers.get('x-rate-limit-bucket')).toBe('message/create');
    expect(refused.headers.has('x-rate-limit-global')).toBe(false);
    // Another bot has its own windows.
    expect((await post(server.origin, '/api/v3/message/create', msg, { token: OTHER_TOKEN })).status).toBe(200);
    server.clock.now += 600;
    expect((await post(server.origin, '/api/v3/message/create', msg)).status).toBe(200);
  });

  it('adds X-Rate-Limit-Global only to answers refused by the global limit', async () => {
    server = await startTestServer({ profile: 'strict' });
    for (const path of ['user/me', 'user/me', 'user/me', 'guild/list', 'guild/list']) {
      const reply = await call(server.origin, `/api/v3/${path}`);
      expect(reply.status).toBe(200);
      expect(reply.headers.has('x-rate-limit-global')).toBe(false);
    }
    const bucketRefusal = await call(server.origin, '/api/v3/user/me');
    expect(bucketRefusal.status).toBe(429);
    expect(bucketRefusal.headers.has('x-rate-limit-global')).toBe(true); // global is checked first and is spent too
    const counters = await call(server.origin, '/_sim/ratelimit/counters', { token: null });
    expect(counters.body.data).toMatchObject({ total: 1, global: 1 });
  });

  it('tells a bucket refusal from a global one', async () => {
    server = await startTestServer({ profile: 'strict' });
    for (let i = 0; i < 3; i++) await call(server.origin, '/api/v3/user/me');
    const refused = await call(server.origin, '/api/v3/user/me');
    expect(refused.status).toBe(429);
    expect(refused.headers.has('x-rate-limit-global')).toBe(false);
    const counters = await call(server.origin, '/_sim/ratelimit/counters', { token: null });
    expect(counters.body.data).toEqual({ total: 1, global: 0, buckets: { 'user/me': 1 }, faults: {} });
  });

  it('rounds Reset up to whole seconds when asked through the admin API', async () => {
    server = await startTestServer({ profile: 'strict' });
    await post(server.origin, '/_sim/ratelimit', { resetWholeSeconds: true, overrides: { 'user/me': { limit: 10, windowMs: 4500 } } }, { token: null });
    await call(server.origin, '/api/v3/user/me');
    server.clock.now += 1;
    const reply = await call(server.origin, '/api/v3/user/me');
    expect(reply.headers.get('x-rate-limit-reset')).toBe('5');
    expect(reply.headers.get('x-rate-limit-limit')).toBe('10');
  });

  it('sends no rate-limit headers under the none profile', async () => {
    server = await startTestServer({ profile: 'none' });
    const reply = await call(server.origin, '/api/v3/user/me');
    expect(reply.headers.has('x-rate-limit-limit')).toBe(false);
    expect(reply.headers.has('x-rate-limit-bucket')).toBe(false);
  });
});
