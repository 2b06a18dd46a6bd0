// Gateway events → push events (shared/ipc/push.ts). Payloads are validated here, where they are
// read (ARCHITECTURE.md "Ingest"), with the tolerant REST schemas; an event that does not fit is
// dropped, never thrown. Chat messages: EVENTS.md §3; system events: EVENTS.md §4.
import { z } from 'zod';
import type { MessageView, PushEvent } from '../../shared/ipc';
import type { EventData } from '../../shared/kook';
import {
  AttachmentSchema,
  ChannelSchema,
  QuoteSchema,
  RoleSchema,
  UserSchema,
  zBool,
  zInt,
  zList,
  zNullable,
  zOptStr,
  zStr,
} from '../../shared/kook/schemas';
import { toChannelView, toMessageAuthor, toRole } from './mappers';

const MessageExtraSchema = z.looseObject({
  type: zInt,
  guild_id: zOptStr,
  mention: zList(zStr),
  mention_all: zBool,
  mention_roles: zList(zInt),
  mention_here: zBool,
  author: UserSchema,
  kmarkdown: z
    .looseObject({ mention_part: zList(z.looseObject({ id: zStr, username: zStr, full_name: zStr, avatar: zStr })), mention_role_part: zList(RoleSchema) })
    .optional()
    .catch(undefined),
  attachments: zNullable(AttachmentSchema).optional().catch(null),
  quote: zNullable(QuoteSchema).optional().catch(null),
});
const SystemExtraSchema = z.looseObject({ type: z.string(), body: z.unknown() });
const UpdatedMessage = z.looseObject({ msg_id: zStr, channel_id: zStr, content: zStr, updated_at: zInt, mention: zList(zStr) });
const DeletedMessage = z.looseObject({ msg_id: zStr, channel_id: zStr });
const ReactionBody = z.looseObject({ msg_id: zStr, user_id: zStr, channel_id: zStr, emoji: z.looseObject({ id: zStr, name: zStr }) });
const PinBody = z.looseObject({ msg_id: zStr, channel_id: zStr, operator_id: zStr });
const JoinedBody = z.looseObject({ user_id: zStr, joined_at: zInt });
const ExitedBody = z.looseObject({ user_id: zStr, exited_at: zInt });
const MemberUpdatedBody = z.looseObject({ user_id: zStr, nickname: zOptStr });
const PresenceBody = z.looseObject({ user_id: zStr, guilds: zList(zStr) });
const DeletedChannelBody = z.looseObject({ id: zStr });

/** A GROUP chat message event as the renderer's MessageView, or null when it is not one. */
export function chatToMessageView(data: EventData): { message: MessageView; guildId: string } | null {
  if (data.channel_type !== 'GROUP' || data.type === 255) return null;
  const extra = MessageExtraSchema.safeParse(data.extra);
  if (!extra.success) return null;
  const x = extra.data;
  const message: MessageView = {
    id: data.msg_id,
    type: data.type,
    content: data.content,
    mention: x.mention,
    mention_all: x.mention_all,
    mention_roles: x.mention_roles,
    mention_here: x.mention_here,
    create_at: data.msg_timestamp,
    updated_at: 0,
    mention_info: {
      mention_part: x.kmarkdown?.mention_part ?? [],
      mention_role_part: (x.kmarkdown?.mention_role_part ?? []).map(toRole),
      channel_part: [],
      item_part: [],
    },
    channel_id: data.target_id,
    author: toMessageAuthor(x.author),
    attachments: x.attachments ?? null,
    reactions: [],
    quote: x.quote ?? null,
  };
  return { message, guildId: x.guild_id ?? '' };
}

/** Every push event one gateway event means (usually one, often none). */
export function toPushEvents(data: EventData): PushEvent[] {
  if (data.type !== 255) {
    const chat = chatToMessageView(data);
    return chat ? [{ type: 'message.created', payload: chat }] : [];
  }
  const sys = SystemExtraSchema.safeParse(data.extra);
  if (!sys.success) return [];
  const event = systemEvent(sys.data.type, sys.data.body, data.target_id);
  return event ? [event] : [];
}

function systemEvent(type: string, body: unknown, targetId: string): PushEvent | null {
  const guildId = targetId; // GROUP system events target the guild (EVENTS.md §1)
  switch (type) {
    case 'updated_message': {
      const b = UpdatedMessage.safeParse(body);
      if (!b.success) return null;
      const { channel_id, msg_id, content, updated_at, mention } = b.data;
      return { type: 'message.updated', payload: { channelId: channel_id, id: msg_id, content, updated_at, mention } };
    }
    case 'deleted_message': {
      const b = DeletedMessage.safeParse(body);
      return b.success ? { type: 'message.deleted', payload: { channelId: b.data.channel_id, id: b.data.msg_id } } : null;
    }
    case 'added_reaction':
    case 'deleted_reaction': {
      const b = ReactionBody.safeParse(body);
      if (!b.success) return null;
      const { channel_id, msg_id, emoji, user_id } = b.data;
      const payload = { channelId: channel_id, id: msg_id, emoji: { id: emoji.id, name: emoji.name }, userId: user_id, added: type === 'added_reaction' };
      return { type: 'message.reaction', payload };
    }
    case 'pinned_message':
    case 'unpinned_message': {
      const b = PinBody.safeParse(body);
      if (!b.success) return null;
      const payload = { channelId: b.data.channel_id, id: b.data.msg_id, pinned: type === 'pinned_message', operatorId: b.data.operator_id };
      return { type: 'message.pin', payload };
    }
    case 'joined_guild': {
      const b = JoinedBody.safeParse(body);
      return b.success ? { type: 'member.joined', payload: { guildId, userId: b.data.user_id, joinedAt: b.data.joined_at } } : null;
    }
    case 'exited_guild': {
      const b = ExitedBody.safeParse(body);
      return b.success ? { type: 'member.left', payload: { guildId, userId: b.data.user_id, at: b.data.exited_at } } : null;
    }
    case 'updated_guild_member': {
      const b = MemberUpdatedBody.safeParse(body);
      if (!b.success) return null;
      const payload = { guildId, userId: b.data.user_id, ...(b.data.nickname !== undefined ? { nickname: b.data.nickname } : {}) };
      return { type: 'member.updated', payload };
    }
    case 'guild_member_online':
    case 'guild_member_offline': {
      const b = PresenceBody.safeParse(body);
      if (!b.success) return null;
      return { type: 'member.presence', payload: { userId: b.data.user_id, online: type === 'guild_member_online', guilds: b.data.guilds } };
    }
    case 'added_role':
    case 'updated_role':
    case 'deleted_role': {
      const b = RoleSchema.safeParse(body);
      if (!b.success) return null;
      const change = type === 'added_role' ? 'added' : type === 'updated_role' ? 'updated' : 'deleted';
      return { type: 'role.changed', payload: { guildId, role: toRole(b.data), change } };
    }
    case 'added_channel':
    case 'updated_channel': {
      const b = ChannelSchema.safeParse(body);
      if (!b.success) return null;
      const change = type === 'added_channel' ? 'added' : 'updated';
      return { type: 'channel.changed', payload: { guildId: b.data.guild_id || guildId, channel: toChannelView(b.data), change } };
    }
    case 'deleted_channel': {
      const b = DeletedChannelBody.safeParse(body);
      return b.success ? { type: 'channel.changed', payload: { guildId, channel: { id: b.data.id }, change: 'deleted' } } : null;
    }
    default:
      return null;
  }
}
