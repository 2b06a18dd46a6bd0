import { afterEach, describe, expect, it } from 'vitest';
import { isLoopbackAddress } from '../../../../main/simulator/http';
import { type TestServer, call, post, startTestServer } from './fakes';

let server: TestServer;
afterEach(async () => server.close());

const admin = (path: string, body?: unknown) =>
  body === undefined ? call(server.origin, `/_sim/${path}`, { token: null }) : post(server.origin, `/_sim/${path}`, body, { token: null });
const msg = { target_id: '1', content: 'hi' };

describe('admin API', () => {
  it('reports health', async () => {
    server = await startTestServer();
    const reply = await admin('health');
    expect(reply.body.data).toMatchObject({ ok: true, origin: server.origin });
  });

  it('acts as a member through the same route and permission checks', async () => {
    server = await startTestServer();
    const ok = await admin('act', { as: 'member-7', path: 'message/create', params: msg });
    expect(ok.body).toEqual({ code: 0, message: '操作成功', data: { msg_id: 'm-1', author: 'member-7', target_id: '1', content: 'hi' } });
    const denied = await admin('act', { as: 'muted-member', path: 'message/create', params: msg });
    expect(denied.body.code).toBe(40300);
    const invalid = await admin('act', { as: 'member-7', path: 'message/create', params: { target_id: '1' } });
    expect(invalid.body.code).toBe(40000);
    expect(invalid.body.message).toContain('content');
    const unknown = await admin('act', { as: 'member-7', path: 'no/route' });
    expect(unknown.status).toBe(404);
  });

  it('refuses bad admin input with HTTP 400 and 40000 naming the field', async () => {
    server = await startTestServer();
    const reply = await admin('act', { path: 'message/create' });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe(40000);
    expect(reply.body.message).toContain('as');
    expect((await admin('nothing-here')).status).toBe(404);
    expect((await call(server.origin, '/_sim/act', { token: null })).status).toBe(405);
  });

  it('forwards join, leave, presence, bots, traffic and reset to the world', async () => {
    server = await startTestServer();
    expect((await admin('join', { guild_id: 'g1' })).body.data).toEqual({ user_id: 'new-member' });
    await admin('leave', { guild_id: 'g1', user_id: 'u2' });
    await admin('presence', { user_id: 'u2', online: 0 });
    expect((await admin('bots', { name: 'helper', guild_ids: ['g1'] })).body.data).toEqual({ id: 'bot-9', token: 'token-9' });
    expect((await admin('traffic', { rate: 50, guild_id: 'g1', mix: { message: 3 } })).body.data).toEqual({ rate: 50 });
    await admin('reset', { seed: 3, preset: 'empty' });
    expect(server.calls.admin).toEqual(['join g1 -', 'leave g1 u2', 'presence u2 false', 'bot helper g1', 'traffic 50 g1', 'reset 3 empty']);
    expect(server.calls.control).toContain('reset');
  });

  it('maps gateway faults onto gateway.control', async () => {
    server = await startTestServer();
    expect((await admin('faults/gateway', { kind: 'drop', session_id: 's-1' })).body.data).toEqual({ dropped: 1 });
    await admin('faults/gateway', { kind: 'zombie' });
    await admin('faults/gateway', { kind: 'silent', on: false });
    await admin('faults/gateway', { kind: 'hello-delay', ms: -1 });
    await admin('faults/gateway', { kind: 'hello-error', code: 40103, times: 2 });
    expect((await admin('faults/gateway', { kind: 'reconnect' })).body.data).toEqual({ sent: 1 });
    await admin('faults/gateway', { kind: 'reorder', frames: 4 });
    await admin('faults/gateway', { kind: 'duplicate', count: 2 });
    await admin('faults/gateway', { kind: 'withhold' });
    await admin('faults/gateway', { kind: 'expire-token' });
    expect(server.calls.control).toEqual([
      'dropSockets "s-1"',
      'setZombie true -',
      'setSilentStream false -',
      'setHelloDelay -1',
      'setHelloError 40103 2',
      'sendReconnect 40108 -',
      'setReorderWindow 4 -',
      'duplicateNext 2 -',
      'withholdNext 1 -',
      'expireGatewayTokens',
    ]);
    expect((await admin('faults/gateway', { kind: 'hello-error', code: 40999 })).status).toBe(400);
  });

  it('reads sessions and the ledger from the gateway', async () => {
    server = await startTestServer();
    expect((await admin('sessions')).body.data).toMatchObject({ items: [{ sessionId: 's-1', lastSn: 3 }] });
    expect((await admin('ledger?session_id=s-9')).body.data).toMatchObject({ items: [{ sessionId: 's-9', sn: 1 }] });
  });

  it('storms a route with 429s carrying Reset, then lets it through', async () => {
    server = await startTestServer({ profile: 'strict' });
    await admin('faults/rest', { route: 'message/create', kind: '429', count: 2, ms: 1500 });
    for (let i = 0; i < 2; i++) {
      const refused = await post(server.origin, '/api/v3/message/create', msg);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe(429);
      expect(refused.headers.get('x-rate-limit-reset')).toBe('1.500');
      expect(refused.headers.get('x-rate-limit-bucket')).toBe('message/create');
    }
    expect((await post(server.origin, '/api/v3/message/create', msg)).status).toBe(200);
    expect((await call(server.origin, '/api/v3/user/me')).status).toBe(200);
    expect((await admin('ratelimit/counters')).body.data).toMatchObject({ total: 2, faults: { 'message/create': 2 } });
  });

  it('answers 5xx on chosen routes until cleared', async () => {
    server = await startTestServer();
    await admin('faults/rest', { route: '*', kind: '5xx', status: 502 });
    const failed = await call(server.origin, '/api/v3/user/me');
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({ code: 502, data: {} });
    expect((await call(server.origin, '/api/v3/guild/list')).status).toBe(502);
    await admin('faults/clear', {});
    expect((await call(server.origin, '/api/v3/user/me')).status).toBe(200);
  });

  it('slows the next answers of a route by the given ms', async () => {
    server = await startTestServer();
    await admin('faults/rest', { route: 'user/me', kind: 'slow', ms: 150, count: 1 });
    let started = performance.now();
    await call(server.origin, '/api/v3/user/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    started = performance.now();
    await call(server.origin, '/api/v3/user/me');
    expect(performance.now() - started).toBeLessThan(140);
  });

  it('adds the latency profile to every REST answer and forwards it to the gateway', async () => {
    server = await startTestServer();
    await admin('latency', { ms: 120 });
    expect(server.calls.control).toContain('setLatency 120');
    const started = performance.now();
    const reply = await call(server.origin, '/api/v3/no/route');
    expect(reply.status).toBe(404);
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    await admin('latency', { ms: 0 });
  });

  it('switches rate-limit profiles', async () => {
    server = await startTestServer({ profile: 'none' });
    const config = await admin('ratelimit', { profile: 'strict', overrides: { global: { limit: 1, windowMs: 1000 } } });
    expect(config.body.data).toMatchObject({ profile: 'strict', overrides: { global: { limit: 1, windowMs: 1000 } } });
    expect((await call(server.origin, '/api/v3/user/me')).status).toBe(200);
    const refused = await call(server.origin, '/api/v3/guild/list');
    expect(refused.status).toBe(429);
    expect(refused.headers.has('x-rate-limit-global')).toBe(true);
  });
});

describe('isLoopbackAddress (the admin API refuses everyone else with 403)', () => {
  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])('accepts %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(['10.0.0.1', '192.168.1.5', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1', '127.0.0.256', '', undefined, 'localhost'])('refuses %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('the admin API behind a non-loopback address', () => {
  it('answers 403 with the envelope and does not act', async () => {
    server = await startTestServer();
    const { handleAdmin } = await import('../../../../main/simulator/http/admin');
    const written: { status?: number; body?: string } = {};
    const req = { headers: {}, method: 'POST', url: '/_sim/reset', socket: { remoteAddress: '192.168.1.20' } };
    const res = {
      headersSent: false,
      destroyed: false,
      writeHead(status: number) {
        written.status = status;
      },
      end(body: Buffer) {
        written.body = body.toString('utf8');
      },
    };
    type Args = Parameters<typeof handleAdmin>;
    await handleAdmin(server.ctx, req as unknown as Args[1], res as unknown as Args[2], 'reset', new URLSearchParams());
    expect(written.status).toBe(403);
    expect(JSON.parse(written.body ?? '{}')).toMatchObject({ code: 403, data: {} });
    expect(server.calls.admin).toEqual([]);
  });
});
