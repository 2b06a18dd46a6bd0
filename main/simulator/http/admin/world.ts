// Admin endpoints that act in the world: as a member, joins, presence, bots, traffic, reset.
import { z } from 'zod';
import { SimApiError } from '../../core/errors';
import { boolParam, idParam, intParam } from '../../core/params';
import type { PresetName } from '../../core/world';
import { isRecord } from '../body';
import { invokeRoute } from '../invoke';
import { routesAt } from '../context';
import { envelope, httpError, texts, toApiError } from '../reply';
import { type AdminRoute, adminRoute, fullAnswer } from './route';

const PRESETS: readonly [PresetName, ...PresetName[]] = ['demo', 'big', 'empty'];

export const worldRoutes: Record<string, AdminRoute> = {
  // Runs a REST route as member `as`, under the same permission checks as the bot; the answer
  // is exactly the envelope /api/v3 would give (but no rate limit, fault or latency applies).
  act: adminRoute(
    'POST',
    z.object({ as: idParam, path: z.string().min(1), method: z.enum(['GET', 'POST']).optional(), params: z.unknown().optional() }),
    async ({ ctx, lang }, { as, path, method, params }) => {
      const candidates = routesAt(ctx.world, path.replace(/^\/+/, '').replace(/^api\/v3\//, ''));
      const route = candidates.find((c) => method === undefined || c.method === method);
      if (!route) {
        const error = httpError(404, texts.notFound);
        return fullAnswer(404, envelope(error.code, error.text[lang], {}));
      }
      try {
        const raw = params === undefined ? {} : params;
        if (!isRecord(raw)) throw new SimApiError(40000, texts.badBody);
        const data = await invokeRoute(route, { actorId: as, lang, origin: ctx.settings.origin, gateway: ctx.gateway }, raw);
        return fullAnswer(200, envelope(0, texts.ok[lang], data ?? {}));
      } catch (error) {
        const apiError = toApiError(error);
        if (apiError.httpStatus >= 500) ctx.onError(error);
        return fullAnswer(apiError.httpStatus, envelope(apiError.code, apiError.text[lang], {}));
      }
    },
  ),
  join: adminRoute('POST', z.object({ guild_id: idParam, user_id: idParam.optional() }), ({ ctx }, p) => ({
    user_id: ctx.world.admin.join(p.guild_id, p.user_id).userId,
  })),
  leave: adminRoute('POST', z.object({ guild_id: idParam, user_id: idParam }), ({ ctx }, p) => {
    ctx.world.admin.leave(p.guild_id, p.user_id);
    return {};
  }),
  presence: adminRoute('POST', z.object({ user_id: idParam, online: boolParam }), ({ ctx }, p) => {
    ctx.world.admin.setOnline(p.user_id, p.online);
    return {};
  }),
  bots: adminRoute(
    'POST',
    z.object({ name: z.string().min(1).max(64), guild_ids: z.array(idParam).optional(), role_ids: z.array(intParam).optional() }),
    ({ ctx }, p) => ctx.world.admin.createBot({ name: p.name, guildIds: p.guild_ids, roleIds: p.role_ids }),
  ),
  traffic: adminRoute(
    'POST',
    z.object({
      rate: z.number().min(0).max(1_000_000),
      guild_id: idParam.optional(),
      channel_ids: z.array(idParam).optional(),
      mix: z.partialRecord(z.enum(['message', 'edit', 'delete', 'reaction', 'join', 'leave', 'presence']), z.number().min(0)).optional(),
    }),
    ({ ctx }, p) => {
      if (p.rate === 0) ctx.world.traffic.stop();
      else ctx.world.traffic.start({ rate: p.rate, guildId: p.guild_id, channelIds: p.channel_ids, mix: p.mix });
      return { rate: ctx.world.traffic.rate };
    },
  ),
  // Back to a fresh world; faults, rate-limit windows and counters, and gateway state go too.
  reset: adminRoute('POST', z.object({ seed: intParam, preset: z.enum(PRESETS).default('demo') }), ({ ctx }, p) => {
    ctx.world.admin.reset({ seed: p.seed, preset: p.preset });
    ctx.gateway.control.reset();
    ctx.faults.clear();
    ctx.limiter.reset();
    return { seed: p.seed, preset: p.preset };
  }),
};
