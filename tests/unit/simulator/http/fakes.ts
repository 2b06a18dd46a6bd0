// A tiny world and gateway standing in for the real ones, so the HTTP layer is tested alone.
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { fail } from '../../../../main/simulator/core/errors';
import type { GatewayControl, GatewayServer } from '../../../../main/simulator/core/gateway';
import { route } from '../../../../main/simulator/core/routes';
import { idParam } from '../../../../main/simulator/core/params';
import { RestFaults, createSimHttpServer, type HttpWorld, type SimHttpContext } from '../../../../main/simulator/http';
import { ImageStore } from '../../../../main/simulator/images';
import { RateLimiter, type RateLimitConfig } from '../../../../main/simulator/ratelimit';

export const BOT_TOKEN = '1/MTAxMDE=/abcDEF==';
export const OTHER_TOKEN = '1/MjAyMDI=/xyzXYZ==';

export interface Calls {
  admin: string[];
  control: string[];
  errors: unknown[];
}

export function fakeWorld(calls: Calls): HttpWorld {
  let rate = 0;
  return {
    routes: [
      route({ method: 'GET', path: 'user/me', params: z.object({}), handle: (ctx) => ({ id: ctx.actorId }) }),
      route({
        method: 'POST',
        path: 'message/create',
        params: z.object({ target_id: idParam, content: z.string().min(1) }),
        handle: (ctx, p) => {
          if (ctx.actorId === 'muted-member') throw fail.permission('SEND_MESSAGES');
          return { msg_id: 'm-1', author: ctx.actorId, target_id: p.target_id, content: p.content };
        },
      }),
      route({ method: 'POST', path: 'message/update', params: z.object({ msg_id: z.string() }), handle: () => ({}) }),
      route({ method: 'GET', path: 'guild/list', params: z.object({}), handle: () => ({ items: [] }) }),
      route({ method: 'GET', path: 'channel/list', params: z.object({}), handle: () => ({ items: [] }) }),
      route({ method: 'GET', path: 'boom', params: z.object({}), handle: () => { throw new Error('kaboom'); } }),
      route({
        method: 'GET',
        path: 'gateway/index',
        params: z.object({}),
        handle: (ctx) => ({ url: ctx.gateway.issueUrl(ctx.actorId, false, ctx.origin) }),
      }),
    ],
    authenticate: (token) => (token === BOT_TOKEN ? 'bot-1' : token === OTHER_TOKEN ? 'bot-2' : null),
    admin: {
      join: (guildId, userId) => {
        calls.admin.push(`join ${guildId} ${userId ?? '-'}`);
        return { userId: userId ?? 'new-member' };
      },
      leave: (guildId, userId) => void calls.admin.push(`leave ${guildId} ${userId}`),
      setOnline: (userId, online) => void calls.admin.push(`presence ${userId} ${online}`),
      createBot: (opts) => {
        calls.admin.push(`bot ${opts.name} ${(opts.guildIds ?? []).join(',')}`);
        return { id: 'bot-9', token: 'token-9' };
      },
      reset: (opts) => void calls.admin.push(`reset ${opts.seed} ${opts.preset}`),
    },
    traffic: {
      start: (opts) => {
        rate = opts.rate;
        calls.admin.push(`traffic ${opts.rate} ${opts.guildId ?? '-'}`);
      },
      stop: () => {
        rate = 0;
      },
      get rate() {
        return rate;
      },
    },
  };
}

export function fakeGateway(calls: Calls): GatewayServer {
  const log =
    (name: string) =>
    (...args: unknown[]): number => {
      calls.control.push(`${name} ${args.map((a) => JSON.stringify(a) ?? '-').join(' ')}`.trim());
      return 1;
    };
  const control: GatewayControl = {
    dropSockets: log('dropSockets'),
    setZombie: log('setZombie'),
    setSilentStream: log('setSilentStream'),
    setHelloDelay: log('setHelloDelay'),
    setHelloError: log('setHelloError'),
    sendReconnect: log('sendReconnect'),
    setReorderWindow: log('setReorderWindow'),
    duplicateNext: log('duplicateNext'),
    withholdNext: log('withholdNext'),
    expireGatewayTokens: log('expireGatewayTokens'),
    setLatency: log('setLatency'),
    sessions: () => [{ sessionId: 's-1', botId: 'bot-1', lastSn: 3, connected: true, compress: false }],
    ledger: (sessionId) => [{ sessionId: sessionId ?? 's-1', sn: 1, msgId: 'e-1', kind: '1', at: 0 }],
    reset: log('reset'),
  };
  return {
    issueUrl: (botId, compress, origin) => `${origin.replace('http', 'ws')}/gateway?compress=${compress ? 1 : 0}&token=t-${botId}`,
    handleUpgrade: (_req, socket) => {
      calls.control.push('upgrade');
      socket.destroy();
    },
    control,
    close: async () => undefined,
  };
}

export interface TestServer {
  origin: string;
  ctx: SimHttpContext;
  calls: Calls;
  clock: { now: number };
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1:0 around the fakes; the limiter runs on a hand-moved clock. */
export async function startTestServer(rate: Partial<RateLimitConfig> = { profile: 'none' }): Promise<TestServer> {
  const calls: Calls = { admin: [], control: [], errors: [] };
  const clock = { now: 1_000_000 };
  const ctx: SimHttpContext = {
    world: fakeWorld(calls),
    gateway: fakeGateway(calls),
    limiter: new RateLimiter(rate, () => clock.now),
    faults: new RestFaults(),
    images: new ImageStore(8),
    settings: { origin: '', latencyMs: 0 },
    startedAt: Date.now(),
    onError: (error) => calls.errors.push(error),
  };
  const server = createSimHttpServer(ctx);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ctx.settings.origin = origin;
  return {
    origin,
    ctx,
    calls,
    clock,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: { code: number; message: string; data: unknown };
}

export async function call(origin: string, path: string, init: RequestInit & { token?: string | null; lang?: string } = {}): Promise<Reply> {
  const headers = new Headers(init.headers);
  const token = init.token === undefined ? BOT_TOKEN : init.token;
  if (token !== null) headers.set('Authorization', `Bot ${token}`);
  if (init.lang) headers.set('Accept-Language', init.lang);
  if (typeof init.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const res = await fetch(`${origin}${path}`, { ...init, headers });
  const body = z.object({ code: z.number(), message: z.string(), data: z.unknown() }).parse(await res.json());
  return { status: res.status, headers: res.headers, body };
}

export const post = (origin: string, path: string, body: unknown, init: RequestInit & { token?: string | null; lang?: string } = {}): Promise<Reply> =>
  call(origin, path, { ...init, method: 'POST', body: JSON.stringify(body) });
