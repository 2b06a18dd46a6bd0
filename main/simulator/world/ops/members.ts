// Membership and presence: guild/nickname|kickout|leave (REST.md B.3) and the admin acts
// join/leave/setOnline, with joined_guild / exited_guild / self_exited_guild /
// updated_guild_member / guild_member_online|offline (EVENTS.md §4.3, §4.6).
import { fail } from '../../core/errors';
import { newExplicitUser } from '../build';
import { emitPerson, emitSystem } from '../events';
import { requireAbove, requireMember, requirePerm } from '../perms';
import type { Sim } from '../sim';
import type { GuildRec } from '../state';

/** Removes a member and announces it; a removed bot also gets self_exited_guild. */
export function exitGuild(sim: Sim, g: GuildRec, userId: string): void {
  if (!sim.removeMember(g, userId)) return;
  emitSystem(sim, g.id, 'exited_guild', { user_id: userId, exited_at: Date.now() });
  if (sim.state.bots.includes(userId)) emitPerson(sim, userId, 'self_exited_guild', { guild_id: g.id });
}

export function joinGuild(sim: Sim, guildId: string, userId?: string): { userId: string } {
  const g = sim.guild(guildId);
  const id = userId ?? newExplicitUser(sim.state, null, false).id;
  const user = sim.requireUser(id);
  if (g.blacklist[id]) throw fail.generic({ en: 'User is banned from this guild', zh: '该用户在服务器黑名单中' });
  if (sim.member(g, id)) return { userId: id };
  const now = Date.now();
  sim.addMember(g, id, { nickname: user.username, roles: [], joined_at: now, active_time: now });
  emitSystem(sim, g.id, 'joined_guild', { user_id: id, joined_at: now });
  return { userId: id };
}

export function setNickname(sim: Sim, actorId: string, p: { guild_id: string; nickname?: string | undefined; user_id?: string | undefined }): Record<string, never> {
  const g = sim.guild(p.guild_id);
  const target = p.user_id ?? actorId;
  if (p.nickname !== undefined && p.nickname !== '' && (p.nickname.length < 2 || p.nickname.length > 64)) throw fail.param('nickname', 'must be 2-64 characters');
  if (target === actorId) requirePerm(sim, g, actorId, [9]);
  else {
    requirePerm(sim, g, actorId, [26]);
    if (!sim.member(g, target)) throw fail.notFound('member');
    requireAbove(sim, g, actorId, target);
  }
  const user = sim.requireUser(target);
  const m = sim.mutableMember(g, target);
  m.nickname = p.nickname || user.username;
  sim.touch();
  emitSystem(sim, g.id, 'updated_guild_member', { user_id: target, nickname: m.nickname });
  if (sim.state.bots.includes(target)) emitPerson(sim, target, 'updated_guild', { id: g.id, my_nickname: m.nickname });
  return {};
}

export function kick(sim: Sim, actorId: string, p: { guild_id: string; target_id: string }): Record<string, never> {
  const g = sim.guild(p.guild_id);
  requirePerm(sim, g, actorId, [6]);
  if (!sim.member(g, p.target_id)) throw fail.notFound('member');
  if (p.target_id === actorId) throw fail.param('target_id', 'cannot be yourself');
  requireAbove(sim, g, actorId, p.target_id);
  exitGuild(sim, g, p.target_id);
  return {};
}

export function leave(sim: Sim, actorId: string, p: { guild_id: string }): Record<string, never> {
  const g = sim.guild(p.guild_id);
  requireMember(sim, g, actorId);
  if (g.user_id === actorId) throw fail.generic({ en: 'The owner cannot leave the guild', zh: '服务器主不能退出服务器' });
  exitGuild(sim, g, actorId);
  return {};
}

/** Presence change: each bot sharing a guild gets a PERSON event listing the shared guilds. */
export function setOnline(sim: Sim, userId: string, online: boolean): void {
  const current = sim.requireUser(userId);
  if (current.online === online) return;
  const guilds = sim.guildsOf(userId);
  sim.mutableUser(userId).online = online;
  for (const g of guilds) g.onlineCount += online ? 1 : -1;
  sim.touch();
  const now = Date.now();
  for (const botId of sim.state.bots) {
    if (botId === userId) continue;
    const shared = guilds.filter((g) => sim.member(g, botId) !== null).map((g) => g.id);
    if (shared.length > 0) emitPerson(sim, botId, online ? 'guild_member_online' : 'guild_member_offline', { user_id: userId, event_time: now, guilds: shared });
  }
}
