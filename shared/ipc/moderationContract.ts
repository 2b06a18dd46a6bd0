// Contract specs of moderation, the case log and the inspector (issue 5). Long work (purge, mass
// actions, replays) returns a job id; progress arrives as `job.progress` push events.
import { z } from 'zod';
import { method } from './define';
import { CHECK_ACTIONS } from './moderationModels';
import type {
  BanView,
  CasePage,
  CaseView,
  FrameRow,
  InspectorStats,
  PermissionCheck,
  PurgePreview,
  RestPanel,
  TimelineEntry,
  VoiceMuteView,
} from './moderationModels';
import { kookId, messageId, noArgs, roleId } from './schemas';

const reason = z.string().trim().max(500).optional();
/** Temporary actions: null or absent = permanent. Up to a year. */
const durationMs = z.number().int().min(60_000).max(365 * 24 * 3600_000).nullable().optional();
const member = { guildId: kookId, userId: kookId };
const jobStarted = method<{ jobId: string }>();

const purgeFilters = z.object({
  channelId: kookId,
  authorIds: z.array(kookId).max(200).optional(),
  text: z.string().max(200).optional(),
  regex: z.string().max(200).optional(),
  linksOrInvites: z.boolean().optional(),
  botsOnly: z.boolean().optional(),
  after: z.number().int().nonnegative().optional(),
  before: z.number().int().nonnegative().optional(),
  untilMsgId: messageId.optional(),
  limit: z.number().int().min(1).max(10_000),
}).strict();

export const moderation = {
  check: method<PermissionCheck>()(
    z.object({ guildId: kookId, action: z.enum(CHECK_ACTIONS), targetUserId: kookId.optional(), channelId: kookId.optional(), roleId: roleId.optional() }).strict(),
  ),
  deleteMessage: method<CaseView>()(z.object({ msgId: messageId, reason }).strict()),
  kick: method<CaseView>()(z.object({ ...member, reason, notify: z.boolean().optional() }).strict()),
  ban: method<CaseView>()(
    z.object({ ...member, reason, delMsgDays: z.number().int().min(0).max(7).optional(), durationMs, notify: z.boolean().optional() }).strict(),
  ),
  unban: method<CaseView>()(z.object({ ...member, reason }).strict()),
  listBans: method<{ items: BanView[]; total: number }>()(
    z.object({ guildId: kookId, search: z.string().max(64).optional(), page: z.number().int().min(1).optional() }).strict(),
  ),
  voiceMute: method<CaseView>()(z.object({ ...member, kind: z.enum(['mic', 'headset']), durationMs, reason }).strict()),
  voiceUnmute: method<CaseView>()(z.object({ ...member, kind: z.enum(['mic', 'headset']), reason }).strict()),
  listVoiceMutes: method<VoiceMuteView>()(z.object({ guildId: kookId }).strict()),
  textMute: method<CaseView>()(z.object({ ...member, durationMs, reason }).strict()),
  textUnmute: method<CaseView>()(z.object({ ...member, reason }).strict()),
  setNickname: method<CaseView>()(z.object({ ...member, nickname: z.string().min(2).max(64).nullable(), reason }).strict()),
  grantRole: method<CaseView>()(z.object({ ...member, roleId, reason }).strict()),
  revokeRole: method<CaseView>()(z.object({ ...member, roleId, reason }).strict()),
  lockChannel: method<CaseView>()(z.object({ channelId: kookId, reason }).strict()),
  unlockChannel: method<CaseView>()(z.object({ channelId: kookId, reason }).strict()),
  setSlowMode: method<CaseView>()(z.object({ channelId: kookId, slowModeMs: z.number().int().min(0).max(21_600_000), reason }).strict()),
  lockdown: method<CaseView>()(z.object({ guildId: kookId, slowModeMs: z.number().int().min(0).max(21_600_000).optional(), reason }).strict()),
  liftLockdown: method<CaseView>()(z.object({ guildId: kookId, reason }).strict()),
  post: method<CaseView>()(
    z.object({ channelId: kookId, type: z.union([z.literal(9), z.literal(10)]), content: z.string().min(1).max(20_000), quote: messageId.optional() }).strict(),
  ),
  massAction: jobStarted(
    z.object({
      guildId: kookId,
      userIds: z.array(kookId).min(1).max(1000),
      action: z.enum(['ban', 'kick', 'textMute', 'grantRole', 'revokeRole']),
      roleId: roleId.optional(),
      delMsgDays: z.number().int().min(0).max(7).optional(),
      durationMs,
      reason,
    }).strict(),
  ),
  purgePreview: method<PurgePreview>()(purgeFilters),
  purge: jobStarted(z.object({ filters: purgeFilters, reason }).strict()),
  /** Where the muted-role strategy stands and which roles would defeat it. */
  muteSettings: method<{ method: 'overwrites' | 'role'; roleId: number | null; conflictingRoles: { roleId: number; name: string }[] }>()(
    z.object({ guildId: kookId, method: z.enum(['overwrites', 'role']).optional() }).strict(),
  ),
};

