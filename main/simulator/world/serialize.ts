// Internal records → REST.md Part A wire objects. URLs are rendered here, with the origin of
// the moment, so a world persisted under one port still answers correctly under another.
import type { Attachment, Channel, ChannelSummary, Guild, Member, MentionInfo, Message, Quote, Reaction, Role, User } from '../../../shared/kook';
import { imagePath, renderOrigin } from './ids';
import { parseMentions, rawContent, type Mentions } from './kmarkdown';
import { highestPosition } from './perms';
import type { Sim } from './sim';
import type { AttachmentRec, ChannelRec, GuildRec, MsgRec, ReactionRec, UserRec } from './state';

export const imageUrl = (origin: string, kind: 'avatar' | 'icon', key: string): string => renderOrigin(imagePath(kind, key), origin);

export function toUser(sim: Sim, u: UserRec, origin: string, g?: GuildRec): User {
  const avatar = imageUrl(origin, 'avatar', u.avatarKey);
  const user: User = {
    id: u.id, username: u.username, identify_num: u.identify_num, nickname: u.username, online: u.online,
    os: 'Websocket', bot: u.bot, status: 1, avatar, vip_avatar: avatar, banner: '', is_vip: u.is_vip, vip_amp: false,
    mobile_verified: u.mobile_verified, roles: [], is_sys: false,
  };
  if (u.bot) user.tag_info = { color: '#0096FF', bg_color: '#0096FF33', text: '机器人' };
  const m = g ? sim.member(g, u.id) : null;
  if (m) {
    user.nickname = m.nickname || u.username;
    user.roles = [...m.roles];
    user.joined_at = m.joined_at;
    user.active_time = m.active_time;
  }
  return user;
}

export function userById(sim: Sim, id: string, origin: string, g?: GuildRec): User {
  const u = sim.user(id) ?? { id, username: 'unknown', identify_num: '0000', avatarKey: id, bot: false, online: false, mobile_verified: false, is_vip: false };
  return toUser(sim, u, origin, g);
}

export function toMember(sim: Sim, g: GuildRec, userId: string, origin: string): Member {
  const u = userById(sim, userId, origin, g);
  const m = sim.member(g, userId);
  const roles = m?.roles ?? [];
  const top = highestPosition(g, roles.filter((id) => g.roles.some((r) => r.role_id === id && r.hoist === 1)));
  const hoist = g.roles.find((r) => r.position === top && roles.includes(r.role_id));
  const member: Member = {
    ...u, nickname: u.nickname ?? u.username, mobile_verified: u.mobile_verified ?? false,
    joined_at: m?.joined_at ?? 0, active_time: m?.active_time ?? 0, roles: [...roles], is_master: g.user_id === userId,
    color: hoist?.color ?? 0,
  };
  if (hoist) member.hoist_info = { role_id: hoist.role_id, name: hoist.name, color: hoist.color };
  return member;
}

export const toRole = (r: Role): Role => ({ ...r });

export function toChannel(sim: Sim, ch: ChannelRec, origin: string): Channel {
  const g = sim.guild(ch.guild_id);
  return {
    id: ch.id, name: ch.name, user_id: ch.user_id, guild_id: ch.guild_id, topic: ch.topic, is_category: ch.type === 0,
    parent_id: ch.parent_id, level: ch.level, slow_mode: ch.slow_mode, type: ch.type, limit_amount: ch.limit_amount,
    permission_overwrites: ch.permission_overwrites.map((o) => ({ ...o })),
    permission_users: ch.permission_users.map((o) => ({ user: userById(sim, o.user_id, origin, g), allow: o.allow, deny: o.deny })),
    permission_sync: ch.permission_sync, has_password: ch.password !== '', voice_quality: ch.voice_quality,
    server_url: ch.type === 2 ? `voice.sim.local:443/${ch.id}` : '',
  };
}

export function toChannelSummary(ch: ChannelRec): ChannelSummary {
  return { id: ch.id, guild_id: ch.guild_id, user_id: ch.user_id, parent_id: ch.parent_id, name: ch.name, topic: ch.topic, type: ch.type, level: ch.level, limit_amount: ch.limit_amount, is_category: ch.type === 0 };
}

export function toGuild(sim: Sim, g: GuildRec, origin: string): Guild {
  return {
    id: g.id, name: g.name, topic: g.topic, user_id: g.user_id, icon: imageUrl(origin, 'icon', g.iconKey), notify_type: g.notify_type,
    region: g.region, enable_open: g.enable_open, open_id: g.open_id, default_channel_id: g.default_channel_id,
    welcome_channel_id: g.welcome_channel_id, boost_num: g.boost_num, level: g.level,
  };
}

export function toAttachment(a: AttachmentRec | null, origin: string): Attachment | null {
  return a ? { ...a, url: renderOrigin(a.url, origin) } : null;
}

export function toReactions(reactions: readonly ReactionRec[], viewerId: string): Reaction[] {
  return reactions.filter((r) => r.users.length > 0).map((r) => ({ emoji: { id: r.emoji, name: r.emoji }, count: r.users.length, me: r.users.includes(viewerId) }));
}

export function mentionInfo(sim: Sim, g: GuildRec | undefined, mentions: Mentions, origin: string): MentionInfo {
  return {
    mention_part: mentions.users.map((id) => {
      const u = sim.user(id);
      return { id, username: u?.username ?? id, full_name: u ? `${u.username}#${u.identify_num}` : id, avatar: imageUrl(origin, 'avatar', u?.avatarKey ?? id) };
    }),
    mention_role_part: g ? g.roles.filter((r) => mentions.roles.includes(r.role_id)).map(toRole) : [],
    channel_part: mentions.channels.map((id) => ({ id, guild_id: sim.state.channels[id]?.guild_id ?? '', name: sim.state.channels[id]?.name ?? '' })),
    item_part: [],
  };
}

export function plainText(sim: Sim, g: GuildRec | undefined, content: string): string {
  return rawContent(content, {
    user: (id) => (g ? sim.member(g, id)?.nickname : undefined) ?? sim.user(id)?.username ?? id,
    role: (id) => g?.roles.find((r) => r.role_id === id)?.name ?? String(id),
    channel: (id) => sim.state.channels[id]?.name ?? id,
  });
}

export function toQuote(sim: Sim, ch: ChannelRec, idx: number | null, origin: string): Quote | null {
  if (idx === null) return null;
  const q = sim.msg(ch, idx);
  if (!q) return null;
  const id = sim.msgId(ch, idx);
  return { id, rong_id: id, type: q.type, content: renderOrigin(q.content, origin), create_at: q.create_at, author: userById(sim, q.authorId, origin, sim.guild(ch.guild_id)) };
}

export function toMessage(sim: Sim, ch: ChannelRec, rec: MsgRec, origin: string, viewerId: string, withChannel = false): Message {
  const g = sim.guild(ch.guild_id);
  const mentions = parseMentions(rec.content);
  const message: Message = {
    id: sim.msgId(ch, rec.index), type: rec.type, content: renderOrigin(rec.content, origin), mention: mentions.users,
    mention_all: mentions.all, mention_roles: mentions.roles, mention_here: mentions.here, embeds: [],
    attachments: toAttachment(rec.attachment, origin), create_at: rec.create_at, updated_at: rec.updated_at,
    reactions: toReactions(rec.reactions, viewerId), author: userById(sim, rec.authorId, origin, g), image_name: '',
    read_status: false, quote: toQuote(sim, ch, rec.quote, origin), mention_info: mentionInfo(sim, g, mentions, origin),
  };
  if (withChannel) message.channel_id = ch.id;
  return message;
}
