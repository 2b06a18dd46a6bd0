// gateway/index (REST.md B.1) and user/me|view|get-online-status (B.2).
import { z } from 'zod';
import type { Me } from '../../../shared/kook';
import { idParam, intParam } from '../core/params';
import { route, type RouteDef } from '../core/routes';
import { toUser } from '../world/serialize';
import type { Sim } from '../world/sim';

export function userRoutes(sim: Sim): RouteDef[] {
  return [
    route({
      method: 'GET', path: 'gateway/index', bucket: 'gateway/index',
      params: z.object({ compress: intParam.optional() }),
      handle: (ctx, p) => ({ url: ctx.gateway.issueUrl(ctx.actorId, (p.compress ?? 1) !== 0, ctx.origin) }),
    }),
    route({
      method: 'GET', path: 'user/me', params: z.object({}),
      handle: (ctx): Me => ({
        ...toUser(sim, sim.requireUser(ctx.actorId), ctx.origin), bot_status: 0, client_id: `sim-${ctx.actorId}`, verified: false,
        mobile_prefix: '86', mobile: '****', invited_count: 0, intent: 0,
      }),
    }),
    route({
      method: 'GET', path: 'user/view', params: z.object({ user_id: idParam, guild_id: idParam.optional() }),
      handle: (ctx, p) => toUser(sim, sim.requireUser(p.user_id), ctx.origin, p.guild_id ? sim.guild(p.guild_id) : undefined),
    }),
    route({
      method: 'GET', path: 'user/get-online-status', params: z.object({}),
      handle: (ctx) => {
        const online = sim.requireUser(ctx.actorId).online;
        return { online, online_os: online ? ['Websocket'] : [] };
      },
    }),
  ];
}
