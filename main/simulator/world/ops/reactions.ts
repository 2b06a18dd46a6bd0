// message/add-reaction|delete-reaction|reaction-list (REST.md B.6), events added_reaction /
// deleted_reaction (EVENTS.md §4.1). A new emoji needs bit 18, joining an existing one bit 19.
import type { ReactionUser } from '../../../../shared/kook';
import { emitSystem } from '../events';
import { requireMember, requirePerm } from '../perms';
import { userById } from '../serialize';
import type { Sim } from '../sim';
import type { ChannelRec, MsgRec } from '../state';
import { normalizeEmoji } from './content-rules';

function reactionBody(sim: Sim, ch: ChannelRec, rec: MsgRec, userId: string, emoji: string): unknown {
  return { msg_id: sim.msgId(ch, rec.index), user_id: userId, channel_id: ch.id, emoji: { id: emoji, name: emoji }, channel_type: ch.type === 2 ? 2 : 1 };
}

/** Adds without permission checks (traffic); returns false when already there. */
export function react(sim: Sim, ch: ChannelRec, idx: number, userId: string, emoji: string): boolean {
  const rec = sim.mutableMsg(ch, idx);
  let reaction = rec.reactions.find((r) => r.emoji === emoji);
  if (reaction?.users.includes(userId)) return false;
  if (!reaction) {
    reaction = { emoji, users: [], at: [] };
    rec.reactions.push(reaction);
  }
  reaction.users.push(userId);
  reaction.at.push(Date.now());
  emitSystem(sim, ch.guild_id, 'added_reaction', reactionBody(sim, ch, rec, userId, emoji), ch.id);
  return true;
}

export function addReaction(sim: Sim, actorId: string, p: { msg_id: string; emoji: string }): [] {
  const { ch, idx, rec } = sim.requireMessage(p.msg_id);
  const emoji = normalizeEmoji(p.emoji);
  const existing = rec.reactions.find((r) => r.emoji === emoji && r.users.length > 0);
  requirePerm(sim, sim.guild(ch.guild_id), actorId, [11, existing ? 19 : 18], ch);
  react(sim, ch, idx, actorId, emoji);
  return [];
}

export function unreact(sim: Sim, ch: ChannelRec, idx: number, userId: string, emoji: string): boolean {
  const current = sim.msg(ch, idx);
  const at = current?.reactions.find((r) => r.emoji === emoji)?.users.indexOf(userId) ?? -1;
  if (at < 0) return false;
  const rec = sim.mutableMsg(ch, idx);
  const reaction = rec.reactions.find((r) => r.emoji === emoji);
  if (!reaction) return false;
  reaction.users.splice(at, 1);
  reaction.at.splice(at, 1);
  rec.reactions = rec.reactions.filter((r) => r.users.length > 0);
  emitSystem(sim, ch.guild_id, 'deleted_reaction', reactionBody(sim, ch, rec, userId, emoji), ch.id);
  return true;
}

export function deleteReaction(sim: Sim, actorId: string, p: { msg_id: string; emoji: string; user_id?: string | undefined }): [] {
  const { ch, idx } = sim.requireMessage(p.msg_id);
  const g = sim.guild(ch.guild_id);
  const userId = p.user_id ?? actorId;
  if (userId === actorId) requireMember(sim, g, actorId);
  else requirePerm(sim, g, actorId, [13], ch);
  unreact(sim, ch, idx, userId, normalizeEmoji(p.emoji));
  return [];
}

export function reactionList(sim: Sim, actorId: string, origin: string, p: { msg_id: string; emoji: string }): ReactionUser[] {
  const { ch, rec } = sim.requireMessage(p.msg_id);
  const g = sim.guild(ch.guild_id);
  requirePerm(sim, g, actorId, [11], ch);
  const reaction = rec.reactions.find((r) => r.emoji === normalizeEmoji(p.emoji));
  if (!reaction) return [];
  return reaction.users.map((id, i) => {
    const u = userById(sim, id, origin, g);
    return { id, username: u.username, nickname: u.nickname ?? u.username, identify_num: u.identify_num, online: u.online, status: u.status, avatar: u.avatar, bot: u.bot, tag_info: u.tag_info, reaction_time: reaction.at[i] ?? 0 };
  });
}
