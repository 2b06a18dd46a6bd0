// The moderation engine of main: follows the live session as a SessionPlugin, owns the pre-check,
// the case log (recording, log-channel cards), the scheduler of expiries and the job runner.
// One database per profile kind (the demo has its own), opened on first use.
import type { CaseView } from '../../shared/ipc';
import type { EventData, MessageExtra } from '../../shared/kook';
import type { RestClient } from '../kook/rest';
import { silentLogger, type Logger } from '../log/logger';
import type { PushHub } from '../services/PushHub';
import type { SessionInfo, SessionPlugin } from '../services/SessionPlugin';
import { ServiceError } from '../services/toIpcError';
import type { ModerationDatabase, NewCase, ScheduledJob } from '../store/moderationStores';
import { runExpiry } from './expiry';
import type { ActionEnv } from './env';
import { ExternalEvents } from './externalEvents';
import { FactsCache } from './FactsCache';
import { JobRunner } from './jobs/JobRunner';
import { caseCard } from './logCard';
import { ModerationSettings } from './ModerationSettings';
import { syncMutesToChannel } from './muteSync';
import { OwnActions } from './OwnActions';
import { Preflight } from './Preflight';
import { Scheduler } from './Scheduler';

export type ProfileKind = 'bot' | 'demo';
export type DatabaseProvider = ModerationDatabase | ((kind: ProfileKind) => ModerationDatabase);

export interface ModerationEngineOptions {
  dataDir: string;
  push: PushHub;
  db: DatabaseProvider;
  logger?: Logger;
  now?: () => number;
  /** Test-only: scheduler timers run this much faster (0.001: a minute in 60 ms). */
  timerScale?: number;
  /** How long an exit is held in case a ban of the same user follows (default 1500 ms). */
  exitGraceMs?: number;
  retryBaseMs?: number;
}

export class ModerationEngine implements ActionEnv {
  readonly facts: FactsCache;
  readonly preflight: Preflight;
  readonly own: OwnActions;
  readonly settings: ModerationSettings;
  readonly jobs: JobRunner;
  readonly scheduler: Scheduler;
  readonly plugin: SessionPlugin;
  private readonly external: ExternalEvents;
  private readonly logger: Logger;
  private current: SessionInfo | null = null;
  private lastKind: ProfileKind = 'bot';
  private readonly dbs = new Map<ProfileKind, ModerationDatabase>();

  constructor(private readonly o: ModerationEngineOptions) {
    this.logger = o.logger ?? silentLogger;
    this.facts = new FactsCache(() => this.rest(), () => this.now());
    this.preflight = new Preflight(this.facts, () => this.botId());
    this.own = new OwnActions(() => this.now());
    this.settings = new ModerationSettings(o.dataDir);
    this.jobs = new JobRunner(o.push);
    this.scheduler = new Scheduler({
      store: () => this.db().schedule,
      now: () => this.now(),
      timerScale: o.timerScale,
      retryBaseMs: o.retryBaseMs,
      execute: (job) => runExpiry(this, job),
      onMissed: (missed) => o.push.emit('schedule.missed', missed),
      onFailed: (job, error) => this.logger.error(`scheduled ${job.kind} for case #${job.caseId} failed`, error),
    });
    this.external = new ExternalEvents(this, o.exitGraceMs ?? 1500, (g, c) => this.syncMutes(g, c), (g) => this.facts.invalidateGuild(g));
    this.plugin = {
      sessionStarted: (s) => this.begin(s),
      event: (d) => this.onEvent(d),
      sessionEnded: () => this.end(),
    };
  }

  get push(): PushHub {
    return this.o.push;
  }

  // ── ActionEnv ──────────────────────────────────────────────────────────────
  session(): SessionInfo {
    if (!this.current) throw new ServiceError('not-connected', 'no bot is connected');
    return this.current;
  }
  rest(): RestClient {
    return this.session().rest;
  }
  botId(): string {
    return this.session().bot.id;
  }
  actor(): string {
    return this.session().profile.name;
  }
  profileId(): string {
    return this.session().profile.id;
  }
  now(): number {
    return (this.o.now ?? Date.now)();
  }

  /** The database of the current profile kind (the last one when no session is active). */
  db(): ModerationDatabase {
    const kind = this.current?.profile.kind ?? this.lastKind;
    let db = this.dbs.get(kind);
    if (!db) {
      db = typeof this.o.db === 'function' ? this.o.db(kind) : this.o.db;
      this.dbs.set(kind, db);
    }
    return db;
  }

  record(c: NewCase): CaseView {
    const view = this.db().cases.add(c);
    this.o.push.emit('case.recorded', view);
    void this.postToLogChannel(view);
    return view;
  }

  markUndone(caseId: number, byCaseId: number): void {
    this.db().cases.markUndone(caseId, byCaseId);
    const changed = this.db().cases.get(caseId);
    if (changed) this.o.push.emit('case.recorded', publicCase(changed));
  }

  schedule(job: Omit<ScheduledJob, 'id' | 'state' | 'doneAt' | 'error' | 'profileId'>): void {
    this.scheduler.add({ ...job, profileId: this.profileId() });
  }

  cancelSchedule(caseId: number): void {
    this.scheduler.cancelForCase(caseId);
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────
  close(): void {
    this.end();
    for (const db of new Set(this.dbs.values())) db.close();
    this.dbs.clear();
  }

  private begin(s: SessionInfo): void {
    this.current = s;
    this.lastKind = s.profile.kind;
    this.facts.clear();
    this.scheduler.start(s.profile.id).catch((err: unknown) => this.logger.error('schedule reconciliation failed', err instanceof Error ? err.message : err));
  }

  private end(): void {
    this.scheduler.stop();
    this.external.stop();
    this.current = null;
  }

  private onEvent(d: EventData): void {
    if (d.type === 255) {
      this.external.handle(d);
      return;
    }
    // Chat messages feed the cache that keeps evidence of messages deleted later (EVENTS.md §7).
    const extra = d.extra as Partial<MessageExtra> | null;
    if (d.channel_type !== 'GROUP' || !extra?.guild_id || !extra.author) return;
    this.db().messages.put([{
      id: d.msg_id, channelId: d.target_id, guildId: extra.guild_id, authorId: d.author_id,
      authorName: extra.author.nickname || extra.author.username, content: d.content, type: d.type, createAt: d.msg_timestamp,
      ...(extra.attachments ? { attachments: extra.attachments } : {}),
    }]);
  }

  private syncMutes(guildId: string, channelId: string): void {
    syncMutesToChannel(this, guildId, channelId).catch((err: unknown) => this.logger.warn('could not carry text mutes into a new channel', err instanceof Error ? err.message : err));
  }

  /** Posting the card never fails the action (issue 5 "optionally post each case as a card"). */
  private async postToLogChannel(c: CaseView): Promise<void> {
    try {
      if (!this.current) return;
      const { logChannelId } = await this.settings.get(this.profileId(), c.guildId);
      if (!logChannelId) return;
      await this.rest().messages.create({ target_id: logChannelId, type: 10, content: caseCard(c) }, { lane: 'background' });
    } catch (err) {
      this.logger.warn(`could not post case #${c.id} to the log channel`, err instanceof Error ? err.message : err);
    }
  }
}

export function publicCase(c: CaseView & { undoData?: unknown }): CaseView {
  const { undoData: _undo, ...view } = c;
  void _undo;
  return view;
}
