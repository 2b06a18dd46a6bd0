// Plain data of moderation, the case log and the inspector (issue 5). No token ever appears here.

/** Every action Kookdesk can take or record; `external.*` are actions by others, seen in events. */
export const CASE_ACTIONS = [
  'message.delete',
  'member.kick',
  'member.ban',
  'member.unban',
  'member.voiceMute',
  'member.voiceUnmute',
  'member.textMute',
  'member.textUnmute',
  'member.nickname',
  'member.roleGrant',
  'member.roleRevoke',
  'channel.lock',
  'channel.unlock',
  'channel.slowMode',
  'guild.lockdown',
  'guild.lockdownLift',
  'message.post',
  'messages.purge',
  'external.ban',
  'external.unban',
  'external.leaveOrKick',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export interface CaseEvidence {
  /** Messages involved (content, author, attachments) as they were when the action was taken. */
  messages?: { id: string; channelId: string; authorId: string; authorName: string; content: string; type: number; createAt: number; attachments?: unknown }[];
  /** Anything else worth keeping (previous nickname, roles before, overwrites before…). */
  before?: Record<string, unknown>;
  archivePath?: string;
}

export interface CaseView {
  id: number;
  guildId: string;
  action: CaseAction;
  /** User id, channel id or message id, per action. */
  targetId: string;
  targetName: string | null;
  reason: string | null;
  /** Profile name that acted ("Demo bot"), or the operator's user id for external actions. */
  actor: string;
  createdAt: number;
  result: { ok: true } | { ok: false; code: string; message: string; kookCode?: number };
  durationMs: number | null;
  /** When a temporary action ends (null: permanent). */
  expiresAt: number | null;
  evidence: CaseEvidence | null;
  /** Whether KOOK allows undoing it and it has not been undone yet. */
  undoable: boolean;
  undoneByCaseId: number | null;
}

export interface CasePage {
  items: CaseView[];
  total: number;
}

export interface BanView {
  userId: string;
  username: string;
  avatar: string;
  remark: string;
  createdAt: number;
}

export interface VoiceMuteView {
  mic: string[];
  headset: string[];
}

/** Actions `moderation.check` knows; main keeps one requirement per name (a compile-time match). */
export const CHECK_ACTIONS = [
  'deleteMessage', 'purge', 'kick', 'ban', 'unban', 'listBans', 'voiceMute', 'voiceUnmute', 'voiceDeafen', 'voiceUndeafen',
  'textMute', 'textUnmute', 'textMuteRole', 'setNickname', 'grantRole', 'revokeRole', 'lockChannel', 'unlockChannel',
  'setSlowMode', 'lockdown', 'liftLockdown', 'post',
] as const;
export type CheckAction = (typeof CHECK_ACTIONS)[number];

/** What the bot would need before an action: explained in the UI instead of sending a doomed request. */
export interface PermissionCheck {
  allowed: boolean;
  /** Permission keys of shared/kook/permissions.ts the bot lacks. */
  missing: string[];
  /** Why the role hierarchy refuses it, if it does. */
  hierarchy: 'ok' | 'target-is-owner' | 'target-ranks-higher' | 'role-ranks-higher';
}

export interface PurgeFilters {
  channelId: string;
  authorIds?: string[];
  text?: string;
  regex?: string;
  linksOrInvites?: boolean;
  botsOnly?: boolean;
  after?: number;
  before?: number;
  /** Stop at (and include) this message. */
  untilMsgId?: string;
  /** At most this many messages. */
  limit: number;
}

export interface PurgePreview {
  count: number;
  /** The first messages that would go, newest first. */
  sample: { id: string; authorName: string; content: string; createAt: number }[];
  scanned: number;
}

export type FrameOutcome = 'delivered' | 'duplicate' | 'reordered' | 'malformed' | 'control';

/** One gateway frame as the inspector lists it. */
export interface FrameRow {
  seq: number;
  at: number;
  signal: number;
  sn: number | null;
  eventType: string | null;
  channelType: string | null;
  guildId: string | null;
  channelId: string | null;
  authorId: string | null;
  bytes: number;
  compressedBytes: number | null;
  outcome: FrameOutcome;
}

export interface FrameFilter {
  signals?: number[];
  eventTypes?: string[];
  guildId?: string;
  channelId?: string;
  userId?: string;
  text?: string;
  regex?: string;
}

export interface TimelineEntry {
  at: number;
  from: string;
  to: string;
  reason: string;
}

export interface InspectorStats {
  /** Events per second, one point per second, newest last. */
  eventsPerSecond: { at: number; value: number }[];
  rttMs: { at: number; value: number }[];
  counters: Record<string, number>;
  /** Gaps, duplicates and reorders with the sns involved. */
  markers: { at: number; kind: 'gap' | 'duplicate' | 'reorder'; fromSn: number | null; toSn: number | null }[];
}

export interface RestBucketView {
  bucket: string;
  routes: string[];
  limit: number | null;
  remaining: number | null;
  resetAt: number | null;
  queued: number;
  inFlight: number;
}

export interface RestPanel {
  buckets: RestBucketView[];
  globalBlockedUntil: number | null;
  counters: { unauthorized: number; rateLimited: number; forbidden: number };
}
