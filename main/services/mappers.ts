// REST objects (the client's normalised outputs) → the plain models the renderer sees
// (shared/ipc/models.ts). Fields are picked explicitly, so nothing unexpected crosses.
import type { ChannelView, GuildSummary, MemberView, MessageAuthor, MessageView } from '../../shared/ipc';
import type { Role, User } from '../../shared/kook/objects';
import type { KookChannel, KookChannelSummary, KookGuild, KookMember, KookMessage, KookRole } from '../kook/rest';

export function toMessageView(m: KookMessage, channelId: string): MessageView {
  return {
    id: m.id,
    type: m.type,
    content: m.content,
    mention: m.mention,
    mention_all: m.mention_all,
    mention_roles: m.mention_roles,
    mention_here: m.mention_here,
    create_at: m.create_at,
    updated_at: m.updated_at,
    mention_info: m.mention_info,
    channel_id: m.channel_id || channelId,
    author: toMessageAuthor(m.author),
    attachments: m.attachments,
    reactions: m.reactions,
    quote: m.quote,
  };
}

export function toMessageAuthor(u: User): MessageAuthor {
  const author: MessageAuthor = { id: u.id, username: u.username, identify_num: u.identify_num, online: u.online, bot: u.bot, status: u.status, avatar: u.avatar };
  if (u.nickname !== undefined) author.nickname = u.nickname;
  if (u.roles !== undefined) author.roles = u.roles;
  return author;
}

/** (create_at, id) order, the order ARCHITECTURE.md's history blocks use. */
export function byCreateAt(a: { create_at: number; id: string }, b: { create_at: number; id: string }): number {
  return a.create_at - b.create_at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function toGuildSummary(g: KookGuild): GuildSummary {
  return { id: g.id, name: g.name, icon: g.icon, user_id: g.user_id, topic: g.topic };
}

export function toRole(r: KookRole): Role {
  const role: Role = {
    role_id: r.role_id,
    name: r.name,
    color: r.color,
    position: r.position,
    hoist: r.hoist,
    mentionable: r.mentionable,
    permissions: r.permissions,
  };
  if (r.type !== undefined) role.type = r.type;
  return role;
}

type AnyChannel = KookChannelSummary & Partial<Pick<KookChannel, 'slow_mode' | 'permission_overwrites' | 'permission_users'>>;

/** From channel/view (full) or channel/list (summary: no overwrites, no slow mode). */
export function toChannelView(c: AnyChannel): ChannelView {
  return {
    id: c.id,
    guild_id: c.guild_id,
    name: c.name,
    topic: c.topic,
    type: c.type,
    parent_id: c.parent_id,
    level: c.level,
    slow_mode: c.slow_mode ?? 0,
    is_category: c.is_category,
    limit_amount: c.limit_amount,
    permission_overwrites: c.permission_overwrites ?? [],
    permission_users: c.permission_users ?? [],
  };
}

export function toMemberView(m: KookMember): MemberView {
  return m;
}
