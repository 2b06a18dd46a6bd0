// blacklist/list|create|delete (REST.md B.10, all need bit 7) and guild-mute/list|create|delete
// (B.3; type 1 mic needs bit 25, type 2 headset bit 24).
import type { Ban, GuildMuteList } from '../../../../shared/kook';
import { fail } from '../../core/errors';
import { emitSystem } from '../events';
import { pageOf, type PageQuery } from '../paging';
import { requireAbove, requireMember, requirePerm } from '../perms';
import { userById } from '../serialize';
import type { Sim } from '../sim';
import type { GuildRec } from '../state';
import { removeMessage } from './messages';
import { exitGuild } from './members';

export function listBans(sim: Sim, actorId: string, origin: string, p: PageQuery & { guild_id: string }): ReturnType<typeof pageOf<Ban>> {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [7]);
  const bans = Object.entries(g.blacklist).map(([user_id, b]) => ({ user_id, created_time: b.created_time, remark: b.remark, user: userById(sim, user_id, origin) }));
  return pageOf(bans, p);
}

/** Deletes the user's messages newer than the cutoff in every text channel, newest first. */
export function purgeRecent(sim: Sim, g: GuildRec, userId: string, days: number): number {
  const cutoff = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const id of g.channelIds) {
    const ch = sim.state.channels[id];
    if (!ch || ch.type === 0) continue;
    for (let i = sim.lastIndex(ch); i >= 0; i--) {
      const rec = sim.msg(ch, i);
      if (!rec) continue;
      if (rec.create_at < cutoff) break;
      if (rec.authorId === userId) {
        removeMessage(sim, ch, i);
        removed += 1;
      }
    }
  }
  return removed;
}

export function ban(sim: Sim, actorId: string, p: { guild_id: string; target_id: string; remark?: string | undefined; del_msg_days?: number | undefined }): Record<string, never> {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [7]);
  const days = p.del_msg_days ?? 0;
  if (!Number.isInteger(days) || days < 0 || days > 7) throw fail.param('del_msg_days', 'must be 0-7');
  sim.requireUser(p.target_id);
  if (p.target_id === actorId) throw fail.param('target_id', 'cannot be yourself');
  if (g.user_id === p.target_id) throw fail.hierarchy();
  if (sim.member(g, p.target_id)) requireAbove(sim, g, actorId, p.target_id);
  const remark = p.remark ?? '';
  g.blacklist[p.target_id] = { created_time: Date.now(), remark };
  sim.touch();
  if (days > 0) purgeRecent(sim, g, p.target_id, days);
  exitGuild(sim, g, p.target_id);
  emitSystem(sim, g.id, 'added_block_list', { operator_id: actorId, remark, user_id: [p.target_id] });
  return {};
}

export function unban(sim: Sim, actorId: string, p: { guild_id: string; target_id: string }): Record<string, never> {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [7]);
  if (!g.blacklist[p.target_id]) throw fail.notFound('ban');
  delete g.blacklist[p.target_id];
  sim.touch();
  emitSystem(sim, g.id, 'deleted_block_list', { operator_id: actorId, user_id: [p.target_id] });
  return {};
}

export function listMutes(sim: Sim, actorId: string, p: { guild_id: string }): GuildMuteList {
  const g = sim.guild(p.guild_id);
  requireMember(sim, g, actorId);
  return { mic: { type: 1, user_ids: [...g.mutes.mic] }, headset: { type: 2, user_ids: [...g.mutes.headset] } };
}

export function setMute(sim: Sim, actorId: string, p: { guild_id: string; user_id: string; type: number }, on: boolean): Record<string, never> {
  const g = sim.guild(p.guild_id);
  if (p.type !== 1 && p.type !== 2) throw fail.param('type', 'must be 1 (mic) or 2 (headset)');
  requirePerm(sim, g, actorId, [p.type === 1 ? 25 : 24]);
  if (!sim.member(g, p.user_id)) throw fail.notFound('member');
  requireAbove(sim, g, actorId, p.user_id);
  const key = p.type === 1 ? 'mic' : 'headset';
  const was = g.mutes[key].includes(p.user_id);
  if (was === on) return {};
  g.mutes[key] = on ? [...g.mutes[key], p.user_id] : g.mutes[key].filter((id) => id !== p.user_id);
  sim.touch();
  emitSystem(sim, g.id, on ? 'add_guild_mute' : 'delete_guild_mute', { user_id: p.user_id, guild_id: g.id, type: p.type });
  return {};
}
