// guild-role/* (REST.md B.9), blacklist/* (B.10), direct-message/* (B.7), user-chat/list (B.8).
import { z } from 'zod';
import { boolParam, idParam, intParam, pageParams } from '../core/params';
import { route, type RouteDef } from '../core/routes';
import { createDm, listDms, listUserChats } from '../world/ops/dm';
import { ban, listBans, unban } from '../world/ops/moderation';
import { createRole, deleteRole, grantRole, listRoles, updateRole } from '../world/ops/roles';
import type { Sim } from '../world/sim';

const roleId = intParam.pipe(z.number().int().min(0));

export function moderationRoutes(sim: Sim): RouteDef[] {
  const grant = z.object({ guild_id: idParam, user_id: idParam, role_id: roleId });
  const target = { target_id: idParam.optional(), chat_code: z.string().regex(/^[0-9a-f]{32}$/, 'must be a 32-hex chat code').optional() };
  return [
    route({ method: 'GET', path: 'guild-role/list', params: z.object({ ...pageParams, guild_id: idParam }), handle: (ctx, p) => listRoles(sim, ctx.actorId, p) }),
    route({ method: 'POST', path: 'guild-role/create', params: z.object({ guild_id: idParam, name: z.string().max(100).optional() }), handle: (ctx, p) => createRole(sim, ctx.actorId, p) }),
    route({
      method: 'POST', path: 'guild-role/update',
      params: z.object({
        guild_id: idParam, role_id: roleId, name: z.string().max(100).optional(), color: intParam.optional(),
        hoist: boolParam.optional(), mentionable: boolParam.optional(), permissions: intParam.optional(),
      }),
      handle: (ctx, p) => updateRole(sim, ctx.actorId, p),
    }),
    route({ method: 'POST', path: 'guild-role/delete', params: z.object({ guild_id: idParam, role_id: roleId }), handle: (ctx, p) => deleteRole(sim, ctx.actorId, p) }),
    route({ method: 'POST', path: 'guild-role/grant', params: grant, handle: (ctx, p) => grantRole(sim, ctx.actorId, p, true) }),
    route({ method: 'POST', path: 'guild-role/revoke', params: grant, handle: (ctx, p) => grantRole(sim, ctx.actorId, p, false) }),
    route({ method: 'GET', path: 'blacklist/list', params: z.object({ ...pageParams, guild_id: idParam }), handle: (ctx, p) => listBans(sim, ctx.actorId, ctx.origin, p) }),
    route({
      method: 'POST', path: 'blacklist/create',
      params: z.object({ guild_id: idParam, target_id: idParam, remark: z.string().max(1024).optional(), del_msg_days: intParam.optional() }),
      handle: (ctx, p) => ban(sim, ctx.actorId, p),
    }),
    route({ method: 'POST', path: 'blacklist/delete', params: z.object({ guild_id: idParam, target_id: idParam }), handle: (ctx, p) => unban(sim, ctx.actorId, p) }),
    route({
      method: 'POST', path: 'direct-message/create',
      params: z.object({ ...target, type: intParam.optional(), content: z.string(), quote: z.string().optional(), nonce: z.string().max(128).optional(), template_id: z.string().optional(), reply_msg_id: z.string().optional() }),
      handle: (ctx, p) => createDm(sim, ctx.actorId, p),
    }),
    route({
      method: 'GET', path: 'direct-message/list',
      params: z.object({ ...target, msg_id: z.string().optional(), flag: z.enum(['before', 'around', 'after']).optional(), page: intParam.optional(), page_size: intParam.pipe(z.number().int().min(1)).optional() }),
      handle: (ctx, p) => listDms(sim, ctx.actorId, ctx.origin, p),
    }),
    route({ method: 'GET', path: 'user-chat/list', params: z.object(pageParams), handle: (ctx, p) => listUserChats(sim, ctx.actorId, ctx.origin, p) }),
  ];
}
