// guild/list|view|user-list|nickname|kickout|leave and guild-mute/* (REST.md B.3).
import { z } from 'zod';
import { boolParam, idParam, intParam, pageParams } from '../core/params';
import { route, type RouteDef } from '../core/routes';
import { pageOf } from '../world/paging';
import { effective, has, requireMember } from '../world/perms';
import { toChannel, toGuild, toRole } from '../world/serialize';
import type { Sim } from '../world/sim';
import { kick, leave, setNickname } from '../world/ops/members';
import { listMutes, setMute } from '../world/ops/moderation';
import { userList } from '../world/ops/user-list';

const zeroOne = intParam.pipe(z.number().int().min(0).max(1));

export function guildRoutes(sim: Sim): RouteDef[] {
  const mute = z.object({ guild_id: idParam, user_id: idParam, type: intParam });
  return [
    route({
      method: 'GET', path: 'guild/list', params: z.object(pageParams),
      handle: (ctx, p) => pageOf(sim.guildsOf(ctx.actorId).map((g) => toGuild(sim, g, ctx.origin)), p),
    }),
    route({
      method: 'GET', path: 'guild/view', params: z.object({ guild_id: idParam }),
      handle: (ctx, p) => {
        const g = sim.guild(p.guild_id);
        requireMember(sim, g, ctx.actorId);
        const channels = g.channelIds
          .map((id) => sim.channel(id))
          .filter((ch) => ch.type === 0 || has(effective(sim, g, ctx.actorId, ch), 11))
          .map((ch) => toChannel(sim, ch, ctx.origin));
        return { ...toGuild(sim, g, ctx.origin), roles: g.roles.map(toRole), channels };
      },
    }),
    route({
      method: 'GET', path: 'guild/user-list',
      params: z.object({
        ...pageParams, guild_id: idParam, channel_id: idParam.optional(), search: z.string().max(64).optional(), role_id: intParam.optional(),
        mobile_verified: boolParam.optional(), active_time: zeroOne.optional(), joined_at: zeroOne.optional(), filter_user_id: idParam.optional(),
      }),
      handle: (ctx, p) => userList(sim, ctx.actorId, ctx.origin, p),
    }),
    route({
      method: 'POST', path: 'guild/nickname', params: z.object({ guild_id: idParam, nickname: z.string().optional(), user_id: idParam.optional() }),
      handle: (ctx, p) => setNickname(sim, ctx.actorId, p),
    }),
    route({
      method: 'POST', path: 'guild/kickout', params: z.object({ guild_id: idParam, target_id: idParam }),
      handle: (ctx, p) => kick(sim, ctx.actorId, p),
    }),
    route({
      method: 'POST', path: 'guild/leave', params: z.object({ guild_id: idParam }),
      handle: (ctx, p) => leave(sim, ctx.actorId, p),
    }),
    route({
      method: 'GET', path: 'guild-mute/list', params: z.object({ guild_id: idParam, return_type: z.string().optional() }),
      handle: (ctx, p) => listMutes(sim, ctx.actorId, p),
    }),
    route({ method: 'POST', path: 'guild-mute/create', params: mute, handle: (ctx, p) => setMute(sim, ctx.actorId, p, true) }),
    route({ method: 'POST', path: 'guild-mute/delete', params: mute, handle: (ctx, p) => setMute(sim, ctx.actorId, p, false) }),
  ];
}
