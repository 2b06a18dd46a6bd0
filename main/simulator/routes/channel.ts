// channel/list|view|create|update|delete (REST.md B.4) and channel-role/* (B.5).
import { z } from 'zod';
import { boolParam, idParam, intParam, pageParams } from '../core/params';
import { route, type RouteDef } from '../core/routes';
import { changeOverwrite, channelRoleIndex } from '../world/ops/channel-roles';
import { createChannel, deleteChannel, listChannels, updateChannel, viewChannel } from '../world/ops/channels';
import type { Sim } from '../world/sim';

export function channelRoutes(sim: Sim): RouteDef[] {
  const overwrite = z.object({
    channel_id: idParam, type: z.enum(['role_id', 'user_id']).optional(), value: idParam.optional(),
    allow: intParam.optional(), deny: intParam.optional(),
  });
  return [
    route({
      method: 'GET', path: 'channel/list', params: z.object({ ...pageParams, guild_id: idParam, type: intParam.optional(), parent_id: idParam.optional() }),
      handle: (ctx, p) => listChannels(sim, ctx.actorId, p),
    }),
    route({
      method: 'GET', path: 'channel/view', params: z.object({ target_id: idParam, need_children: boolParam.optional() }),
      handle: (ctx, p) => viewChannel(sim, ctx.actorId, ctx.origin, p),
    }),
    route({
      method: 'POST', path: 'channel/create',
      params: z.object({
        guild_id: idParam, name: z.string(), parent_id: idParam.optional(), type: intParam.optional(),
        limit_amount: intParam.optional(), voice_quality: z.string().optional(), is_category: boolParam.optional(),
      }),
      handle: (ctx, p) => createChannel(sim, ctx.actorId, ctx.origin, p),
    }),
    route({
      method: 'POST', path: 'channel/update',
      params: z.object({
        channel_id: idParam, name: z.string().optional(), level: intParam.optional(), parent_id: idParam.optional(), topic: z.string().max(1024).optional(),
        slow_mode: intParam.optional(), limit_amount: intParam.optional(), voice_quality: z.string().optional(), password: z.string().max(64).optional(),
      }),
      handle: (ctx, p) => updateChannel(sim, ctx.actorId, ctx.origin, p),
    }),
    route({ method: 'POST', path: 'channel/delete', params: z.object({ channel_id: idParam }), handle: (ctx, p) => deleteChannel(sim, ctx.actorId, p) }),
    route({ method: 'GET', path: 'channel-role/index', params: z.object({ channel_id: idParam }), handle: (ctx, p) => channelRoleIndex(sim, ctx.actorId, ctx.origin, p) }),
    route({ method: 'POST', path: 'channel-role/create', params: overwrite, handle: (ctx, p) => changeOverwrite(sim, ctx.actorId, ctx.origin, p, 'create') }),
    route({ method: 'POST', path: 'channel-role/update', params: overwrite, handle: (ctx, p) => changeOverwrite(sim, ctx.actorId, ctx.origin, p, 'update') }),
    route({ method: 'POST', path: 'channel-role/delete', params: overwrite, handle: (ctx, p) => changeOverwrite(sim, ctx.actorId, ctx.origin, p, 'delete') }),
  ];
}