const caseFilter = {
  guildId: kookId.optional(),
  action: z.string().max(40).optional(),
  targetId: kookId.optional(),
  search: z.string().max(200).optional(),
  since: z.number().int().nonnegative().optional(),
  until: z.number().int().nonnegative().optional(),
};

export const cases = {
  list: method<CasePage>()(
    z.object({ ...caseFilter, page: z.number().int().min(1).optional(), pageSize: z.number().int().min(1).max(200).optional() }).strict(),
  ),
  view: method<CaseView>()(z.object({ caseId: z.number().int().min(1) }).strict()),
  editReason: method<CaseView>()(z.object({ caseId: z.number().int().min(1), reason: z.string().trim().max(500) }).strict()),
  undo: method<CaseView>()(z.object({ caseId: z.number().int().min(1), reason }).strict()),
  export: method<{ fileName: string; content: string }>()(z.object({ ...caseFilter, format: z.enum(['csv', 'jsonl']) }).strict()),
  setLogChannel: method<{ guildId: string; channelId: string | null }>()(z.object({ guildId: kookId, channelId: kookId.nullable() }).strict()),
};

const frameFilter = z.object({
  signals: z.array(z.number().int().min(0).max(6)).max(7).optional(),
  eventTypes: z.array(z.string().max(64)).max(50).optional(),
  guildId: kookId.optional(),
  channelId: kookId.optional(),
  userId: kookId.optional(),
  text: z.string().max(200).optional(),
  regex: z.string().max(200).optional(),
}).strict();

export const inspector = {
  /** A page of frames, newest last; `beforeSeq` pages back. */
  frames: method<{ items: FrameRow[]; total: number; oldestSeq: number | null }>()(
    z.object({ filter: frameFilter.optional(), beforeSeq: z.number().int().optional(), limit: z.number().int().min(1).max(2000) }).strict(),
  ),
  /** The raw frame as received (JSON text), for the JSON tree. */
  raw: method<{ seq: number; json: string }>()(z.object({ seq: z.number().int().min(0) }).strict()),
  timeline: method<TimelineEntry[]>()(z.object({ limit: z.number().int().min(1).max(5000).optional() }).strict()),
  stats: method<InspectorStats>()(noArgs),
  rest: method<RestPanel>()(noArgs),
  /** Live frames as `inspector.frames` push events while on; the inspector view turns it on. */
  follow: method<void>()(z.object({ on: z.boolean() }).strict()),
  exportCapture: method<{ fileName: string; content: string }>()(z.object({ filter: frameFilter.optional() }).strict()),
  importCapture: method<{ captureId: string; frames: number; badLines: number; skipped: number }>()(z.object({ content: z.string().max(200 * 1024 * 1024) }).strict()),
  replay: jobStarted(z.object({ captureId: z.string().min(1).max(64), speed: z.number().min(0.1).max(100) }).strict()),
};
