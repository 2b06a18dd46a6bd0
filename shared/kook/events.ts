// Event payloads: the `d` of an s=0 frame (../shared/kook/EVENTS.md).
import type { Attachment, Channel, Quote, Role, User } from './objects';

export type EventChannelType = 'GROUP' | 'PERSON' | 'BROADCAST' | 'WEBHOOK_CHALLENGE';

/** EVENTS.md §2 message types; 255 = system event. */
export const MessageType = {
  Text: 1,
  Image: 2,
  Video: 3,
  File: 4,
  Audio: 8,
  KMarkdown: 9,
  Card: 10,
  Item: 12,
  System: 255,
} as const;

export const SYSTEM_AUTHOR_ID = '1';
export const SYSTEM_CONTENT = '[系统消息]';

/** EVENTS.md §1 envelope. */
export interface EventData<X = unknown> {
  channel_type: EventChannelType;
  type: number;
  target_id: string;
  author_id: string;
  content: string;
  msg_id: string;
  msg_timestamp: number;
  nonce: string;
  verify_token?: string;
  extra: X;
}

/** EVENTS.md §3 chat-message extra (GROUP). PERSON messages carry `code` and no guild fields. */
export interface MessageExtra {
  type: number;
  guild_id?: string;
  channel_name?: string;
  channel_type?: number;
  mention: string[];
  mention_all: boolean;
  mention_roles: number[];
  mention_here: boolean;
  nav_channels?: string[];
  code: string;
  author: User;
  kmarkdown?: {
    raw_content: string;
    mention_part: { id: string; username: string; full_name: string; avatar: string }[];
    mention_role_part: Role[];
  };
  attachments?: Attachment;
  quote?: Quote | null;
}

/** EVENTS.md §4 system-event extra. */
export interface SystemExtra<B = unknown> {
  type: SystemEventName;
  body: B;
}

/** Every system-event name of EVENTS.md §4. */
export const SYSTEM_EVENT_NAMES = [
  'added_reaction',
  'deleted_reaction',
  'updated_message',
  'deleted_message',
  'pinned_message',
  'unpinned_message',
  'embeds_append',
  'added_channel',
  'updated_channel',
  'updated_server_type',
  'deleted_channel',
  'sort_channel',
  'batch_added_channel',
  'batch_updated_channel',
  'batch_deleted_channel',
  'joined_guild',
  'exited_guild',
  'updated_guild_member',
  'guild_member_online',
  'guild_member_offline',
  'added_role',
  'deleted_role',
  'updated_role',
  'updated_guild',
  'deleted_guild',
  'added_block_list',
  'deleted_block_list',
  'added_emoji',
  'updated_emoji',
  'removed_emoji',
  'deleted_emoji',
  'joined_channel',
  'exited_channel',
  'live_status_changed',
  'add_guild_mute',
  'delete_guild_mute',
  'user_updated',
  'self_joined_guild',
  'self_exited_guild',
  'message_btn_click',
  'updated_private_message',
  'deleted_private_message',
  'private_added_reaction',
  'private_deleted_reaction',
] as const;
export type SystemEventName = (typeof SYSTEM_EVENT_NAMES)[number];

// Bodies of the system events that carry moderation meaning (EVENTS.md §4).
export interface ReactionBody { msg_id: string; user_id: string; channel_id: string; emoji: { id: string; name: string }; channel_type: number }
export interface UpdatedMessageBody {
  msg_id: string; content: string; channel_id: string; mention: string[]; mention_all: boolean;
  mention_here: boolean; mention_roles: number[]; updated_at: number; channel_type: number;
}
export interface DeletedMessageBody { msg_id: string; channel_id: string; channel_type: number }
export interface PinBody { channel_id: string; operator_id: string; msg_id: string; channel_type: number }
export type ChannelBody = Omit<Channel, 'is_category'> & { is_category: 0 | 1 };
export interface DeletedChannelBody { id: string; deleted_at: number; type: number }
export interface JoinedGuildBody { user_id: string; joined_at: number }
export interface ExitedGuildBody { user_id: string; exited_at: number }
export interface UpdatedGuildMemberBody { user_id: string; nickname: string }
export interface MemberPresenceBody { user_id: string; event_time: number; guilds: string[] }
export type RoleBody = Role;
export interface AddedBlockListBody { operator_id: string; remark: string; user_id: string[] }
export interface DeletedBlockListBody { operator_id: string; user_id: string[] }
export interface GuildMuteBody { user_id: string; guild_id: string; type: number }
export interface VoiceChannelBody { user_id: string; channel_id: string; joined_at?: number; exited_at?: number }
export interface SelfGuildBody { guild_id: string; state?: string }
export interface UpdatedPrivateMessageBody { msg_id: string; author_id: string; target_id: string; content: string; chat_code: string; updated_at: number }
export interface DeletedPrivateMessageBody { msg_id: string; author_id: string; target_id: string; chat_code: string; deleted_at: number }
