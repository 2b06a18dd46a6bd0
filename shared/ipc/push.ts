// Push events from main to the renderer, delivered in batches (per ~16 ms or N events).
import type { Channel, Role } from '../kook/objects';
import type { ChannelView, JobProgress, MemberView, MessageView, SessionState } from './models';
import type { CaseView, FrameRow, TimelineEntry } from './moderationModels';

export interface PushEventMap {
  'session.state': SessionState;
  'message.created': { message: MessageView; guildId: string };
  'message.updated': { channelId: string; id: string; content: string; updated_at: number; mention?: string[] };
  'message.deleted': { channelId: string; id: string };
  'message.reaction': { channelId: string; id: string; emoji: { id: string; name: string }; userId: string; added: boolean };
  'message.pin': { channelId: string; id: string; pinned: boolean; operatorId: string };
  'member.joined': { guildId: string; userId: string; joinedAt: number };
  'member.left': { guildId: string; userId: string; at: number };
  'member.updated': { guildId: string; userId: string; nickname?: string; member?: MemberView };
  'member.presence': { userId: string; online: boolean; guilds: string[] };
  'role.changed': { guildId: string; role: Role; change: 'added' | 'updated' | 'deleted' };
  'channel.changed': { guildId: string; channel: ChannelView | Pick<Channel, 'id'>; change: 'added' | 'updated' | 'deleted' };
  /** History for this channel is not contiguous any more (unresumed gap); the backfill result follows as message.created events. */
  'history.gap': { channelId: string; since: number; until: number; recovered: number };
  'job.progress': JobProgress;
  /** A case was recorded or changed (reason edited, undone). */
  'case.recorded': CaseView;
  /** Temporary actions whose expiry passed while the app was closed, carried out late on start. */
  'schedule.missed': { caseId: number; action: string; targetId: string; dueAt: number; doneAt: number }[];
  /** Live frames for the inspector while it follows. */
  'inspector.frames': FrameRow[];
  'inspector.timeline': TimelineEntry;
}

export type PushEventName = keyof PushEventMap;

export type PushEvent = { [K in PushEventName]: { type: K; payload: PushEventMap[K] } }[PushEventName];

export interface PushBatch {
  /** Increases by one per batch; a renderer that sees a jump asks for a snapshot. */
  seq: number;
  events: PushEvent[];
}

export const PUSH_CHANNEL = 'kook:push';
