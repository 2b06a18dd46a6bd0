// message/* (REST.md B.6): list, view, create, update, delete, pin, unpin and reactions.
import { z } from 'zod';
import { boolParam, idParam, intParam } from '../core/params';
import { route, type RouteDef } from '../core/routes';
import { listMessages, viewMessage } from '../world/ops/message-read';
import { createMessage, deleteMessage, setPinned, updateMessage } from '../world/ops/messages';
import { addReaction, deleteReaction, reactionList } from '../world/ops/reactions';
import type { Sim } from '../world/sim';

const msgId = z.string().min(1).max(64);
const flag = z.enum(['before', 'around', 'after']);

export function messageRoutes(sim: Sim): RouteDef[] {
  const pin = z.object({ target_id: idParam, msg_id: msgId });
  const reaction = z.object({ msg_id: msgId, emoji: z.string().min(1).max(128) });
  return [
    route({
      method: 'GET', path: 'message/list',
      params: z.object({ target_id: idParam, msg_id: msgId.optional(), pin: boolParam.optional(), flag: flag.optional(), page_size: intParam.pipe(z.number().int().min(1)).optional() }),
      handle: (ctx, p) => listMessages(sim, ctx.actorId, ctx.origin, p),
    }),
    route({ method: 'GET', path: 'message/view', params: z.object({ msg_id: msgId }), handle: (ctx, p) => viewMessage(sim, ctx.actorId, ctx.origin, p) }),
    route({
      method: 'POST', path: 'message/create', bucket: 'message/create',
      params: z.object({
        type: intParam.optional(), target_id: idParam, content: z.string(), quote: z.string().optional(), nonce: z.string().max(128).optional(),
        temp_target_id: idParam.optional(), template_id: z.string().optional(), reply_msg_id: z.string().optional(),
      }),
      handle: (ctx, p) => createMessage(sim, ctx.actorId, p),
    }),
    route({
      method: 'POST', path: 'message/update',
      params: z.object({ msg_id: msgId, content: z.string(), quote: z.string().optional(), temp_target_id: idParam.optional(), template_id: z.string().optional(), reply_msg_id: z.string().optional() }),
      handle: (ctx, p) => updateMessage(sim, ctx.actorId, p),
    }),
    route({ method: 'POST', path: 'message/delete', params: z.object({ msg_id: msgId }), handle: (ctx, p) => deleteMessage(sim, ctx.actorId, p) }),
    route({ method: 'POST', path: 'message/pin', params: pin, handle: (ctx, p) => setPinned(sim, ctx.actorId, p, true) }),
    route({ method: 'POST', path: 'message/unpin', params: pin, handle: (ctx, p) => setPinned(sim, ctx.actorId, p, false) }),
    route({ method: 'GET', path: 'message/reaction-list', params: reaction, handle: (ctx, p) => reactionList(sim, ctx.actorId, ctx.origin, p) }),
    route({ method: 'POST', path: 'message/add-reaction', params: reaction, handle: (ctx, p) => addReaction(sim, ctx.actorId, p) }),
    route({
      method: 'POST', path: 'message/delete-reaction', params: reaction.extend({ user_id: idParam.optional() }),
      handle: (ctx, p) => deleteReaction(sim, ctx.actorId, p),
    }),
  ];
}
