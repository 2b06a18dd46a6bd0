// The world's complete mutable state, kept JSON-shaped so persisting it is JSON.stringify.
// Large populations are not stored: members and messages below `gen` counts are pure
// functions of the seed (generate.ts); only what mutations touch lives here (the overlay).
import type { Role, RoleOverwrite } from '../../../shared/kook';
import type { PresetName } from '../core/world';

export interface UserRec {
  id: string;
  username: string;
  identify_num: string;
  avatarKey: string;
  bot: boolean;
  online: boolean;
  mobile_verified: boolean;
  is_vip: boolean;
}

export interface MemberRec {
  nickname: string;
  roles: number[];
  joined_at: number;
  active_time: number;
}

/** One emoji on a message: who reacted and when (reaction-list needs reaction_time). */
export interface ReactionRec {
  emoji: string;
  users: string[];
  at: number[];
}

export interface AttachmentRec {
  type: 'image' | 'video' | 'file' | 'audio';
  /** Either a stored URL (may contain the ORIGIN placeholder)… */
  url: string;
  name: string;
  file_type: string;
  size: number;
  width?: number;
  height?: number;
  duration?: number;
}

export interface MsgRec {
  index: number;
  type: number;
  content: string;
  authorId: string;
  create_at: number;
  updated_at: number;
  /** Index of the quoted message in the same channel / DM session. */
  quote: number | null;
  attachment: AttachmentRec | null;
  reactions: ReactionRec[];
}

export interface MsgStore {
  /** Messages 0..gen-1 are generated; genStart + i*genStep + jitter is message i's time. */
  gen: number;
  genStart: number;
  genStep: number;
  /** Messages with index >= gen, in order. */
  added: MsgRec[];
  /** Touched generated messages (edited, reacted). */
  overlay: Record<string, MsgRec>;
  deleted: Record<string, 1>;
  deletedCount: number;
  pins: number[];
  lastTs: number;
}

export interface UserOverwriteRec {
  user_id: string;
  allow: number;
  deny: number;
}

export interface ChannelRec {
  id: string;
  serial: number;
  guild_id: string;
  name: string;
  user_id: string;
  topic: string;
  /** 0 category, 1 text, 2 voice (REST.md A.5). */
  type: number;
  parent_id: string;
  level: number;
  slow_mode: number;
  limit_amount: number;
  voice_quality: string;
  password: string;
  permission_overwrites: RoleOverwrite[];
  permission_users: UserOverwriteRec[];
  permission_sync: 0 | 1;
  msgs: MsgStore;
  slowLast: Record<string, number>;
}

export interface GuildRec {
  id: string;
  name: string;
  topic: string;
  user_id: string;
  iconKey: string;
  region: string;
  notify_type: number;
  enable_open: boolean;
  open_id: string;
  default_channel_id: string;
  welcome_channel_id: string;
  boost_num: number;
  level: number;
  roles: Role[];
  nextRoleId: number;
  channelIds: string[];
  /** Generated members: user index userStart+i for i < count, joined at joinedStart + i*joinedStep. */
  gen: { userStart: number; count: number; joinedStart: number; joinedStep: number; roleRules: [number, number][] };
  /** Sorted generated indices that left. */
  removedGen: number[];
  /** Touched or added members, keyed by user id; a key here means "is a member". */
  members: Record<string, MemberRec>;
  /** Users who joined after generation, in join order. */
  added: string[];
  onlineCount: number;
  blacklist: Record<string, { created_time: number; remark: string }>;
  mutes: { mic: string[]; headset: string[] };
}

export interface DmSession {
  code: string;
  serial: number;
  users: [string, string];
  messages: (MsgRec & { deleted?: boolean })[];
  lastRead: Record<string, number>;
}

export interface WorldState {
  version: 1;
  seed: number;
  preset: PresetName;
  epochMs: number;
  userBase: number;
  userCount: number;
  /** `traffic`: actions of the traffic generator so far (absent in files written before it existed). */
  counters: { serial: number; user: number; event: number; traffic?: number };
  users: Record<string, UserRec>;
  tokens: Record<string, string>;
  bots: string[];
  defaultBotId: string;
  guildOrder: string[];
  guilds: Record<string, GuildRec>;
  channels: Record<string, ChannelRec>;
  /** serial → channel id, or `dm:<code>` for DM sessions. */
  serials: Record<string, string>;
  dms: Record<string, DmSession>;
}
