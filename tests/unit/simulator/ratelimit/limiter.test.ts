import { describe, expect, it } from 'vitest';
import { RateLimiter, bucketOf, formatReset, parseOverride } from '../../../../main/simulator/ratelimit';

function limiterAt(config: ConstructorParameters<typeof RateLimiter>[0]) {
  const clock = { now: 10_000 };
  return { clock, limiter: new RateLimiter(config, () => clock.now) };
}

describe('RateLimiter (fixed windows per token and bucket, on a fake clock)', () => {
  it('counts down Remaining and refuses once the window is used up', () => {
    const { limiter } = limiterAt({ profile: 'none', overrides: { 'user/me': { limit: 3, windowMs: 1000 } } });
    const seen = [1, 2, 3, 4].map(() => limiter.take('bot', 'user/me'));
    expect(seen.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(seen.map((d) => d.info?.remaining)).toEqual([2, 1, 0, 0]);
    expect(seen[3]?.info).toMatchObject({ bucket: 'user/me', limit: 3, global: false });
  });

  it('refills when the window ends, and Reset counts down to that moment', () => {
    const { limiter, clock } = limiterAt({ profile: 'none', overrides: { b: { limit: 1, windowMs: 5000 } } });
    expect(limiter.take('bot', 'b').info?.resetMs).toBe(5000);
    clock.now += 1234;
    const refused = limiter.take('bot', 'b');
    expect(refused.allowed).toBe(false);
    expect(refused.info?.resetMs).toBe(3766);
    clock.now += 3765;
    expect(limiter.take('bot', 'b').allowed).toBe(false);
    clock.now += 1;
    expect(limiter.take('bot', 'b')).toMatchObject({ allowed: true, info: { remaining: 0, resetMs: 5000 } });
  });

  it('shares one window between routes of the same bucket (message/create and message/update)', () => {
    expect(bucketOf({ path: 'message/update' })).toBe('message/create');
    expect(bucketOf({ path: 'guild/view' })).toBe('guild/view');
    expect(bucketOf({ path: 'message/update', bucket: 'custom' })).toBe('custom');
    const { limiter } = limiterAt({ profile: 'strict' }); // message/create: 2 per second
    expect(limiter.take('bot', bucketOf({ path: 'message/create' })).allowed).toBe(true);
    expect(limiter.take('bot', bucketOf({ path: 'message/update' })).allowed).toBe(true);
    expect(limiter.take('bot', bucketOf({ path: 'message/create' })).allowed).toBe(false);
    expect(limiter.take('bot', 'channel/list').allowed).toBe(true);
  });

  it('keeps separate windows per bot token', () => {
    const { limiter } = limiterAt({ profile: 'none', overrides: { b: { limit: 1, windowMs: 1000 } } });
    expect(limiter.take('bot-1', 'b').allowed).toBe(true);
    expect(limiter.take('bot-1', 'b').allowed).toBe(false);
    expect(limiter.take('bot-2', 'b').allowed).toBe(true);
  });

  it('refuses across buckets once the global limit is reached, marking the refusal global', () => {
    const { limiter } = limiterAt({ profile: 'strict' }); // global 5/s, other buckets 3/s
    const buckets = ['a', 'a', 'a', 'b', 'b'];
    for (const bucket of buckets) expect(limiter.take('bot', bucket).allowed).toBe(true);
    const refused = limiter.take('bot', 'c');
    expect(refused.allowed).toBe(false);
    expect(refused.info).toMatchObject({ bucket: 'c', limit: 5, remaining: 0, global: true });
    expect(limiter.headers(refused.info ?? fail())).toHaveProperty('X-Rate-Limit-Global');
  });

  it('does not let a refused request use up the global budget', () => {
    const { limiter } = limiterAt({ profile: 'none', overrides: { global: { limit: 3, windowMs: 1000 }, a: { limit: 1, windowMs: 1000 } } });
    expect(limiter.take('bot', 'a').allowed).toBe(true);
    for (let i = 0; i < 5; i++) expect(limiter.take('bot', 'a').allowed).toBe(false);
    expect(limiter.take('bot', 'b').allowed).toBe(true);
    expect(limiter.take('bot', 'c').allowed).toBe(true);
    expect(limiter.take('bot', 'd').info?.global).toBe(true);
  });

  it('leaves unlimited buckets without headers under the none profile', () => {
    const { limiter } = limiterAt({ profile: 'none' });
    for (let i = 0; i < 1000; i++) expect(limiter.take('bot', 'message/list')).toEqual({ allowed: true, info: null });
  });

  it('counts 429s per bucket, globally and for forced faults', () => {
    const { limiter } = limiterAt({ profile: 'strict' });
    for (let i = 0; i < 4; i++) limiter.take('bot', 'message/create'); // 2 allowed, 2 refused
    for (let i = 0; i < 4; i++) limiter.take('bot', 'x'); // 3 allowed, then the global budget (5) is gone
    limiter.countFault('message/create');
    expect(limiter.counters()).toEqual({ total: 4, global: 1, buckets: { 'message/create': 2 }, faults: { 'message/create': 1 } });
    limiter.reset();
    expect(limiter.counters().total).toBe(0);
  });

  it('formats Reset as seconds with millisecond decimals, or rounded up to whole seconds', () => {
    expect(formatReset(4213, false)).toBe('4.213');
    expect(formatReset(50, false)).toBe('0.050');
    expect(formatReset(4213, true)).toBe('5');
    expect(formatReset(4000, true)).toBe('4');
    const { limiter, clock } = limiterAt({ profile: 'none', overrides: { b: { limit: 5, windowMs: 5000 } }, resetWholeSeconds: true });
    limiter.take('bot', 'b');
    clock.now += 787;
    const info = limiter.take('bot', 'b').info ?? fail();
    expect(limiter.headers(info)).toEqual({
      'X-Rate-Limit-Limit': '5',
      'X-Rate-Limit-Remaining': '3',
      'X-Rate-Limit-Reset': '5',
      'X-Rate-Limit-Bucket': 'b',
    });
    limiter.configure({ resetWholeSeconds: false });
    limiter.take('bot', 'b');
    clock.now += 787;
    expect(limiter.headers(limiter.take('bot', 'b').info ?? fail())['X-Rate-Limit-Reset']).toBe('4.213');
  });

  it('replaces overrides with a new profile and merges overrides given alone', () => {
    const { limiter } = limiterAt({ profile: 'default', overrides: { a: { limit: 1, windowMs: 10 } } });
    expect(limiter.configure({ overrides: { b: { limit: 2, windowMs: 20 } } }).overrides).toEqual({ a: { limit: 1, windowMs: 10 }, b: { limit: 2, windowMs: 20 } });
    expect(limiter.configure({ profile: 'strict' }).overrides).toEqual({});
    expect(limiter.limitOf('message/create')).toEqual({ limit: 2, windowMs: 1000 });
  });

  it('parses CLI overrides bucket=N/ms and rejects anything else', () => {
    expect(parseOverride('message/create=5/5000')).toEqual({ bucket: 'message/create', limit: { limit: 5, windowMs: 5000 } });
    expect(parseOverride('global=100/1000')?.bucket).toBe('global');
    for (const bad of ['message/create=5', '=5/10', 'a=5/0', 'a=x/10', 'a=-1/10']) expect(parseOverride(bad)).toBeNull();
  });
});

function fail(): never {
  throw new Error('expected rate info');
}
