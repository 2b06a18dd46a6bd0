// Admin endpoints that steer the transport: gateway and REST faults, latency, rate limits,
// and the read-outs tests assert on (health, ledger, sessions, 429 counters).
import { z } from 'zod';
import { PROFILE_NAMES } from '../../ratelimit';
import { type AdminRoute, adminRoute } from './route';

const sessionId = z.string().min(1).optional();

const gatewayFault = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drop'), session_id: sessionId }),
  z.object({ kind: z.literal('zombie'), on: z.boolean().default(true), session_id: sessionId }),
  z.object({ kind: z.literal('silent'), on: z.boolean().default(true), session_id: sessionId }),
  z.object({ kind: z.literal('hello-delay'), ms: z.number().int().min(-1).max(600_000).nullable() }),
  z.object({ kind: z.literal('hello-error'), code: z.union([z.literal(40100), z.literal(40101), z.literal(40102), z.literal(40103), z.null()]), times: z.number().int().min(1).optional() }),
  z.object({ kind: z.literal('reconnect'), code: z.union([z.literal(40106), z.literal(40107), z.literal(40108)]).default(40108), session_id: sessionId }),
  z.object({ kind: z.literal('reorder'), frames: z.number().int().min(0).max(10_000), session_id: sessionId }),
  z.object({ kind: z.literal('duplicate'), count: z.number().int().min(1).default(1), session_id: sessionId }),
  z.object({ kind: z.literal('withhold'), count: z.number().int().min(1).default(1), session_id: sessionId }),
  z.object({ kind: z.literal('expire-token') }),
]);

const windowLimit = z.object({ limit: z.number().int().min(0), windowMs: z.number().int().min(1) });

export const controlRoutes: Record<string, AdminRoute> = {
  health: adminRoute('GET', z.object({}), ({ ctx }) => ({
    ok: true,
    origin: ctx.settings.origin,
    uptime_ms: Date.now() - ctx.startedAt,
    traffic_rate: ctx.world.traffic.rate,
    latency_ms: ctx.settings.latencyMs,
    ratelimit: ctx.limiter.current,
  })),
  'faults/gateway': adminRoute('POST', gatewayFault, ({ ctx }, fault) => {
    const control = ctx.gateway.control;
    switch (fault.kind) {
      case 'drop':
        return { dropped: control.dropSockets(fault.session_id) };
      case 'zombie':
        control.setZombie(fault.on, fault.session_id);
        return {};
      case 'silent':
        control.setSilentStream(fault.on, fault.session_id);
        return {};
      case 'hello-delay':
        control.setHelloDelay(fault.ms);
        return {};
      case 'hello-error':
        control.setHelloError(fault.code, fault.times);
        return {};
      case 'reconnect':
        return { sent: control.sendReconnect(fault.code, fault.session_id) };
      case 'reorder':
        control.setReorderWindow(fault.frames, fault.session_id);
        return {};
      case 'duplicate':
        control.duplicateNext(fault.count, fault.session_id);
        return {};
      case 'withhold':
        control.withholdNext(fault.count, fault.session_id);
        return {};
      case 'expire-token':
        control.expireGatewayTokens();
        return {};
    }
  }),
  'faults/rest': adminRoute(
    'POST',
    z.object({
      route: z.string().min(1),
      kind: z.enum(['429', '5xx', 'slow']),
      count: z.number().int().min(1).optional(),
      ms: z.number().int().min(0).max(600_000).optional(),
      status: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
    }),
    ({ ctx }, p) => ctx.faults.add(p),
  ),
  'faults/clear': adminRoute('POST', z.object({}), ({ ctx }) => {
    ctx.faults.clear();
    return {};
  }),
  faults: adminRoute('GET', z.object({}), ({ ctx }) => ({ rest: ctx.faults.list() })),
  latency: adminRoute('POST', z.object({ ms: z.number().int().min(0).max(600_000) }), ({ ctx }, p) => {
    ctx.settings.latencyMs = p.ms;
    ctx.gateway.control.setLatency(p.ms);
    return { ms: p.ms };
  }),
  ratelimit: adminRoute(
    'POST',
    z.object({
      profile: z.enum(PROFILE_NAMES).optional(),
      overrides: z.record(z.string().min(1), windowLimit).optional(),
      resetWholeSeconds: z.boolean().optional(),
      resetCounters: z.boolean().optional(),
    }),
    ({ ctx }, p) => {
      const config = ctx.limiter.configure({ profile: p.profile, overrides: p.overrides, resetWholeSeconds: p.resetWholeSeconds });
      if (p.resetCounters) ctx.limiter.reset();
      return config;
    },
  ),
  'ratelimit/counters': adminRoute('GET', z.object({}), ({ ctx }) => ctx.limiter.counters()),
  ledger: adminRoute('GET', z.object({ session_id: z.string().min(1).optional() }), ({ ctx }, p) => ({
    items: ctx.gateway.control.ledger(p.session_id),
  })),
  sessions: adminRoute('GET', z.object({}), ({ ctx }) => ({ items: ctx.gateway.control.sessions() })),
};
