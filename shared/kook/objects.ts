// KOOK REST objects as KOOK sends them (../shared/kook/REST.md Part A).
// These describe the wire; a receiver validates them with the tolerant schemas in ./schemas.ts.

/** A.1 User. Guild-context fields are present when a guild is in context. */
export interface User {
  id: string;
  username: string;
  identify_num: string;
  nickname?: string;
  online: boolean;
  os?: string;
  bot: boolean;
  status: number;
  avatar: string;
  vip_avatar?: string;
  banner?: string;
  is_vip?: boolean;
  vip_amp?: boolean;
  tag_info?: { color: string; bg_color?: string; text: string };
  mobile_verified?: boolean;
  roles?: number[];
  joined_at?: number;
  active_time?: number;
  is_sys?: boolean;
}

/** `user/me` extras (A.1). */
export interface Me extends User {
  bot_status?: number;
  client_id?: string;
  verified?: boolean;
  mobile_prefix?: string;
  mobile?: string;
  invited_count?: number;
  intent?: number;
}

/** A.2 Guild member (items of guild/user-list). */
export interface Member extends User {
  nickname: string;
  mobile_verified: boolean;
  joined_at: number;
  active_time: number;
  roles: number[];
  is_master?: boolean;
  hoist_info?: { role_id: number; name: string; color: number };
  color?: number;
}

/** A.4 Role. role_id 0 is @everyone; smaller position = more senior. */
export interface Role {
  role_id: number;
  name: string;
  color: number;
  position: number;
  hoist: 0 | 1;
  mentionable: 0 | 1;
  permissions: number;
  type?: number;
}

export interface RoleOverwrite {
  role_id: number;
  allow: number;
  deny: number;
}

export interface UserOverwrite {
  user: User;
  allow: number;
  deny: number;
}

export const ChannelType = { Category: 0, Text: 1, Voice: 2 } as const;

/** A.5 Channel (full form of channel/view). */
export interface Channel {
  id: string;
  name: string;
  user_id: string;
  guild_id: string;
  topic: string;
  is_category: boolean;
  parent_id: string;
  level: number;
  /** Milliseconds (REST.md ambiguity table: ms in both object and update). */
  slow_mode: number;
  type: number;
  limit_amount: number;
  permission_overwrites: RoleOverwrite[];
  permission_users: UserOverwrite[];
  permission_sync: 0 | 1;
  has_password?: boolean;
  voice_quality?: string;
  server_url?: string;
  children?: string[];
}

/** Summary items of channel/list. */
export interface ChannelSummary {
  id: string;
  guild_id: string;
  user_id: string;
  parent_id: string;
  name: string;
  topic: string;
  type: number;
  level: number;
  limit_amount: number;
  is_category: boolean;
}

/** A.3 Guild. `roles` and `channels` only in guild/view. */
export interface Guild {
  id: string;
  name: string;
  topic: string;
  user_id: string;
  icon: string;
  notify_type: number;
  region: string;
  enable_open: boolean;
  open_id: string;
  default_channel_id: string;
  welcome_channel_id: string;
  boost_num: number;
  level: number;
  roles?: Role[];
  channels?: Channel[];
}

/** A.8 */
export interface Attachment {
  type: 'image' | 'video' | 'file' | 'audio';
  url: string;
  name: string;
  file_type?: string;
  size?: number;
  duration?: number;
  width?: number;
  height?: number;
}

export interface Emoji {
  id: string;
  name: string;
}

export interface Reaction {
  emoji: Emoji;
  count: number;
  me: boolean;
}

export interface Quote {
  id: string;
  type: number;
  content: string;
  create_at: number;
  author: User;
  /** Events carry the quoted UUID here (EVENTS.md ambiguity table). */
  rong_id?: string;
}

export interface MentionPart {
  id: string;
  username: string;
  full_name: string;
  avatar: string;
}

export interface MentionInfo {
  mention_part: MentionPart[];
  mention_role_part: Role[];
  channel_part: { id: string; guild_id: string; name: string }[];
  item_part: unknown[];
}

/** A.6 Channel message. */
export interface Message {
  id: string;
  type: number;
  content: string;
  mention: string[];
  mention_all: boolean;
  mention_roles: number[];
  mention_here: boolean;
  embeds: unknown[];
  attachments: Attachment | null;
  create_at: number;
  updated_at: number;
  reactions: Reaction[];
  author: User;
  image_name: string;
  read_status: boolean;
  quote: Quote | null;
  mention_info: MentionInfo;
  /** Present in message/view. */
  channel_id?: string;
}

/** A.7 Direct message. */
export interface DirectMessage {
  id: string;
  type: number;
  content: string;
  embeds: unknown[];
  attachments: Attachment | null;
  create_at: number;
  updated_at: number;
  reactions: Reaction[];
  author_id: string;
  image_name: string;
  read_status: boolean;
  quote: Quote | null;
  mention_info: Pick<MentionInfo, 'mention_part' | 'channel_part' | 'item_part'>;
}

/** A.10 Ban. */
export interface Ban {
  user_id: string;
  created_time: number;
  remark: string;
  user: User;
}

/** A.11 DM session. */
export interface UserChat {
  code: string;
  last_read_time: number;
  latest_msg_time: number;
  unread_count: number;
  is_friend?: boolean;
  is_blocked?: boolean;
  is_target_blocked?: boolean;
  target_info: { id: string; username: string; online: boolean; avatar: string };
}

/** guild-mute/list with return_type=detail. */
export interface GuildMuteList {
  mic: { type: 1; user_ids: string[] };
  headset: { type: 2; user_ids: string[] };
}

/** message/create and direct-message/create result. */
export interface CreatedMessage {
  msg_id: string;
  msg_timestamp: number;
  nonce: string;
}

/** guild-role/grant|revoke result. */
export interface RoleGrantResult {
  user_id: string;
  guild_id: string;
  roles: number[];
}

/** Reaction-list items. */
export interface ReactionUser {
  id: string;
  username: string;
  nickname: string;
  identify_num: string;
  online: boolean;
  status: number;
  avatar: string;
  bot: boolean;
  reaction_time: number;
}
