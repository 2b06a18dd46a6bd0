// Plain data the renderer sees. Close to KOOK's own objects (shared/kook), minus anything secret:
// no token ever appears in these types.
import type { Attachment, Channel, Guild, Member, Message, Quote, Reaction, Role } from '../kook/objects';

export type ConnectionState =
  | 'idle'
  | 'fetching-gateway'
  | 'connecting'
  | 'waiting-hello'
  | 'connected'
  | 'heartbeat-retry'
  | 'resuming'
  | 'backoff'
  | 'observer'
  | 'stopped'
  | 'auth-failed';

export interface ProfileView {
  id: string;
  name: string;
  /** Null means KOOK itself. */
  baseUrl: string | null;
  kind: 'bot' | 'demo';
  /** Whether the token is stored encrypted on disk, only in memory, or missing. */
  tokenStorage: 'encrypted' | 'memory' | 'none';
}

export interface BotIdentity {
  id: string;
  username: string;
  identifyNum: string;
  avatar: string;
}

export interface SessionState {
  profile: ProfileView | null;
  bot: BotIdentity | null;
  connection: ConnectionState;
  /** Why the connection is in this state, in English; the renderer translates `connection`. */
  reason: string | null;
  sessionId: string | null;
  rttMs: number | null;
  resumes: number;
  eventsPerSecond: number;
  restQueued: number;
  /** The bot is online elsewhere: no gateway, channels are polled (issue: observer mode). */
  observer: boolean;
  /** The token vault cannot encrypt here: the token lives in memory only. */
  vaultWarning: boolean;
  demo: boolean;
}

export type GuildSummary = Pick<Guild, 'id' | 'name' | 'icon' | 'user_id' | 'topic'>;

export type ChannelView = Pick<
  Channel,
  'id' | 'guild_id' | 'name' | 'topic' | 'type' | 'parent_id' | 'level' | 'slow_mode' | 'is_category' | 'limit_amount'
> & { permission_overwrites: Channel['permission_overwrites']; permission_users: Channel['permission_users'] };

export interface GuildDetail {
  guild: GuildSummary;
  roles: Role[];
  channels: ChannelView[];
  /** The bot's effective guild-level permissions and its highest role position (smaller = more senior). */
  botPermissions: number;
  botTopPosition: number;
}

/**
 * What a message row needs of its author: a page of 50 messages carried each author's whole
 * user object (banner, VIP and verification flags, join and activity times), about 45 % of it.
 */
export type MessageAuthor = Pick<Message['author'], 'id' | 'username' | 'identify_num' | 'nickname' | 'online' | 'bot' | 'status' | 'avatar' | 'roles'>;

export type MessageView = Pick<
  Message,
  'id' | 'type' | 'content' | 'mention' | 'mention_all' | 'mention_roles' | 'mention_here' | 'create_at' | 'updated_at' | 'mention_info'
> & {
  channel_id: string;
  author: MessageAuthor;
  attachments: Attachment | null;
  reactions: Reaction[];
  quote: Quote | null;
  pinned?: boolean;
};

export type MessageFlag = 'before' | 'after' | 'around';

export interface MessagePage {
  channelId: string;
  items: MessageView[];
  /** Echo of the request, so the store knows which block a page extends. */
  flag: MessageFlag | 'latest';
  anchorId: string | null;
  pageSize: number;
}

export type MemberView = Member;

export interface MemberPage {
  items: MemberView[];
  page: number;
  pageTotal: number;
  total: number;
  userCount: number;
  onlineCount: number;
  offlineCount: number;
}

export type Theme = 'dark' | 'light';
export type Language = 'en' | 'zh-CN';

export interface Settings {
  language: Language;
  theme: Theme;
  activeProfileId: string | null;
}

/** Jobs (ARCHITECTURE.md "Long-running work"): started by a method, reported by push events. */
export type JobState = 'queued' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  jobId: string;
  kind: string;
  state: JobState;
  done: number;
  total: number | null;
  etaMs: number | null;
  error?: { code: string; message: string };
}
